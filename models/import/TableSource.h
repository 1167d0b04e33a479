#pragma once

#include <QCoreApplication>

#include "HeaderDetector.h"
#include "ImportTypes.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace qw {

// A department table read row by row, whatever the file format. Rows are streamed, so a
// 1 GB file never sits in memory; the preview holds only the first rows.
// A concrete source reads the sheet's records as they stand (forEachRecord); this class
// finds the table in them (title rows, a header of several rows, notes below: see
// HeaderDetector) and hands on the data rows with one field per table column.
class TableSource
{
    Q_DECLARE_TR_FUNCTIONS(qw::TableSource)

public:
    // Called for every data row with its 1-based line in the file (row in a sheet) and the
    // share of the file read so far (0..1). Return false to stop (cancel).
    using RowFunction =
        std::function<bool(const QStringList &fields, qint64 line, double progress)>;
    using RecordFunction = std::function<bool(const GridRow &record, double progress)>;

    virtual ~TableSource() = default;

    const QString &path() const { return m_path; }
    // The column names: the header rows joined from top to bottom.
    const QStringList &header() const { return m_shape.names; }
    qint64 headerLine() const { return m_shape.headerRows.last; }
    // Where the table is: header and data rows, columns, descriptions, periods in the header.
    const TableShape &shape() const { return m_shape; }
    // Decimal and grouping marks of the file's numbers (spreadsheets: point, none).
    virtual QChar decimal() const { return QLatin1Char('.'); }
    virtual QChar thousands() const { return {}; }
    // The sheets of a workbook and the one read; empty for text files.
    virtual QStringList sheets() const { return {}; }
    virtual QString sheet() const { return {}; }
    // "file.xlsx, sheet "Tabelle 2"" for messages.
    QString where() const;

    // Every record of the sheet as it stands, from the first; false when record() stopped.
    // Throws StoreError naming the file, line and column when the file cannot be read.
    virtual bool forEachRecord(const RecordFunction &record) = 0;
    // Merged cells (spreadsheets).
    virtual std::vector<CellSpan> spans() { return {}; }

    // Reads every data row from the start; returns false when row() asked to stop. Rows
    // of notes below the data (sources, footnotes) and a repeated header are passed over
    // and listed in skippedRows().
    bool forEachRow(const RowFunction &row);
    // What the last forEachRow() passed over: "row 45: Quelle: ...".
    const QStringList &skippedRows() const { return m_skipped; }

    // The first data rows, for the preview and for guessing columns.
    // lines, if given, gets each row's line in the file (row of the sheet).
    std::vector<QStringList> preview(int rows, std::vector<qint64> *lines = nullptr);
    // The first records as they stand in the sheet, for the preview of the raw grid.
    std::vector<GridRow> rawPreview(int rows);

    // Opens a CSV/TXT (optionally with a chosen dialect) or a spreadsheet (XLSX, ODS, XLS
    // through GDAL), on the chosen sheet and rows. Throws StoreError for a missing, empty
    // or unreadable file, a sheet or rows it does not have, or a sheet without a table.
    static std::unique_ptr<TableSource> open(const QString &path, const CsvFormat *format = nullptr,
                                             const SheetOptions &options = {});
    // True for .csv, .txt, .tsv, .tab, .dat and files without a suffix.
    static bool isDelimitedText(const QString &path);

protected:
    explicit TableSource(const QString &path) : m_path(path) { }
    // Finds the table in the first records; called at the end of a source's constructor.
    void detectShape(const SheetOptions &options);
    // Throws StoreError for a file that does not exist or is empty.
    static void requireFile(const QString &path);
    // The index of the sheet the planner named (by name, case aside, or 1-based number);
    // throws StoreError listing the sheets there are when there is none such.
    int sheetIndex(const QStringList &sheets, const QString &wanted) const;
    // Text files report a row with fields missing; spreadsheets leave trailing cells out.
    virtual bool shortRowsAreErrors() const { return false; }

    QString m_path;
    TableShape m_shape;
    QStringList m_skipped;
    int m_headerWidth = 0; // cells in the lowest header row as it stands
};

} // namespace qw
