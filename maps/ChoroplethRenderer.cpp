#include "ChoroplethRenderer.h"

#include "AreaGeometrySet.h"
#include "Classification.h"
#include "NumberFormat.h"
#include "Project.h"

#include <QCoreApplication>

#include <cmath>

namespace qw {

ChoroplethRenderer::ChoroplethRenderer(const Indicator &indicator,
                                       std::shared_ptr<const AreaValues> values,
                                       const AreaGeometrySet &areas,
                                       const std::vector<double> &classValues,
                                       const Settings &settings)
    : m_indicator(indicator)
    , m_values(std::move(values))
    , m_settings(settings)
    , m_missing(missingBrush())
    , m_suppressed(suppressedBrush())
{
    const auto &registry = ClassificationRegistry::instance();
    const ClassificationMethod *method = registry.method(settings.classification);
    if (!method)
        method = registry.method(ClassificationKind::Quantile);
    m_settings.classification = method->id();
    m_settings.classes = std::clamp(settings.classes, 2, 9);
    m_edges = method->classes(classValues, m_settings.classes);

    const bool neutral = indicator.polarity == Polarity::Neutral;
    if (m_settings.ramp.isEmpty())
        m_settings.ramp = ColorRamp::defaultFor(neutral);
    ColorRamp ramp = ColorRamp::byId(m_settings.ramp);
    if (!ramp.isValid())
        ramp = ColorRamp::byId(ColorRamp::defaultFor(neutral));
    // Darker and redder always means worse. Sequential ramps run light to dark, so they turn
    // for "higher is better"; diverging ramps run red to blue, so they turn for "higher is
    // worse".
    const bool reversed = ramp.kind() == RampKind::Sequential
        ? indicator.polarity == Polarity::HigherIsBetter
        : indicator.polarity == Polarity::HigherIsWorse;
    const int classCount = std::max(0, int(m_edges.size()) - 1);
    if (ramp.kind() == RampKind::Diverging && settings.centre && classCount > 0) {
        // Each class takes the colour of its middle's distance from the city value, so the
        // neutral colour sits at the city value and both sides use the same scale.
        const double c = *settings.centre;
        const double span =
            std::max({std::abs(m_edges.front() - c), std::abs(m_edges.back() - c), 1e-12});
        for (int i = 0; i < classCount; ++i) {
            const double mid = (m_edges[i] + m_edges[i + 1]) / 2;
            const double t = 0.5 + 0.5 * (mid - c) / span;
            m_colors.push_back(ramp.at(reversed ? 1.0 - t : t));
        }
    } else {
        m_colors = ramp.colors(classCount, reversed);
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
        else if (!m_values->isShown(pi) || std::isnan(m_values->values[pi]))
            m_rowClass[row] = RowMissing;
        else
            m_rowClass[row] = classIndex(m_edges, m_values->values[pi]);
    }
}

const QString &ChoroplethRenderer::period() const
{
    return m_values->period;
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

const QBrush &ChoroplethRenderer::brush(int row) const
{
    const int c = m_rowClass[row];
    if (c == RowSuppressed)
        return m_suppressed;
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
    int missing = 0, suppressed = 0;
    for (int c : m_rowClass) {
        if (c == RowSuppressed)
            ++suppressed;
        else if (c < 0)
            ++missing;
        else
            ++counts[c];
    }
    const auto fmt = [&](double v) {
        return formatNumber(v, m_indicator.decimals, locale);
    };
    for (std::size_t i = 0; i < m_colors.size(); ++i) {
        LegendEntry e;
        e.brush = m_brushes[i];
        e.count = counts[i];
        // Upper bounds are inclusive: "über a bis b" for all classes but the first.
        e.label = i == 0 ? QCoreApplication::translate("qw::Legend", "%1 to %2")
                               .arg(fmt(m_edges[i]), fmt(m_edges[i + 1]))
                         : QCoreApplication::translate("qw::Legend", "over %1 to %2")
                               .arg(fmt(m_edges[i]), fmt(m_edges[i + 1]));
        entries.push_back(e);
    }
    if (missing > 0)
        entries.push_back({LegendEntry::Kind::Missing,
                           QCoreApplication::translate("qw::Legend", "no data"), m_missing,
                           missing});
    if (suppressed > 0)
        entries.push_back(
            {LegendEntry::Kind::Suppressed,
             m_indicator.minCases > 0
                 ? QCoreApplication::translate("qw::Legend", "suppressed (fewer than %1 cases)")
                       .arg(m_indicator.minCases)
                 : QCoreApplication::translate("qw::Legend", "suppressed"),
             m_suppressed, suppressed});
    return entries;
}

} // namespace qw
