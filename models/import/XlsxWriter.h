#pragma once

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace qw {

// Writes a plain Office Open XML workbook: sheets of text and number cells, number
// formats for percentages and dates, merged cells. Enough for the workbooks that the tests
// and the benchmark build with every quirk of a statistics office's table, written the way
// Excel does (shared strings, styles, merges after the cell data).
class XlsxWriter
{
public:
    enum class Format { General, Percent, Date };

    // Starts a sheet; the cells set next go to it.
    void addSheet(const QString &name);
    // Rows are 1-based as in the spreadsheet, columns 0-based (A = 0).
    void setText(qint64 row, int column, const QString &text);
    void setNumber(qint64 row, int column, double value, Format format = Format::General);
    void merge(qint64 row, int column, qint64 rows, int columns);

    // Writes the workbook under a temporary name and renames it into place; returns an
    // error message, or an empty string.
    QString save(const QString &path) const;

    // "A1" style reference of a cell.
    static QString reference(qint64 row, int column);

private:
    struct Cell
    {
        QString text;
        std::optional<double> number;
        Format format = Format::General;
    };
    struct Merge
    {
        qint64 row;
        int column;
        qint64 rows;
        int columns;
    };
    struct Sheet
    {
        QString name;
        std::map<qint64, std::map<int, Cell>> rows;
        std::vector<Merge> merges;
    };
    Sheet &current();

    std::vector<Sheet> m_sheets;
};

} // namespace qw
