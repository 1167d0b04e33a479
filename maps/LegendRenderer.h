#pragma once

#include "ChoroplethRenderer.h"

#include <QFont>
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
    // The entry (class row) at pos when the block is painted at topLeft, or -1.
    virtual int entryAt(QPointF topLeft, QPointF pos) const { return -1; }

protected:
    // The rounded white box every block sits in.
    static void paintFrame(QPainter &painter, const QRectF &box);
};

// Title, subtitle, one swatch per class with its range and area count.
class LegendRenderer : public LegendBlock
{
public:
    LegendRenderer(QString title, QString subtitle, std::vector<LegendEntry> entries, QFont font);

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
