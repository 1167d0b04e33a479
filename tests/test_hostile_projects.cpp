// Project files from elsewhere, and files a crash left behind, as issue 19 found them: a
// hot rollback journal that locked the planner out, triggers planted in a project, a view
// in the place of a table, the temporary files of a killed --new.
#include "DemoCityGenerator.h"
#include "ForeignSql.h"
#include "Project.h"
#include "ProjectFile.h"
#include "ProjectSchema.h"
#include "Sqlite.h"
#include "StoreError.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace qw;

namespace {

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(test::fileBytes(path), QCryptographicHash::Sha256);
}

int scalar(const QString &path, const char *sql)
{
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    auto st = db.prepare(QString::fromLatin1(sql));
    return st.step() ? int(st.integer(0)) : -1;
}

void exec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    const QString message = QString::fromUtf8(err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

} // namespace

class TestHostileProjects : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_clean;
    int m_values = 0;

    QString copyOfClean(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(m_clean, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // The state a kill -9 leaves in the middle of an import: the file with some of the
    // change written, and its rollback journal beside it (copied while another connection
    // holds the write transaction open, its small cache spilling pages), as folder/name.
    QString crashedCopy(const QString &folder, const QString &name)
    {
        const QString live = copyOfClean(QStringLiteral("live.gpkg"));
        const QString crashed = QDir(folder).filePath(name);
        {
            sqlite3 *db = nullptr;
            if (sqlite3_open(live.toUtf8().constData(), &db) != SQLITE_OK)
                return {};
            sqlite3_exec(db,
                         "PRAGMA journal_mode=DELETE; PRAGMA cache_size=5; BEGIN IMMEDIATE; "
                         "UPDATE qw_project SET value='half' WHERE key='title'; "
                         "DELETE FROM qw_values;",
                         nullptr, nullptr, nullptr);
            QFile::copy(live, crashed);
            QFile::copy(live + QStringLiteral("-journal"), crashed + QStringLiteral("-journal"));
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
        return crashed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clean = m_dir.filePath(QStringLiteral("clean.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(m_clean);
        m_values = scalar(m_clean, "SELECT count(*) FROM qw_values");
        QVERIFY(m_values > 100);
    }

    void aHotJournalIsPlayedBackOnTheNextOpen()
    {
        // Given the state a kill -9 leaves in the middle of an import: the file with some of
        // the change written, and its rollback journal beside it (copied while another
        // connection holds the write transaction open, its small cache spilling pages)
        const QString crashed = crashedCopy(m_dir.path(), QStringLiteral("crashed.gpkg"));
        QVERIFY(QFile::exists(crashed + QStringLiteral("-journal")));
        // (a read-only connection cannot read it: the lock-out the issue found)
        {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(crashed.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
            QVERIFY(sqlite3_exec(db, "SELECT count(*) FROM qw_values", nullptr, nullptr, nullptr)
                    != SQLITE_OK);
            sqlite3_close(db);
        }
        // When the project is opened (as --list-areas and every command do)
        const auto project = Project::open(crashed);
        // Then it opens without help, the half-made change is undone and the journal gone
        QVERIFY(project);
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
        QCOMPARE(scalar(crashed, "SELECT count(*) FROM qw_values"), m_values);
        QCOMPARE(scalar(crashed, "SELECT count(*) FROM qw_project WHERE value='half'"), 0);
        SqliteDatabase db(crashed, SqliteDatabase::Mode::ReadOnly);
        auto check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }

    void aHotJournalWhereNothingMayBeWrittenIsSaidPlainly()
    {
        if (QFileInfo(QStringLiteral("/")).isWritable())
            QSKIP("runs as a user who may write everywhere");
        // Given a crashed project in a folder the planner may only read
        QTemporaryDir dir;
        const QString crashed = crashedCopy(dir.path(), QStringLiteral("gesperrt.gpkg"));
        QVERIFY(QFile::exists(crashed + QStringLiteral("-journal")));
        const QByteArray before = hashOf(crashed);
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        // When it is opened
        QString message;
        try {
            Project::open(crashed);
        } catch (const StoreError &e) {
            message = e.message();
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // Then the message names the file and its journal and says what to do, and the
        // file is as it was
        QVERIFY2(message.contains(QDir::toNativeSeparators(crashed)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("gesperrt.gpkg-journal")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("write")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("readonly database")));
        QCOMPARE(hashOf(crashed), before);
        QVERIFY(QFile::exists(crashed + QStringLiteral("-journal")));
    }

    void plantedTriggersAreRefusedAndRemovedOnRequest()
    {
        // Given a project with the two triggers of the issue planted in it
        const QString path = copyOfClean(QStringLiteral("planted.gpkg"));
        exec(path,
             "CREATE TRIGGER retitle AFTER INSERT ON qw_values BEGIN "
             "UPDATE qw_project SET value='pwned' WHERE key='title'; END; "
             "CREATE TRIGGER wipe AFTER INSERT ON qw_imports BEGIN "
             "DELETE FROM qw_values; UPDATE qw_project SET value='99' "
             "WHERE key='schema_version'; END;");
        const QByteArray before = hashOf(path);
        // When it is opened, then it is refused with both triggers named, and not changed
        try {
            Project::open(path);
            QFAIL("a project with foreign triggers was opened");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("retitle"))
                         && e.message().contains(QStringLiteral("wipe"))
                         && e.message().contains(QStringLiteral("--remove-foreign-triggers")),
                     qPrintable(e.message()));
        }
        QCOMPARE(hashOf(path), before);
        // When they are removed (--remove-foreign-triggers), then exactly they go, and the
        // project opens with its own outline triggers in place
        const std::vector<ForeignSql::Item> removed = ProjectFile::removeForeignSql(path);
        QCOMPARE(int(removed.size()), 2);
        QVERIFY(Project::open(path));
        QCOMPARE(scalar(path, "SELECT count(*) FROM sqlite_master WHERE type='trigger'"), 3);
        QCOMPARE(scalar(path, "SELECT count(*) FROM qw_values"), m_values);
    }

    void aViewInThePlaceOfATableIsRefusedBeforeItRuns()
    {
        // Given qw_area_levels replaced by a view that never ends
        const QString path = copyOfClean(QStringLiteral("view.gpkg"));
        exec(path,
             "ALTER TABLE qw_area_levels RENAME TO levels_before; "
             "CREATE VIEW qw_area_levels AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
             "SELECT x + 1 FROM c) SELECT x AS key, x AS name, x AS rank FROM c;");
        // When it is opened, then it is refused at once, the view named
        QElapsedTimer timer;
        timer.start();
        QVERIFY_THROWS_EXCEPTION(StoreError, Project::open(path));
        QVERIFY(timer.elapsed() < 5000);
        try {
            ProjectFile::check(path);
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("qw_area_levels")),
                     qPrintable(e.message()));
        }
    }

    void aSchemaVersionThatDoesNotMatchItsTablesIsSaidPlainly()
    {
        // Given a project of today's schema that says it is of version 3 (the upgrade then
        // failed with "CREATE TABLE qw_area_shapes … already exists")
        const QString path = copyOfClean(QStringLiteral("version3.gpkg"));
        exec(path, "UPDATE qw_project SET value = '3' WHERE key = 'schema_version'");
        const QByteArray before = hashOf(path);
        // When it is opened, then the message says so in words, with SQLite's text only as
        // the detail, and the file is as it was
        try {
            Project::open(path);
            QFAIL("a mismatched schema was opened");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("schema 3"))
                         && !e.message().contains(QStringLiteral("CREATE")),
                     qPrintable(e.message()));
        }
        QCOMPARE(hashOf(path), before);
    }

    void hostileDecimalsAreHeldToSix()
    {
        // Given a catalogue that asks for a million decimals (it froze the text layout)
        const QString path = copyOfClean(QStringLiteral("decimals.gpkg"));
        exec(path,
             "UPDATE qw_indicators SET decimals = 1000000; "
             "UPDATE qw_indicators SET decimals = -5 WHERE rowid = 1;");
        // When it is opened, then every indicator has 0 to 6 decimals
        const auto project = Project::open(path);
        QVERIFY(!project->indicators().empty());
        for (const Indicator &ind : project->indicators())
            QVERIFY2(ind.decimals >= 0 && ind.decimals <= 6, qPrintable(ind.key));
    }

    void ownAndGdalTriggersAreNotForeign()
    {
        QVERIFY(ForeignSql::isOwnTrigger(QStringLiteral("qw_area_shapes_insert"),
                                         QStringLiteral("areas")));
        QVERIFY(ForeignSql::isOwnTrigger(QStringLiteral("rtree_areas_geom_update4"),
                                         QStringLiteral("areas")));
        QVERIFY(ForeignSql::isOwnTrigger(QStringLiteral("trigger_insert_feature_count_areas"),
                                         QStringLiteral("areas")));
        // A familiar name on another table is no disguise
        QVERIFY(!ForeignSql::isOwnTrigger(QStringLiteral("qw_area_shapes_insert"),
                                          QStringLiteral("qw_values")));
        QVERIFY(!ForeignSql::isOwnTrigger(QStringLiteral("rtree_areas_geom_insert"),
                                          QStringLiteral("qw_values")));
    }

    void theTemporaryFilesOfAKilledNewAreRemoved()
    {
        // Given what a kill -9 during --new leaves: a hidden .part file and its journal
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("stadt.gpkg"));
        const QString part = dir.filePath(QStringLiteral(".stadt.gpkg.1a2b3c4d.part"));
        QVERIFY(QFile::copy(m_clean, part));
        QFile journal(part + QStringLiteral("-journal"));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray(512, '\x01'));
        journal.close();
        // and a file of another name that only looks alike
        const QString other = dir.filePath(QStringLiteral(".andere.gpkg.1a2b3c4d.part"));
        QVERIFY(QFile::copy(m_clean, other));
        // When the project is made again
        DemoCityGenerator(test::smallCity()).writeProject(target);
        // Then the leftovers of that name are gone, the other is kept
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList {QStringLiteral(".andere.gpkg.1a2b3c4d.part"),
                               QStringLiteral("stadt.gpkg")}));
    }
};

QTEST_MAIN(TestHostileProjects)
#include "test_hostile_projects.moc"
