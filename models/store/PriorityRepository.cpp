#include "PriorityRepository.h"

#include "CatalogueRepository.h"
#include "ProjectSchema.h"
#include "Sqlite.h"
#include "ValueRepository.h"

#include <QDate>
#include <QHash>

#include <algorithm>

namespace qw {

namespace {

const QString kPointsKey = QStringLiteral("priority_points");

// The catalogue entry of the points map, in both languages: the file is read by QGIS and
// by windows in either language, so its words are stored rather than translated.
Indicator pointsIndicator()
{
    Indicator i;
    i.key = QLatin1String(PriorityRepository::kPointsIndicator);
    i.nameDe = QStringLiteral("Punkte der Werkstatt");
    i.nameEn = QStringLiteral("Workshop points");
    i.unit = QStringLiteral("Punkte");
    i.unitEn = QStringLiteral("points");
    i.kind = IndicatorKind::Count;
    i.polarity = Polarity::Neutral;
    i.department = QStringLiteral("Planungswerkstatt");
    i.departmentEn = QStringLiteral("Planning workshop");
    i.description = QStringLiteral(
        "Punkte, die die Teilnehmenden der Planungswerkstatt den Gebieten gaben (Punktabfrage); "
        "Gebiete ohne Punkte haben 0. Wird bei jeder Änderung der Punkte neu berechnet.");
    i.decimals = 0;
    i.source = QStringLiteral("Planungswerkstatt, Punktabfrage");
    return i;
}

} // namespace

std::vector<PriorityVote> PriorityRepository::votes()
{
    std::vector<PriorityVote> result;
    auto st = m_db.prepare(
        QStringLiteral("SELECT voter, area_key, points FROM qw_priorities ORDER BY fid"));
    while (st.step())
        result.push_back({st.text(0), st.text(1), int(st.integer(2))});
    return result;
}

PriorityTally PriorityRepository::tally()
{
    return PriorityTally(pointsPerVoter(), votes());
}

int PriorityRepository::pointsPerVoter()
{
    auto st = m_db.prepare(QStringLiteral("SELECT value FROM qw_project WHERE key = ?1"));
    st.bind(1, kPointsKey);
    bool ok = false;
    const int points = st.step() ? st.text(0).toInt(&ok) : 0;
    return ok && points > 0 ? points : kDefaultPointsPerVoter;
}

void PriorityRepository::setPointsPerVoter(int points)
{
    m_db.prepare(QStringLiteral("INSERT INTO qw_project (key, value) VALUES (?1, ?2) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(1, kPointsKey)
        .bind(2, QString::number(points))
        .run();
}

void PriorityRepository::changeRow(const QString &voter, const QString &areaKey, int delta)
{
    auto current = m_db.prepare(
        QStringLiteral("SELECT points FROM qw_priorities WHERE voter = ?1 AND area_key = ?2"));
    current.bind(1, voter).bind(2, areaKey);
    const int points = int(current.step() ? current.integer(0) : 0) + delta;
    if (points <= 0) {
        m_db.prepare(QStringLiteral("DELETE FROM qw_priorities WHERE voter = ?1 AND area_key = ?2"))
            .bind(1, voter)
            .bind(2, areaKey)
            .run();
        return;
    }
    m_db.prepare(
            QStringLiteral("INSERT INTO qw_priorities (voter, area_key, points, created, modified) "
                           "VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (voter, area_key) DO UPDATE "
                           "SET points = excluded.points, modified = excluded.modified"))
        .bind(1, voter)
        .bind(2, areaKey)
        .bind(3, points)
        .bind(4, ProjectSchema::timestamp())
        .run();
}

void PriorityRepository::change(const QString &voter, const QString &areaKey, int delta)
{
    changeAll({{voter, areaKey, delta}});
}

void PriorityRepository::changeAll(const std::vector<PriorityVote> &deltas)
{
    SqliteOwnTransaction t(m_db);
    for (const PriorityVote &d : deltas)
        if (d.points != 0)
            changeRow(d.voter, d.areaKey, d.points);
    writePointsIndicator();
    t.commit();
}

void PriorityRepository::writePointsIndicator()
{
    const QString key = QLatin1String(kPointsIndicator);
    ValueRepository values(m_db);
    CatalogueRepository catalogue(m_db);
    auto any = m_db.prepare(QStringLiteral("SELECT 1 FROM qw_priorities LIMIT 1"));
    if (!any.step()) {
        values.replaceDerived(key, {});
        catalogue.remove(key);
        return;
    }
    // Every area of every level: 0 is "no points", not a missing value, and an area has
    // the points given to it and to the areas inside it (a Stadtbezirk those of its
    // Sozialräume), so the map of a coarser level sums them.
    QHash<QString, int> points;
    auto given = m_db.prepare(
        QStringLiteral("SELECT area_key, sum(points) FROM qw_priorities GROUP BY area_key"));
    while (given.step())
        points.insert(given.text(0), int(given.integer(1)));
    std::vector<std::pair<QString, QString>> areas; // key, parent key, in file order
    QHash<QString, QString> parents;
    auto st = m_db.prepare(QStringLiteral("SELECT area_key, parent_key FROM areas ORDER BY fid"));
    while (st.step()) {
        areas.push_back({st.text(0), st.text(1)});
        if (!areas.back().second.isEmpty())
            parents.insert(areas.back().first, areas.back().second);
    }
    QHash<QString, int> total;
    for (auto it = points.begin(); it != points.end(); ++it) {
        QString key = it.key();
        // Up the parents; the guard ends a cycle a hand-edited file might hold.
        for (std::size_t depth = 0; !key.isEmpty() && depth <= areas.size(); ++depth) {
            total[key] += it.value();
            key = parents.value(key);
        }
    }
    const QString period = QString::number(QDate::currentDate().year());
    std::vector<IndicatorValue> rows;
    rows.reserve(areas.size());
    for (const auto &[key, parent] : areas) {
        IndicatorValue v;
        v.areaKey = key;
        v.period = period;
        v.value = double(total.value(key));
        rows.push_back(std::move(v));
    }
    Indicator indicator = pointsIndicator();
    int largest = 0;
    for (const IndicatorValue &v : rows)
        largest = std::max(largest, int(*v.value));
    // A handful of points: each number is a class of its own, named ("keine Punkte",
    // "1 Punkt", "2 Punkte"), where quantiles would merge 1 and 2 with 0. More points than
    // that are classed as any count.
    if (largest <= kLargestNamedPoints)
        for (int p = 0; p <= largest; ++p)
            indicator.valueLabels.push_back({double(p),
                                             p == 0       ? QStringLiteral("keine Punkte")
                                                 : p == 1 ? QStringLiteral("1 Punkt")
                                                          : QStringLiteral("%1 Punkte").arg(p),
                                             p == 0       ? QStringLiteral("no points")
                                                 : p == 1 ? QStringLiteral("1 point")
                                                          : QStringLiteral("%1 points").arg(p)});
    catalogue.write({indicator});
    catalogue.writeLabels(indicator);
    values.replaceDerived(key, rows);
}

} // namespace qw
