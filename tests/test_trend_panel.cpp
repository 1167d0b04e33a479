// The trend of the selected areas as a planner meets it: the chart leaves gaps where values
// are not shown and marks them, the panel beside the map follows the shared selection and
// the shown indicator, and the printed profile carries a trend chart per key indicator.
#include "AreaReports.h"
#include "AreaTableModel.h"
#include "DemoCityGenerator.h"
#include "DerivedIndicators.h"
#include "IndexFixtures.h"
#include "IndexIndicators.h"
#include "IndexRecipe.h"
#include "MainWindow.h"
#include "ProjectStore.h"
#include "Recipe.h"
#include "TestSupport.h"
#include "TrendChart.h"
#include "TrendFixtures.h"
#include "TrendModel.h"
#include "TrendPanel.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace qw;

namespace {

// Whether a pixel is near a colour (antialiased lines blend into the white ground).
bool near(QRgb pixel, const QColor &colour, int tolerance = 30)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance
        && std::abs(qGreen(pixel) - colour.green()) <= tolerance
        && std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

// How many pixels of a column of the image, from top to bottom, are near a colour.
int countInColumn(const QImage &image, int x, int top, int bottom, const QColor &colour)
{
    int n = 0;
    for (int y = std::max(0, top); y <= std::min(image.height() - 1, bottom); ++y)
        n += near(image.pixel(x, y), colour) ? 1 : 0;
    return n;
}

} // namespace

class TestTrendPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("QuartierswerkstattTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_trend_panel"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QStandardPaths::setTestModeEnabled(true);
    }

    void chartBreaksTheLineAtAGapAndMarksIt()
    {
        // Given A (suppressed in 2023) and B (a value in every year) of the fixture
        const auto project = test::writeTrendFixture(m_dir.filePath(QStringLiteral("t.gpkg")));
        TrendModel model;
        model.setTrend(project, QStringLiteral("poverty"), QStringLiteral("sr"),
                       {QStringLiteral("A"), QStringLiteral("B")}, true, QLocale(QLocale::German));
        // When the chart is painted
        QImage image(600, 320, QImage::Format_RGB32);
        image.fill(Qt::white);
        TrendChart::Options o;
        o.font = QFont(QStringLiteral("DejaVu Sans"), 9);
        o.lineWidth = 2;
        const QRectF rect(0, 0, 600, 320);
        {
            QPainter p(&image);
            TrendChart::paint(p, rect, model, o);
        }
        const TrendChart::Geometry g = TrendChart::geometry(model, rect, o);
        const int top = int(g.plot.top()), bottom = int(g.plot.bottom());
        // Then no line of A crosses the years beside its gap, while B's line does
        const QColor a = TrendChart::areaColour(0), b = TrendChart::areaColour(1);
        for (const double x : {(g.x(0) + g.x(1)) / 2, (g.x(1) + g.x(2)) / 2}) {
            QCOMPARE(countInColumn(image, int(x), top, bottom, a), 0);
            QVERIFY(countInColumn(image, int(x), top, bottom, b) > 0);
        }
        // And A's values on both sides of the gap are drawn as dots
        QVERIFY(countInColumn(image, int(g.x(0)), int(g.y(10)) - 3, int(g.y(10)) + 3, a) > 0);
        // And the gap carries A's mark under the 2023 axis label
        int marks = 0;
        for (int x = int(g.x(1)) - 12; x <= int(g.x(1)) + 12; ++x)
            marks += countInColumn(image, x, bottom + 1, int(g.legend.top()) - 1, a);
        QVERIFY(marks > 0);
        // And B has no mark: it has no gap
        int bMarks = 0;
        for (int x = int(g.x(1)) - 12; x <= int(g.x(1)) + 12; ++x)
            bMarks += countInColumn(image, x, bottom + 1, int(g.legend.top()) - 1, b);
        QCOMPARE(bMarks, 0);
    }

    void panelFollowsTheSelectionAndTheIndicator()
    {
        const QString path = m_dir.filePath(QStringLiteral("window.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(path);
        MainWindow window;
        QVERIFY(window.openProject(path, nullptr, false));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<TrendPanel *>();
        QVERIFY(panel);
        auto *trendDock = window.findChild<QDockWidget *>(QStringLiteral("trendDock"));
        QVERIFY(trendDock && trendDock->isVisible());
        QCOMPARE(window.dockWidgetArea(trendDock), Qt::RightDockWidgetArea);
        // Given no area selected: the city and the band of the shown indicator
        QCOMPARE(panel->model().indicatorKey(), window.currentIndicator());
        QCOMPARE(panel->model().areaRows(), 0);
        QCOMPARE(panel->model().columnCount(),
                 window.project()->periods(window.currentIndicator()).size());
        // When three areas are selected (as a click and two Ctrl+clicks on the map do)
        const auto project = window.project();
        QStringList keys;
        for (int i : project->areasOfLevel(window.currentLevel()))
            if (keys.size() < 3)
                keys << project->areas()[std::size_t(i)].key;
        window.selectAreas(keys);
        // Then each has its line, in the order of the selection
        const QStringList drawn = panel->model().areaKeys();
        QCOMPARE(drawn.size(), 3);
        QCOMPARE(QSet<QString>(drawn.begin(), drawn.end()),
                 QSet<QString>(keys.begin(), keys.end()));
        QVERIFY2(panel->headline().contains(QLatin1Char('3')), qPrintable(panel->headline()));
        // And the map's period is the shaded column
        const QStringList periods = panel->model().periods();
        QCOMPARE(panel->shownColumn(), int(periods.indexOf(window.currentPeriod())));
        QVERIFY(window.setPeriod(periods.first()));
        QCOMPARE(panel->shownColumn(), 0);
        // And the values of a period name every line and the band
        const QString values = panel->valuesText(0, QStringLiteral("\n"));
        QCOMPARE(values.split(QLatin1Char('\n')).size(), 1 + 3 + 1 + 1);
        QVERIFY(values.startsWith(periods.first()));

        // When another indicator is shown
        QString other;
        for (const Indicator &i : project->indicators())
            if (i.key != window.currentIndicator() && project->periods(i.key).size() > 1) {
                other = i.key;
                break;
            }
        QVERIFY(!other.isEmpty());
        QVERIFY(window.setIndicator(other));
        // Then the panel draws it for the same areas
        QCOMPARE(panel->model().indicatorKey(), other);
        QCOMPARE(panel->model().areaRows(), 3);

        // When the band is switched to the quartiles
        auto *band = panel->findChild<QComboBox *>();
        QVERIFY(band);
        band->setCurrentIndex(band->findData(int(TrendModel::Band::Interquartile)));
        // Then the model's band follows
        QCOMPARE(panel->model().band(), TrendModel::Band::Interquartile);

        // When the selection is cleared, only the city and the band remain
        window.selectAreas({});
        QCOMPARE(panel->model().areaRows(), 0);

        // And View > Trend hides and shows the panel
        QAction *toggle = trendDock->toggleViewAction();
        QVERIFY(!toggle->shortcut().isEmpty());
        toggle->trigger();
        QVERIFY(!trendDock->isVisible());
        toggle->trigger();
        QVERIFY(trendDock->isVisible());
    }

    void aChangeMapShowsTheTrendOfWhatChanged()
    {
        // Given the demo city with the change of child poverty over two years
        const QString path = m_dir.filePath(QStringLiteral("change.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(path);
        {
            auto store = ProjectStore::open(path);
            QString error;
            QVERIFY2(DerivedIndicators(*store).define(
                         QStringLiteral("cp_change"), QStringLiteral("Veränderung"),
                         QStringLiteral("Change"),
                         *Recipe::parse(QStringLiteral("change(child_poverty, 2)"), nullptr),
                         &error)
                         > 0,
                     qPrintable(error));
        }
        MainWindow window;
        QVERIFY(window.openProject(path, nullptr, false));
        auto *panel = window.findChild<TrendPanel *>();
        QVERIFY(panel);
        // When the map shows the change at its last period
        QVERIFY(window.setIndicator(QStringLiteral("cp_change")));
        const QString last = window.project()->periods(QStringLiteral("cp_change")).last();
        QVERIFY(window.setPeriod(last));
        // Then the lines are child poverty itself over all its years, the shown year shaded
        QCOMPARE(panel->model().indicatorKey(), QStringLiteral("child_poverty"));
        const QStringList periods = window.project()->periods(QStringLiteral("child_poverty"));
        QCOMPARE(panel->model().columnCount(), periods.size());
        QCOMPARE(panel->shownColumn(), int(periods.indexOf(last)));
    }

    void classesOfAnIndexShowTheTrendOfTheIndex()
    {
        // Given the demo city with a needs index and its dynamics
        const QString path = m_dir.filePath(QStringLiteral("index.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(path);
        const QString defined =
            test::defineIndex(path, QStringLiteral("si"), QStringLiteral("Index"),
                              "index(+sgb2_rate, +child_poverty; weights=1,1; dynamics=change:1)");
        QVERIFY2(defined.isEmpty(), qPrintable(defined));
        MainWindow window;
        QVERIFY(window.openProject(path, nullptr, false));
        auto *panel = window.findChild<TrendPanel *>();
        QVERIFY(panel);
        // When the map shows the groups, the status classes or the dynamics classes
        // Then the lines are the index's own values (class codes are no amounts)
        const std::pair<const char *, const char *> cases[] = {{"si_group", "si"},
                                                               {"si_class", "si"},
                                                               {"si_dynamics_class", "si_dynamics"},
                                                               {"si", "si"}};
        for (const auto &[shown, drawn] : cases) {
            QVERIFY(window.setIndicator(QString::fromLatin1(shown)));
            QCOMPARE(panel->model().indicatorKey(), QString::fromLatin1(drawn));
        }
    }

    void profileDrawsATrendChartPerKeyIndicator()
    {
        // Given the small demo city and one of its areas
        const auto project = test::openSmallCity(m_dir);
        const QString level = project->finestLevel();
        const QString key = project->areas()[std::size_t(project->areasOfLevel(level).front())].key;
        AreaReports::Settings s;
        s.levelKey = level;
        s.german = false;
        s.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        // When its profile is printed
        const ReportDocument doc = AreaReports::profile(project, key, s);
        const QString pdf = m_dir.filePath(QStringLiteral("profile.pdf"));
        QCOMPARE(doc.writePdf(pdf), QString());
        const QString text = test::pdfText(pdf);
        if (text.isEmpty())
            QSKIP("pdftotext is not installed");
        // Then it has the trends' section with every period of the demo on the axes
        QVERIFY(text.contains(QStringLiteral("Trends of the key indicators")));
        QVERIFY(text.contains(QStringLiteral("Range of the level")));
        const QString poverty = project->defaultIndicator();
        for (const QString &period : project->periods(poverty))
            QVERIFY2(text.count(period) >= 3, qPrintable(period));
    }
};

QTEST_MAIN(TestTrendPanel)
#include "test_trend_panel.moc"
