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

void LegendBlock::paintFrame(QPainter &p, const QRectF &box)
{
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(0, 0, 0, 40), 1));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(box, 6, 6);
}

double LegendBlock::paintHeading(QPainter &p, QPointF topLeft, const QString &title,
                                 const QString &subtitle, const QFont &font, const QFont &titleFont)
{
    const QFontMetricsF fm(font), tfm(titleFont);
    double y = topLeft.y();
    p.setPen(QColor(0x22, 0x22, 0x22));
    p.setFont(titleFont);
    p.drawText(QPointF(topLeft.x(), y + tfm.ascent()), title);
    y += tfm.height();
    p.setFont(font);
    if (!subtitle.isEmpty()) {
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QPointF(topLeft.x(), y + fm.ascent()), subtitle);
        y += fm.height();
    }
    return y;
}

double LegendBlock::paintSwatchRow(QPainter &p, double x, double y, double rowH,
                                   const QBrush &brush, const QString &label,
                                   const QFontMetricsF &fm)
{
    const QRectF swatch(x, y + (rowH - kSwatch) / 2, kSwatch, kSwatch);
    p.setPen(QPen(QColor(0, 0, 0, 60), 1));
    if (brush.style() != Qt::SolidPattern)
        p.fillRect(swatch, QColor(0xf2, 0xf2, 0xf2));
    p.setBrush(brush);
    p.drawRect(swatch);
    p.setPen(QColor(0x22, 0x22, 0x22));
    const double baseline = y + (rowH + fm.ascent() - fm.descent()) / 2;
    p.drawText(QPointF(x + kSwatch + kGap, baseline), label);
    return baseline;
}

void LegendRenderer::paint(QPainter &p, QPointF topLeft) const
{
    const QSizeF s = size();
    const QFontMetricsF fm(m_font);
    p.save();
    paintFrame(p, QRectF(topLeft, s));

    const double x = topLeft.x() + kPad;
    double y =
        paintHeading(p, QPointF(x, topLeft.y() + kPad), m_title, m_subtitle, m_font, m_titleFont);
    y += 6;
    const double rowH = std::max(kSwatch, fm.height()) + 4;
    const double countRight = topLeft.x() + s.width() - kPad;
    for (const auto &e : m_entries) {
        const double baseline = paintSwatchRow(p, x, y, rowH, e.brush, e.label, fm);
        const QString count = QStringLiteral("(%1)").arg(e.count);
        p.setPen(QColor(0x66, 0x66, 0x66));
        p.drawText(QPointF(countRight - fm.horizontalAdvance(count), baseline), count);
        y += rowH;
    }
    p.restore();
}

} // namespace qw
