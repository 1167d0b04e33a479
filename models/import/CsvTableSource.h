#pragma once

#include <QCoreApplication>

#include "TableSource.h"

#include <QByteArray>

namespace qw {

// Delimited text as departments export it from Excel, SPSS or their own systems:
// UTF-8 with or without BOM, Windows-1252 or ISO-8859-1; ";" "," tab or "|"; fields in
// double quotes with "" inside and line breaks; an optional "sep=;" first line.
class CsvTableSource : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(qw::CsvTableSource)

public:
    // Detects the dialect unless one is given. Throws StoreError for a missing or empty
    // file, a file without a header, or bytes that are not valid in the encoding.
    CsvTableSource(const QString &path, const CsvFormat *format = nullptr);

    // Guesses the dialect from the first bytes of a file.
    static CsvFormat sniff(const QByteArray &head);

    const CsvFormat &format() const { return m_format; }
    QChar decimal() const override { return m_format.decimal; }
    QChar thousands() const override { return m_format.thousands; }

    bool forEachRow(const RowFunction &row) override;

private:
    // Streams the file through the decoder and parser; record() gets every record
    // (header included) with its first line. Stops when record() returns false.
    bool parse(const std::function<bool(QStringList &, qint64, double)> &record);

    CsvFormat m_format;
    bool m_skipSepLine = false;
};

} // namespace qw
