#include "NoteFile.h"

#include "CsvFile.h"
#include "CsvTableSource.h"
#include "StoreError.h"
#include "XlsxWriter.h"

#include <QFileInfo>

#include <array>

namespace qw {

namespace {

enum class Field { Area, AreaName, Text, Category, Author, Date, Count };

// The header words read() accepts for each column, case aside.
const std::array<QStringList, std::size_t(Field::Count)> &headerWords()
{
    static const std::array<QStringList, std::size_t(Field::Count)> words {{
        {QStringLiteral("area"), QStringLiteral("area_key"), QStringLiteral("gebiet"),
         QStringLiteral("gebietsschlüssel")},
        {QStringLiteral("area_name"), QStringLiteral("gebietsname")},
        {QStringLiteral("text"), QStringLiteral("note"), QStringLiteral("notiz")},
        {QStringLiteral("category"), QStringLiteral("kategorie")},
        {QStringLiteral("author"), QStringLiteral("group"), QStringLiteral("autor"),
         QStringLiteral("gruppe")},
        {QStringLiteral("date"), QStringLiteral("datum")},
    }};
    return words;
}

QStringList headerOf(bool german)
{
    if (german)
        return {QStringLiteral("Gebiet"),    QStringLiteral("Gebietsname"),
                QStringLiteral("Kategorie"), QStringLiteral("Text"),
                QStringLiteral("Autor"),     QStringLiteral("Datum")};
    return {QStringLiteral("area"), QStringLiteral("area_name"), QStringLiteral("category"),
            QStringLiteral("text"), QStringLiteral("author"),    QStringLiteral("date")};
}

QStringList cellsOf(const Note &note, const QHash<QString, QString> &areaNames)
{
    return {note.areaKey,
            areaNames.value(note.areaKey),
            NoteCategories::name(note.category),
            note.text,
            note.author,
            note.date.isValid() ? note.date.toString(Qt::ISODate) : QString()};
}

QDate parseDate(const QString &text)
{
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"),
          QStringLiteral("dd.MM.yy"), QStringLiteral("d/M/yyyy")}) {
        QDate d = QDate::fromString(text, format);
        if (d.isValid()) {
            if (format == QLatin1String("dd.MM.yy"))
                d = d.addYears(100); // "03.12.26" is 2026, not 1926
            return d;
        }
    }
    return {};
}

} // namespace

NoteFile::ReadResult NoteFile::read(const QString &path, const QSet<QString> &areaKeys)
{
    const QString name = QFileInfo(path).fileName();
    ReadResult result;
    std::vector<int> column(std::size_t(Field::Count), -1);
    bool haveHeader = false;
    const auto at = [&](const GridRow &r, Field f) {
        const int c = column[std::size_t(f)];
        // A text our export guarded against spreadsheet formulas ("'=…") reads back as it was.
        return c < 0 ? QString() : CsvFile::restored(r.cell(c).trimmed());
    };
    CsvTableSource::readRecords(path, [&](const GridRow &r, double) {
        if (r.isBlank())
            return true;
        if (!haveHeader) {
            haveHeader = true;
            column = CsvTableSource::headerColumns(r.cells, headerWords());
            QStringList missing;
            for (Field f : {Field::Area, Field::Text, Field::Category})
                if (column[std::size_t(f)] < 0)
                    missing << headerWords()[std::size_t(f)].first();
            if (!missing.isEmpty())
                throw StoreError(
                    StoreErrorKind::InvalidInput,
                    tr("%1, line %2: the header lacks the column(s) %3. A notes table needs "
                       "the columns area, text, category and author (or Gebiet, Text, "
                       "Kategorie, Autor); it has: %4")
                        .arg(name)
                        .arg(r.row)
                        .arg(missing.join(QStringLiteral(", ")),
                             r.cells.join(QStringLiteral(", "))));
            return true;
        }
        ++result.rowsRead;
        const QString where = tr("%1, line %2").arg(name).arg(r.row);
        Note note;
        note.areaKey = at(r, Field::Area);
        note.text = CsvFile::restored(r.cell(column[std::size_t(Field::Text)]).trimmed());
        note.author = at(r, Field::Author);
        const QString category = at(r, Field::Category);
        const QString date = at(r, Field::Date);
        QStringList wrong;
        if (note.areaKey.isEmpty())
            wrong << tr("no area key");
        else if (!areaKeys.contains(note.areaKey))
            wrong << tr("unknown area \"%1\"").arg(note.areaKey);
        if (note.text.isEmpty())
            wrong << tr("empty text");
        if (const auto c = NoteCategories::parse(category))
            note.category = *c;
        else if (category.isEmpty())
            wrong << tr("no category (%1)").arg(NoteCategories::accepted());
        else
            wrong << tr("unknown category \"%1\" (%2)").arg(category, NoteCategories::accepted());
        if (!date.isEmpty()) {
            note.date = parseDate(date);
            if (!note.date.isValid())
                wrong << tr("\"%1\" is not a date (e.g. 2026-12-03 or 03.12.2026)").arg(date);
        }
        if (wrong.isEmpty())
            result.notes.push_back(std::move(note));
        else
            result.problems << where + QStringLiteral(": ") + wrong.join(QStringLiteral("; "));
        return true;
    });
    if (!haveHeader)
        throw StoreError(StoreErrorKind::EmptyFile, tr("%1 is empty.").arg(path));
    return result;
}

QString NoteFile::write(const QString &path, const std::vector<Note> &notes,
                        const QHash<QString, QString> &areaNames, const QLocale &locale)
{
    const bool german = locale.language() == QLocale::German;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        XlsxWriter xlsx;
        xlsx.addSheet(german ? QStringLiteral("Notizen") : QStringLiteral("Notes"));
        const QStringList header = headerOf(german);
        for (int c = 0; c < header.size(); ++c)
            xlsx.setText(1, c, header[c]);
        qint64 row = 2;
        for (const Note &n : notes) {
            const QStringList cells = cellsOf(n, areaNames);
            for (int c = 0; c < cells.size(); ++c)
                if (!cells[c].isEmpty())
                    xlsx.setText(row, c, cells[c]);
            ++row;
        }
        return xlsx.save(path);
    }
    if (suffix != QLatin1String("csv"))
        return tr("%1: notes are written as .csv or .xlsx").arg(path);
    std::vector<CsvFile::Row> rows;
    const auto textRow = [](const QStringList &cells) {
        CsvFile::Row row;
        for (const QString &c : cells)
            row.push_back({c, false});
        return row;
    };
    rows.push_back(textRow(headerOf(german)));
    for (const Note &n : notes)
        rows.push_back(textRow(cellsOf(n, areaNames)));
    return CsvFile::write(path, locale, rows);
}

std::vector<Note> NoteFile::fresh(const std::vector<Note> &present, const std::vector<Note> &read)
{
    const auto identity = [](const Note &n) {
        return QStringList {n.areaKey, toCode(n.category), n.text, n.author,
                            n.date.toString(Qt::ISODate)}
            .join(QChar(0x1f));
    };
    QSet<QString> seen;
    for (const Note &n : present)
        seen.insert(identity(n));
    std::vector<Note> fresh;
    for (const Note &n : read)
        if (!seen.contains(identity(n))) {
            seen.insert(identity(n));
            fresh.push_back(n);
        }
    return fresh;
}

} // namespace qw
