#pragma once

#include "LegendRenderer.h"

#include <QStringList>

#include <vector>

namespace qw {

// One legend for maps that share their classes (the same indicator in several periods,
// classes pooled over the periods): a swatch and range per class, then the number of areas
// in the class on each map, one column per map headed by its period.
class SharedLegend : public LegendBlock
{
public:
    struct Row
    {
        LegendEntry entry; // its count is unused; counts holds one per map
        std::vector<int> counts;
    };

    // columns: the maps' headings (their periods); legends: each map's entries (with the
    // same classes), in the same order as columns.
    SharedLegend(QString title, QString subtitle, QStringList columns,
                 const std::vector<std::vector<LegendEntry>> &legends, QFont font);

    const std::vector<Row> &rows() const { return m_rows; }
    QSizeF size() const override;
    void paint(QPainter &painter, QPointF topLeft) const override;

private:
    double columnWidth() const;

    QString m_title;
    QString m_subtitle;
    QStringList m_columns;
    std::vector<Row> m_rows;
    QFont m_font;
    QFont m_titleFont;
};

} // namespace qw
