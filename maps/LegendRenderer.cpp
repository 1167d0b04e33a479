#include "LegendRenderer.h"

#include "MapDecorations.h"

#include <QFontMetricsF>
#include <QPainter>

namespace qw {

namespace {
constexpr double kPad = 10;
constexpr double kSwatch = 16;
constexpr double kGap = 8;

double rowHeight(const QFontMetricsF &fm)
{
    return std::max(kSwatch, fm.height()) + 4;
}

void paintSwatch(QPainter &p, const QRectF &swatch, const LegendEntry &e)
{
    if (e.kind == LegendEntry::Kind::Facility) {
        // The symbol as the map draws it: white rim, a little larger to be told apart.
        p.setPen(QPen(Qt::white, 1.0));
        MapDecorations::paintFacilitySymbol(p, swatch.center(), e.facility,
                                            std::max(3.2, swatch.width() * 0.28));
        return;
    }
    p.setPen(QPen(QColor(0, 0, 0, 60), 1));
    if (e.brush.style() != Qt::SolidPattern)
        p.fillRect(swatch, QColor(0xf2, 0xf2, 0xf2));
    p.setBrush(e.brush);
    p.drawRect(swatch);
}

} // namespace

namespace LegendRows {

QSizeF size(const std::vector<LegendEntry> &entries, const QFont &font)
{
    const QFontMetricsF fm(font);
    double label = 0, count = 0;
    for (const auto &e : entries) {
        label = std::max(label, kSwatch + kGap + fm.horizontalAdvance(e.label));
        if (e.count >= 0)
            count = std::max(count, fm.horizontalAdvance(QStringLiteral("(%1)").arg(e.count)));
    }
    return {label + kGap + count, rowHeight(fm) * double(entries.size())};
}

void paint(QPainter &p, QPointF topLeft, double width, const std::vector<LegendEntry> &entries,
           const QFont &font)
{
    const QFontMetricsF fm(font);
    const double rowH = rowHeight(fm);
    const double x = topLeft.x();
    const double countRight = x + width;
    double y = topLeft.y();
    p.save();
    p.setFont(font);
    for (const auto &e : entries) {
        paintSwatch(p, QRectF(x, y + (rowH - kSwatch) / 2, kSwatch, kSwatch), e);
        p.setPen(QColor(0x22, 0x22, 0x22));
        const double baseline = y + (rowH + fm.ascent() - fm.descent()) / 2;
        p.drawText(QPointF(x + kSwatch + kGap, baseline), e.label);
        const QString count = e.count >= 0 ? QStringLiteral("(%1)").arg(e.count) : QString();
        p.setPen(QColor(0x66, 0x66, 0x66));
        p.drawText(QPointF(countRight - fm.horizontalAdvance(count), baseline), count);
        y += rowH;
    }
    p.restore();
}

} // namespace LegendRows

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
    const QSizeF rows = LegendRows::size(m_entries, m_font);
    const double width =
        std::max({tfm.horizontalAdvance(m_title), fm.horizontalAdvance(m_subtitle), rows.width()});
    const double height =
        kPad + tfm.height() + (m_subtitle.isEmpty() ? 0 : fm.height()) + 6 + rows.height() + kPad;
    return {kPad + width + kPad, height};
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
    LegendRows::paint(p, QPointF(x, y), s.width() - 2 * kPad, m_entries, m_font);
    p.restore();
}

} // namespace qw
