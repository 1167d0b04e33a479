// Saved views: Boost.Serialization archives in the project file.
#include "ProjectStore.h"
#include "Random.h"
#include "SavedView.h"
#include "StoreError.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace qw;

namespace {

SavedView sample()
{
    SavedView v;
    v.name = QStringLiteral("Kinderarmut Nord");
    v.indicator = QStringLiteral("child_poverty");
    v.period = QStringLiteral("2024");
    v.classification = QStringLiteral("jenks");
    v.classes = 6;
    v.ramp = QStringLiteral("RdBu");
    v.overlay = QStringLiteral("circles");
    v.overlayIndicator = QStringLiteral("pop_u3");
    v.labels = QStringLiteral("names");
    v.showFacilities = false;
    v.facilityKinds = {QStringLiteral("kita")};
    v.extent = {391000.5, 5705000.25, 398000, 5712000};
    v.selectedAreas = {QStringLiteral("0101"), QStringLiteral("01"),
                       QStringLiteral("Übach & <Süd>")};
    v.title = QStringLiteral("Kinderarmut im Norden");
    v.comparison = {QStringLiteral("0101"), QStringLiteral("0202"), QStringLiteral("0603")};
    v.mapPanes = {QStringLiteral("kita_u3@2019/20"), QStringLiteral("kita_u3@2023/24")};
    v.playFrom = QStringLiteral("2016");
    v.playTo = QStringLiteral("2022");
    return v;
}

// A view archive kept under tests/data (a missing file reads as an empty, failing archive).
SavedView fixture(const QString &name, unsigned *version)
{
    const QByteArray bytes = test::fileBytes(QStringLiteral(QW_TEST_DATA_DIR "/") + name);
    return SavedViewArchive::read(QString::fromUtf8(bytes), version);
}

bool readFails(const QString &archive)
{
    try {
        SavedViewArchive::read(archive);
    } catch (const StoreError &e) {
        return e.kind() == StoreErrorKind::InvalidContent;
    }
    return false;
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        // Given a view with every field set, text with umlauts and XML characters
        SavedView v = sample();
        // When it is archived and read back
        const QString xml = SavedViewArchive::write(v);
        QVERIFY(xml.contains(QStringLiteral("boost_serialization")));
        unsigned version = 0;
        SavedView back = SavedViewArchive::read(xml, &version);
        // Then it is the same view (the name is kept by the store, not the archive)
        back.name = v.name;
        QVERIFY(back == v);
        QCOMPARE(version, SavedView::kVersion);
    }

    void archiveOfVersionOneStillOpens()
    {
        // An archive written by the first version of the class, kept as test data
        unsigned version = 0;
        const SavedView v = fixture(QStringLiteral("saved_view_v1.xml"), &version);
        QCOMPARE(version, 1u);
        QCOMPARE(v.indicator, QStringLiteral("kita_u3"));
        QCOMPARE(v.period, QStringLiteral("2023/24"));
        QCOMPARE(v.classification, QStringLiteral("quantile"));
        QCOMPARE(v.selectedAreas, (QStringList {QStringLiteral("0101"), QStringLiteral("0203")}));
        QCOMPARE(v.labels, QStringLiteral("names"));
        // the fields added in versions 2 and 3 take their defaults
        QVERIFY(v.title.isEmpty());
        QVERIFY(v.comparison.isEmpty());
        QVERIFY(v.mapPanes.isEmpty());
        QVERIFY(SavedView::kVersion > 1);
    }

    void archiveOfVersionThreeStillOpens()
    {
        // An archive of the last version before map panes (4), kept as test data
        unsigned version = 0;
        const SavedView v = fixture(QStringLiteral("saved_view_v3.xml"), &version);
        QCOMPARE(version, 3u);
        QCOMPARE(v.title, QStringLiteral("Kita-Versorgung im Norden"));
        QCOMPARE(
            v.comparison,
            (QStringList {QStringLiteral("0101"), QStringLiteral("0203"), QStringLiteral("0302")}));
        // the single map, as that program showed it
        QVERIFY(v.mapPanes.isEmpty());
        QVERIFY(SavedView::kVersion > 3);
    }

    void manualBreaksRoundTrip()
    {
        // Given a view with manual classes, breaks that print with many digits among them
        SavedView v = sample();
        v.classification = QStringLiteral("manual");
        v.breaks = {0.1, 1.0 / 3.0, 12.5};
        v.classes = 4;
        // When archived and read back, then every break is the same number
        unsigned version = 0;
        SavedView back = SavedViewArchive::read(SavedViewArchive::write(v), &version);
        back.name = v.name;
        QCOMPARE(back.breaks, v.breaks);
        QVERIFY(back == v);
        QCOMPARE(version, SavedView::kVersion);
        // Breaks of another method are not kept
        v.classification = QStringLiteral("jenks");
        QVERIFY(SavedViewArchive::read(SavedViewArchive::write(v)).breaks.empty());
    }

    void archiveOfVersionFourStillOpens()
    {
        // An archive written by the last version before manual breaks (5), kept as test data
        // (made by that program's SavedViewArchive::write)
        unsigned version = 0;
        const SavedView v = fixture(QStringLiteral("saved_view_v4.xml"), &version);
        QCOMPARE(version, 4u);
        QCOMPARE(v.classification, QStringLiteral("jenks"));
        QCOMPARE(
            v.mapPanes,
            (QStringList {QStringLiteral("kita_u3@2019/20"), QStringLiteral("kita_u3@2023/24")}));
        QVERIFY(v.breaks.empty());
        QVERIFY(SavedView::kVersion > 4);
    }

    void timeSettingsRoundTrip()
    {
        // Given a view of a school year with a play range written as the planners write it
        SavedView v = sample();
        v.period = QStringLiteral("SJ 2019/20");
        v.playFrom = QStringLiteral("SJ 2017/18");
        v.playTo = QStringLiteral("SJ 2021/22");
        // When archived and read back, then the period and both ends are kept
        unsigned version = 0;
        const SavedView back = SavedViewArchive::read(SavedViewArchive::write(v), &version);
        QCOMPARE(version, 6u);
        QCOMPARE(back.period, v.period);
        QCOMPARE(back.playFrom, v.playFrom);
        QCOMPARE(back.playTo, v.playTo);
        // No range (all periods) stays none
        v.playFrom.clear();
        v.playTo.clear();
        QVERIFY(SavedViewArchive::read(SavedViewArchive::write(v)).playFrom.isEmpty());
        // A range with one end only is no range the program writes: an error, no guess
        v.playTo = QStringLiteral("2022");
        QVERIFY(readFails(SavedViewArchive::write(v)));
    }

    void archiveOfVersionFiveStillOpens()
    {
        // An archive of the last version before the play range (6), kept as test data
        unsigned version = 0;
        const SavedView v = fixture(QStringLiteral("saved_view_v5.xml"), &version);
        QCOMPARE(version, 5u);
        QCOMPARE(v.period, QStringLiteral("2023/24"));
        QCOMPARE(v.classification, QStringLiteral("manual"));
        QCOMPARE(v.breaks, (std::vector<double> {10, 20, 30}));
        QCOMPARE(v.mapPanes.size(), 2);
        // the time slider plays all periods, as that program did
        QVERIFY(v.playFrom.isEmpty());
        QVERIFY(v.playTo.isEmpty());
        QVERIFY(SavedView::kVersion > 5);
    }

    void badBreaksAreErrors()
    {
        SavedView v = sample();
        v.classification = QStringLiteral("manual");
        v.breaks = {10, 20, 30};
        const QString xml = SavedViewArchive::write(v);
        QVERIFY(!readFails(xml));
        const QString breaks = xml.mid(xml.indexOf(QStringLiteral("<breaks")));
        // falling breaks
        QString falling = xml;
        falling.replace(QStringLiteral("<item>2.00000000000000000e+01</item>"),
                        QStringLiteral("<item>5.00000000000000000e+00</item>"));
        QVERIFY2(falling != xml, qPrintable(breaks));
        QVERIFY(readFails(falling));
        // not a number
        QString nan = xml;
        nan.replace(QStringLiteral("<item>2.00000000000000000e+01</item>"),
                    QStringLiteral("<item>nan</item>"));
        QVERIFY(readFails(nan));
        // manual classes without breaks
        SavedView none = v;
        none.breaks.clear();
        QVERIFY(readFails(SavedViewArchive::write(none)));
        // more than eight
        SavedView many = v;
        many.breaks = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        QVERIFY(readFails(SavedViewArchive::write(many)));
    }

    void brokenArchivesAreErrors()
    {
        const QString xml = SavedViewArchive::write(sample());
        QVERIFY(readFails(QString()));
        QVERIFY(readFails(QStringLiteral("hello")));
        QVERIFY(readFails(xml.left(xml.size() / 2)));
        // from a newer program: a class version we do not know
        QString newer = xml;
        newer.replace(QStringLiteral("version=\"%1\"").arg(SavedView::kVersion),
                      QStringLiteral("version=\"99\""));
        QVERIFY(newer != xml);
        QVERIFY(readFails(newer));
        // a claimed count far beyond the data
        QString huge = xml;
        huge.replace(QRegularExpression(QStringLiteral("<count>\\d+</count>")),
                     QStringLiteral("<count>4000000000</count>"));
        QVERIFY(readFails(huge));
        // out-of-range content
        QString classes = xml;
        classes.replace(QStringLiteral("<classes>6</classes>"),
                        QStringLiteral("<classes>40</classes>"));
        QVERIFY(readFails(classes));
        // too large to be a view
        QVERIFY(readFails(QString(2 << 20, QLatin1Char('x'))));
    }

    void hostileSizesAreRefusedCheaply()
    {
        // Given archives from the hostile tester: a list that declares 10^8 items
        // (3.2 GB and 7.6 s before), and extents of 1e308, infinity and NaN (a map that
        // never rendered and read "inf km")
        const QString xml = SavedViewArchive::write(sample());
        QString many = xml;
        many.replace(QRegularExpression(QStringLiteral("<count>\\d+</count>")),
                     QStringLiteral("<count>100000000</count>"));
        QVERIFY(many != xml);
        QElapsedTimer timer;
        timer.start();
        // Then each is refused, the list at once
        try {
            SavedViewArchive::read(many);
            QFAIL("an archive of 10^8 items was read");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("100000000")), qPrintable(e.message()));
        }
        QVERIFY(timer.elapsed() < 1000);
        const QString minX = xml.mid(xml.indexOf(QStringLiteral("<minX>")));
        const QString oldMinX = minX.left(minX.indexOf(QStringLiteral("</minX>")) + 7);
        for (const char *far : {"1.79e+308", "inf", "nan", "-1e30"}) {
            QString extent = xml;
            extent.replace(oldMinX, QStringLiteral("<minX>%1</minX>").arg(QLatin1String(far)));
            QVERIFY(extent != xml);
            QVERIFY2(readFails(extent), far);
        }
    }

    void tagsOtherThanOursAreRefusedBeforeBoostReadsThem()
    {
        // Given archives fuzzing found (Boost 1.74 read past a tag name's literal when a
        // closing tag was longer than the one it expected): a renamed closing tag, a field
        // in another's place, an item version where an item belongs, a list with fewer items
        // than it declares
        const QString xml = SavedViewArchive::write(sample());
        QString longer = xml;
        longer.replace(QStringLiteral("</ramp>"), QStringLiteral("</rampXXXXXXXXXXXXXXXXXXXX>"));
        longer.replace(QStringLiteral("<ramp>"), QStringLiteral("<rampXXXXXXXXXXXXXXXXXXXX>"));
        QString swapped = xml;
        swapped.replace(QStringLiteral("<ramp>"), QStringLiteral("<classification>"));
        swapped.replace(QStringLiteral("</ramp>"), QStringLiteral("</classification>"));
        QString itemVersion = xml;
        itemVersion.replace(QStringLiteral("<item_version>0</item_version>"),
                            QStringLiteral("<item_version>0</item_version>"
                                           "<item_version>0</item_version>"));
        QString fewer = xml;
        fewer.replace(QRegularExpression(QStringLiteral("<count>(\\d+)</count>")),
                      QStringLiteral("<count>9\\1</count>"));
        for (const QString *bad : {&longer, &swapped, &itemVersion, &fewer}) {
            QVERIFY(*bad != xml);
            // Then each is refused with the place named, and the writer's own text reads
            try {
                SavedViewArchive::read(*bad);
                QFAIL("a foreign layout was read");
            } catch (const StoreError &e) {
                QVERIFY2(e.message().contains(QStringLiteral("line")), qPrintable(e.message()));
            }
        }
        QCOMPARE(SavedViewArchive::read(xml).indicator, sample().indicator);
    }

    void fuzzedArchivesNeverCrash()
    {
        // Given a valid archive, when bytes are flipped, cut or repeated at random,
        // then each read either succeeds or throws StoreError: never anything else.
        const QByteArray xml = SavedViewArchive::write(sample()).toUtf8();
        Random rng(2026);
        int failures = 0, successes = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray b = xml;
            const int edits = 1 + rng.below(4);
            for (int e = 0; e < edits; ++e) {
                const int at = rng.below(int(b.size()));
                switch (rng.below(4)) {
                case 0:
                    b[at] = char(rng.below(256));
                    break;
                case 1:
                    b.remove(at, 1 + rng.below(8));
                    break;
                case 2:
                    b.insert(at, b.mid(rng.below(int(b.size())), 1 + rng.below(16)));
                    break;
                default:
                    b.truncate(at);
                }
                if (b.isEmpty())
                    break;
            }
            try {
                SavedViewArchive::read(QString::fromUtf8(b));
                ++successes;
            } catch (const StoreError &) {
                ++failures;
            }
        }
        QCOMPARE(failures + successes, 3000);
        QVERIFY(failures > 1000);
    }

    void storeKeepsRenamesAndDeletesViews()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("views.gpkg"));
        ProjectStore::create(path, ProjectMetadata {}, [](ProjectStore &) {});
        auto store = ProjectStore::open(path);
        store->writeView(QStringLiteral("A"), SavedViewArchive::write(sample()),
                         SavedView::kVersion);
        store->writeView(QStringLiteral("B"), SavedViewArchive::write(SavedView {}),
                         SavedView::kVersion);
        // replacing keeps one row per name
        store->writeView(QStringLiteral("A"), SavedViewArchive::write(sample()),
                         SavedView::kVersion);
        QCOMPARE(store->views().size(), std::size_t(2));
        QVERIFY(!store->renameView(QStringLiteral("A"), QStringLiteral("B"))); // taken
        QVERIFY(store->renameView(QStringLiteral("A"), QStringLiteral("Nord")));
        QVERIFY(!store->renameView(QStringLiteral("missing"), QStringLiteral("X")));
        QVERIFY(store->deleteView(QStringLiteral("B")));
        QVERIFY(!store->deleteView(QStringLiteral("B")));
        const auto views = store->views();
        QCOMPARE(views.size(), std::size_t(1));
        QCOMPARE(views[0].name, QStringLiteral("Nord"));
        SavedView back = SavedViewArchive::read(views[0].archive);
        QCOMPARE(back.overlayIndicator, QStringLiteral("pop_u3"));
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "test_saved_views.moc"
