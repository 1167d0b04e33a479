#pragma once

#include "Geometry.h"
#include "MapSnapshot.h"

#include <QLocale>
#include <QRectF>
#include <QString>

#include <memory>

#include <vector>

class QFont;
class QPainter;

namespace qw {

class LegendBlock;

// The printable page (A4 landscape) of a map comparison: 2 to 4 maps of one extent side by
// side (four as 2 x 2), each headed by its title and period, with a page title, scale bars,
// a north arrow and the source line. Maps that share their classes (one indicator, classes
// pooled over its periods) get one legend with the area counts of each map; otherwise each
// map has its own legend beside it.
class MapPanesLayout
{
public:
    static void paint(QPainter &painter, const QRectF &page, const std::vector<MapSnapshot> &maps,
                      const Bounds &extent, const QLocale &locale);
    // True when every map colours by the same indicator with the same classes and colours
    // (and none is bivariate or a status x dynamics matrix, which counts each map's own
    // cells), so one legend reads for all.
    static bool sharesClasses(const std::vector<MapSnapshot> &maps);
    // The legend column of linked maps: where they share classes, one class legend titled
    // title with each map's area counts, then each map's circles; in any case the facility
    // key once (the maps show the same facilities). The blocks refer to the maps' renderers:
    // keep the snapshots alive while painting.
    static std::vector<std::unique_ptr<LegendBlock>>
    sharedLegends(const std::vector<MapSnapshot> &maps, const QString &title, const QFont &font,
                  const QLocale &locale);
    // One map's own legend beside the others: its classes and circles where the classes
    // are not shared (shared: none), never the facility key that sharedLegends gives.
    static std::vector<std::unique_ptr<LegendBlock>>
    ownLegends(const MapSnapshot &map, bool shared, const QString &title, const QString &subtitle,
               const QFont &font, const QLocale &locale);
    // A pane's legend on screen (MapWidget::setCompactLegend): font a little smaller, titled
    // by the indicator cut to titleWidth over its period and the city's value.
    static std::vector<std::unique_ptr<LegendBlock>>
    paneLegends(const MapSnapshot &map, bool shared, QFont font, double titleWidth);
    // The period a map shows (the first part of its subtitle when it has no choropleth).
    static QString periodOf(const MapSnapshot &map);
    // The page title: the indicator's name when all maps show it, else "Map comparison".
    static QString title(const std::vector<MapSnapshot> &maps);
    // The distinct source lines of the maps, in pane order.
    static QString sources(const std::vector<MapSnapshot> &maps);
};

} // namespace qw
