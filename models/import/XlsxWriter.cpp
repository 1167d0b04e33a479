#include "XlsxWriter.h"

#include "MoveIntoPlace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

#include <cpl_vsi.h>

namespace qw {

namespace {

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

bool writeMember(const QString &zip, const char *member, const QByteArray &bytes)
{
    const QByteArray name = (QStringLiteral("/vsizip/") + zip + QLatin1Char('/')).toUtf8() + member;
    VSILFILE *f = VSIFOpenL(name.constData(), "wb");
    if (!f)
        return false;
    const bool ok = VSIFWriteL(bytes.constData(), 1, size_t(bytes.size()), f) == size_t(bytes.size());
    return VSIFCloseL(f) == 0 && ok;
}

} // namespace

QString XlsxWriter::reference(qint64 row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

void XlsxWriter::addSheet(const QString &name)
{
    m_sheets.push_back({name, {}, {}});
}

XlsxWriter::Sheet &XlsxWriter::current()
{
    if (m_sheets.empty())
        addSheet(QStringLiteral("Tabelle1"));
    return m_sheets.back();
}

void XlsxWriter::setText(qint64 row, int column, const QString &text)
{
    current().rows[row][column] = {text, std::nullopt, Format::General};
}

void XlsxWriter::setNumber(qint64 row, int column, double value, Format format)
{
    current().rows[row][column] = {QString(), value, format};
}

void XlsxWriter::merge(qint64 row, int column, qint64 rows, int columns)
{
    current().merges.push_back({row, column, rows, columns});
}

QString XlsxWriter::save(const QString &path) const
{
    const QString target = QFileInfo(path).absoluteFilePath();
    // Beside the target, with only one ".xlsx" in the name: /vsizip/ splits the path there.
    const QString temp = QFileInfo(target).absolutePath() + QStringLiteral("/.qw-")
        + QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".xlsx");
    QHash<QString, int> sharedIndex;
    QStringList shared;
    QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
    QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    std::vector<QByteArray> sheetXml;
    for (size_t i = 0; i < m_sheets.size(); ++i) {
        const Sheet &s = m_sheets[i];
        const QByteArray n = QByteArray::number(qulonglong(i + 1));
        contentTypes += "<Override PartName=\"/xl/worksheets/sheet" + n
            + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbook += "<sheet name=\"" + escaped(s.name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
              "Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        QByteArray xml;
        xml.reserve(qsizetype(s.rows.size()) * 80);
        xml += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        for (const auto &[row, cells] : s.rows) {
            xml += "<row r=\"" + QByteArray::number(row) + "\">";
            for (const auto &[column, cell] : cells) {
                xml += "<c r=\"" + reference(row, column).toLatin1() + "\"";
                if (cell.number) {
                    if (cell.format != Format::General)
                        xml += cell.format == Format::Percent ? " s=\"1\"" : " s=\"2\"";
                    xml += "><v>" + QByteArray::number(*cell.number, 'g', 17) + "</v></c>";
                } else {
                    auto it = sharedIndex.constFind(cell.text);
                    if (it == sharedIndex.constEnd()) {
                        it = sharedIndex.insert(cell.text, int(shared.size()));
                        shared << cell.text;
                    }
                    xml += " t=\"s\"><v>" + QByteArray::number(*it) + "</v></c>";
                }
            }
            xml += "</row>";
        }
        xml += "</sheetData>";
        if (!s.merges.empty()) {
            xml += "<mergeCells count=\"" + QByteArray::number(qulonglong(s.merges.size())) + "\">";
            for (const Merge &m : s.merges)
                xml += "<mergeCell ref=\"" + reference(m.row, m.column).toLatin1() + ":"
                    + reference(m.row + m.rows - 1, m.column + m.columns - 1).toLatin1() + "\"/>";
            xml += "</mergeCells>";
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.78\" bottom=\"0.78\" header=\"0.3\" "
               "footer=\"0.3\"/></worksheet>";
        sheetXml.push_back(std::move(xml));
    }
    contentTypes += "</Types>";
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            "</Relationships>";
    QByteArray strings = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
        + QByteArray::number(qsizetype(shared.size())) + "\" uniqueCount=\""
        + QByteArray::number(qsizetype(shared.size())) + "\">";
    for (const QString &t : shared)
        strings += "<si><t xml:space=\"preserve\">" + escaped(t) + "</t></si>";
    strings += "</sst>";
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>"
        "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
        "<borders count=\"1\"><border/></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        "</styleSheet>";
    const QByteArray rootRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        "</Relationships>";
    bool ok = writeMember(temp, "[Content_Types].xml", contentTypes)
        && writeMember(temp, "_rels/.rels", rootRels) && writeMember(temp, "xl/workbook.xml", workbook)
        && writeMember(temp, "xl/_rels/workbook.xml.rels", rels)
        && writeMember(temp, "xl/styles.xml", styles)
        && writeMember(temp, "xl/sharedStrings.xml", strings);
    for (size_t i = 0; ok && i < sheetXml.size(); ++i)
    {
        const QByteArray member = QByteArray("xl/worksheets/sheet") + QByteArray::number(qulonglong(i + 1)) + ".xml";
        ok = writeMember(temp, member.constData(), sheetXml[i]);
    }
    if (!ok) {
        QFile::remove(temp);
        return QStringLiteral("%1 could not be written.").arg(path);
    }
    if (!moveIntoPlace(temp, target).isEmpty())
        return QStringLiteral("%1 could not be written.").arg(path);
    return {};
}

} // namespace qw
