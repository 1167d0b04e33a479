#include "LegendRenderer.h"

#include <QFontMetricsF>
#include <QPainter>

namespace qw {

namespace {
constexpr double kPad = 10;
constexpr double kSwatch = 16;
constexpr double kGap = 8;
} // namespace

LegendRenderer::LegendRenderer(QString title, QString subtitle, std::vector<LegendEntry> entries,
                               QFont font)
    : m_title(std::move(title))
    , m_subtitle(std::move(subtitle))
    , m_entries(std::move(entries))
    , m_font(font)
    , m_titleFont(font)
{
    m_titleFont.setBold(true);
}

QSizeF LegendRenderer::size() const
{
    const QFontMetricsF fm(m_font), tfm(m_titleFont);
    double width = std::max(tfm.horizontalAdvance(m_title), fm.horizontalAdvance(m_subtitle));
    double countWidth = 0;
    for (const auto &e : m_entries) {
        width = std::max(width, kSwatch + kGap + fm.horizontalAdvance(e.label));
        countWidth =
            std::max(countWidth, fm.horizontalAdvance(QStringLiteral("(%1)").arg(e.count)));
    }
    width = std::max(width, 0.0);
    const double rowH = std::max(kSwatch, fm.height()) + 4;
    const double height = kPad + tfm.height() + (m_subtitle.isEmpty() ? 0 : fm.height()) + 6
        + rowH * m_entries.size() + kPad;
    return {kPad + width + kGap + countWidth + kPad, height};
}

double LegendRenderer::entriesTop() const
{
    const QFontMetricsF fm(m_font), tfm(m_titleFont);
    return kPad + tfm.height() + (m_subtitle.isEmpty() ? 0 : fm.height()) + 6;
}

double LegendRenderer::rowHeight() const
{
    return std::max(kSwatch, QFontMetricsF(m_font).height()) + 4;
}

int LegendRenderer::entryAt(QPointF topLeft, QPointF pos) const
{
    if (!QRectF(topLeft, size()).contains(pos))
        return -1;
    const double y = pos.y() - topLeft.y() - entriesTop();
    const int row = y < 0 ? -1 : int(y / rowHeight());
    return row < int(m_entries.size()) ? row : -1;
}

void LegendBlock::paintFrame(QPainter &p, const QRectF &box)
{
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(0, 0, 0, 40), 1));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(box, 6, 6);
}

void LegendRenderer::paint(QPainter &p, QPointF topLeft) const
{
    const QSizeF s = size();
    const QFontMetricsF fm(m_font), tfm(m_titleFont);
    p.save();
    paintFrame(p, QRectF(topLeft, s));

    double y = topLeft.y() + kPad;
    const double x = topLeft.x() + kPad;
    p.setPen(QColor(0x22, 0x22, 0x22));
    p.setFont(m_titleFont);
    p.drawText(QPointF(x, y + tfm.ascent()), m_title);
    y += tfm.height();
    p.setFont(m_font);
    if (!m_subtitle.isEmpty()) {
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QPointF(x, y + fm.ascent()), m_subtitle);
        y += fm.height();
    }
    y += 6;
    const double rowH = std::max(kSwatch, fm.height()) + 4;
    const double countRight = topLeft.x() + s.width() - kPad;
    for (const auto &e : m_entries) {
        const QRectF swatch(x, y + (rowH - kSwatch) / 2, kSwatch, kSwatch);
        p.setPen(QPen(QColor(0, 0, 0, 60), 1));
        if (e.brush.style() != Qt::SolidPattern)
            p.fillRect(swatch, QColor(0xf2, 0xf2, 0xf2));
        p.setBrush(e.brush);
        p.drawRect(swatch);
        p.setPen(QColor(0x22, 0x22, 0x22));
        const double baseline = y + (rowH + fm.ascent() - fm.descent()) / 2;
        p.drawText(QPointF(x + kSwatch + kGap, baseline), e.label);
        const QString count = QStringLiteral("(%1)").arg(e.count);
        p.setPen(QColor(0x66, 0x66, 0x66));
        p.drawText(QPointF(countRight - fm.horizontalAdvance(count), baseline), count);
        y += rowH;
    }
    p.restore();
}

} // namespace qw
