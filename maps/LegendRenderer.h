#pragma once

#include "ChoroplethRenderer.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace qw {

// Paints a map legend (title, subtitle, one swatch per class with its range and area
// count) onto any painter: the same code for the screen and for exports.
class LegendRenderer
{
public:
    LegendRenderer(QString title, QString subtitle, std::vector<LegendEntry> entries, QFont font);

    QSizeF size() const;
    void paint(QPainter &painter, QPointF topLeft) const;

private:
    QString m_title;
    QString m_subtitle;
    std::vector<LegendEntry> m_entries;
    QFont m_font;
    QFont m_titleFont;
};

} // namespace qw
