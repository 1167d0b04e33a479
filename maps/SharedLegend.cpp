#include "SharedLegend.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace qw {

namespace {
constexpr double kPad = 10;
constexpr double kSwatch = 16;
constexpr double kGap = 8;
} // namespace

SharedLegend::SharedLegend(QString title, QString subtitle, QStringList columns,
                           const std::vector<std::vector<LegendEntry>> &legends, QFont font)
    : m_title(std::move(title))
    , m_subtitle(std::move(subtitle))
    , m_columns(std::move(columns))
    , m_font(font)
    , m_titleFont(font)
{
    m_titleFont.setBold(true);
    // Classes are the same on every map; "no data" and "suppressed" rows appear where any
    // map has such areas, with 0 on the others.
    for (std::size_t map = 0; map < legends.size(); ++map) {
        for (const LegendEntry &e : legends[map]) {
            auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) {
                return r.entry.kind == e.kind && r.entry.label == e.label;
            });
            if (it == m_rows.end()) {
                m_rows.push_back({e, std::vector<int>(legends.size(), 0)});
                it = m_rows.end() - 1;
            }
            it->counts[map] = e.count;
        }
    }
    // Missing and suppressed rows after the classes, whatever map brought them first.
    std::stable_partition(m_rows.begin(), m_rows.end(),
                          [](const Row &r) { return r.entry.kind == LegendEntry::Kind::Class; });
}

double SharedLegend::columnWidth() const
{
    const QFontMetricsF fm(m_font);
    double w = fm.horizontalAdvance(QStringLiteral("0000"));
    for (const QString &c : m_columns)
        w = std::max(w, fm.horizontalAdvance(c));
    return w;
}

QSizeF SharedLegend::size() const
{
    const QFontMetricsF fm(m_font), tfm(m_titleFont);
    double labels = 0;
    for (const Row &r : m_rows)
        labels = std::max(labels, kSwatch + kGap + fm.horizontalAdvance(r.entry.label));
    const double table = labels + m_columns.size() * (kGap + columnWidth());
    const double width =
        std::max({tfm.horizontalAdvance(m_title), fm.horizontalAdvance(m_subtitle), table});
    const double rowH = std::max(kSwatch, fm.height()) + 4;
    const double height = kPad + tfm.height() + (m_subtitle.isEmpty() ? 0 : fm.height()) + 6
        + fm.height() + rowH * double(m_rows.size()) + kPad;
    return {kPad + width + kPad, height};
}

void SharedLegend::paint(QPainter &p, QPointF topLeft) const
{
    const QSizeF s = size();
    const QFontMetricsF fm(m_font);
    p.save();
    paintFrame(p, QRectF(topLeft, s));
    const double x = topLeft.x() + kPad;
    double y =
        paintHeading(p, QPointF(x, topLeft.y() + kPad), m_title, m_subtitle, m_font, m_titleFont);
    y += 6;
    // Count columns flush right, each headed by its map's period.
    const double colW = columnWidth();
    const double right = topLeft.x() + s.width() - kPad;
    const auto columnRight = [&](qsizetype c) {
        return right - double(m_columns.size() - 1 - c) * (colW + kGap);
    };
    p.setPen(QColor(0x55, 0x55, 0x55));
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        p.drawText(QPointF(columnRight(c) - fm.horizontalAdvance(m_columns[c]), y + fm.ascent()),
                   m_columns[c]);
    y += fm.height();
    const double rowH = std::max(kSwatch, fm.height()) + 4;
    for (const Row &r : m_rows) {
        const double baseline = paintSwatchRow(p, x, y, rowH, r.entry.brush, r.entry.label, fm);
        p.setPen(QColor(0x66, 0x66, 0x66));
        for (std::size_t c = 0; c < r.counts.size() && qsizetype(c) < m_columns.size(); ++c) {
            const QString count = QString::number(r.counts[c]);
            p.drawText(QPointF(columnRight(qsizetype(c)) - fm.horizontalAdvance(count), baseline),
                       count);
        }
        y += rowH;
    }
    p.restore();
}

} // namespace qw
