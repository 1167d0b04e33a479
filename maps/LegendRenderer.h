#pragma once

#include "LegendEntry.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRectF>

#include <vector>

class QPainter;

namespace qw {

// One box of a map legend. Legends paint onto any painter: the same code for the screen
// and for exports.
class LegendBlock
{
public:
    virtual ~LegendBlock() = default;
    virtual QSizeF size() const = 0;
    virtual void paint(QPainter &painter, QPointF topLeft) const = 0;
    // The entry (class row) at pos when the block is painted at topLeft, or -1.
    virtual int entryAt(QPointF topLeft, QPointF pos) const { return -1; }

protected:
    // The rounded white box every block sits in.
    static void paintFrame(QPainter &painter, const QRectF &box);
    // Bold title and grey subtitle (if any) from the top left corner; returns the y below.
    static double paintHeading(QPainter &painter, QPointF topLeft, const QString &title,
                               const QString &subtitle, const QFont &font, const QFont &titleFont);
    // One class swatch (hatched fills on a light ground) and its label, in a row of height
    // rowHeight from x, y; returns the label's baseline for what goes beside it.
    static double paintSwatchRow(QPainter &painter, double x, double y, double rowHeight,
                                 const QBrush &brush, const QString &label,
                                 const QFontMetricsF &metrics);
};

// Rows of swatches or facility symbols with their labels and counts, shared by the
// legend blocks.
namespace LegendRows {

// Width of the rows (swatch, label, count) and their height.
QSizeF size(const std::vector<LegendEntry> &entries, const QFont &font);
// The rows from topLeft, counts right-aligned at topLeft.x() + width.
void paint(QPainter &painter, QPointF topLeft, double width,
           const std::vector<LegendEntry> &entries, const QFont &font);

} // namespace LegendRows

// Title, subtitle, one swatch (or facility symbol) per entry with its label and count.
class LegendRenderer : public LegendBlock
{
public:
    LegendRenderer(QString title, QString subtitle, std::vector<LegendEntry> entries, QFont font);

    const QString &title() const { return m_title; }
    const QString &subtitle() const { return m_subtitle; }
    const std::vector<LegendEntry> &entries() const { return m_entries; }
    QSizeF size() const override;
    void paint(QPainter &painter, QPointF topLeft) const override;
    int entryAt(QPointF topLeft, QPointF pos) const override;

private:
    // Where the first entry row starts below topLeft, and the height of each row.
    double entriesTop() const;
    double rowHeight() const;

    QString m_title;
    QString m_subtitle;
    std::vector<LegendEntry> m_entries;
    QFont m_font;
    QFont m_titleFont;
};

} // namespace qw
