#include "CsvTableSource.h"

#include "StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <array>

namespace qw {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kSniffBytes = 256 * 1024;

// Windows-1252 differs from ISO-8859-1 only in 0x80..0x9F (€, „, “, ” and friends);
// 0 marks the five undefined bytes.
constexpr std::array<char16_t, 32> kCp1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Length of the valid UTF-8 sequence at p, 0 when invalid, -1 when cut off by the end.
int utf8Sequence(const unsigned char *p, qint64 available, char32_t *cp)
{
    const unsigned char c = p[0];
    int n = 0;
    char32_t v = 0;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        n = 2;
        v = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        v = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        v = c & 0x07;
    } else {
        return 0;
    }
    for (int i = 1; i < n; ++i) {
        if (i >= available)
            return -1;
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < kMin[n] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

bool isValidUtf8(const QByteArray &bytes, bool allowCutEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    qint64 i = 0;
    const qint64 size = bytes.size();
    while (i < size) {
        char32_t cp = 0;
        const int n = utf8Sequence(p + i, size - i, &cp);
        if (n == -1)
            return allowCutEnd;
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

// Decodes bytes chunk by chunk, keeping a sequence cut at a chunk's end for the next one
// and counting lines so an invalid byte can be reported where a text editor shows it.
class Decoder
{
public:
    Decoder(const QString &path, TextEncoding encoding) : m_path(path), m_encoding(encoding) { }

    void decode(QByteArray bytes, bool last, QString *out)
    {
        if (!m_pending.isEmpty()) {
            bytes.prepend(m_pending);
            m_pending.clear();
        }
        out->clear();
        out->reserve(bytes.size());
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
        const qint64 size = bytes.size();
        for (qint64 i = 0; i < size;) {
            char32_t cp = p[i];
            int n = 1;
            if (m_encoding == TextEncoding::Utf8) {
                n = utf8Sequence(p + i, size - i, &cp);
                if (n == -1 && !last) {
                    m_pending = bytes.mid(i);
                    break;
                }
                if (n <= 0)
                    fail(p[i]);
            } else if (m_encoding == TextEncoding::Windows1252 && cp >= 0x80 && cp < 0xA0) {
                cp = kCp1252[cp - 0x80];
                if (cp == 0)
                    fail(p[i]);
            }
            i += n;
            if (cp == U'\n') {
                ++m_line;
                m_column = 0;
            } else {
                ++m_column;
            }
            if (cp > 0xFFFF) {
                out->append(QChar::highSurrogate(cp));
                out->append(QChar::lowSurrogate(cp));
            } else {
                out->append(QChar(char16_t(cp)));
            }
        }
    }

private:
    [[noreturn]] void fail(unsigned char byte) const
    {
        throw StoreError(
            StoreErrorKind::InvalidInput,
            CsvTableSource::tr(
                "%1, line %2, column %3: the byte 0x%4 is not valid %5 text. The file has "
                "another encoding; choose it (for example Windows-1252).")
                .arg(m_path)
                .arg(m_line)
                .arg(m_column + 1)
                .arg(byte, 2, 16, QLatin1Char('0'))
                .arg(toCode(m_encoding)));
    }

    QString m_path;
    TextEncoding m_encoding;
    QByteArray m_pending;
    qint64 m_line = 1;
    qint64 m_column = 0;
};

// RFC 4180 parser fed with decoded text in pieces. Accepts CRLF, LF and lone CR, quotes
// anywhere in a field ("" is a quote inside quotes) and line breaks inside quotes.
class Parser
{
public:
    using Record = std::function<bool(QStringList &, qint64)>;

    explicit Parser(QChar delimiter) : m_delimiter(delimiter) { }

    // Returns false when record() asked to stop.
    bool feed(QStringView text, const Record &record)
    {
        for (const QChar c : text) {
            if (m_afterCr) {
                m_afterCr = false;
                if (c == u'\n')
                    continue;
            }
            if (m_inQuotes) {
                if (c == u'"') {
                    m_inQuotes = false;
                    m_quoteClosed = true;
                } else if (c == u'\n' || c == u'\r') {
                    // Line breaks inside quotes become "\n", whatever the file uses.
                    ++m_line;
                    m_afterCr = c == u'\r';
                    m_field.append(u'\n');
                } else {
                    m_field.append(c);
                }
                continue;
            }
            if (c == u'"') {
                if (m_quoteClosed)
                    m_field.append(c); // "" inside a quoted field
                m_inQuotes = true;
                m_quoteClosed = false;
                m_anyContent = true;
                continue;
            }
            m_quoteClosed = false;
            if (c == m_delimiter) {
                m_fields.append(m_field);
                m_field.clear();
                m_anyContent = true;
            } else if (c == u'\n' || c == u'\r') {
                m_afterCr = c == u'\r';
                if (!endRecord(record))
                    return false;
                ++m_line;
                m_recordLine = m_line;
            } else {
                m_field.append(c);
                m_anyContent = true;
            }
        }
        return true;
    }

    bool finish(const Record &record) { return endRecord(record); }

private:
    bool endRecord(const Record &record)
    {
        const bool blank = !m_anyContent && m_field.trimmed().isEmpty();
        m_fields.append(m_field);
        m_field.clear();
        bool go = true;
        if (!blank)
            go = record(m_fields, m_recordLine);
        m_fields.clear();
        m_anyContent = false;
        m_quoteClosed = false;
        m_recordLine = m_line + 1;
        return go;
    }

    QChar m_delimiter;
    QString m_field;
    QStringList m_fields;
    bool m_inQuotes = false;
    bool m_quoteClosed = false;
    bool m_afterCr = false;
    bool m_anyContent = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
};

QByteArray withoutBom(const QByteArray &bytes, bool *hadBom)
{
    *hadBom = bytes.startsWith("\xEF\xBB\xBF");
    return *hadBom ? bytes.mid(3) : bytes;
}

QString decodeForSniffing(const QByteArray &bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf8) {
        QString s = QString::fromUtf8(bytes);
        if (s.endsWith(QChar::ReplacementCharacter))
            s.chop(1); // a sequence cut by the sniffing window
        return s;
    }
    QString s = QString::fromLatin1(bytes);
    if (encoding == TextEncoding::Windows1252)
        for (QChar &c : s)
            if (c.unicode() >= 0x80 && c.unicode() < 0xA0 && kCp1252[c.unicode() - 0x80])
                c = QChar(kCp1252[c.unicode() - 0x80]);
    return s;
}

std::optional<QChar> sepLine(QStringView firstLine)
{
    const QStringView t = firstLine.trimmed();
    if (t.size() == 5 && t.startsWith(u"sep=", Qt::CaseInsensitive))
        return t[4];
    return std::nullopt;
}

} // namespace

namespace {

enum class Utf16 { No, LittleEndian, BigEndian };

// Excel's "Unicode text" and many Windows tools write UTF-16: with a byte order mark, or
// without one, where ASCII text has a NUL in every other byte. Read as Windows-1252 it was
// letters and NULs.
Utf16 utf16Of(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE"))
        return Utf16::LittleEndian;
    if (head.startsWith("\xFE\xFF"))
        return Utf16::BigEndian;
    qsizetype even = 0, odd = 0;
    const qsizetype n = std::min<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    for (qsizetype i = 0; i < n; i += 2) {
        even += head[i] == '\0';
        odd += head[i + 1] == '\0';
    }
    if (n >= 8 && odd > n / 2 * 0.4 && even < n / 2 * 0.05)
        return Utf16::LittleEndian;
    if (n >= 8 && even > n / 2 * 0.4 && odd < n / 2 * 0.05)
        return Utf16::BigEndian;
    return Utf16::No;
}

QByteArray utf8FromUtf16(const QByteArray &bytes, Utf16 kind)
{
    QStringDecoder decoder(kind == Utf16::LittleEndian ? QStringDecoder::Utf16LE
                                                       : QStringDecoder::Utf16BE);
    QString text = decoder(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text.toUtf8();
}

} // namespace

CsvFormat CsvTableSource::sniff(const QByteArray &rawHead)
{
    const Utf16 utf16 = utf16Of(rawHead);
    const QByteArray head = utf16 == Utf16::No ? rawHead : utf8FromUtf16(rawHead, utf16);
    CsvFormat format;
    bool bom = false;
    const QByteArray bytes = withoutBom(head, &bom);
    format.encoding =
        bom || isValidUtf8(bytes, true) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    QString text = decodeForSniffing(bytes, format.encoding);
    // Drop the last line, which the sniffing window may have cut.
    const qsizetype lastBreak = text.lastIndexOf(QLatin1Char('\n'));
    if (lastBreak > 0 && head.size() >= kSniffBytes)
        text.truncate(lastBreak);
    QStringView view(text);
    const qsizetype firstBreak = view.indexOf(u'\n');
    if (const auto sep = sepLine(view.left(firstBreak < 0 ? view.size() : firstBreak))) {
        format.delimiter = *sep;
        view = firstBreak < 0 ? QStringView() : view.mid(firstBreak + 1);
    } else {
        // The delimiter that splits the most lines into the same number of fields.
        int bestScore = -1;
        for (const QChar candidate : {u';', u',', u'\t', u'|'}) {
            QHash<int, int> countsBySize;
            int lines = 0;
            Parser parser(candidate);
            auto count = [&](QStringList &fields, qint64) {
                ++countsBySize[int(fields.size())];
                return ++lines < 200;
            };
            if (parser.feed(view, count))
                parser.finish(count);
            int score = 0;
            for (auto it = countsBySize.begin(); it != countsBySize.end(); ++it)
                if (it.key() > 1)
                    score = std::max(score, it.value() * 1000 + it.key());
            if (score > bestScore) {
                bestScore = score;
                format.delimiter = candidate;
            }
        }
    }
    // Decimal mark: vote over the fields that look like numbers.
    static const QRegularExpression commaDecimal(QStringLiteral(R"(^[-+]?\d{1,3}(\.\d{3})*,\d+$)"));
    static const QRegularExpression pointDecimal(QStringLiteral(R"(^[-+]?\d{1,3}(,\d{3})*\.\d+$)"));
    static const QRegularExpression germanGroups(QStringLiteral(R"(^[-+]?\d{1,3}(\.\d{3})+$)"));
    static const QRegularExpression plainPoint(QStringLiteral(R"(^[-+]?\d+\.\d+$)"));
    static const QRegularExpression plainComma(QStringLiteral(R"(^[-+]?\d+,\d+$)"));
    int comma = 0, point = 0, groupedPoint = 0;
    Parser parser(format.delimiter);
    int lines = 0;
    auto vote = [&](QStringList &fields, qint64) {
        for (QString &f : fields) {
            const QString t = f.trimmed();
            if (t.size() > 40)
                continue;
            if (format.delimiter != u','
                && (plainComma.match(t).hasMatch() || commaDecimal.match(t).hasMatch()))
                ++comma;
            else if (plainPoint.match(t).hasMatch() || pointDecimal.match(t).hasMatch())
                ++point;
            else if (germanGroups.match(t).hasMatch())
                ++groupedPoint;
        }
        return ++lines < 500;
    };
    if (parser.feed(view, vote))
        parser.finish(vote);
    // "1.234" alone is ambiguous; it only tips the balance when nothing else decides.
    // Without any evidence a semicolon file is German: Excel writes ";" where "," is the
    // decimal mark.
    const bool undecided = comma == point;
    format.decimal = comma > point || (undecided && format.delimiter == u';')
            || (undecided && groupedPoint > 0 && format.delimiter != u',')
        ? QLatin1Char(',')
        : QLatin1Char('.');
    format.thousands = format.decimal == u',' ? QLatin1Char('.') : QChar();
    return format;
}

CsvFormat CsvTableSource::sniffFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return sniff(file.read(kSniffBytes));
}

CsvTableSource::CsvTableSource(const QString &path, const CsvFormat *format,
                               const SheetOptions &options)
    : TableSource(path)
{
    openFile(format);
    detectShape(options);
}

CsvTableSource::CsvTableSource(const QString &path, NoDetection) : TableSource(path)
{
    openFile(nullptr);
}

std::vector<int> CsvTableSource::headerColumns(const QStringList &cells,
                                               std::span<const QStringList> words)
{
    std::vector<int> column(words.size(), -1);
    for (int c = 0; c < cells.size(); ++c) {
        const QString word = cells[c].trimmed().toCaseFolded();
        for (std::size_t f = 0; f < words.size(); ++f)
            if (column[f] < 0 && words[f].contains(word))
                column[f] = c;
    }
    return column;
}

CsvFormat CsvTableSource::readRecords(const QString &path, const RecordFunction &record)
{
    CsvTableSource source(path, NoDetection {});
    source.forEachRecord(record);
    return source.m_format;
}

void CsvTableSource::openFile(const CsvFormat *format)
{
    const QString &path = m_path;
    QFile file(path);
    requireFile(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreErrorKind::Unreadable,
                         tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QByteArray head = file.read(kSniffBytes);
    if (const Utf16 utf16 = utf16Of(head); utf16 != Utf16::No) {
        // Read on through a UTF-8 copy: the reader, the parser and the line numbers of
        // messages stay those of every other file.
        file.seek(0);
        const QByteArray utf8 = utf8FromUtf16(file.readAll(), utf16);
        m_utf8Copy = std::make_unique<QTemporaryFile>();
        if (!m_utf8Copy->open() || m_utf8Copy->write(utf8) != utf8.size() || !m_utf8Copy->flush())
            throw StoreError(StoreErrorKind::Unreadable,
                             tr("%1 cannot be read: %2").arg(path, m_utf8Copy->errorString()));
        head = utf8.left(kSniffBytes);
    } else if (head.contains('\0')) {
        throw StoreError(StoreErrorKind::InvalidInput,
                         tr("%1 is not a text table (CSV): it holds binary data. Export the "
                            "table from its program as CSV or as an Excel workbook (.xlsx).")
                             .arg(path));
    }
    bool bom = false;
    if (withoutBom(head, &bom).trimmed().isEmpty())
        throw StoreError(StoreErrorKind::EmptyFile, tr("%1 is empty.").arg(path));
    m_format = format ? *format : sniff(head);
    {
        const QString text = decodeForSniffing(withoutBom(head, &bom), m_format.encoding);
        const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
        m_skipSepLine =
            sepLine(QStringView(text).left(firstBreak < 0 ? text.size() : firstBreak)).has_value();
    }
}

bool CsvTableSource::forEachRecord(const RecordFunction &record)
{
    QFile file(m_utf8Copy ? m_utf8Copy->fileName() : m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreErrorKind::Unreadable,
                         tr("%1 cannot be read: %2").arg(m_path, file.errorString()));
    const double size = std::max<qint64>(1, file.size());
    Decoder decoder(m_path, m_format.encoding);
    Parser parser(m_format.delimiter);
    bool skip = m_skipSepLine;
    double progress = 0;
    GridRow current;
    auto forward = [&](QStringList &fields, qint64 line) {
        if (skip) {
            skip = false;
            return true;
        }
        current.row = line;
        std::swap(current.cells, fields);
        return record(current, progress);
    };
    QString text;
    bool first = true;
    while (true) {
        QByteArray bytes = file.read(kChunk);
        if (bytes.isEmpty() && file.error() != QFileDevice::NoError)
            throw StoreError(StoreErrorKind::Unreadable,
                             tr("%1 cannot be read: %2").arg(m_path, file.errorString()));
        if (first) {
            bool bom = false;
            bytes = withoutBom(bytes, &bom);
            first = false;
        }
        const bool last = file.atEnd();
        decoder.decode(bytes, last, &text);
        progress = file.pos() / size;
        if (!parser.feed(text, forward))
            return false;
        if (last)
            return parser.finish(forward);
    }
}

} // namespace qw
