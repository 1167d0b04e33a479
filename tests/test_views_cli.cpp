// The program as a user runs it from the command line: profiles, comparisons, saved views
// and linked maps, and how keys choose their level.
#include "AppRunner.h"
#include "ImageSupport.h"
#include "ProjectStore.h"
#include "SavedView.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using qw::test::Run;
using qw::test::run;

namespace {

// The view stored in a project under name, if there is one.
std::optional<qw::SavedView> storedView(const QString &project, const QString &name)
{
    auto store = qw::ProjectStore::open(project);
    for (const auto &v : store->views())
        if (v.name == name)
            return qw::SavedViewArchive::read(v.archive);
    return std::nullopt;
}

} // namespace

class TestViewsCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    QString demoCopy(const QString &name) { return qw::test::demoCopy(m_home.path(), name); }

private Q_SLOTS:
    void theComparisonNamesItsChartsInTheUiLanguage()
    {
        // Given the demo, when a planner exports the comparison of three areas in German
        const QString pdf = m_home.filePath(QStringLiteral("vergleich-de.pdf"));
        const Run de =
            run({QStringLiteral("--demo"), QStringLiteral("--language"), QStringLiteral("de"),
                 QStringLiteral("--export-comparison"), QStringLiteral("01,02,03"), pdf},
                m_home.path());
        QVERIFY2(de.exitCode == 0, qPrintable(de.err));
        // Then the chart of every area between the worst and the best is named in German,
        // in its heading and in the note that explains it, with no English term in between
        const QString words = qw::test::pdfText(pdf).simplified();
        QVERIFY(!words.isEmpty());
        QVERIFY2(words.count(QStringLiteral("Profildiagramm")) >= 2, qPrintable(words));
        QVERIFY2(!words.contains(QStringLiteral("Spine"), Qt::CaseInsensitive), qPrintable(words));
        // And the English export keeps the English term
        const QString en = m_home.filePath(QStringLiteral("comparison-en.pdf"));
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--language"), QStringLiteral("en"),
                      QStringLiteral("--export-comparison"), QStringLiteral("01,02,03"), en},
                     m_home.path())
                     .exitCode,
                 0);
        const QString enWords = qw::test::pdfText(en).simplified();
        QVERIFY2(enWords.contains(QStringLiteral("Spine chart")), qPrintable(enWords));
        QVERIFY(!enWords.contains(QStringLiteral("Profildiagramm")));
    }

    void exportsTheSeriesAndTheFramesOfAnIndicator()
    {
        // Given the demo's child poverty over its ten years
        const QString pdf = m_home.filePath(QStringLiteral("series.pdf"));
        const Run series =
            run({QStringLiteral("--demo"), QStringLiteral("--language"), QStringLiteral("en"),
                 QStringLiteral("--indicator"), QStringLiteral("child_poverty"),
                 QStringLiteral("--export-series"), pdf},
                m_home.path());
        // Then the small multiples name every year on one page
        QVERIFY2(series.exitCode == 0, qPrintable(series.err));
        const QString words = qw::test::pdfText(pdf);
        QVERIFY2(words.contains(QStringLiteral("2015 to 2024: 10 maps")), qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("The city over the periods")));
        // When the frames are exported into a folder that does not exist yet
        const QString dir = m_home.filePath(QStringLiteral("frames/child"));
        const Run frames = run({QStringLiteral("--demo"), QStringLiteral("--indicator"),
                                QStringLiteral("child_poverty"), QStringLiteral("--dpi"),
                                QStringLiteral("40"), QStringLiteral("--export-frames"), dir},
                               m_home.path());
        // Then there is one PNG page per period, named by indicator and period
        QVERIFY2(frames.exitCode == 0, qPrintable(frames.err));
        const QStringList files =
            QDir(dir).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 10);
        QCOMPARE(files.first(), QStringLiteral("child_poverty_2015.png"));
        QCOMPARE(files.last(), QStringLiteral("child_poverty_2024.png"));
        QVERIFY(!QImage(QDir(dir).filePath(files.first())).isNull());
    }

    void exportsProfileAndComparisonFromTheCommandLine()
    {
        // Given the demo's first three Sozialräume
        const Run areas =
            run({QStringLiteral("--demo"), QStringLiteral("--list-areas")}, m_home.path());
        QStringList keys;
        for (const QString &line : areas.out.split(QLatin1Char('\n')))
            if (line.endsWith(QLatin1String("\tsozialraum")) && keys.size() < 3)
                keys << line.section(QLatin1Char('\t'), 0, 0);
        QCOMPARE(keys.size(), 3);
        // When the profile and the comparison are exported
        const QString profile = m_home.filePath(QStringLiteral("profil.pdf"));
        const Run p = run({QStringLiteral("--demo"), QStringLiteral("--export-profile"), keys[0],
                           profile, QStringLiteral("--language"), QStringLiteral("de")},
                          m_home.path());
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        const QString profileText = qw::test::pdfText(profile);
        QVERIFY(!profileText.isEmpty());
        QVERIFY(profileText.contains(QStringLiteral("Profil")));
        // and no number in it reads "-0,00" (the Sozialindex's city value lies a hair
        // below 0); "-0,52" is a value
        const QRegularExpression negativeZero(QStringLiteral("(^|[^0-9])-0([,.]0+)?([^0-9,.]|$)"));
        QVERIFY2(!negativeZero.match(profileText).hasMatch(),
                 qPrintable(negativeZero.match(profileText).captured()));
        for (const char *suffix : {"pdf", "csv", "xlsx"}) {
            const QString file =
                m_home.filePath(QStringLiteral("vergleich.") + QLatin1String(suffix));
            const Run c = run({QStringLiteral("--demo"), QStringLiteral("--export-comparison"),
                               keys.join(QLatin1Char(',')), file},
                              m_home.path());
            QVERIFY2(c.exitCode == 0, qPrintable(c.err));
            QVERIFY(QFileInfo(file).size() > 1000);
        }
        // A CSV carries the indicators' decimals (the demo's have 1 or 2), with
        // --raw-numbers the full values
        int most[2] = {0, 0};
        for (const bool raw : {false, true}) {
            const QString file =
                m_home.filePath(raw ? QStringLiteral("raw.csv") : QStringLiteral("rounded.csv"));
            QStringList args {QStringLiteral("--demo"),    QStringLiteral("--language"),
                              QStringLiteral("en"),        QStringLiteral("--export-comparison"),
                              keys.join(QLatin1Char(',')), file};
            if (raw)
                args << QStringLiteral("--raw-numbers");
            const Run c = run(args, m_home.path());
            QVERIFY2(c.exitCode == 0, qPrintable(c.err));
            QFile csv(file);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QString content = QString::fromUtf8(csv.readAll());
            // whole cells only: the unit "je 1.000" is text
            const QRegularExpression number(QStringLiteral("(?:^|,)-?[0-9]+\\.([0-9]+)(?=,|\r?$)"),
                                            QRegularExpression::MultilineOption);
            auto it = number.globalMatch(content);
            while (it.hasNext())
                most[raw] = std::max(most[raw], int(it.next().capturedLength(1)));
        }
        QVERIFY2(most[0] >= 1 && most[0] <= 2, qPrintable(QString::number(most[0])));
        QVERIFY2(most[1] > 5, qPrintable(QString::number(most[1])));
        // --raw-numbers has nothing to do in a PDF: said, not ignored
        const Run rawPdf =
            run({QStringLiteral("--demo"), QStringLiteral("--export-comparison"),
                 keys.join(QLatin1Char(',')), m_home.filePath(QStringLiteral("raw.pdf")),
                 QStringLiteral("--raw-numbers")},
                m_home.path());
        QCOMPARE(rawPdf.exitCode, 2);
        QVERIFY(rawPdf.err.contains(QStringLiteral("--raw-numbers")));
        // An unknown key is named, and nothing is written
        const QString none = m_home.filePath(QStringLiteral("none.pdf"));
        const Run bad = run({QStringLiteral("--demo"), QStringLiteral("--export-profile"),
                             QStringLiteral("9999"), none},
                            m_home.path());
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("9999")));
        QVERIFY(!QFileInfo::exists(none));
    }

    void savedViewOpensFromTheCommandLine()
    {
        // Given a copy of the demo with a saved view (as the views panel writes it)
        const QString project = demoCopy(QStringLiteral("views.gpkg"));
        QVERIFY(!project.isEmpty());
        qw::SavedView view;
        view.indicator = QStringLiteral("kita_u3");
        view.period = QStringLiteral("2020/21");
        view.classification = QStringLiteral("jenks");
        view.labels = QStringLiteral("names");
        {
            auto store = qw::ProjectStore::open(project);
            store->writeView(QStringLiteral("Kita Nord"), qw::SavedViewArchive::write(view),
                             int(qw::SavedView::kVersion));
            store->writeView(QStringLiteral("kaputt"), QStringLiteral("<not an archive"), 2);
        }
        // When the planner opens it by name, the window shows exactly that view
        const QString fromView = m_home.filePath(QStringLiteral("from-view.png"));
        const Run a = run({project, QStringLiteral("--view"), QStringLiteral("Kita Nord"),
                           QStringLiteral("--screenshot"), fromView},
                          m_home.path());
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        const QString fromOptions = m_home.filePath(QStringLiteral("from-options.png"));
        const Run b = run({project, QStringLiteral("--indicator"), QStringLiteral("kita_u3"),
                           QStringLiteral("--period"), QStringLiteral("2020/21"),
                           QStringLiteral("--classification"), QStringLiteral("jenks"),
                           QStringLiteral("--labels"), QStringLiteral("names"),
                           QStringLiteral("--screenshot"), fromOptions},
                          m_home.path());
        QCOMPARE(b.exitCode, 0);
        // (the views panel lists the saved views, so compare the map area only)
        const QRect map(400, 120, 700, 700);
        QCOMPARE(QImage(fromView).copy(map), QImage(fromOptions).copy(map));
        // A damaged archive and an unknown name are errors that say why
        const Run broken = run({project, QStringLiteral("--view"), QStringLiteral("kaputt"),
                                QStringLiteral("--screenshot"), fromView},
                               m_home.path());
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(broken.err.contains(QStringLiteral("kaputt")));
        const Run unknown = run({project, QStringLiteral("--view"), QStringLiteral("Süd"),
                                 QStringLiteral("--screenshot"), fromView},
                                m_home.path());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("Kita Nord")));
    }

    void linkedMapsOpenFromTheCommandLineAndASavedView()
    {
        // Given a copy of the demo with a view saved while two linked maps were open
        const QString project = demoCopy(QStringLiteral("panes.gpkg"));
        QVERIFY(!project.isEmpty());
        qw::SavedView view;
        view.indicator = QStringLiteral("kita_u3");
        view.period = QStringLiteral("2024/25");
        view.mapPanes = {QStringLiteral("kita_u3@2015/16"), QStringLiteral("child_poverty@2024")};
        {
            auto store = qw::ProjectStore::open(project);
            store->writeView(QStringLiteral("Zwei Karten"), qw::SavedViewArchive::write(view),
                             int(qw::SavedView::kVersion));
        }
        // When the same maps are asked for on the command line and through the view
        const QString fromOptions = m_home.filePath(QStringLiteral("panes-options.png"));
        const Run a = run({project, QStringLiteral("--indicator"), QStringLiteral("kita_u3"),
                           QStringLiteral("--maps"), QStringLiteral("2015/16,child_poverty"),
                           QStringLiteral("--screenshot"), fromOptions},
                          m_home.path());
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        const QString fromView = m_home.filePath(QStringLiteral("panes-view.png"));
        const Run b = run({project, QStringLiteral("--view"), QStringLiteral("Zwei Karten"),
                           QStringLiteral("--screenshot"), fromView},
                          m_home.path());
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        // Then both show the same two maps (the views panel differs, so compare the maps)
        const QImage shot(fromOptions);
        const QRect maps(380, 120, 800, 700);
        QCOMPARE(QImage(fromView).copy(maps), shot.copy(maps));
        // and the two panes differ from each other: two indicators, two colourings
        QSet<QRgb> left, right;
        for (int y = 350; y < 750; y += 4)
            for (int x = 0; x < 300; x += 4) {
                left.insert(shot.pixel(400 + x, y));
                right.insert(shot.pixel(850 + x, y));
            }
        QVERIFY(left.size() > 6 && right.size() > 6);
        QVERIFY(left != right);
        // When the picture is saved with --save-view and the project opened again with it,
        // the maps are the same
        const QString saved = m_home.filePath(QStringLiteral("panes-saved.png"));
        const Run c = run({project, QStringLiteral("--indicator"), QStringLiteral("kita_u3"),
                           QStringLiteral("--maps"), QStringLiteral("2015/16,child_poverty"),
                           QStringLiteral("--save-view"), QStringLiteral("Gespeichert"),
                           QStringLiteral("--screenshot"), saved},
                          m_home.path());
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        const QString reopened = m_home.filePath(QStringLiteral("panes-reopened.png"));
        const Run d = run({project, QStringLiteral("--view"), QStringLiteral("Gespeichert"),
                           QStringLiteral("--screenshot"), reopened},
                          m_home.path());
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        // (sub-pixel rounding of the stored extent may move an edge by a pixel)
        QVERIFY(qw::test::imageDifference(QImage(reopened).copy(maps), QImage(saved).copy(maps))
                < 0.5);
        // An unknown indicator or a single map is an error that says why
        const Run unknown =
            run({QStringLiteral("--demo"), QStringLiteral("--maps"),
                 QStringLiteral("2015,nosuch@2020"), QStringLiteral("--screenshot"), fromView},
                m_home.path());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("nosuch")));
        const Run one = run({QStringLiteral("--demo"), QStringLiteral("--maps"),
                             QStringLiteral("2015"), QStringLiteral("--screenshot"), fromView},
                            m_home.path());
        QCOMPARE(one.exitCode, 1);
    }

    void comparisonOpensFromTheCommandLine()
    {
        const QString shot = m_home.filePath(QStringLiteral("compare.png"));
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--compare"),
                           QStringLiteral("0101,0202,0603"), QStringLiteral("--screenshot"), shot},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(shot).size(), QSize(1600, 1000));
        const Run unknown = run({QStringLiteral("--demo"), QStringLiteral("--compare"),
                                 QStringLiteral("0101,9999"), QStringLiteral("--screenshot"), shot},
                                m_home.path());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("9999")));
        const Run one = run({QStringLiteral("--demo"), QStringLiteral("--compare"),
                             QStringLiteral("0101"), QStringLiteral("--screenshot"), shot},
                            m_home.path());
        QCOMPARE(one.exitCode, 1);
    }

    void exportsLinkedMapsOnOnePage()
    {
        // Given the demo's child poverty (default indicator) in 2015 and 2024, when the
        // planner exports the map comparison from the command line in German and English
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("en")}) {
            const QString pdf = m_home.filePath(QStringLiteral("vergleich-%1.pdf").arg(language));
            const Run r = run({QStringLiteral("--demo"), QStringLiteral("--language"), language,
                               QStringLiteral("--maps"), QStringLiteral("2015,2024"),
                               QStringLiteral("--export-map"), pdf},
                              m_home.path());
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            // Then one page names both periods, with one legend (the classes are shared)
            QProcess info;
            info.start(QStringLiteral("pdfinfo"), {pdf});
            QVERIFY(info.waitForFinished(30000));
            QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                        .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))));
            const QString words = qw::test::pdfText(pdf);
            const bool de = language == QLatin1String("de");
            QVERIFY2(words.contains(de ? QStringLiteral("Verglichene Zeiträume: 2015, 2024")
                                       : QStringLiteral("Periods compared: 2015, 2024")),
                     qPrintable(words));
            QCOMPARE(words.count(de ? QStringLiteral("Legende") : QStringLiteral("Legend")), 1);
            // and one facility key: both panes show the same facilities
            QCOMPARE(
                words.count(de ? QStringLiteral("Einrichtungen") : QStringLiteral("Facilities")),
                1);
        }
        // A pane word the project lacks is named, and nothing is written
        const QString none = m_home.filePath(QStringLiteral("none.pdf"));
        const Run bad = run({QStringLiteral("--demo"), QStringLiteral("--maps"),
                             QStringLiteral("2015,1850"), QStringLiteral("--export-map"), none},
                            m_home.path());
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("1850")));
        QVERIFY(!QFileInfo::exists(none));
    }

    void keysNameTheirLevel()
    {
        // Given the demo, whose first listed area 01 is a Stadtbezirk
        const Run areas =
            run({QStringLiteral("--demo"), QStringLiteral("--list-areas")}, m_home.path());
        const QStringList first =
            areas.out.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char('\t'));
        QCOMPARE(first.value(0), QStringLiteral("01"));
        QCOMPARE(first.value(2), QStringLiteral("stadtbezirk"));
        // When its profile is exported without --level, it is the Stadtbezirk's
        const QString profile = m_home.filePath(QStringLiteral("bezirk.pdf"));
        const Run p =
            run({QStringLiteral("--demo"), QStringLiteral("--language"), QStringLiteral("de"),
                 QStringLiteral("--export-profile"), QStringLiteral("01"), profile},
                m_home.path());
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        const QString profileText = qw::test::pdfText(profile);
        QVERIFY2(profileText.contains(first.value(1)), qPrintable(profileText));
        QVERIFY(profileText.contains(QStringLiteral("Stadtbezirk 01")));
        // and a comparison of Stadtbezirke is written too
        const QString comparison = m_home.filePath(QStringLiteral("bezirke.csv"));
        const Run c = run({QStringLiteral("--demo"), QStringLiteral("--export-comparison"),
                           QStringLiteral("01,02,03"), comparison},
                          m_home.path());
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        // Keys of two levels are refused, naming each key with its level
        for (const QString &option :
             {QStringLiteral("--export-comparison"), QStringLiteral("--compare")}) {
            QStringList args {QStringLiteral("--demo"), QStringLiteral("--language"),
                              QStringLiteral("de"), option, QStringLiteral("01,0101")};
            args << (option == QLatin1String("--compare")
                         ? QStringList {QStringLiteral("--screenshot"),
                                        m_home.filePath(QStringLiteral("mixed.png"))}
                         : QStringList {m_home.filePath(QStringLiteral("mixed.pdf"))});
            const Run mixed = run(args, m_home.path());
            QCOMPARE(mixed.exitCode, 1);
            QVERIFY2(mixed.err.contains(QStringLiteral("01 (Stadtbezirk)"))
                         && mixed.err.contains(QStringLiteral("0101 (Sozialraum)")),
                     qPrintable(mixed.err));
        }
        QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("mixed.pdf"))));
        // and a --level the keys do not lie on is said, not overridden
        const Run wrong = run({QStringLiteral("--demo"), QStringLiteral("--level"),
                               QStringLiteral("Sozialraum"), QStringLiteral("--export-profile"),
                               QStringLiteral("01"), m_home.filePath(QStringLiteral("w.pdf"))},
                              m_home.path());
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("--level")), qPrintable(wrong.err));
    }

    void comparisonAndViewSwitchTheMapToTheKeysLevel()
    {
        // Given a copy of the demo
        const QString project = demoCopy(QStringLiteral("levels.gpkg"));
        QVERIFY(!project.isEmpty());
        const QRect map(400, 120, 700, 700);
        // When three Stadtbezirke are compared (the map shows Sozialräume at first)
        const QString compared = m_home.filePath(QStringLiteral("bezirke.png"));
        const Run a = run({project, QStringLiteral("--compare"), QStringLiteral("01,02,03"),
                           QStringLiteral("--save-view"), QStringLiteral("Bezirke"),
                           QStringLiteral("--screenshot"), compared},
                          m_home.path());
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        // Then the map shows the Stadtbezirke, as with --level, with the three selected
        const QString withLevel = m_home.filePath(QStringLiteral("bezirke-level.png"));
        const Run b = run({project, QStringLiteral("--level"), QStringLiteral("Stadtbezirk"),
                           QStringLiteral("--compare"), QStringLiteral("01,02,03"),
                           QStringLiteral("--screenshot"), withLevel},
                          m_home.path());
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QCOMPARE(QImage(compared).copy(map), QImage(withLevel).copy(map));
        const QString plain = m_home.filePath(QStringLiteral("sozialraeume.png"));
        QCOMPARE(run({project, QStringLiteral("--screenshot"), plain}, m_home.path()).exitCode, 0);
        QVERIFY(qw::test::imageDifference(QImage(compared).copy(map), QImage(plain).copy(map)) > 1);
        const auto saved = storedView(project, QStringLiteral("Bezirke"));
        QVERIFY(saved);
        const QStringList keys {QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03")};
        QCOMPARE(saved->comparison, keys);
        QStringList selected = saved->selectedAreas;
        selected.sort();
        QCOMPARE(selected, keys);
        // When a view saved with Stadtbezirke selected (and no comparison) is opened
        qw::SavedView view;
        view.selectedAreas = {QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03")};
        qw::SavedView mixed = view;
        mixed.selectedAreas << QStringLiteral("0101");
        {
            auto store = qw::ProjectStore::open(project);
            store->writeView(QStringLiteral("Auswahl"), qw::SavedViewArchive::write(view),
                             int(qw::SavedView::kVersion));
            store->writeView(QStringLiteral("Gemischt"), qw::SavedViewArchive::write(mixed),
                             int(qw::SavedView::kVersion));
        }
        const QString fromView = m_home.filePath(QStringLiteral("auswahl.png"));
        const Run c = run({project, QStringLiteral("--view"), QStringLiteral("Auswahl"),
                           QStringLiteral("--save-view"), QStringLiteral("Auswahl wieder"),
                           QStringLiteral("--screenshot"), fromView},
                          m_home.path());
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        const auto again = storedView(project, QStringLiteral("Auswahl wieder"));
        QVERIFY(again);
        selected = again->selectedAreas;
        selected.sort();
        QCOMPARE(selected, view.selectedAreas);
        // Then the map switches to the Stadtbezirke with them selected, as with --level
        const QString selectedWithLevel = m_home.filePath(QStringLiteral("auswahl-level.png"));
        const Run d = run({project, QStringLiteral("--level"), QStringLiteral("Stadtbezirk"),
                           QStringLiteral("--view"), QStringLiteral("Auswahl"),
                           QStringLiteral("--screenshot"), selectedWithLevel},
                          m_home.path());
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        QCOMPARE(QImage(fromView).copy(map), QImage(selectedWithLevel).copy(map));
        QVERIFY(qw::test::imageDifference(QImage(fromView).copy(map), QImage(plain).copy(map)) > 1);
        // A view with areas of two levels is refused, naming them
        const Run e = run({project, QStringLiteral("--view"), QStringLiteral("Gemischt"),
                           QStringLiteral("--screenshot"), fromView},
                          m_home.path());
        QCOMPARE(e.exitCode, 1);
        QVERIFY2(e.err.contains(QStringLiteral("0101")), qPrintable(e.err));
    }
};

QTEST_GUILESS_MAIN(TestViewsCli)
#include "test_views_cli.moc"
