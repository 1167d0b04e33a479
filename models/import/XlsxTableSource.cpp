#include "XlsxTableSource.h"

#include "StoreError.h"

#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cpl_vsi.h>

#include <cmath>

namespace qw {

namespace {

constexpr size_t kChunk = 1 << 20;

// Reads a member of the zip in chunks; false when it is missing.
bool forEachChunk(const QString &file, const std::function<bool(const QByteArray &, double)> &fn)
{
    const QByteArray name = file.toUtf8();
    VSIStatBufL stat;
    if (VSIStatL(name.constData(), &stat) != 0)
        return false;
    VSILFILE *f = VSIFOpenL(name.constData(), "rb");
    if (!f)
        return false;
    const double size = std::max<double>(1, double(stat.st_size));
    QByteArray buffer;
    size_t done = 0;
    while (true) {
        buffer.resize(qsizetype(kChunk));
        const size_t n = VSIFReadL(buffer.data(), 1, kChunk, f);
        if (n == 0)
            break;
        buffer.resize(qsizetype(n));
        done += n;
        if (!fn(buffer, std::min(1.0, double(done) / size)))
            break;
    }
    VSIFCloseL(f);
    return true;
}

// "AB12" -> column 27 (0-based), row 12.
bool parseReference(QStringView ref, int *column, qint64 *row)
{
    int c = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i)
        c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    *row = ref.mid(i).toLongLong(&ok);
    *column = c - 1;
    return ok;
}

// Built-in number formats that show a date (ECMA-376 18.8.30) or a percentage.
bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
        return true;
    if (code.isEmpty())
        return false;
    // A custom format is a date when it has d, m or y outside quotes and brackets.
    QString plain;
    bool quoted = false, bracket = false;
    for (const QChar c : code) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u'[')
            bracket = true;
        else if (c == u']')
            bracket = false;
        else if (!quoted && !bracket)
            plain += c.toLower();
    }
    return plain.contains(u'y') || plain.contains(u'd')
        || (plain.contains(u'm') && !plain.contains(u'0') && !plain.contains(u'#'));
}

} // namespace

bool XlsxTableSource::handles(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
}

XlsxTableSource::XlsxTableSource(const QString &path, const SheetOptions &options)
    : TableSource(path)
{
    requireFile(path);
    m_zip = QStringLiteral("/vsizip/") + QFileInfo(path).absoluteFilePath() + QLatin1Char('/');
    readWorkbook();
    readSharedStrings();
    readStyles();
    const QString &wanted = options.sheet;
    m_sheet = -1;
    if (!wanted.isEmpty()) {
        m_sheet = sheetIndex(sheets(), wanted);
    } else {
        // The first sheet with a cell, as Excel users mean "the table".
        for (size_t i = 0; i < m_sheets.size() && m_sheet < 0; ++i) {
            m_sheet = int(i);
            bool any = false;
            streamSheet(
                [&](qint64, int, const QString &text, bool) {
                    any = !text.trimmed().isEmpty();
                    return !any;
                },
                {});
            if (!any)
                m_sheet = -1;
        }
        if (m_sheet < 0)
            throw StoreError(StoreErrorKind::EmptyFile,
                             tr("%1: none of its sheets (%2) has a cell with content.")
                                 .arg(path, sheets().join(QStringLiteral(", "))));
    }
    // Numbers typed as text decide the decimal mark ("12,5" in a German workbook); cells
    // stored as numbers are written with the same mark, so one parser reads both.
    int comma = 0, point = 0, grouped = 0;
    // "8.001" is a German thousand or an English decimal: it decides only when nothing else does.
    static const QRegularExpression groupedNumber(QStringLiteral(R"(^[-+]?\d{1,3}(\.\d{3})+$)"));
    static const QRegularExpression commaNumber(QStringLiteral(R"(^[-+]?\d{1,3}(\.\d{3})*,\d+$|^[-+]?\d+,\d+$)"));
    static const QRegularExpression pointNumber(QStringLiteral(R"(^[-+]?\d+\.\d+$)"));
    for (size_t i = 0; i < m_shared.size() && i < 20000; ++i) {
        // "4,6 %" and "3 580" as typed: the mark between the digits decides.
        QString t = m_shared[i].trimmed();
        if (t.endsWith(u'%'))
            t = t.chopped(1).trimmed();
        t.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
        if (t.size() > 20 || t.isEmpty() || !(t.front().isDigit() || t.front() == u'-'))
            continue;
        comma += commaNumber.match(t).hasMatch();
        if (groupedNumber.match(t).hasMatch())
            ++grouped;
        else
            point += pointNumber.match(t).hasMatch();
    }
    m_decimal = comma > point || (comma == point && grouped > 0) ? QLatin1Char(',')
                                                                 : QLatin1Char('.');
    if (!wanted.isEmpty()) {
        detectShape(options);
        return;
    }
    // No sheet chosen: the first that holds a table (a sheet of notes often comes first).
    // When none does, the message is the one about the largest sheet, where the table
    // most likely is.
    std::optional<StoreError> largest;
    qint64 largestSize = -1;
    for (; m_sheet < int(m_sheets.size()); ++m_sheet) {
        try {
            detectShape(options);
            return;
        } catch (const StoreError &e) {
            VSIStatBufL stat;
            const QByteArray part = (m_zip + m_sheets[size_t(m_sheet)].part).toUtf8();
            const qint64 size = VSIStatL(part.constData(), &stat) == 0 ? qint64(stat.st_size) : 0;
            if (size > largestSize) {
                largestSize = size;
                largest = e;
            }
        }
    }
    m_sheet = 0;
    throw *largest;
}

QStringList XlsxTableSource::sheets() const
{
    QStringList names;
    for (const Sheet &s : m_sheets)
        names << s.name;
    return names;
}

QByteArray XlsxTableSource::readPart(const QString &part) const
{
    QByteArray all;
    if (!forEachChunk(m_zip + part, [&](const QByteArray &chunk, double) {
            all += chunk;
            return true;
        }))
        return QByteArray();
    return all;
}

void XlsxTableSource::readWorkbook()
{
    const QByteArray workbook = readPart(QStringLiteral("xl/workbook.xml"));
    if (workbook.isEmpty())
        throw StoreError(StoreErrorKind::Unreadable,
                         tr("%1 is not an Excel workbook (.xlsx) this program can read: it has no "
                            "xl/workbook.xml. Save it again from the spreadsheet program.")
                             .arg(m_path));
    QHash<QString, QString> targets; // relationship id -> part
    QXmlStreamReader rels(readPart(QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (rels.readNextStartElement() || !rels.atEnd()) {
        if (rels.isStartElement() && rels.name() == u"Relationship") {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(), target);
        }
        if (rels.hasError())
            break;
    }
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr")
            m_date1904 = xml.attributes().value(QLatin1String("date1904")) == u"1"
                || xml.attributes().value(QLatin1String("date1904")) == u"true";
        if (xml.name() == u"sheet") {
            QString id;
            for (const auto &a : xml.attributes())
                if (a.name() == u"id")
                    id = a.value().toString();
            const QString part = targets.value(id);
            if (!part.isEmpty())
                m_sheets.push_back({xml.attributes().value(QLatin1String("name")).toString(), part});
        }
    }
    if (xml.hasError() || m_sheets.empty())
        throw StoreError(StoreErrorKind::Unreadable,
                         tr("%1: the workbook is damaged or has no sheet (%2).")
                             .arg(m_path, xml.hasError() ? xml.errorString() : tr("no sheets")));
}

void XlsxTableSource::readSharedStrings()
{
    QXmlStreamReader xml(readPart(QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    bool inItem = false;
    int skipDepth = 0; // inside <rPh> (phonetic hints), whose text is not the cell's
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"si") {
                inItem = true;
                current.clear();
            } else if (xml.name() == u"rPh") {
                ++skipDepth;
            } else if (xml.name() == u"t" && inItem && skipDepth == 0) {
                current += xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"si") {
                m_shared.push_back(current);
                inItem = false;
            } else if (xml.name() == u"rPh") {
                --skipDepth;
            }
        }
    }
}

void XlsxTableSource::readStyles()
{
    QXmlStreamReader xml(readPart(QStringLiteral("xl/styles.xml")));
    QHash<int, QString> codes;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt")
                codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                             xml.attributes().value(QLatin1String("formatCode")).toString());
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.name() == u"xf" && inCellXfs) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                const QString code = codes.value(id);
                Style s = Style::Plain;
                if (id == 9 || id == 10 || (!code.isEmpty() && code.contains(u'%')))
                    s = Style::Percent;
                else if (isDateFormat(id, code))
                    s = Style::Date;
                m_styles.push_back(s);
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
}

bool XlsxTableSource::streamSheet(
    const std::function<bool(qint64, int, const QString &, bool)> &cell,
    const std::function<bool(qint64, double)> &rowEnd)
{
    QXmlStreamReader xml;
    qint64 row = 0;
    int column = -1;
    QString type;
    int style = 0;
    QString value;
    bool stopped = false;
    double progress = 0;
    bool inCell = false, inValue = false, inInline = false;
    int skipDepth = 0;
    auto finishCell = [&]() -> bool {
        QString text = value;
        bool isNumber = false;
        if (type == u"s") {
            bool ok = false;
            const qsizetype i = value.trimmed().toLongLong(&ok);
            text = ok && i >= 0 && size_t(i) < m_shared.size() ? m_shared[size_t(i)] : QString();
        } else if (type == u"b") {
            text = value.trimmed() == u"1" ? QStringLiteral("1") : QStringLiteral("0");
        } else if (type.isEmpty() || type == u"n") {
            bool ok = false;
            double v = value.trimmed().toDouble(&ok);
            if (ok) {
                const Style s = style >= 0 && size_t(style) < m_styles.size()
                    ? m_styles[size_t(style)]
                    : Style::Plain;
                if (s == Style::Date && v >= 1 && v < 2958466) {
                    const QDate base = m_date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
                    text = base.addDays(qint64(std::floor(v))).toString(QStringLiteral("dd.MM.yyyy"));
                } else {
                    if (s == Style::Percent)
                        v *= 100; // shown as 12,3 %: the planner means 12.3
                    text = QString::number(v, 'g', 15);
                    if (m_decimal == u',')
                        text.replace(u'.', u',');
                    isNumber = true;
                }
            }
        }
        return cell(row, column, text, isNumber);
    };
    const bool found = forEachChunk(m_zip + m_sheets[size_t(m_sheet)].part,
                                    [&](const QByteArray &chunk, double share) {
        progress = share;
        xml.addData(chunk);
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::Invalid)
                break;
            if (token == QXmlStreamReader::StartElement) {
                const QStringView name = xml.name();
                if (name == u"row") {
                    const auto r = xml.attributes().value(QLatin1String("r"));
                    row = r.isEmpty() ? row + 1 : r.toLongLong();
                    column = -1;
                } else if (name == u"c") {
                    const auto a = xml.attributes();
                    qint64 r = row;
                    int c = column + 1;
                    if (!a.value(QLatin1String("r")).isEmpty())
                        parseReference(a.value(QLatin1String("r")), &c, &r);
                    column = c;
                    type = a.value(QLatin1String("t")).toString();
                    style = a.value(QLatin1String("s")).isEmpty() ? 0 : a.value(QLatin1String("s")).toInt();
                    value.clear();
                    inCell = true;
                } else if (inCell && name == u"rPh") {
                    ++skipDepth;
                } else if (inCell && (name == u"v" || (name == u"t" && inInline && !skipDepth))) {
                    inValue = true;
                } else if (inCell && name == u"is") {
                    inInline = true;
                }
            } else if (token == QXmlStreamReader::Characters) {
                if (inValue)
                    value += xml.text();
            } else if (token == QXmlStreamReader::EndElement) {
                const QStringView name = xml.name();
                if (name == u"v" || name == u"t") {
                    inValue = false;
                } else if (name == u"rPh") {
                    --skipDepth;
                } else if (name == u"is") {
                    inInline = false;
                    if (type.isEmpty())
                        type = QStringLiteral("inlineStr");
                } else if (name == u"c") {
                    inCell = false;
                    if (!value.isEmpty() && !finishCell()) {
                        stopped = true;
                        return false;
                    }
                } else if (name == u"row") {
                    if (rowEnd && !rowEnd(row, progress)) {
                        stopped = true;
                        return false;
                    }
                } else if (name == u"sheetData") {
                    return false; // what follows are merges and print settings
                }
            }
        }
        if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            throw StoreError(StoreErrorKind::Unreadable,
                             tr("%1, sheet \"%2\": the sheet is damaged near row %3 (%4).")
                                 .arg(m_path, sheet())
                                 .arg(row)
                                 .arg(xml.errorString()));
        return true;
    });
    if (!found)
        throw StoreError(StoreErrorKind::Unreadable,
                         tr("%1: the sheet \"%2\" is missing from the workbook.")
                             .arg(m_path, sheet()));
    return !stopped;
}

bool XlsxTableSource::forEachRecord(const RecordFunction &record)
{
    GridRow current;
    return streamSheet(
        [&](qint64 row, int column, const QString &text, bool) {
            if (row != current.row) {
                current.row = row;
                current.cells.clear();
            }
            if (column >= 0 && column < 16384) {
                while (current.cells.size() <= column)
                    current.cells << QString();
                current.cells[column] = text;
            }
            return true;
        },
        [&](qint64 row, double progress) {
            if (current.row != row) {
                current.row = row;
                current.cells.clear();
            }
            const bool go = current.cells.isEmpty() || record(current, progress);
            current.cells.clear();
            return go;
        });
}

std::vector<CellSpan> XlsxTableSource::spans()
{
    if (m_spans)
        return *m_spans;
    m_spans.emplace();
    // Merges stand after the cell data: find them in the raw bytes instead of parsing.
    QByteArray tail;
    static const QRegularExpression ref(QStringLiteral(R"(<mergeCell\s+ref="([A-Z]+\d+):([A-Z]+\d+)\")"));
    forEachChunk(m_zip + m_sheets[size_t(m_sheet)].part, [&](const QByteArray &chunk, double) {
        tail += chunk;
        const qsizetype at = tail.indexOf("<mergeCells");
        if (at < 0) {
            tail = tail.right(16);
            return true;
        }
        tail = tail.mid(at);
        return true;
    });
    const QString text = QString::fromUtf8(tail);
    for (auto it = ref.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        CellSpan s;
        int c2 = 0;
        qint64 r2 = 0;
        if (parseReference(m.capturedView(1), &s.column, &s.row)
            && parseReference(m.capturedView(2), &c2, &r2) && r2 >= s.row && c2 >= s.column) {
            s.rows = r2 - s.row + 1;
            s.columns = c2 - s.column + 1;
            m_spans->push_back(s);
        }
    }
    return *m_spans;
}

} // namespace qw
