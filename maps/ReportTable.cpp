#include "ReportTable.h"

#include "ReportDocument.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <numeric>

namespace qw {

ReportTable::ReportTable(double width, int columns, QFont font, QFont headerFont,
                         std::vector<double> fixed)
    : m_width(width)
    , m_font(std::move(font))
    , m_headerFont(std::move(headerFont))
    , m_fixed(std::move(fixed))
    , m_needed(std::size_t(columns), 0.0)
    , m_cellNeeded(std::size_t(columns), 0.0)
    , m_wordNeeded(std::size_t(columns), 0.0)
    , m_longestWord(std::size_t(columns), 0.0)
{
    m_fixed.resize(std::size_t(columns), 0.0);
}

void ReportTable::widen(std::vector<double> &needed, const QStringList &cells, const QFont &font,
                        double cap)
{
    const QFontMetricsF fm(font);
    for (int c = 0; c < cells.size() && c < int(needed.size()); ++c)
        needed[std::size_t(c)] =
            std::max(needed[std::size_t(c)],
                     std::min(cap, fm.horizontalAdvance(cells[c]) + 2 * kPadding + 1));
}

void ReportTable::measureHeader(const QStringList &cells, double cap)
{
    widen(m_needed, cells, m_headerFont, cap);
    // A heading that wraps keeps its words whole where the room allows ("Sozialindex", not
    // "Sozialin" / "dex"): the width of its best split onto two lines, and at least that of
    // its longest word, which is never cut while the numbers leave room for it.
    const QFontMetricsF fm(m_headerFont);
    for (int c = 0; c < cells.size() && c < int(m_wordNeeded.size()); ++c) {
        const QStringList words = cells[c].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        double best = fm.horizontalAdvance(cells[c]);
        double longest = 0;
        for (const QString &word : words)
            longest = std::max(longest, fm.horizontalAdvance(word));
        for (qsizetype k = 1; k < words.size(); ++k)
            best = std::min(best,
                            std::max(fm.horizontalAdvance(words.mid(0, k).join(QLatin1Char(' '))),
                                     fm.horizontalAdvance(words.mid(k).join(QLatin1Char(' ')))));
        m_wordNeeded[std::size_t(c)] =
            std::max(m_wordNeeded[std::size_t(c)], std::min(cap, best + 2 * kPadding + 1));
        m_longestWord[std::size_t(c)] =
            std::max(m_longestWord[std::size_t(c)], longest + 2 * kPadding + 1);
    }
}

void ReportTable::measure(const QStringList &cells, bool bold)
{
    widen(m_needed, cells, bold ? m_headerFont : m_font, 1e9);
    widen(m_cellNeeded, cells, bold ? m_headerFont : m_font, 1e9);
}

std::vector<double> ReportTable::widths() const
{
    std::vector<double> w = m_needed, cells = m_cellNeeded, words = m_cellNeeded;
    for (std::size_t c = 0; c < w.size(); ++c) {
        words[c] = std::max(words[c], m_longestWord[c]);
        if (m_fixed[c] > 0)
            w[c] = cells[c] = words[c] = m_fixed[c];
    }
    const auto others = [](const std::vector<double> &v) {
        return std::accumulate(v.begin() + 1, v.end(), 0.0);
    };
    // Numbers are never cut: where the headings' widths leave too little for the names,
    // the headings wrap instead; only when the numbers alone leave too little, all shrink.
    constexpr double kMinName = 120;
    if (m_width - others(w) < kMinName) {
        // The headings wrap: each as wide as its longest word (else as its numbers), then
        // towards its best two lines while the names keep their least (a long name wraps).
        w = m_width - others(words) >= kMinName ? words : cells;
        double room = m_width - others(w) - kMinName;
        for (std::size_t c = 1; c < w.size() && room > 0; ++c) {
            if (m_fixed[c] > 0)
                continue;
            const double more = std::min(room, std::max(0.0, m_wordNeeded[c] - w[c]));
            w[c] += more;
            room -= more;
        }
    }
    if (m_width - others(w) >= kMinName) {
        // What the name does not need goes to the value columns, evenly, so they breathe.
        const double spare = std::max(0.0, m_width - others(w) - w[0]);
        w[0] = m_width - others(w) - spare;
        for (std::size_t c = 1; c < w.size(); ++c)
            w[c] += spare / double(w.size() - 1);
    } else {
        const double scale = (m_width - kMinName) / std::max(1.0, others(w));
        for (std::size_t c = 1; c < w.size(); ++c)
            w[c] *= scale;
        w[0] = kMinName;
    }
    return w;
}

QStringList ReportTable::wrap(const QString &text, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF fm(font);
    if (fm.horizontalAdvance(text) <= width)
        return {text};
    QStringList out;
    QString rest = text;
    while (out.size() + 1 < maxLines && fm.horizontalAdvance(rest) > width) {
        QTextLayout layout(rest, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine first = layout.createLine();
        first.setLineWidth(width);
        layout.endLayout();
        const int cut = first.textLength();
        if (cut <= 0 || cut >= rest.size())
            break;
        out << rest.left(cut).trimmed();
        rest = rest.mid(cut).trimmed();
    }
    out << fm.elidedText(rest, Qt::ElideRight, width);
    return out;
}

QStringList ReportTable::nameLines(const QString &name) const
{
    return wrap(name, m_font, widths()[0] - 2 * kPadding);
}

double ReportTable::rowHeight(const QString &name) const
{
    return kRow + (nameLines(name).size() - 1) * QFontMetricsF(m_font).height();
}

void ReportTable::drawCell(QPainter &p, const QRectF &r, const QString &text, Qt::Alignment align,
                           const QColor &tint)
{
    if (tint.isValid())
        p.fillRect(r, tint);
    p.drawText(r.adjusted(kPadding, 0, -kPadding, 0), align | Qt::AlignVCenter,
               p.fontMetrics().elidedText(text, Qt::ElideRight, int(r.width() - 2 * kPadding)));
}

double ReportTable::paintRow(QPainter &p, const QRectF &r, const QStringList &cells,
                             const QList<QColor> &tints) const
{
    const std::vector<double> w = widths();
    p.drawText(QRectF(r.left(), r.top(), w[0], r.height()).adjusted(kPadding, 0, -kPadding, 0),
               Qt::AlignLeft | Qt::AlignVCenter, nameLines(cells.value(0)).join(QLatin1Char('\n')));
    double x = r.left() + w[0];
    for (int c = 1; c < cells.size() && c < int(w.size()); ++c) {
        drawCell(p, QRectF(x, r.top(), w[std::size_t(c)], r.height()), cells[c], Qt::AlignRight,
                 tints.value(c));
        x += w[std::size_t(c)];
    }
    return x;
}

int ReportTable::addTo(ReportDocument &doc, const std::shared_ptr<const ReportTable> &table,
                       const QStringList &titles, const std::vector<QStringList> &rows)
{
    const std::shared_ptr<const ReportTable> columns = table;
    const QFont bold = ReportDocument::font(8, true);
    const std::vector<double> widths = columns->widths();
    std::vector<QStringList> lines;
    qsizetype most = 1;
    for (int c = 0; c < titles.size(); ++c) {
        lines.push_back(ReportTable::wrap(titles[c], bold,
                                          widths[std::size_t(c)] - 2 * ReportTable::kPadding, 3));
        most = std::max(most, lines.back().size());
    }
    const double height = ReportTable::kRow + 4 + double(most - 1) * QFontMetricsF(bold).height();
    const int header = doc.add(
        {height,
         [lines, widths, bold](QPainter &p, const QRectF &r) {
             p.setFont(bold);
             p.setPen(QColor(0x20, 0x20, 0x20));
             double x = r.left();
             for (std::size_t c = 0; c < lines.size(); ++c) {
                 const QRectF cell =
                     QRectF(x, r.top(), widths[c], r.height())
                         .adjusted(ReportTable::kPadding, 2, -ReportTable::kPadding, -3);
                 p.drawText(cell, (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom,
                            lines[c].join(QLatin1Char('\n')));
                 x += widths[c];
             }
             p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
             p.drawLine(QPointF(r.left(), r.bottom() - 1), QPointF(r.right(), r.bottom() - 1));
         },
         true});
    for (const QStringList &row : rows)
        doc.add({columns->rowHeight(row[0]),
                 [columns, row](QPainter &p, const QRectF &r) {
                     p.setFont(ReportDocument::font(8));
                     p.setPen(QColor(0x20, 0x20, 0x20));
                     columns->paintRow(p, r, row);
                 },
                 false, header});
    return header;
}

} // namespace qw
