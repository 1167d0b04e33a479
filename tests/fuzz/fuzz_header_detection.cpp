// Fuzz target: the header detection of sheet and table imports (HeaderDetector::detect,
// which finds title, header, data and note rows in a workbook sheet's first rows). The
// input is the sheet as text: rows by line, cells by tab. The first byte picks the number
// format, whether the planner chose header and data rows, and a merged cell over the
// header. No header must throw StoreError; a shape found must lie within the rows given.

#include "FuzzCheck.h"
#include "HeaderDetector.h"
#include "NumberParser.h"
#include "StoreError.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const std::uint8_t flags = data[0];
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    std::vector<qw::GridRow> rows;
    qint64 line = 0;
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        ++line;
        if (l.isEmpty() && (flags & 0x20))
            continue; // a sheet leaves empty rows out: rows keep their sheet number
        rows.push_back({line, l.split(QLatin1Char('\t'))});
        if (rows.size() >= 200) // TableSource's detection sample is smaller
            break;
    }
    const qw::NumberParser numbers = (flags & 1)
        ? qw::NumberParser(QLatin1Char(','), QLatin1Char('.'))
        : qw::NumberParser(QLatin1Char('.'), QChar());
    qw::SheetOptions options;
    if (flags & 2)
        options.headerRows = {1 + ((flags >> 2) & 3), 1 + ((flags >> 2) & 3) + ((flags >> 4) & 1)};
    if (flags & 0x40)
        options.dataRows = {options.headerRows.last + 1, 0};
    std::vector<qw::CellSpan> spans;
    if (flags & 0x80)
        spans.push_back({1, 0, 1 + ((flags >> 4) & 1), 3});
    qw::TableShape shape;
    try {
        shape =
            qw::HeaderDetector::detect(rows, spans, numbers, options, QStringLiteral("fuzz.xlsx"));
    } catch (const qw::StoreError &) {
        return 0;
    }
    QW_FUZZ_CHECK(shape.headerRows.first >= 1);
    QW_FUZZ_CHECK(shape.headerRows.first <= shape.headerRows.last);
    QW_FUZZ_CHECK(shape.columns.size() == std::size_t(shape.names.size()));
    for (const qw::GridRow &r : rows) {
        const QStringList fields = shape.fieldsOf(r);
        (void)shape.passesOver(r, fields, numbers, false);
    }
    return 0;
}
