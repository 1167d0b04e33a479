// Small multiples on paper: a map per period on one page, one legend, the city's line.
#include "AreaGeometrySet.h"
#include "AxisTicks.h"
#include "ChoroplethRenderer.h"
#include "Project.h"
#include "ProjectMap.h"
#include "SeriesLayout.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

using namespace qw;

class TestSeriesLayout : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    QString m_indicator;
    const QLocale m_locale {QLocale::English, QLocale::UnitedKingdom};

private Q_SLOTS:
    void initTestCase()
    {
        m_project = test::openSmallCity(m_dir);
        for (const Indicator &ind : m_project->indicators())
            if (m_project->periods(ind.key).size() >= 3) {
                m_indicator = ind.key;
                break;
            }
        QVERIFY(!m_indicator.isEmpty());
    }

    void theGridShowsTheMapsLargest()
    {
        // Ten square maps in a 600 x 400 box: 4 columns give cells of 150 x 133 (maps 133
        // wide), 5 columns 120 x 200 (120), 3 columns 200 x 100 (100)
        QCOMPARE(SeriesLayout::columnsFor(10, 1.0, QSizeF(600, 400)), 4);
        // Four maps in a wide strip go in one row; one map in one column
        QCOMPARE(SeriesLayout::columnsFor(4, 1.0, QSizeF(800, 200)), 4);
        QCOMPARE(SeriesLayout::columnsFor(1, 1.5, QSizeF(300, 300)), 1);
        // Tall maps in a wide box: more columns than for wide maps
        QVERIFY(SeriesLayout::columnsFor(6, 0.5, QSizeF(600, 400))
                > SeriesLayout::columnsFor(6, 2.0, QSizeF(600, 400)));
    }

    void onePageNamesEveryPeriodAndTheCityLine()
    {
        // Given every period of an indicator, with the city's value in each but one
        const ProjectMap map(m_project, m_project->finestLevel());
        ProjectMap::View view;
        view.indicator = m_indicator;
        SeriesLayout::Series series = SeriesLayout::collect(map, *m_project, view, m_locale);
        const QStringList periods = m_project->periods(m_indicator);
        QCOMPARE(int(series.maps.size()), int(periods.size()));
        QCOMPARE(series.city.size(), series.maps.size());
        for (std::size_t i = 0; i < series.maps.size(); ++i) {
            QCOMPARE(series.maps[i].choropleth->period(), periods[int(i)]);
            QVERIFY(!series.maps[i].showFacilities);
            QCOMPARE(series.city[i],
                     *m_project->cityValue(m_indicator, periods[int(i)], map.levelKey()));
        }
        const double gap = series.city[1];
        series.city[1] = std::numeric_limits<double>::quiet_NaN();
        // When written as PDF
        const QString pdf = m_dir.filePath(QStringLiteral("series.pdf"));
        QCOMPARE(SeriesLayout::exportFile(pdf, series, map.areas()->bounds(), m_locale), QString());
        // Then one page holds the title, every period and the pooled classes once each
        const QString text = test::pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed: scripts/deps.sh");
        QCOMPARE(test::pdfText(pdf, {QStringLiteral("-f"), QStringLiteral("2")}), QString());
        QVERIFY(text.contains(series.maps.front().caption.title));
        QVERIFY(text.contains(QStringLiteral("%1 to %2: %3 maps")
                                  .arg(periods.first(), periods.last())
                                  .arg(periods.size())));
        for (const QString &period : periods)
            QVERIFY2(text.count(period) >= 2, qPrintable(period)); // over the map and on the line
        for (const LegendEntry &e : series.maps.front().choropleth->legend(m_locale))
            if (e.kind == LegendEntry::Kind::Class)
                QCOMPARE(text.count(e.label), 1);
        // and the city's line gives each value it has, and none where it has none
        const Indicator &ind = series.maps.front().choropleth->indicator();
        QVERIFY(text.contains(QStringLiteral("The city over the periods")));
        QVERIFY2(text.contains(ind.format(series.city.front(), m_locale)), qPrintable(text));
        QVERIFY(text.contains(ind.format(series.city.back(), m_locale)));
        if (std::abs(gap - series.city.front()) > 0.05 && std::abs(gap - series.city.back()) > 0.05)
            QVERIFY(!text.contains(ind.format(gap, m_locale)));

        // And the city's line has a value axis of round ticks, in the unit, over the periods
        QVERIFY2(text.contains(QStringLiteral("The city over the periods (%1 to %2), in %3")
                                   .arg(periods.first(), periods.last(), ind.unitName(false))),
                 qPrintable(text));
        double lo = INFINITY, hi = -INFINITY;
        for (double v : series.city)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        const std::vector<double> ticks = AxisTicks::round(lo, hi, 3);
        QVERIFY(ticks.size() >= 2);
        const QString layout = test::pdfText(pdf, {QStringLiteral("-layout")});
        for (double t : ticks) {
            const QString label = m_locale.toString(t, 'f', t == std::round(t) ? 0 : 1);
            QVERIFY2(
                layout.contains(QRegularExpression(
                    QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(label)))),
                qPrintable(label));
        }

        // A single period is no series: refused with the reason, and nothing written
        series.maps.resize(1);
        series.city.resize(1);
        const QString one = m_dir.filePath(QStringLiteral("one.pdf"));
        const QString error =
            SeriesLayout::exportFile(one, series, map.areas()->bounds(), m_locale);
        QVERIFY2(error.contains(periods.first()) && error.contains(QStringLiteral("one period")),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(one));
    }
};

QTEST_MAIN(TestSeriesLayout)
#include "test_series_layout.moc"
