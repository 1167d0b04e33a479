#include "AreaShapes.h"
#include "GpkgGeometry.h"
#include "MoveIntoPlace.h"
#include "Project.h"
#include "ProjectSchema.h"
#include "ProjectStore.h"
#include "Sqlite.h"
#include "StoreError.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace qw;

namespace {

Area square(const QString &key, const QString &name, double x0)
{
    Area a;
    a.key = key;
    a.name = name;
    a.level = QStringLiteral("sozialraum");
    a.geometry.addPolygon({{x0, 0, x0 + 100, 0, x0 + 100, 100, x0, 100, x0, 0}});
    return a;
}

void writeSmallProject(const QString &path)
{
    ProjectMetadata meta;
    meta.title = QStringLiteral("Teststadt");
    meta.city = QStringLiteral("Teststadt");
    meta.srsId = 25832;
    ProjectStore::create(path, meta, [](ProjectStore &s) {
        s.writeLevels({{QStringLiteral("sozialraum"), QStringLiteral("Sozialraum"),
                        QStringLiteral("Social area"), 0}});
        s.writeAreas({square(QStringLiteral("01"), QStringLiteral("Nord"), 0),
                      square(QStringLiteral("1"), QStringLiteral("Süd"), 200)});
        Indicator i;
        i.key = QStringLiteral("kita_u3");
        i.nameDe = QStringLiteral("Betreuungsquote U3");
        i.unit = QStringLiteral("%");
        i.kind = IndicatorKind::Rate;
        i.polarity = Polarity::HigherIsBetter;
        i.minCases = 3;
        s.writeIndicators({i});
        s.valueRepository().upsert({{QStringLiteral("01"), i.key, QStringLiteral("2023/24"), 40.0, 40.0, 100.0,
                        ValueStatus::Ok, 0},
                       {QStringLiteral("1"), i.key, QStringLiteral("2023/24"), 2.0, 2.0, 100.0,
                        ValueStatus::Ok, 0}});
    });
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(test::fileBytes(path), QCryptographicHash::Sha256);
}

std::int64_t storedShapeRows(const QString &path)
{
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    auto st = db.prepare(QStringLiteral(
        "SELECT count(*) FROM qw_area_shapes WHERE level = 'sozialraum' AND area_count = 2"));
    st.step();
    return st.integer(0);
}

// What another program (QGIS) does: moves the first area to x0.
void moveFirstAreaElsewhere(const QString &path, double x0)
{
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
    auto st = db.prepare(QStringLiteral("UPDATE areas SET geom = ?1 WHERE area_key = '01'"));
    st.bind(1, GpkgGeometry::encode(square({}, {}, x0).geometry, 25832)).run();
}

StoreErrorKind openError(const QString &path)
{
    try {
        ProjectStore::open(path);
    } catch (const StoreError &e) {
        return e.kind();
    }
    return StoreErrorKind::InvalidInput; // "no error": never expected below
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void aWrittenFileReplacesItsTargetInOneStep()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("export.csv"));
        const QString temp = dir.filePath(QStringLiteral(".export.tmp"));
        auto write = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        // Given an old file and a new one written beside it
        write(target, "old");
        write(temp, "new");
        // When it is moved into place, the target has the new bytes and the temporary is gone
        QCOMPARE(moveIntoPlace(temp, target), QString());
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new"));
        QVERIFY(!QFile::exists(temp));
        // And a target that cannot be written leaves a reason, no temporary, the old file
        write(temp, "newer");
        QVERIFY(!moveIntoPlace(temp, dir.filePath(QStringLiteral("missing/export.csv"))).isEmpty());
        QVERIFY(!QFile::exists(temp));
        QVERIFY(QFile::exists(target));
    }

    void roundTrip()
    {
        // Given a project written with two areas whose keys differ only by a leading zero
        writeSmallProject(path(QStringLiteral("rt.gpkg")));
        // When it is opened again
        auto store = ProjectStore::open(path(QStringLiteral("rt.gpkg")));
        // Then everything comes back as written, keys as text
        const auto meta = store->metadata();
        QCOMPARE(meta.title, QStringLiteral("Teststadt"));
        QCOMPARE(meta.srsId, 25832);
        QCOMPARE(meta.schemaVersion, ProjectSchema::kCurrentVersion);
        QVERIFY(meta.created.isValid());
        const auto areas = store->areas();
        QCOMPARE(areas.size(), std::size_t(2));
        QCOMPARE(areas[0].key, QStringLiteral("01"));
        QCOMPARE(areas[1].key, QStringLiteral("1"));
        QCOMPARE(areas[1].name, QStringLiteral("Süd"));
        QCOMPARE(areas[0].geometry.area(), 10000.0);
        const auto inds = store->indicators();
        QCOMPARE(inds.size(), std::size_t(1));
        QCOMPARE(inds[0].polarity, Polarity::HigherIsBetter);
        QCOMPARE(inds[0].minCases, 3);
        QCOMPARE(store->valueRepository().periods(QStringLiteral("kita_u3")),
                 QStringList {QStringLiteral("2023/24")});
        const auto values = store->valueRepository().values(QStringLiteral("kita_u3"), QStringLiteral("2023/24"));
        QCOMPARE(values.size(), std::size_t(2));
    }

    void valuesAreReplacedNotDuplicated()
    {
        const QString p = path(QStringLiteral("replace.gpkg"));
        writeSmallProject(p);
        auto store = ProjectStore::open(p);
        store->valueRepository().upsert({{QStringLiteral("01"), QStringLiteral("kita_u3"),
                             QStringLiteral("2023/24"), 41.0, 41.0, 100.0, ValueStatus::Ok, 0}});
        const auto values = store->valueRepository().values(QStringLiteral("kita_u3"), QStringLiteral("2023/24"));
        QCOMPARE(values.size(), std::size_t(2));
        for (const auto &v : values)
            if (v.areaKey == QLatin1String("01"))
                QCOMPARE(*v.value, 41.0);
    }

    void duplicateAreaKeyIsAnErrorAndLeavesNoFile()
    {
        const QString p = path(QStringLiteral("dup.gpkg"));
        bool threw = false;
        try {
            ProjectStore::create(p, ProjectMetadata {}, [](ProjectStore &s) {
                s.writeAreas({square(QStringLiteral("07"), QStringLiteral("A"), 0),
                              square(QStringLiteral("07"), QStringLiteral("B"), 200)});
            });
        } catch (const StoreError &e) {
            threw = e.message().contains(QStringLiteral("07"));
        }
        QVERIFY(threw);
        QVERIFY(!QFile::exists(p));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden)
                     .size(),
                 0);
    }

    void failedCreateKeepsExistingFile()
    {
        // Given an existing project
        const QString p = path(QStringLiteral("keep.gpkg"));
        writeSmallProject(p);
        const QByteArray before = sha(p);
        // When writing a new project to the same path fails half way
        try {
            ProjectStore::create(p, ProjectMetadata {}, [](ProjectStore &) {
                throw StoreError(StoreErrorKind::InvalidInput, QStringLiteral("cancelled"));
            });
        } catch (const StoreError &) { }
        // Then the old file is untouched
        QCOMPARE(sha(p), before);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << "empty.gpkg" << QByteArray() << int(StoreErrorKind::EmptyFile);
        QTest::newRow("text") << "text.gpkg" << QByteArray("area;value\n01;3\n")
                              << int(StoreErrorKind::NotSqlite);
        QTest::newRow("garbage") << "garbage.gpkg" << QByteArray(5000, '\x7f')
                                 << int(StoreErrorKind::NotSqlite);
    }

    void brokenFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        const QString p = path(name);
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = sha(p);
        QCOMPARE(int(openError(p)), kind);
        QCOMPARE(sha(p), before);
    }

    void missingFile()
    {
        QCOMPARE(openError(path(QStringLiteral("nope.gpkg"))), StoreErrorKind::NotFound);
    }

    void plainSqliteIsNotAGeoPackage()
    {
        const QString p = path(QStringLiteral("plain.sqlite"));
        {
            SqliteDatabase db(p, SqliteDatabase::Mode::Create);
            db.exec(QStringLiteral("CREATE TABLE t (a TEXT); INSERT INTO t VALUES ('x')"));
        }
        const QByteArray before = sha(p);
        QCOMPARE(openError(p), StoreErrorKind::NotGeoPackage);
        QCOMPARE(sha(p), before);
    }

    void foreignGeoPackageIsNotAProject()
    {
        // A GeoPackage as other tools write it: the core tables, no qw_project
        const QString p = path(QStringLiteral("foreign.gpkg"));
        writeSmallProject(p);
        {
            SqliteDatabase db(p, SqliteDatabase::Mode::ReadWrite);
            db.exec(QStringLiteral("DROP TABLE qw_project"));
        }
        const QByteArray before = sha(p);
        QCOMPARE(openError(p), StoreErrorKind::NotAProject);
        QCOMPARE(sha(p), before);
    }

    void truncatedFileIsCorrupt()
    {
        const QString p = path(QStringLiteral("trunc.gpkg"));
        writeSmallProject(p);
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.resize(f.size() / 2);
        f.close();
        const QByteArray before = sha(p);
        QCOMPARE(openError(p), StoreErrorKind::Corrupt);
        QCOMPARE(sha(p), before);
    }

    void newerSchemaIsRefused()
    {
        const QString p = path(QStringLiteral("newer.gpkg"));
        writeSmallProject(p);
        {
            SqliteDatabase db(p, SqliteDatabase::Mode::ReadWrite);
            db.exec(
                QStringLiteral("UPDATE qw_project SET value = '%1' WHERE key = 'schema_version'")
                    .arg(ProjectSchema::kCurrentVersion + 1));
        }
        const QByteArray before = sha(p);
        try {
            ProjectStore::open(p);
            QFAIL("a newer schema must not open");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreErrorKind::NewerSchema);
            QVERIFY(e.message().contains(p));
        }
        QCOMPARE(sha(p), before);
    }

    void missingTableIsReported()
    {
        const QString p = path(QStringLiteral("incomplete.gpkg"));
        writeSmallProject(p);
        {
            SqliteDatabase db(p, SqliteDatabase::Mode::ReadWrite);
            db.exec(QStringLiteral("DROP TABLE qw_values"));
        }
        try {
            ProjectStore::open(p);
            QFAIL("an incomplete project must not open");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreErrorKind::InvalidContent);
            QVERIFY(e.message().contains(QStringLiteral("qw_values")));
        }
    }

    void openingDoesNotChangeAValidProject()
    {
        const QString p = path(QStringLiteral("same.gpkg"));
        writeSmallProject(p);
        const QByteArray before = sha(p);
        {
            auto store = ProjectStore::open(p);
            store->areas();
            store->indicators();
        }
        QCOMPARE(sha(p), before);
        // Nor does opening it as the window does: its outlines were stored with its areas
        QCOMPARE(storedShapeRows(p), 1);
        QCOMPARE(Project::open(p)->shapes(QStringLiteral("sozialraum")).count(), 2);
        QCOMPARE(sha(p), before);
    }

    void storedOutlinesFollowChangesMadeByOtherPrograms()
    {
        // Given a project whose first area another program moved
        const QString p = path(QStringLiteral("edited.gpkg"));
        writeSmallProject(p);
        moveFirstAreaElsewhere(p, 1000);
        // Then its stored outlines are gone (a trigger in the file)
        QCOMPARE(storedShapeRows(p), 0);
        // and opening draws the area where it is now, and stores the outlines again
        {
            auto project = Project::open(p);
            const AreaShapes &shapes = project->shapes(QStringLiteral("sozialraum"));
            QCOMPARE(shapes.bounds(0).minX, 1000.0);
            QCOMPARE(shapes.bounds(1).minX, 200.0);
            QVERIFY(shapes.contains(0, 1050, 50));
        }
        QCOMPARE(storedShapeRows(p), 1);
        // When the stored outlines are damaged, they are rebuilt from the geometry
        {
            SqliteDatabase db(p, SqliteDatabase::Mode::ReadWrite);
            db.exec(QStringLiteral("UPDATE qw_area_shapes SET data = x'0102'"));
        }
        QCOMPARE(Project::open(p)->shapes(QStringLiteral("sozialraum")).bounds(0).minX, 1000.0);
        QCOMPARE(storedShapeRows(p), 1);
        // When it is opened read-only, they are built in memory and the file stays as it was
        moveFirstAreaElsewhere(p, 3000);
        const QByteArray before = sha(p);
        QCOMPARE(Project::open(ProjectStore::open(p, ProjectStore::Access::ReadOnly))
                     ->shapes(QStringLiteral("sozialraum"))
                     .bounds(0)
                     .minX,
                 3000.0);
        QCOMPARE(sha(p), before);
        // And a file whose listing index was dropped elsewhere still lists its areas
        {
            SqliteDatabase db(p, SqliteDatabase::Mode::ReadWrite);
            db.exec(QStringLiteral("DROP INDEX areas_list"));
        }
        auto project = Project::open(p);
        QCOMPARE(project->areas().size(), std::size_t(2));
        QCOMPARE(project->areas()[1].name, QStringLiteral("Süd"));
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "test_project_store.moc"
