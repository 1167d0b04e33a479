// Fuzz target: NumberParser, the reader of every number cell of an import. The first byte
// picks the file's decimal and grouping marks, the rest is the cell as UTF-8.

#include "FuzzCheck.h"
#include "NumberParser.h"

#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    using qw::NumberParser;
    static const NumberParser parsers[] = {
        {QLatin1Char(','), QLatin1Char('.')},
        {QLatin1Char('.'), QChar()},
        {QLatin1Char('.'), QLatin1Char(',')},
        {QLatin1Char(','), QChar(u' ')},
    };
    const NumberParser &numbers = parsers[data[0] % 4];
    const QString cell =
        QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const NumberParser::Result r = numbers.parse(cell);
    // A value the import stores must be a number; a symbol is never also a value.
    if (r.kind == NumberParser::Kind::Value || r.kind == NumberParser::Kind::Estimated)
        QW_FUZZ_CHECK(!std::isnan(r.value));
    QW_FUZZ_CHECK(numbers.isNumeric(cell) == (r.kind != NumberParser::Kind::Invalid));
    (void)NumberParser::meaning(r.symbol);
    return 0;
}
