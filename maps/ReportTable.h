#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>

#include <memory>
#include <vector>

class QPainter;

namespace qw {

class ReportDocument;

// Column widths and cells of the printed tables (profile, comparison): every column but
// the first is as wide as its widest text, the first (the indicator's name) takes the rest,
// and a name longer than that wraps onto a second line instead of being cut. Points.
class ReportTable
{
public:
    static constexpr double kRow = 14; // a one-line row
    static constexpr double kPadding = 3; // each side of a cell's text

    // columns: how many; fixed: widths of columns that hold no text (a sparkline), or 0
    // to measure the column.
    ReportTable(double width, int columns, QFont font, QFont headerFont,
                std::vector<double> fixed = {});

    // Widens the columns to the texts of a row (cells beyond columns are ignored).
    // A heading's text widens its column at most to cap (it may take two lines).
    void measureHeader(const QStringList &cells, double cap = 1e9);
    // bold: the row is painted in the header's (bold) font, as a total row is.
    void measure(const QStringList &cells, bool bold = false);
    // The widths, once every row was measured: the first column takes what the others
    // leave; the headings give way first, then all shrink, so the names keep 120 points.
    std::vector<double> widths() const;

    // text on one line of width, or on up to maxLines (at a word, or anywhere in a long
    // word), the last cut with "…" when even those do not hold it. Headings take three.
    static QStringList wrap(const QString &text, const QFont &font, double width, int maxLines = 2);
    // The lines of the first column's text at its width: one, or two with the second cut
    // when even two do not hold it.
    QStringList nameLines(const QString &name) const;
    double rowHeight(const QString &name) const;

    // A cell's text, left or right, vertically centred, tinted when tint is valid; cut
    // with "…" where it does not fit.
    static void drawCell(QPainter &p, const QRectF &r, const QString &text, Qt::Alignment align,
                         const QColor &tint = {});
    // A row: the name (cells[0]) on its lines, the other cells right-aligned, each tinted
    // by tints[c] where that is valid. Returns where the last cell ends.
    double paintRow(QPainter &p, const QRectF &rect, const QStringList &cells,
                    const QList<QColor> &tints = {}) const;

    // Adds a table to doc: a bold header row of titles (on two lines where a column is too
    // narrow for one), repeated on every page the table continues on, then the rows. table
    // has measured titles and rows already. Returns the header's block index.
    static int addTo(ReportDocument &doc, const std::shared_ptr<const ReportTable> &table,
                     const QStringList &titles, const std::vector<QStringList> &rows);

private:
    static void widen(std::vector<double> &needed, const QStringList &cells, const QFont &font,
                      double cap);

    double m_width;
    QFont m_font, m_headerFont;
    std::vector<double> m_fixed;
    std::vector<double> m_needed; // by headings and cells
    std::vector<double> m_cellNeeded; // by cells alone
    std::vector<double> m_wordNeeded; // by each heading split at its best onto two lines
    std::vector<double> m_longestWord; // by each heading's longest word
};

} // namespace qw
