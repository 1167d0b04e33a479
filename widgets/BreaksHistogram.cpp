#include "BreaksHistogram.h"

#include "ManualBreaksModel.h"
#include "NumberFormat.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace qw {

namespace {
constexpr int kStrip = 10; // height of the class colour strip under the bars
}

BreaksHistogram::BreaksHistogram(const ManualBreaksModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setAccessibleName(tr("Histogram of the values with the class breaks"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(model, &ManualBreaksModel::breaksChanged, this, qOverload<>(&QWidget::update));
}

QSize BreaksHistogram::sizeHint() const
{
    return {560, 190};
}

QSize BreaksHistogram::minimumSizeHint() const
{
    return {300, 140};
}

int BreaksHistogram::binCount() const
{
    const double n = double(m_model->input().values.size());
    return std::clamp(int(std::lround(2 * std::sqrt(n))), 8, 40);
}

QRectF BreaksHistogram::plotRect() const
{
    const QFontMetrics fm(font());
    const double left = fm.horizontalAdvance(QStringLiteral("0000")) + 8;
    const double top = fm.height() + 6; // the break labels
    const double bottom = kStrip + fm.height() + 8; // strip and range labels
    return QRectF(left, top, std::max(10.0, width() - left - 12),
                  std::max(10.0, height() - top - bottom));
}

double BreaksHistogram::xOf(double value) const
{
    const auto &in = m_model->input();
    const QRectF r = plotRect();
    const double span = in.max > in.min ? in.max - in.min : 1;
    return r.left() + (value - in.min) / span * r.width();
}

void BreaksHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const auto &in = m_model->input();
    const QRectF r = plotRect();
    const QFontMetrics fm(font());
    const QLocale locale;
    if (in.values.empty() || !std::isfinite(in.min)) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, tr("No values in %1").arg(in.period));
        return;
    }
    // Bars
    const int bins = binCount();
    const std::vector<int> counts = ManualBreaks::histogram(in.values, in.min, in.max, bins);
    const int top = std::max(1, *std::max_element(counts.begin(), counts.end()));
    const double w = r.width() / bins;
    p.setPen(QPen(palette().color(QPalette::Base), 1));
    p.setBrush(QColor(0x8c, 0x8c, 0x8c));
    for (int i = 0; i < bins; ++i) {
        const double h = r.height() * counts[std::size_t(i)] / top;
        p.drawRect(QRectF(r.left() + i * w, r.bottom() - h, w, h));
    }
    // Count axis
    p.setPen(palette().color(QPalette::Text));
    p.drawLine(r.bottomLeft(), r.bottomRight());
    p.drawText(QRectF(0, r.top() - fm.height() / 2.0, r.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, QString::number(top));
    p.drawText(QRectF(0, r.bottom() - fm.height() / 2.0, r.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    // Class strip in the classes' colours (grey while the breaks are invalid)
    const QRectF strip(r.left(), r.bottom() + 2, r.width(), kStrip);
    const auto &edges = m_model->edges();
    const auto &colors = m_model->colors();
    if (edges.size() >= 2 && colors.size() + 1 == edges.size()) {
        for (std::size_t i = 0; i + 1 < edges.size(); ++i)
            p.fillRect(QRectF(QPointF(xOf(edges[i]), strip.top()),
                              QPointF(xOf(edges[i + 1]), strip.bottom())),
                       colors[i]);
    } else {
        p.fillRect(strip, QColor(0xd9, 0xd9, 0xd9));
    }
    // Range labels under the strip
    const double labelY = strip.bottom() + 2;
    p.drawText(QRectF(r.left(), labelY, r.width() / 2, fm.height()), Qt::AlignLeft,
               formatNumber(in.min, in.indicator.decimals, locale));
    p.drawText(QRectF(r.center().x(), labelY, r.width() / 2, fm.height()), Qt::AlignRight,
               formatNumber(in.max, in.indicator.decimals, locale));
    // Breaks: dashed lines with their values above; the bad one in red
    const std::vector<double> breaks = m_model->breaks();
    double lastRight = -1e9;
    for (std::size_t i = 0; i < breaks.size(); ++i) {
        if (!std::isfinite(breaks[i]))
            continue;
        const bool bad = m_model->problem().index == int(i);
        const double x = std::clamp(xOf(breaks[i]), r.left(), r.right());
        p.setPen(QPen(bad ? QColor(0xc6, 0x28, 0x28) : QColor(0x20, 0x20, 0x20), bad ? 2 : 1.2,
                      Qt::DashLine));
        p.drawLine(QPointF(x, r.top()), QPointF(x, strip.bottom()));
        const QString text = ManualBreaks::format(breaks[i], locale);
        const double tw = fm.horizontalAdvance(text);
        const double left = std::clamp(x - tw / 2, 0.0, width() - tw);
        if (left > lastRight + 4) { // labels that would overlap the previous one are left out
            p.drawText(QPointF(left, fm.ascent() + 2), text);
            lastRight = left + tw;
        }
    }
}

bool BreaksHistogram::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const auto &in = m_model->input();
    const QRectF r = plotRect();
    if (in.values.empty() || !r.contains(help->pos()) || !(in.max > in.min)) {
        QToolTip::hideText();
        return true;
    }
    const int bins = binCount();
    const int i = std::clamp(int((help->pos().x() - r.left()) / r.width() * bins), 0, bins - 1);
    const double w = (in.max - in.min) / bins;
    const std::vector<int> counts = ManualBreaks::histogram(in.values, in.min, in.max, bins);
    const QLocale locale;
    QToolTip::showText(
        help->globalPos(),
        tr("%1 to %2: %n area(s)", nullptr, counts[std::size_t(i)])
            .arg(formatNumber(in.min + i * w, in.indicator.decimals + 1, locale),
                 formatNumber(in.min + (i + 1) * w, in.indicator.decimals + 1, locale)),
        this);
    return true;
}

} // namespace qw
