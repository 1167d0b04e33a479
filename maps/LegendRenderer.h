#pragma once

#include "ChoroplethRenderer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRectF>

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

// Title, subtitle, one swatch per class with its range and area count.
class LegendRenderer : public LegendBlock
{
public:
    LegendRenderer(QString title, QString subtitle, std::vector<LegendEntry> entries, QFont font);

    QSizeF size() const override;
    void paint(QPainter &painter, QPointF topLeft) const override;

private:
    QString m_title;
    QString m_subtitle;
    std::vector<LegendEntry> m_entries;
    QFont m_font;
    QFont m_titleFont;
};

} // namespace qw
