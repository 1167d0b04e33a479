#pragma once

#include "LegendRenderer.h"
#include "MapSnapshot.h"

#include <QLocale>

#include <vector>

namespace qw {

class ChoroplethRenderer;

// The legend of an index's status x dynamics groups (KEY_group) as Berlin's Monitoring
// Soziale Stadtentwicklung prints it: a matrix with the status classes as rows (hoch ...
// sehr niedrig), the dynamics classes as columns (positiv, stabil, negativ), each cell in
// its group's colour with the number of areas in it; "no data" and areas the index leaves
// out as rows below. Copies what it shows: the renderer need not outlive it.
class GroupMatrixLegend : public LegendBlock
{
public:
    GroupMatrixLegend(const ChoroplethRenderer &renderer, const GroupAxes &axes, QString title,
                      QString subtitle, QFont font, const QLocale &locale);

    int rows() const { return int(m_rowNames.size()); }
    int columns() const { return int(m_columnNames.size()); }
    // The number of areas in the group of status class row + 1 and dynamics class
    // column + 1, and its fill.
    int count(int row, int column) const;
    QBrush brush(int row, int column) const;
    // Where the cell is painted when the block is painted at topLeft.
    QRectF cellRect(QPointF topLeft, int row, int column) const;

    QSizeF size() const override;
    void paint(QPainter &painter, QPointF topLeft) const override;
    // The renderer's legend entry (its class) of the cell at pos, or of the row below.
    int entryAt(QPointF topLeft, QPointF pos) const override;

private:
    struct Metrics
    {
        double headingHeight, rowHeader, cellWidth, cellHeight, gridTop, gridLeft;
        double belowGrid; // the top of the rows under the grid, below the note
    };
    Metrics metrics() const;
    std::size_t cell(int row, int column) const
    {
        return std::size_t(row) * m_columnNames.size() + std::size_t(column);
    }

    QString m_title, m_subtitle;
    QString m_note; // which way need runs along the rows and columns
    QStringList m_rowNames, m_columnNames;
    std::vector<int> m_cellEntry; // the renderer's legend entry of each cell, -1: none
    std::vector<LegendEntry> m_entries; // the renderer's legend
    std::vector<LegendEntry> m_status; // the rows below the grid (no data, not computed)
    int m_firstStatusEntry = 0; // the renderer's entry of m_status[0]
    QFont m_font, m_titleFont;
};

} // namespace qw
