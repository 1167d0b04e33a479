#pragma once

#include "LegendRenderer.h"

#include <QLocale>

#include <memory>
#include <vector>

namespace qw {

class BivariateRenderer;
class ProportionalSymbols;
struct MapSnapshot;

// Nested reference circles with their values, for proportional symbols.
class ProportionalLegend : public LegendBlock
{
public:
    // A title with a line break gets its second line in the plain font, as a note.
    ProportionalLegend(const ProportionalSymbols &symbols, QString title, QFont font,
                       const QLocale &locale);
    QSizeF size() const override;
    void paint(QPainter &painter, QPointF topLeft) const override;

private:
    const ProportionalSymbols &m_symbols;
    QString m_title;
    QFont m_font, m_titleFont;
    QLocale m_locale;
};

// The 3x3 colour grid with both indicators along its axes.
class BivariateLegend : public LegendBlock
{
public:
    BivariateLegend(const BivariateRenderer &renderer, QFont font, bool german);
    QSizeF size() const override;
    void paint(QPainter &painter, QPointF topLeft) const override;

private:
    const BivariateRenderer &m_renderer;
    QFont m_font, m_titleFont;
    bool m_german;
    std::vector<LegendEntry> m_status; // "no data" and suppressed rows under the grid
};

namespace MapLegends {

// The facility kinds a snapshot draws, as legend rows with their symbols and counts; none
// when facilities are hidden.
std::vector<LegendEntry> facilityEntries(const MapSnapshot &snapshot);

// The title of the circles' legend: the indicator and its period, "Betreuungsquote unter 3
// Jahren (2019/20)"; where the circles' period is of another kind than the map's (the school
// year matching the map's calendar year) a second line names both with their kinds:
// "Schuljahr 2019/20 gegen Kalenderjahr 2019". Empty without circles.
QString circlesTitle(const MapSnapshot &snapshot, bool german);

// The subtitle of a class legend: for an index's status classes (KEY_class) with the
// direction first, "Status (hoch = geringster Bedarf)", as the lowest class is the least
// need; other indicators keep subtitle.
QString classSubtitle(const Indicator &indicator, const QString &subtitle, bool german);

// The legend boxes a snapshot needs, top to bottom: the classes (or the bivariate grid),
// the circles, the facility symbols. An index's status x dynamics groups get their matrix
// (GroupMatrixLegend). The blocks refer to the snapshot's renderers: keep
// the snapshot alive while painting.
std::vector<std::unique_ptr<LegendBlock>> build(const MapSnapshot &snapshot, const QString &title,
                                                const QString &subtitle, const QFont &font,
                                                const QLocale &locale);
QSizeF stackSize(const std::vector<std::unique_ptr<LegendBlock>> &blocks, double spacing);
void paintStack(QPainter &painter, QPointF topLeft,
                const std::vector<std::unique_ptr<LegendBlock>> &blocks, double spacing);

} // namespace MapLegends
} // namespace qw
