// The workshop's dot voting: the store (round trip, reopen, the schema step 10 -> 11), the
// map of the points as a computed indicator (0 for areas without points), the budget rule,
// the CSV import with its report by line and the export, and the ranking model.
#include "PriorityFile.h"
#include "PriorityRankingModel.h"
#include "PriorityRepository.h"
#include "Project.h"
#include "ProjectSchema.h"
#include "ProjectStore.h"
#include "Sqlite.h"
#include "StoreError.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace qw;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QString kPoints = QLatin1String(PriorityRepository::kPointsIndicator);

} // namespace

class TestPriorities : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    QStringList m_keys; // of the finest level

    QSet<QString> areaKeys() const { return {m_keys.begin(), m_keys.end()}; }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = test::openSmallCity(m_dir);
        for (int i : m_project->areasOfLevel(m_project->finestLevel()))
            m_keys << m_project->areas()[std::size_t(i)].key;
        QVERIFY(m_keys.size() > 3);
    }

    void init()
    {
        // Each test starts without votes.
        PriorityRepository priorities = m_project->store().priorities();
        for (const PriorityVote &v : priorities.votes())
            priorities.change(v.voter, v.areaKey, -v.points);
    }

    void votesRoundTripThroughTheProjectFile()
    {
        // Given points of two tables, one taken back, and three points per voter
        PriorityRepository priorities = m_project->store().priorities();
        QCOMPARE(priorities.pointsPerVoter(), PriorityRepository::kDefaultPointsPerVoter);
        priorities.setPointsPerVoter(3);
        priorities.change(QStringLiteral("Tisch 1"), m_keys[0], 2);
        priorities.change(QStringLiteral("Tisch 2"), m_keys[0], 1);
        priorities.change(QStringLiteral("Tisch 2"), m_keys[1], 1);
        priorities.change(QStringLiteral("Tisch 2"), m_keys[1], 1);
        priorities.change(QStringLiteral("Tisch 1"), m_keys[0], -1);
        // When the project is closed and opened again
        const QString path = m_project->path();
        m_project.reset();
        m_project = Project::open(path);
        // Then the votes are there as given, one row per voter and area
        PriorityRepository read = m_project->store().priorities();
        QCOMPARE(read.pointsPerVoter(), 3);
        const std::vector<PriorityVote> votes = read.votes();
        QCOMPARE(votes.size(), std::size_t(3));
        QCOMPARE(votes[0].voter, QStringLiteral("Tisch 1"));
        QCOMPARE(votes[0].points, 1);
        QCOMPARE(votes[2].areaKey, m_keys[1]);
        QCOMPARE(votes[2].points, 2);
        const PriorityTally tally = read.tally();
        QCOMPARE(tally.remaining(QStringLiteral("Tisch 2")), 0);
        QCOMPARE(tally.remaining(QStringLiteral("Tisch 1")), 2);
        QCOMPARE(tally.voters(),
                 (QStringList {QStringLiteral("Tisch 1"), QStringLiteral("Tisch 2")}));
        // and taking every point back leaves no row
        read.change(QStringLiteral("Tisch 1"), m_keys[0], -1);
        QCOMPARE(read.votes().size(), std::size_t(2));
        read.setPointsPerVoter(5);
    }

    void pointsAreAnIndicatorWithZeroForAreasWithout()
    {
        // Given no votes, there is no points indicator
        PriorityRepository priorities = m_project->store().priorities();
        m_project->reloadIndicator(kPoints);
        QVERIFY(!m_project->indicator(kPoints));
        // When two voters give points to two areas
        priorities.change(QStringLiteral("Tisch 1"), m_keys[0], 2);
        priorities.change(QStringLiteral("Tisch 2"), m_keys[0], 1);
        priorities.change(QStringLiteral("Tisch 2"), m_keys[2], 1);
        m_project->reloadIndicator(kPoints);
        // Then the project has the indicator, a count without decimals, in this year
        const Indicator *points = m_project->indicator(kPoints);
        QVERIFY(points);
        QCOMPARE(points->nameDe, QStringLiteral("Punkte der Werkstatt"));
        QCOMPARE(points->decimals, 0);
        // whose few numbers, 0 to the largest (a coarser area's sum), are named classes
        QVERIFY(points->valueLabels.size() >= 4);
        QCOMPARE(points->valueLabels[0].nameDe, QStringLiteral("keine Punkte"));
        QCOMPARE(points->valueLabels[1].nameDe, QStringLiteral("1 Punkt"));
        QCOMPARE(points->valueLabels[3].nameEn, QStringLiteral("3 points"));
        const QString year = QString::number(QDate::currentDate().year());
        QCOMPARE(m_project->periods(kPoints), QStringList {year});
        // and every area of the level has a value: its points, 0 without (not missing)
        const auto values = m_project->values(kPoints, year);
        const auto &finest = m_project->areasOfLevel(m_project->finestLevel());
        for (std::size_t i = 0; i < finest.size(); ++i) {
            const std::size_t area = std::size_t(finest[i]);
            QVERIFY2(values->isShown(area), qPrintable(m_keys[int(i)]));
            const double expected = i == 0 ? 3 : i == 2 ? 1 : 0;
            QCOMPARE(values->values[area], expected);
        }
        // and a coarser area sums the points of the areas inside it
        const QString coarse = m_project->levels().front().key;
        QVERIFY(coarse != m_project->finestLevel());
        const AreaInfo &first = m_project->areas()[std::size_t(finest[0])];
        QVERIFY(!first.parentKey.isEmpty());
        int inside = 0;
        for (std::size_t i = 0; i < finest.size(); ++i)
            if (m_project->areas()[std::size_t(finest[i])].parentKey == first.parentKey)
                inside += i == 0 ? 3 : i == 2 ? 1 : 0;
        QCOMPARE(values->values[std::size_t(m_project->areaIndex(first.parentKey))],
                 double(inside));
        // When the last points are taken back, then the indicator is gone
        priorities.change(QStringLiteral("Tisch 1"), m_keys[0], -2);
        priorities.change(QStringLiteral("Tisch 2"), m_keys[0], -1);
        priorities.change(QStringLiteral("Tisch 2"), m_keys[2], -1);
        m_project->reloadIndicator(kPoints);
        QVERIFY(!m_project->indicator(kPoints));
        QCOMPARE(m_project->store().valueRepository().count(kPoints), std::int64_t(0));
    }

    void projectsOfVersionTenGetThePrioritiesTable()
    {
        // Given a project of schema version 10: without the table and its registration
        const QString path = m_dir.filePath(QStringLiteral("v10.gpkg"));
        QVERIFY(QFile::copy(m_project->path(), path));
        {
            SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
            db.exec(
                QStringLiteral("DROP TABLE qw_priorities; "
                               "DELETE FROM gpkg_contents WHERE table_name = 'qw_priorities'; "
                               "UPDATE qw_project SET value = '10' WHERE key = 'schema_version'"));
        }
        // When it is opened
        {
            auto store = ProjectStore::open(path);
            // Then it is the current version and takes votes
            QCOMPARE(store->metadata().schemaVersion, ProjectSchema::kCurrentVersion);
            QCOMPARE(ProjectSchema::kCurrentVersion, 11);
            store->priorities().change(QStringLiteral("Tisch 1"), m_keys[1], 1);
            QCOMPARE(store->priorities().votes().size(), std::size_t(1));
        }
        // and the table is registered for QGIS as an attribute table, once
        {
            SqliteDatabase file(path, SqliteDatabase::Mode::ReadOnly);
            auto st = file.prepare(QStringLiteral("SELECT data_type, count(*) FROM gpkg_contents "
                                                  "WHERE table_name = 'qw_priorities'"));
            QVERIFY(st.step());
            QCOMPARE(st.text(0), QStringLiteral("attributes"));
            QCOMPARE(st.integer(1), std::int64_t(1));
        }
        // And a file set back to 10 that kept its table keeps its votes
        {
            SqliteDatabase file(path, SqliteDatabase::Mode::ReadWrite);
            file.exec(
                QStringLiteral("UPDATE qw_project SET value = '10' WHERE key = 'schema_version'"));
        }
        auto again = ProjectStore::open(path);
        QCOMPARE(again->metadata().schemaVersion, ProjectSchema::kCurrentVersion);
        QCOMPARE(again->priorities().votes().size(), std::size_t(1));
    }

    void budgetAllowsAtMostThePointsPerVoter()
    {
        // Given two points per voter
        PriorityTally tally(2);
        QString error;
        QVERIFY(tally.add({QStringLiteral("Tisch 1"), m_keys[0], 1}, &error));
        QVERIFY(tally.add({QStringLiteral("Tisch 1"), m_keys[1], 1}, &error));
        // When a third point is given, then it is refused, naming what is left
        QVERIFY(!tally.add({QStringLiteral("Tisch 1"), m_keys[2], 1}, &error));
        QVERIFY2(error.contains(QStringLiteral("0")), qPrintable(error));
        // and a point taken back can be given again
        QVERIFY(!tally.take({QStringLiteral("Tisch 1"), m_keys[2], 1}, &error));
        QVERIFY(tally.take({QStringLiteral("Tisch 1"), m_keys[0], 1}, &error));
        QCOMPARE(tally.given(QStringLiteral("Tisch 1"), m_keys[0]), 0);
        QCOMPARE(tally.remaining(QStringLiteral("Tisch 1")), 1);
        QVERIFY(tally.add({QStringLiteral("Tisch 1"), m_keys[2], 1}, &error));
        QCOMPARE(tally.ranking().size(), std::size_t(2));
    }

    void importReportsBadRowsByLine()
    {
        // Given a table from the voting board: an unknown area, a voter over the budget, a
        // number that is none, and good rows (German headers, ";")
        const QString path = m_dir.filePath(QStringLiteral("punkte.csv"));
        writeFile(path,
                  QStringLiteral("Teilnehmer;Gebiet;Punkte\n"
                                 "Tisch 1;%1;3\n"
                                 "Tisch 1;9999;1\n"
                                 "Tisch 1;%2;3\n"
                                 "Tisch 2;%2;zwei\n"
                                 "Tisch 2;%2;2\n")
                      .arg(m_keys[0], m_keys[1])
                      .toUtf8());
        // When it is read against 5 points per voter
        const PriorityFile::ReadResult read =
            PriorityFile::read(path, areaKeys(), PriorityTally(5));
        // Then the good rows are there and each bad one is named by its line
        QCOMPARE(read.rowsRead, 5);
        QCOMPARE(read.votes.size(), std::size_t(2));
        QCOMPARE(read.votes[1].voter, QStringLiteral("Tisch 2"));
        QCOMPARE(read.problems.size(), 3);
        QVERIFY2(read.problems[0].startsWith(QStringLiteral("punkte.csv, line 3"))
                     && read.problems[0].contains(QStringLiteral("9999")),
                 qPrintable(read.problems[0]));
        QVERIFY2(read.problems[1].contains(QStringLiteral("line 4"))
                     && read.problems[1].contains(QStringLiteral("Tisch 1")),
                 qPrintable(read.problems[1]));
        QVERIFY2(read.problems[2].contains(QStringLiteral("line 5"))
                     && read.problems[2].contains(QStringLiteral("zwei")),
                 qPrintable(read.problems[2]));
        // and English headers with "," read the same, counting on from the stored votes
        const QString english = m_dir.filePath(QStringLiteral("points.csv"));
        writeFile(english,
                  QStringLiteral("area,points,voter\n%1,2,Tisch 1\n").arg(m_keys[2]).toUtf8());
        PriorityTally stored(5);
        QString error;
        QVERIFY(stored.add({QStringLiteral("Tisch 1"), m_keys[0], 4}, &error));
        const auto over = PriorityFile::read(english, areaKeys(), stored);
        QCOMPARE(over.votes.size(), std::size_t(0));
        QCOMPARE(over.problems.size(), 1);
        // and a header without the points column names it
        writeFile(english, QByteArrayLiteral("area;voter\nA;B\n"));
        try {
            PriorityFile::read(english, areaKeys(), PriorityTally(5));
            QFAIL("no error");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("points")), qPrintable(e.message()));
        }
    }

    void exportWritesTheRanking()
    {
        // Given a tally of two voters
        PriorityTally tally(5);
        QString error;
        QVERIFY(tally.add({QStringLiteral("Tisch 1"), m_keys[1], 3}, &error));
        QVERIFY(tally.add({QStringLiteral("Tisch 2"), m_keys[1], 1}, &error));
        QVERIFY(tally.add({QStringLiteral("Tisch 2"), m_keys[0], 4}, &error));
        // When the ranking is written under German
        const QString path = m_dir.filePath(QStringLiteral("rangfolge.csv"));
        QVERIFY(PriorityFile::write(path, tally, {{m_keys[1], QStringLiteral("Nordviertel")}},
                                    QLocale(QLocale::German))
                    .isEmpty());
        // Then it has rank, key, name, points and voters, most points first
        const QString text = QString::fromUtf8(test::fileBytes(path));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].contains(QStringLiteral("Rang;Gebiet;Gebietsname;Punkte")),
                 qPrintable(lines[0]));
        // (equal points share the rank, by area key)
        QCOMPARE(lines[1], QStringLiteral("1;%1;;4;1").arg(m_keys[0]));
        QCOMPARE(lines[2], QStringLiteral("1;%1;Nordviertel;4;2").arg(m_keys[1]));
        QVERIFY(!PriorityFile::write(m_dir.filePath(QStringLiteral("r.xlsx")), tally, {},
                                     QLocale(QLocale::German))
                     .isEmpty());
    }

    void rankingModelShowsRanksAndFollowsTheTally()
    {
        // Given the ranking model under the item model tester
        PriorityRankingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        // When a tally of three areas is shown
        PriorityTally tally(5);
        QString error;
        QVERIFY(tally.add({QStringLiteral("Tisch 1"), m_keys[2], 2}, &error));
        QVERIFY(tally.add({QStringLiteral("Tisch 2"), m_keys[2], 1}, &error));
        QVERIFY(tally.add({QStringLiteral("Tisch 2"), m_keys[0], 1}, &error));
        QVERIFY(tally.add({QStringLiteral("Tisch 3"), m_keys[1], 1}, &error));
        model.setTally(tally, {{m_keys[2], QStringLiteral("Südstadt")}});
        // Then the rows are ranked, equal points sharing a rank, with names and voters
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(PriorityRankingModel::ColumnCount));
        const auto at = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(at(0, PriorityRankingModel::AreaColumn).toString(), QStringLiteral("Südstadt"));
        QCOMPARE(at(0, PriorityRankingModel::PointsColumn).toInt(), 3);
        QCOMPARE(at(0, PriorityRankingModel::VotersColumn).toInt(), 2);
        QCOMPARE(at(1, 0, PriorityRankingModel::RankRole).toInt(), 2);
        QCOMPARE(at(2, 0, PriorityRankingModel::RankRole).toInt(), 2);
        QCOMPARE(at(1, 0, PriorityRankingModel::AreaKeyRole).toString(),
                 std::min(m_keys[0], m_keys[1]));
        QCOMPARE(model.rowOf(m_keys[2]), 0);
        QCOMPARE(model.rowOf(m_keys[3]), -1);
        QCOMPARE(model.headerData(PriorityRankingModel::PointsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Points"));
        // and cleared, it is empty
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPriorities)
#include "test_priorities.moc"
