// Fuzz target: the CSV reader with its dialect detection (CsvTableSource): sniffing the
// encoding, delimiter and decimal mark from the first bytes, then reading the file as an
// import does (title rows, header rows, data rows, notes below). The reader works on
// files, so each input is written to one temporary file of this process. Bad input must
// throw StoreError, never crash or hang.

#include "CsvTableSource.h"
#include "StoreError.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)qw::CsvTableSource::sniff(bytes);

    static const QString path =
        QDir::tempPath() + QStringLiteral("/qw-fuzz-csv-%1.csv").arg(qint64(::getpid()));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes);
    }
    try {
        qw::CsvTableSource source(path);
        (void)source.preview(20);
        (void)source.rawPreview(20);
        int rows = 0;
        source.forEachRow([&](const QStringList &, qint64, double) { return ++rows < 10000; });
    } catch (const qw::StoreError &) { }
    try {
        int records = 0;
        qw::CsvTableSource::readRecords(
            path, [&](const qw::GridRow &, double) { return ++records < 10000; });
    } catch (const qw::StoreError &) { }
    return 0;
}
