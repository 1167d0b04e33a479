#include "GroupMatrixLegend.h"

#include "ChoroplethRenderer.h"
#include "IndexRecipe.h"
#include "UiLanguage.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace qw {

namespace {
constexpr double kPad = 10;
constexpr double kGap = 8;

} // namespace

GroupMatrixLegend::GroupMatrixLegend(const ChoroplethRenderer &renderer, const GroupAxes &axes,
                                     QString title, QString subtitle, QFont font,
                                     const QLocale &locale)
    : m_title(std::move(title))
    , m_subtitle(std::move(subtitle))
    , m_entries(renderer.legend(locale))
    , m_font(font)
    , m_titleFont(font)
{
    m_titleFont.setBold(true);
    const bool german = germanUi(locale);
    for (const ValueLabel &l : axes.status)
        m_rowNames << l.name(german);
    for (const ValueLabel &l : axes.dynamics)
        m_columnNames << l.name(german);
    // The renderer has one class per group code, in the order of the indicator's labels,
    // then its rows for areas without a class.
    const std::vector<ValueLabel> &labels = renderer.indicator().valueLabels;
    m_cellEntry.assign(std::size_t(rows() * columns()), -1);
    for (int r = 0; r < rows(); ++r)
        for (int c = 0; c < columns(); ++c)
            for (std::size_t i = 0; i < labels.size() && i < m_entries.size(); ++i)
                if (labels[i].value == IndexParts::groupCode(r + 1, c + 1))
                    m_cellEntry[cell(r, c)] = int(i);
    if (!m_rowNames.isEmpty() && !m_columnNames.isEmpty())
        m_note = QCoreApplication::translate("qw::MapLegends", "%1 = least need, %2 = improving")
                     .arg(m_rowNames.front(), m_columnNames.front());
    m_firstStatusEntry = int(std::min(labels.size(), m_entries.size()));
    m_status.assign(m_entries.begin() + m_firstStatusEntry, m_entries.end());
}

int GroupMatrixLegend::count(int row, int column) const
{
    const int e = m_cellEntry[cell(row, column)];
    return e < 0 ? 0 : m_entries[std::size_t(e)].count;
}

QBrush GroupMatrixLegend::brush(int row, int column) const
{
    const int e = m_cellEntry[cell(row, column)];
    return e < 0 ? ChoroplethRenderer::missingBrush() : m_entries[std::size_t(e)].brush;
}

GroupMatrixLegend::Metrics GroupMatrixLegend::metrics() const
{
    const QFontMetricsF fm(m_font), tfm(m_titleFont);
    Metrics m;
    m.headingHeight = tfm.height() + (m_subtitle.isEmpty() ? 0 : fm.height()) + 6;
    m.rowHeader = fm.horizontalAdvance(QCoreApplication::translate("qw::MapLegends", "Status ↓"));
    for (const QString &n : m_rowNames)
        m.rowHeader = std::max(m.rowHeader, fm.horizontalAdvance(n));
    m.rowHeader += kGap;
    // Cells wide enough for the widest column name and a count of four digits.
    m.cellWidth = fm.horizontalAdvance(QStringLiteral("0000")) + 8;
    for (const QString &n : m_columnNames)
        m.cellWidth = std::max(m.cellWidth, fm.horizontalAdvance(n) + 12);
    m.cellHeight = std::round(fm.height() * 1.5);
    // Two lines above the grid: the dynamics axis, then the column names.
    m.gridTop = kPad + m.headingHeight + 2 * fm.height() + 2;
    m.gridLeft = kPad + m.rowHeader;
    m.belowGrid = m.gridTop + rows() * m.cellHeight + 4 + fm.height() + 6;
    return m;
}

QRectF GroupMatrixLegend::cellRect(QPointF topLeft, int row, int column) const
{
    const Metrics m = metrics();
    return {topLeft.x() + m.gridLeft + column * m.cellWidth,
            topLeft.y() + m.gridTop + row * m.cellHeight, m.cellWidth, m.cellHeight};
}

QSizeF GroupMatrixLegend::size() const
{
    const QFontMetricsF fm(m_font), tfm(m_titleFont);
    const Metrics m = metrics();
    const QSizeF status = LegendRows::size(m_status, m_font);
    const double width = std::max({tfm.horizontalAdvance(m_title), fm.horizontalAdvance(m_subtitle),
                                   m.rowHeader + columns() * m.cellWidth,
                                   fm.horizontalAdvance(m_note), status.width()});
    return {kPad + width + kPad, m.belowGrid + (m_status.empty() ? 0 : status.height()) + kPad};
}

void GroupMatrixLegend::paint(QPainter &p, QPointF topLeft) const
{
    const QSizeF s = size();
    const QFontMetricsF fm(m_font);
    const Metrics m = metrics();
    p.save();
    paintFrame(p, QRectF(topLeft, s));
    const double x = topLeft.x() + kPad;
    paintHeading(p, QPointF(x, topLeft.y() + kPad), m_title, m_subtitle, m_font, m_titleFont);
    p.setFont(m_font);
    const double axisY = topLeft.y() + kPad + m.headingHeight;
    const double gridLeft = topLeft.x() + m.gridLeft;
    // The dynamics along the top, the status down the side, as in MSS's matrix.
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(QPointF(gridLeft, axisY + fm.ascent()),
               QCoreApplication::translate("qw::MapLegends", "Dynamics →"));
    p.drawText(QPointF(x, axisY + fm.height() + fm.ascent()),
               QCoreApplication::translate("qw::MapLegends", "Status ↓"));
    p.setPen(QColor(0x22, 0x22, 0x22));
    for (int c = 0; c < columns(); ++c)
        p.drawText(
            QRectF(gridLeft + c * m.cellWidth, axisY + fm.height(), m.cellWidth, fm.height()),
            Qt::AlignCenter, m_columnNames[c]);
    for (int r = 0; r < rows(); ++r) {
        const QRectF first = cellRect(topLeft, r, 0);
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRectF(x, first.top(), m.rowHeader, first.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, m_rowNames[r]);
        for (int c = 0; c < columns(); ++c) {
            const QRectF box = cellRect(topLeft, r, c);
            const QBrush b = brush(r, c);
            if (b.style() != Qt::SolidPattern)
                p.fillRect(box, QColor(0xf2, 0xf2, 0xf2));
            p.fillRect(box, b);
            // The count in white on dark cells, in black on light ones.
            p.setPen(qGray(b.color().rgb()) < 140 ? Qt::white : QColor(0x22, 0x22, 0x22));
            p.drawText(box, Qt::AlignCenter, QString::number(count(r, c)));
        }
    }
    // White lines between the cells, as the map draws its area borders.
    p.setPen(QPen(Qt::white, 1));
    for (int c = 1; c < columns(); ++c) {
        const double cx = gridLeft + c * m.cellWidth;
        p.drawLine(QPointF(cx, topLeft.y() + m.gridTop),
                   QPointF(cx, topLeft.y() + m.gridTop + rows() * m.cellHeight));
    }
    for (int r = 1; r < rows(); ++r) {
        const double cy = topLeft.y() + m.gridTop + r * m.cellHeight;
        p.drawLine(QPointF(gridLeft, cy), QPointF(gridLeft + columns() * m.cellWidth, cy));
    }
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(QPointF(x, topLeft.y() + m.gridTop + rows() * m.cellHeight + 4 + fm.ascent()),
               m_note);
    if (!m_status.empty())
        LegendRows::paint(p, QPointF(x, topLeft.y() + m.belowGrid), s.width() - 2 * kPad, m_status,
                          m_font);
    p.restore();
}

int GroupMatrixLegend::entryAt(QPointF topLeft, QPointF pos) const
{
    if (!QRectF(topLeft, size()).contains(pos))
        return -1;
    for (int r = 0; r < rows(); ++r)
        for (int c = 0; c < columns(); ++c)
            if (cellRect(topLeft, r, c).contains(pos))
                return m_cellEntry[cell(r, c)];
    if (m_status.empty())
        return -1;
    const Metrics m = metrics();
    const double statusTop = topLeft.y() + m.belowGrid;
    const double rowH = LegendRows::size(m_status, m_font).height() / double(m_status.size());
    const int row = pos.y() < statusTop ? -1 : int((pos.y() - statusTop) / rowH);
    return row >= 0 && row < int(m_status.size()) ? m_firstStatusEntry + row : -1;
}

} // namespace qw
