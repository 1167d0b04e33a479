#pragma once

#include "ImportTypes.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace qw {

// A department table read row by row, whatever the file format. Rows are streamed, so a
// 1 GB file never sits in memory; the preview holds only the first rows.
class TableSource
{
public:
    // Called for every data row with its 1-based line in the file and the share of the
    // file read so far (0..1). Return false to stop (cancel).
    using RowFunction =
        std::function<bool(const QStringList &fields, qint64 line, double progress)>;

    virtual ~TableSource() = default;

    const QString &path() const { return m_path; }
    const QStringList &header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }
    // Decimal and grouping marks of the file's numbers (spreadsheets: point, none).
    virtual QChar decimal() const { return QLatin1Char('.'); }
    virtual QChar thousands() const { return {}; }

    // Reads every data row from the start; returns false when row() asked to stop.
    // Throws StoreError naming the file, line and column when the file cannot be read.
    virtual bool forEachRow(const RowFunction &row) = 0;

    // The first rows, for the preview and for guessing columns.
    std::vector<QStringList> preview(int rows);

    // Opens a CSV/TXT (optionally with a chosen dialect) or a spreadsheet (XLSX, ODS, XLS
    // through GDAL). Throws StoreError for a missing, empty or unreadable file.
    static std::unique_ptr<TableSource> open(const QString &path,
                                             const CsvFormat *format = nullptr);
    // True for .csv, .txt, .tsv, .tab, .dat and files without a suffix.
    static bool isDelimitedText(const QString &path);

protected:
    explicit TableSource(const QString &path) : m_path(path) { }

    QString m_path;
    QStringList m_header;
    qint64 m_headerLine = 1;
};

} // namespace qw
