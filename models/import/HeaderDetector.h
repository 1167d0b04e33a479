#pragma once

#include <QCoreApplication>

#include "NumberParser.h"
#include "SheetGrid.h"

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
    bool passesOver(const GridRow &record, const QStringList &fields,
                    const NumberParser &numbers, bool afterGap) const;
};

// Goes through the records of a sheet in order and says what each is to the table:
// above the data, data, passed over (a note, a repeated header), or after the data.
// One instance per pass, as a note makes the next line of text a note too.
class DataRowFilter
{
public:
    enum class Verdict { Before, Data, Blank, PassedOver, After };

    DataRowFilter(const TableShape &shape, const NumberParser &numbers)
        : m_shape(shape), m_numbers(numbers), m_previous(shape.headerRows.last)
    { }
    // fields: the record's cells in the table's columns (TableShape::fieldsOf).
    Verdict classify(const GridRow &record, const QStringList &fields);

private:
    const TableShape &m_shape;
    const NumberParser &m_numbers;
    qint64 m_previous;
    bool m_previousWasNote = false;
};

class HeaderDetector
{
    Q_DECLARE_TR_FUNCTIONS(qw::HeaderDetector)

public:
    // Finds header and data rows in the first rows of a sheet (detects what options leave
    // open). where names the file and sheet in messages. Throws StoreError when no header
    // can be found, when the sheet holds no number, or when the chosen rows do not exist;
    // the message shows the first rows as they were read.
    static TableShape detect(const std::vector<GridRow> &rows, const std::vector<CellSpan> &spans,
                             const NumberParser &numbers, const SheetOptions &options,
                             const QString &where);

    // A row below the header that is not data: a source line, a footnote, a remark.
    // afterGap: a blank row stands between it and the row before.
    static bool isNoteRow(const QStringList &cells, const NumberParser &numbers, bool afterGap);

    // "Migrations-hintergrund" -> "Migrationshintergrund" (a hyphen left from a line break
    // inside a word), "unter 18-Jährige" stays; line breaks and runs of blanks become one.
    static QString cleanText(const QString &text);
    // The period a header text names, normalised: "31.12.2013" and "(Dez 2013)" -> "2013",
    // "2013/14" and "2013/2014" -> "2013/14"; empty when none. rest gets the text without it.
    static QString periodIn(const QString &text, QString *rest = nullptr);
    // The first rows as read, for messages: "row 1: a | b | c".
    static QString describeRows(const std::vector<GridRow> &rows, int count = 6);
};

} // namespace qw
