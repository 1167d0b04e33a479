#include "CsvFile.h"

#include <QSaveFile>
#include <QStringList>
#include <QTextStream>

namespace qw {

namespace {

bool looksLikeFormula(const QString &text)
{
    static const QString starts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && starts.contains(text.front());
}

QString field(QString text, QChar delimiter)
{
    if (text.contains(delimiter) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

QString CsvFile::neutralised(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString CsvFile::restored(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) && looksLikeFormula(text.mid(1)) ? text.mid(1) : text;
}

QString CsvFile::write(const QString &path, const QLocale &locale, const std::vector<Row> &rows)
{
    const bool german = locale.decimalPoint() == QLatin1String(",");
    const QChar delimiter = german ? QLatin1Char(';') : QLatin1Char(',');
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out.setGenerateByteOrderMark(true);
    for (const Row &row : rows) {
        QStringList cells;
        for (const Cell &cell : row) {
            QString t = cell.number ? cell.text : neutralised(cell.text);
            if (cell.number && german)
                t.replace(QLatin1Char('.'), QLatin1Char(','));
            cells << field(t, delimiter);
        }
        out << cells.join(delimiter) << "\r\n";
    }
    out.flush();
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace qw
