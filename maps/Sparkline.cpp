#include "Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace qw {

void paintSparkline(QPainter &p, const QRectF &rect, const QVariantList &values,
                    const QColor &colour)
{
    double lo = INFINITY, hi = -INFINITY;
    int shown = 0;
    for (const QVariant &v : values) {
        const double x = v.toDouble();
        if (std::isnan(x))
            continue;
        lo = std::min(lo, x);
        hi = std::max(hi, x);
        ++shown;
    }
    if (shown == 0 || values.size() < 2)
        return;
    if (hi == lo) {
        hi += 1;
        lo -= 1;
    }
    const double step = rect.width() / double(values.size() - 1);
    auto point = [&](int i) {
        const double x = values[i].toDouble();
        return QPointF(rect.left() + i * step,
                       rect.bottom() - (x - lo) / (hi - lo) * rect.height());
    };
    QPainterPath path;
    bool open = false;
    int last = -1;
    for (int i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i].toDouble())) {
            open = false;
            continue;
        }
        if (open)
            path.lineTo(point(i));
        else
            path.moveTo(point(i));
        open = true;
        last = i;
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 1.2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    if (last >= 0) {
        p.setBrush(colour);
        p.setPen(Qt::NoPen);
        p.drawEllipse(point(last), 1.8, 1.8);
    }
    p.restore();
}

} // namespace qw
