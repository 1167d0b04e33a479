#pragma once

#include <QCoreApplication>

#include "TableSource.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryFile>

#include <memory>
#include <span>
#include <vector>

namespace qw {

// Delimited text as departments export it from Excel, SPSS or their own systems:
// UTF-8 with or without BOM, Windows-1252 or ISO-8859-1; ";" "," tab or "|"; fields in
// double quotes with "" inside and line breaks; an optional "sep=;" first line.
class CsvTableSource : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(qw::CsvTableSource)

public:
    // Detects the dialect unless one is given, then the table (title lines, header lines,
    // notes below). Throws StoreError for a missing or empty file, a file without a
    // header, or bytes that are not valid in the encoding.
    CsvTableSource(const QString &path, const CsvFormat *format = nullptr,
                   const SheetOptions &options = {});

    // Every record of a delimited text file as it stands, in its detected dialect, with no
    // search for a table of values (for lists of text such as workshop notes). Throws
    // StoreError like the constructor; returns the dialect read.
    static CsvFormat readRecords(const QString &path, const RecordFunction &record);
    // The column of each field in a header row of such a list: words[f] are the header
    // words field f answers to (case folded); -1 where no cell names it. The first cell
    // naming a field takes it.
    static std::vector<int> headerColumns(const QStringList &cells,
                                          std::span<const QStringList> words);

    // Guesses the dialect from the first bytes of a file.
    static CsvFormat sniff(const QByteArray &head);
    // The dialect of a file, from its first bytes (a default one when it cannot be read).
    static CsvFormat sniffFile(const QString &path);

    const CsvFormat &format() const { return m_format; }
    QChar decimal() const override { return m_format.decimal; }
    QChar thousands() const override { return m_format.thousands; }

    bool forEachRecord(const RecordFunction &record) override;

protected:
    bool shortRowsAreErrors() const override { return true; }

private:
    struct NoDetection
    {
    };
    CsvTableSource(const QString &path, NoDetection);
    // Checks the file and detects its dialect unless one is given.
    void openFile(const CsvFormat *format);

    CsvFormat m_format;
    bool m_skipSepLine = false;
    // A UTF-16 file (Excel's "Unicode text") read through a UTF-8 copy; messages still
    // name the file itself.
    std::unique_ptr<QTemporaryFile> m_utf8Copy;
};

} // namespace qw
