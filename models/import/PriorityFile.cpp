#include "PriorityFile.h"

#include "CsvFile.h"
#include "CsvTableSource.h"
#include "StoreError.h"

#include <QFileInfo>

#include <array>

namespace qw {

namespace {

enum class Field { Voter, Area, Points, Count };

// The header words read() accepts for each column, case aside.
const std::array<QStringList, std::size_t(Field::Count)> &headerWords()
{
    static const std::array<QStringList, std::size_t(Field::Count)> words {{
        {QStringLiteral("voter"), QStringLiteral("participant"), QStringLiteral("group"),
         QStringLiteral("teilnehmer"), QStringLiteral("teilnehmerin"), QStringLiteral("gruppe"),
         QStringLiteral("tisch")},
        {QStringLiteral("area"), QStringLiteral("area_key"), QStringLiteral("gebiet"),
         QStringLiteral("gebietsschlüssel")},
        {QStringLiteral("points"), QStringLiteral("punkte")},
    }};
    return words;
}

} // namespace

PriorityFile::ReadResult PriorityFile::read(const QString &path, const QSet<QString> &areaKeys,
                                            const PriorityTally &stored)
{
    const QString name = QFileInfo(path).fileName();
    PriorityTally tally = stored; // the budget counts the file's rows on from the project's
    ReadResult result;
    std::vector<int> column;
    bool haveHeader = false;
    CsvTableSource::readRecords(path, [&](const GridRow &r, double) {
        if (r.isBlank())
            return true;
        if (!haveHeader) {
            haveHeader = true;
            column = CsvTableSource::headerColumns(r.cells, headerWords());
            QStringList missing;
            for (std::size_t f = 0; f < column.size(); ++f)
                if (column[f] < 0)
                    missing << headerWords()[f].first();
            if (!missing.isEmpty())
                throw StoreError(
                    StoreErrorKind::InvalidInput,
                    tr("%1, line %2: the header lacks the column(s) %3. A table of points "
                       "needs the columns voter, area and points (or Teilnehmer, Gebiet, "
                       "Punkte); it has: %4")
                        .arg(name)
                        .arg(r.row)
                        .arg(missing.join(QStringLiteral(", ")),
                             r.cells.join(QStringLiteral(", "))));
            return true;
        }
        ++result.rowsRead;
        const auto at = [&](Field f) {
            return CsvFile::restored(r.cell(column[std::size_t(f)]).trimmed());
        };
        PriorityVote vote;
        vote.voter = at(Field::Voter);
        vote.areaKey = at(Field::Area);
        const QString points = at(Field::Points);
        bool whole = false;
        vote.points = points.toInt(&whole);
        QStringList wrong;
        if (vote.voter.isEmpty())
            wrong << tr("no voter");
        if (vote.areaKey.isEmpty())
            wrong << tr("no area key");
        else if (!areaKeys.contains(vote.areaKey))
            wrong << tr("unknown area \"%1\"").arg(vote.areaKey);
        if (!whole || vote.points < 1)
            wrong << tr("\"%1\" is not a whole number of points above 0").arg(points);
        QString overBudget;
        if (wrong.isEmpty() && !tally.add(vote, &overBudget))
            wrong << overBudget;
        if (wrong.isEmpty())
            result.votes.push_back(std::move(vote));
        else
            result.problems << tr("%1, line %2").arg(name).arg(r.row) + QStringLiteral(": ")
                    + wrong.join(QStringLiteral("; "));
        return true;
    });
    if (!haveHeader)
        throw StoreError(StoreErrorKind::EmptyFile, tr("%1 is empty.").arg(path));
    return result;
}

QString PriorityFile::write(const QString &path, const PriorityTally &tally,
                            const QHash<QString, QString> &areaNames, const QLocale &locale)
{
    if (QFileInfo(path).suffix().toLower() != QLatin1String("csv"))
        return tr("%1: the ranking is written as .csv").arg(path);
    const bool german = locale.language() == QLocale::German;
    const auto text = [](const QString &t) {
        return CsvFile::Cell {t, false};
    };
    const auto number = [](int n) {
        return CsvFile::Cell {QString::number(n), true};
    };
    std::vector<CsvFile::Row> rows;
    if (german)
        rows.push_back({text(QStringLiteral("Rang")), text(QStringLiteral("Gebiet")),
                        text(QStringLiteral("Gebietsname")), text(QStringLiteral("Punkte")),
                        text(QStringLiteral("Anzahl Teilnehmende"))});
    else
        rows.push_back({text(QStringLiteral("rank")), text(QStringLiteral("area")),
                        text(QStringLiteral("area_name")), text(QStringLiteral("points")),
                        text(QStringLiteral("voters"))});
    for (const PriorityTally::Place &p : tally.ranking())
        rows.push_back({number(p.rank), text(p.areaKey), text(areaNames.value(p.areaKey)),
                        number(p.points), number(p.voters)});
    return CsvFile::write(path, locale, rows);
}

} // namespace qw
