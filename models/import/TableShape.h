#pragma once

#include "NumberParser.h"
#include "SheetGrid.h"

#include <QStringList>

#include <vector>

namespace qw {

// Where the table of a sheet is and what its columns are called. Statistics offices put
// title rows above the header and notes below the data, leave blank spacer rows and
// columns, and spread the header over several rows: a merged group header, a short name,
// a long definition. Column names join the header rows from top to bottom.
struct TableShape
{
    SheetRange headerRows;
    SheetRange dataRows; // last 0: to the end, rows classified one by one (see isNoteRow)
    bool dataRowsGiven = false; // the planner chose the data rows: every row in them counts
    qint64 definitionRow = 0; // the header row of long definitions, or 0
    std::vector<int> columns; // the sheet column (0-based) of each table column
    QStringList names; // per table column: the joined header, unique
    QStringList descriptions; // per table column: the definition row's text, or empty
    QStringList periods; // per table column: a period its header names ("2013", "2013/14")
    QStringList labels; // per table column: the name without that period
    QStringList lastHeaderCells; // the lowest header row, to recognise a repeated header
    QString titlePeriod; // the one period named in the rows above the header, if any

    // A record's cells in the table's columns (into out, whose memory is reused: this runs
    // once per row of a million-row import).
    void fieldsOf(const GridRow &record, QStringList *out) const;
    QStringList fieldsOf(const GridRow &record) const
    {
        QStringList fields;
        fieldsOf(record, &fields);
        return fields;
    }
    // A non-blank record in the data rows that is no data: a repeated header, or a note
    // (see HeaderDetector::isNoteRow). afterGap: a blank row stands before it.
    bool passesOver(const GridRow &record, const QStringList &fields, const NumberParser &numbers,
                    bool afterGap) const;
};

} // namespace qw
