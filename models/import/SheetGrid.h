#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace qw {

// One record of a sheet or text file as it stands, before any header is known: the cells
// of every column from the first, and the 1-based sheet row (first line in a text file).
struct GridRow
{
    qint64 row = 0;
    QStringList cells;

    QString cell(int column) const { return column < cells.size() ? cells[column] : QString(); }
    bool isBlank() const
    {
        for (const QString &c : cells)
            if (!QStringView(c).trimmed().isEmpty())
                return false;
        return true;
    }
};

// A merged block of cells in a spreadsheet: its top-left cell holds the text of all.
struct CellSpan
{
    qint64 row = 0; // 1-based sheet row of the top-left cell
    int column = 0; // 0-based column of the top-left cell
    qint64 rows = 1;
    int columns = 1;

    bool contains(qint64 r, int c) const
    {
        return r >= row && r < row + rows && c >= column && c < column + columns;
    }
};

// 1-based rows of a sheet, both ends included; last 0 means "to the end".
struct SheetRange
{
    qint64 first = 0;
    qint64 last = 0;

    bool isSet() const { return first > 0; }
    bool contains(qint64 row) const { return row >= first && (last == 0 || row <= last); }
    friend bool operator==(const SheetRange &, const SheetRange &) = default;
    // "5", "5-7" or "5-" (to the end); an empty range for anything else.
    static SheetRange parse(const QString &text);
    QString toString() const;
};

// Where the table of a sheet is, as the planner chose it: any part left empty is detected.
struct SheetOptions
{
    QString sheet; // name or 1-based number; empty: the first sheet with data
    SheetRange headerRows;
    SheetRange dataRows;

    bool isEmpty() const { return sheet.isEmpty() && !headerRows.isSet() && !dataRows.isSet(); }
};

} // namespace qw
