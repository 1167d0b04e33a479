#include "ChoroplethRenderer.h"

#include "AreaGeometrySet.h"
#include "Classification.h"
#include "MapSnapshot.h"
#include "NumberFormat.h"
#include "Project.h"
#include "ValueWording.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <optional>

namespace qw {

namespace {

// The method's classes on each side of zero, so that zero is a break: the values up to
// zero and those above it are classified apart, the classes shared in proportion to the
// values (quantile-like methods) or to the range (equal intervals, pretty breaks) on each
// side, at least one each. Edges as the method gave them where zero is a break already
// or all values lie on one side.
std::vector<double> splitAtZero(const ClassificationMethod &method,
                                const std::vector<double> &values, int classes,
                                std::vector<double> edges)
{
    std::vector<double> below, above;
    double lo = 0, hi = 0;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        (v <= 0 ? below : above).push_back(v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (!(lo < 0) || above.empty() || classes < 2
        || std::find(edges.begin(), edges.end(), 0.0) != edges.end())
        return edges;
    const bool byRange = method.kind() == ClassificationKind::EqualInterval
        || method.kind() == ClassificationKind::Pretty;
    const double wBelow = byRange ? -lo : double(below.size());
    const double wAbove = byRange ? hi : double(above.size());
    const int k =
        std::clamp(int(std::lround(classes * wBelow / (wBelow + wAbove))), 1, classes - 1);
    const std::vector<double> lower = method.classes(below, k);
    const std::vector<double> upper = method.classes(above, classes - k);
    if (lower.empty() || upper.empty())
        return edges;
    // Zero takes the place of the lower side's top edge and of the upper side's bottom
    // edge (the largest value up to zero, the smallest above it): no class in between.
    std::vector<double> out;
    for (std::size_t i = 0; i + 1 < lower.size(); ++i)
        if (lower[i] < 0 && (out.empty() || lower[i] > out.back()))
            out.push_back(lower[i]);
    if (out.empty())
        out.push_back(lo);
    out.push_back(0.0);
    for (std::size_t i = 1; i < upper.size(); ++i)
        if (upper[i] > out.back())
            out.push_back(upper[i]);
    if (out.back() < hi)
        out.push_back(hi);
    return out;
}

struct Classes
{
    std::vector<double> edges;
    bool whole = false; // classes of whole numbers (wholeNumberClasses)
};

Classes classify(const ClassificationMethod &method, const std::vector<double> &values, int count,
                 bool wholeAllowed, bool breakAtZero)
{
    Classes c;
    c.whole = wholeAllowed && method.kind() != ClassificationKind::Manual
        && ClassificationMethod::wholeNumbers(values);
    c.edges = c.whole ? method.wholeNumberClasses(values, count) : method.classes(values, count);
    if (breakAtZero && method.kind() != ClassificationKind::Manual)
        c.edges = splitAtZero(method, values, count, std::move(c.edges));
    return c;
}

// The classes of the last class values and settings are kept: a film frame (the next
// period, classes pooled over all periods) classifies the same pooled values again, and
// sorting them was most of its snapshot. The methods are deterministic, so the same values
// and settings give the same classes. Guarded: renderers may be built on any thread.
Classes classesOf(const ClassificationMethod &method, const std::vector<double> &breaks,
                  const std::vector<double> &values, int count, bool wholeAllowed, bool breakAtZero)
{
    struct Last
    {
        QString method;
        std::vector<double> breaks;
        int count;
        bool wholeAllowed, breakAtZero;
        std::vector<double> values;
        Classes classes;
    };
    static std::mutex mutex;
    static std::optional<Last> last;
    {
        const std::lock_guard lock(mutex);
        if (last && last->method == method.id() && last->breaks == breaks && last->count == count
            && last->wholeAllowed == wholeAllowed && last->breakAtZero == breakAtZero
            && last->values.size() == values.size()
            // Bitwise, so that NaNs compare equal.
            && (values.empty()
                || std::memcmp(last->values.data(), values.data(), values.size() * sizeof(double))
                    == 0))
            return last->classes;
    }
    Classes c = classify(method, values, count, wholeAllowed, breakAtZero);
    const std::lock_guard lock(mutex);
    last = Last {method.id(), breaks, count, wholeAllowed, breakAtZero, values, c};
    return c;
}

} // namespace

ChoroplethRenderer::ChoroplethRenderer(const Indicator &indicator,
                                       std::shared_ptr<const AreaValues> values,
                                       const AreaGeometrySet &areas,
                                       const std::vector<double> &classValues,
                                       const Settings &settings, const GroupAxes *groups)
    : m_indicator(indicator)
    , m_values(std::move(values))
    , m_settings(settings)
    , m_missing(missingBrush())
    , m_suppressed(suppressedBrush())
    , m_notComputed(notComputedBrush())
{
    const auto &registry = ClassificationRegistry::instance();
    const ClassificationMethod *method = registry.method(settings.classification);
    if (!method)
        method = registry.method(ClassificationKind::Quantile);
    // The registry's manual method has no breaks; the view's breaks make the real one.
    const ManualClassification manual(settings.breaks);
    if (method->kind() == ClassificationKind::Manual)
        method = &manual;
    else
        m_settings.breaks.clear();
    m_settings.classification = method->id();
    m_settings.classes = std::clamp(settings.classes, 2, 9);
    m_categorical = !indicator.valueLabels.empty();
    if (m_categorical) {
        // One class per code: the edges halfway between neighbouring codes.
        const auto &labels = indicator.valueLabels;
        m_edges = {labels.front().value};
        for (std::size_t i = 0; i + 1 < labels.size(); ++i)
            m_edges.push_back((labels[i].value + labels[i + 1].value) / 2);
        m_edges.push_back(labels.back().value);
        m_settings.classes = int(labels.size());
        m_settings.breaks.clear();
    } else {
        // Counts and other whole numbers get whole-number breaks and no empty classes; the
        // planner's own breaks stay as given.
        const Classes classes =
            classesOf(*method, m_settings.breaks, classValues, m_settings.classes,
                      indicator.decimals <= 0, settings.breakAtZero);
        m_whole = classes.whole;
        m_edges = classes.edges;
    }
    m_classMin = m_classMax = std::numeric_limits<double>::quiet_NaN();
    for (double v : classValues) {
        if (!std::isfinite(v))
            continue;
        if (!(v >= m_classMin))
            m_classMin = v;
        if (!(v <= m_classMax))
            m_classMax = v;
    }

    const bool neutral = indicator.polarity == Polarity::Neutral;
    if (m_settings.ramp.isEmpty())
        m_settings.ramp = ColorRamp::defaultFor(neutral);
    m_colors = classColors(indicator, m_edges, m_settings, m_whole);
    if (m_categorical && groups && !groups->status.empty() && !groups->dynamics.empty()) {
        // Group code 10 * status + dynamics (IndexParts::groupCode), both from 1 up.
        const int rows = int(groups->status.size()), columns = int(groups->dynamics.size());
        for (std::size_t i = 0; i < indicator.valueLabels.size() && i < m_colors.size(); ++i) {
            const int code = int(std::lround(indicator.valueLabels[i].value));
            m_colors[i] = ColorRamp::twoWay(code / 10 - 1, rows, code % 10 - 1, columns);
        }
    }
    for (const QColor &c : m_colors)
        m_brushes.emplace_back(c);

    m_projectIndex.resize(std::size_t(areas.count()));
    m_rowClass.resize(std::size_t(areas.count()));
    for (int row = 0; row < areas.count(); ++row) {
        const int pi = areas.projectIndex(row);
        m_projectIndex[row] = pi;
        const ValueStatus st = m_values->status[pi];
        if (st == ValueStatus::Suppressed)
            m_rowClass[row] = RowSuppressed;
        else if (st == ValueStatus::NotComputed)
            m_rowClass[row] = RowNotComputed;
        else if (!m_values->isShown(pi) || std::isnan(m_values->values[pi]))
            m_rowClass[row] = RowMissing;
        else
            m_rowClass[row] = classIndex(m_edges, m_values->values[pi]);
    }
}

std::vector<int> ChoroplethRenderer::rowsOf(const LegendEntry &entry, int entryIndex) const
{
    // Class rows first, then "no data", "suppressed" and "not computed" (legend()).
    int wanted = entryIndex;
    switch (entry.kind) {
    case LegendEntry::Kind::Class:
        break;
    case LegendEntry::Kind::Missing:
        wanted = RowMissing;
        break;
    case LegendEntry::Kind::Suppressed:
        wanted = RowSuppressed;
        break;
    case LegendEntry::Kind::NotComputed:
        wanted = RowNotComputed;
        break;
    case LegendEntry::Kind::Facility: // not in a choropleth's legend
        return {};
    }
    std::vector<int> rows;
    for (int row = 0; row < rowCount(); ++row)
        if (m_rowClass[std::size_t(row)] == wanted)
            rows.push_back(row);
    return rows;
}

const QString &ChoroplethRenderer::period() const
{
    return m_values->period;
}

std::vector<QColor> ChoroplethRenderer::classColors(const Indicator &indicator,
                                                    const std::vector<double> &edges,
                                                    const Settings &settings, bool whole)
{
    const bool neutral = indicator.polarity == Polarity::Neutral;
    ColorRamp ramp = ColorRamp::byId(settings.ramp);
    if (!ramp.isValid())
        ramp = ColorRamp::byId(ColorRamp::defaultFor(neutral));
    if (settings.highContrast)
        ramp = ColorRamp::projector(ramp.kind());
    // Darker and redder always means worse. Sequential ramps run light to dark, so they turn
    // for "higher is better"; diverging ramps run red to blue, so they turn for "higher is
    // worse".
    const bool reversed = ramp.kind() == RampKind::Sequential
        ? indicator.polarity == Polarity::HigherIsBetter
        : indicator.polarity == Polarity::HigherIsWorse;
    const int classCount = std::max(0, int(edges.size()) - 1);
    if (ramp.kind() != RampKind::Diverging || !settings.centre || classCount == 0)
        return ramp.colors(classCount, reversed);
    // Each class takes the colour of its middle's distance from the city value, so the
    // neutral colour sits at the city value and both sides use the same scale.
    std::vector<QColor> colors;
    const double c = *settings.centre;
    const double span = std::max({std::abs(edges.front() - c), std::abs(edges.back() - c), 1e-12});
    for (int i = 0; i < classCount; ++i) {
        const double lower = whole && i > 0 ? edges[i] + 1 : edges[i];
        const double mid = (lower + edges[i + 1]) / 2;
        const double t = 0.5 + 0.5 * (mid - c) / span;
        colors.push_back(ramp.at(reversed ? 1.0 - t : t));
    }
    return colors;
}

QString ChoroplethRenderer::classLabel(std::size_t i, const std::vector<double> &edges,
                                       int decimals, const QLocale &locale)
{
    if (i + 1 >= edges.size())
        return {};
    const QString lo = formatNumber(edges[i], decimals, locale);
    const QString hi = formatNumber(edges[i + 1], decimals, locale);
    // Upper bounds are inclusive: "über a bis b" for all classes but the first.
    return i == 0 ? QCoreApplication::translate("qw::Legend", "%1 to %2").arg(lo, hi)
                  : QCoreApplication::translate("qw::Legend", "over %1 to %2").arg(lo, hi);
}

QString ChoroplethRenderer::wholeClassLabel(std::size_t i, const std::vector<double> &edges,
                                            const QLocale &locale)
{
    if (i + 1 >= edges.size())
        return {};
    // (a, b] holds a + 1 ... b; the first class [a, b] holds a too.
    const double lo = i == 0 ? edges[0] : edges[i] + 1;
    const double hi = edges[i + 1];
    const QString hiText = formatNumber(hi, 0, locale);
    return lo >= hi ? hiText
                    : QCoreApplication::translate("qw::Legend", "%1 to %2")
                          .arg(formatNumber(lo, 0, locale), hiText);
}

int ChoroplethRenderer::labelDecimals(const Indicator &indicator, const Settings &settings)
{
    // A planner's break of 12.25 for an indicator with one decimal reads "bis 12,25", not
    // "bis 12,3", which would put 12.3 in the wrong class to the reader.
    int decimals = std::max(0, indicator.decimals);
    if (settings.classification == QLatin1String("manual"))
        for (double b : settings.breaks)
            while (
                decimals < 6
                && std::abs(std::round(b * std::pow(10.0, decimals)) / std::pow(10.0, decimals) - b)
                    > 1e-9 * std::max(1.0, std::abs(b)))
                ++decimals;
    return decimals;
}

QBrush ChoroplethRenderer::missingBrush()
{
    return QBrush(QColor(0xd9, 0xd9, 0xd9));
}

QBrush ChoroplethRenderer::suppressedBrush()
{
    QBrush b(QColor(0x73, 0x73, 0x73), Qt::BDiagPattern);
    return b;
}

QBrush ChoroplethRenderer::notComputedBrush()
{
    // Lines, unlike the grey of "no data" and the hatching of suppressed values: the area
    // was left out on purpose (an index's population rule).
    return QBrush(QColor(0x8c, 0x8c, 0x8c), Qt::HorPattern);
}

const QBrush &ChoroplethRenderer::brush(int row) const
{
    const int c = m_rowClass[row];
    if (c == RowSuppressed)
        return m_suppressed;
    if (c == RowNotComputed)
        return m_notComputed;
    if (c < 0 || c >= int(m_brushes.size()))
        return m_missing;
    return m_brushes[c];
}

double ChoroplethRenderer::value(int row) const
{
    return m_values->values[m_projectIndex[row]];
}

ValueStatus ChoroplethRenderer::status(int row) const
{
    return m_values->status[m_projectIndex[row]];
}

std::vector<LegendEntry> ChoroplethRenderer::legend(const QLocale &locale) const
{
    std::vector<LegendEntry> entries;
    std::vector<int> counts(m_colors.size(), 0);
    int missing = 0, suppressed = 0, notComputed = 0;
    for (int c : m_rowClass) {
        if (c == RowSuppressed)
            ++suppressed;
        else if (c == RowNotComputed)
            ++notComputed;
        else if (c < 0)
            ++missing;
        else
            ++counts[c];
    }
    const int decimals = labelDecimals(m_indicator, m_settings);
    const bool german = locale.language() == QLocale::German;
    for (std::size_t i = 0; i < m_colors.size(); ++i) {
        LegendEntry e;
        e.brush = m_brushes[i];
        e.count = counts[i];
        e.label = m_categorical ? m_indicator.valueLabels[i].name(german)
            : m_whole           ? wholeClassLabel(i, m_edges, locale)
                                : classLabel(i, m_edges, decimals, locale);
        entries.push_back(e);
    }
    if (missing > 0)
        entries.push_back(
            {LegendEntry::Kind::Missing,
             m_settings.missingLabel.isEmpty() ? ValueWording::noData() : m_settings.missingLabel,
             m_missing, missing});
    if (suppressed > 0)
        entries.push_back({LegendEntry::Kind::Suppressed,
                           ValueWording::suppressed(m_indicator.minCases), m_suppressed,
                           suppressed});
    if (notComputed > 0)
        entries.push_back({LegendEntry::Kind::NotComputed, m_indicator.notComputedText(german),
                           m_notComputed, notComputed});
    return entries;
}

} // namespace qw
