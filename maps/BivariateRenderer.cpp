#include "BivariateRenderer.h"

#include "AreaGeometrySet.h"
#include "ChoroplethRenderer.h"
#include "Classification.h"
#include "Project.h"

#include <QCoreApplication>

namespace qw {

namespace {

std::vector<double> rowValues(const AreaValues &values, const AreaGeometrySet &areas)
{
    std::vector<double> v(std::size_t(areas.count()));
    for (int row = 0; row < areas.count(); ++row)
        v[row] = values.values[areas.projectIndex(row)];
    return v;
}

} // namespace

QColor BivariateRenderer::color(int i, int j)
{
    // Rows: second indicator low..high; columns: first indicator low..high.
    static const char *const palette[3][3] = {{"#e8e8e8", "#e4acac", "#c85a5a"},
                                              {"#b0d5df", "#ad9ea5", "#985356"},
                                              {"#64acbe", "#627f8c", "#574249"}};
    return QColor(QString::fromLatin1(palette[j][i]));
}

BivariateRenderer::BivariateRenderer(const Indicator &first, const AreaValues &firstValues,
                                     const Indicator &second, const AreaValues &secondValues,
                                     const AreaGeometrySet &areas)
    : m_first(first)
    , m_second(second)
    , m_missing(ChoroplethRenderer::missingBrush())
    , m_hatched(ChoroplethRenderer::suppressedBrush())
{
    const std::vector<double> a = rowValues(firstValues, areas);
    const std::vector<double> b = rowValues(secondValues, areas);
    const auto *quantile = ClassificationRegistry::instance().method(ClassificationKind::Quantile);
    m_firstEdges = quantile->classes(a, 3);
    m_secondEdges = quantile->classes(b, 3);
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            m_brushes[std::size_t(i * 3 + j)] = QBrush(color(i, j));
    m_classes.resize(a.size());
    m_suppressed.resize(a.size());
    for (std::size_t row = 0; row < a.size(); ++row) {
        const int pi = areas.projectIndex(int(row));
        m_suppressed[row] = firstValues.status[pi] == ValueStatus::Suppressed
            || secondValues.status[pi] == ValueStatus::Suppressed;
        const int ca = classIndex(m_firstEdges, a[row]);
        const int cb = classIndex(m_secondEdges, b[row]);
        m_classes[row] = (ca < 0 || cb < 0) ? std::pair(-1, -1) : std::pair(ca, cb);
    }
}

std::vector<LegendEntry> BivariateRenderer::statusLegend() const
{
    int missing = 0, suppressed = 0;
    for (std::size_t row = 0; row < m_classes.size(); ++row) {
        if (m_suppressed[row])
            ++suppressed;
        else if (m_classes[row].first < 0)
            ++missing;
    }
    std::vector<LegendEntry> entries;
    if (missing > 0)
        entries.push_back({LegendEntry::Kind::Missing,
                           QCoreApplication::translate("qw::Legend", "no data"), m_missing,
                           missing});
    if (suppressed > 0) {
        const int a = m_first.minCases, b = m_second.minCases;
        const QString label = std::max(a, b) <= 0
            ? QCoreApplication::translate("qw::Legend", "suppressed in either indicator")
            : a == b || a <= 0 || b <= 0
            ? QCoreApplication::translate("qw::Legend",
                                          "suppressed in either indicator (fewer than %1 cases)")
                  .arg(std::max(a, b))
            : QCoreApplication::translate(
                  "qw::Legend", "suppressed in either indicator (fewer than %1 or %2 cases)")
                  .arg(std::min(a, b))
                  .arg(std::max(a, b));
        entries.push_back({LegendEntry::Kind::Suppressed, label, m_hatched, suppressed});
    }
    return entries;
}

const QBrush &BivariateRenderer::brush(int row) const
{
    if (m_suppressed[row])
        return m_hatched;
    const auto [i, j] = m_classes[row];
    if (i < 0)
        return m_missing;
    // Fewer than three distinct values give fewer terciles: spread them over the grid.
    const int ni = std::max(1, int(m_firstEdges.size()) - 1);
    const int nj = std::max(1, int(m_secondEdges.size()) - 1);
    const int gi = ni == 1 ? 0 : i * 2 / (ni - 1);
    const int gj = nj == 1 ? 0 : j * 2 / (nj - 1);
    return m_brushes[std::size_t(gi * 3 + gj)];
}

} // namespace qw
