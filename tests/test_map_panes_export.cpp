// The map comparison on paper: linked panes exported on one page (PDF, PNG, SVG).
#include "AreaGeometrySet.h"
#include "ChoroplethRenderer.h"
#include "ImageSupport.h"
#include "MapLayout.h"
#include "MapPaneChoice.h"
#include "MapPanesLayout.h"
#include "Project.h"
#include "ProjectMap.h"
#include "SharedLegend.h"
#include "TestSupport.h"

#include <QGuiApplication>
#include <QImage>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace qw;

namespace {

// Distinct saturated colours (class colours, not the greys of text and outlines) in a part
// of an image.
int coloursIn(const QImage &image, const QRect &part)
{
    QSet<QRgb> colours;
    for (int y = part.top(); y < part.bottom(); ++y)
        for (int x = part.left(); x < part.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()})
                > 40)
                colours.insert(c.rgb());
        }
    return int(colours.size());
}

} // namespace

class TestMapPanesExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    std::unique_ptr<ProjectMap> m_map;
    QString m_indicator;
    QString m_other;
    QStringList m_periods;
    const QLocale m_locale {QLocale::English, QLocale::UnitedKingdom};

    std::vector<MapSnapshot> snapshots(const QStringList &words) const
    {
        QList<MapPaneChoice> panes;
        const QString error =
            MapPaneChoice::resolve(words, *m_project, m_indicator, m_periods.last(), &panes);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        ProjectMap::View base;
        base.indicator = m_indicator;
        std::vector<MapSnapshot> out;
        for (const MapPaneChoice &pane : panes)
            out.push_back(m_map->snapshot(pane.view(base), m_locale));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = test::openSmallCity(m_dir);
        for (const Indicator &ind : m_project->indicators())
            if (m_project->periods(ind.key).size() >= 3 && m_indicator.isEmpty())
                m_indicator = ind.key;
            else if (m_other.isEmpty() && !m_project->periods(ind.key).isEmpty())
                m_other = ind.key;
        QVERIFY(!m_indicator.isEmpty() && !m_other.isEmpty());
        m_periods = m_project->periods(m_indicator);
        m_map = std::make_unique<ProjectMap>(m_project, QStringLiteral("sozialraum"));
    }

    void periodsShareOneLegendWithCountsPerMap()
    {
        // Given one indicator in its first and latest period (classes pooled over periods)
        const auto maps = snapshots({m_periods.first(), m_periods.last()});
        QVERIFY(MapPanesLayout::sharesClasses(maps));
        // When the panes are exported as PDF
        const QString pdf = m_dir.filePath(QStringLiteral("periods.pdf"));
        QCOMPARE(MapLayout::exportFile(pdf, maps, m_map->areas()->bounds(), m_locale), QString());
        // Then the page names the indicator and both periods, with one legend whose class
        // rows appear once (not once per map)
        const QString text = test::pdfText(pdf, {QStringLiteral("-layout")});
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed: scripts/deps.sh");
        QVERIFY2(text.contains(maps.front().caption.title), qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("Periods compared: %1, %2").arg(m_periods.first(), m_periods.last())));
        QCOMPARE(text.count(QStringLiteral("Legend")), 1);
        for (const LegendEntry &e : maps.front().choropleth->legend(m_locale))
            if (e.kind == LegendEntry::Kind::Class)
                QVERIFY2(text.count(e.label) == 1, qPrintable(e.label));
        // and the legend counts each map's areas: every column sums to the areas shown
        std::vector<std::vector<LegendEntry>> entries;
        for (const MapSnapshot &s : maps)
            entries.push_back(s.choropleth->legend(m_locale));
        const SharedLegend legend(QStringLiteral("Legend"), {},
                                  {m_periods.first(), m_periods.last()}, entries,
                                  MapLayout::font(10));
        for (std::size_t map = 0; map < maps.size(); ++map) {
            int sum = 0;
            for (const SharedLegend::Row &row : legend.rows())
                sum += row.counts[map];
            QCOMPARE(sum, int(m_project->areasOfLevel(QStringLiteral("sozialraum")).size()));
        }
    }

    void differentIndicatorsGetALegendEach()
    {
        // Given two indicators side by side (their classes differ)
        const auto maps = snapshots(
            {m_indicator + QLatin1Char('@') + m_periods.last(), m_other + QLatin1Char('@')});
        QVERIFY(!MapPanesLayout::sharesClasses(maps));
        const QString pdf = m_dir.filePath(QStringLiteral("indicators.pdf"));
        QCOMPARE(MapLayout::exportFile(pdf, maps, m_map->areas()->bounds(), m_locale), QString());
        // Then each map is titled by its indicator and period and has its own legend
        const QString text = test::pdfText(pdf, {QStringLiteral("-layout")});
        QVERIFY(text.contains(QStringLiteral("Map comparison")));
        for (const MapSnapshot &s : maps) {
            QVERIFY2(text.contains(s.caption.title), qPrintable(s.caption.title));
            QVERIFY(text.contains(s.choropleth->period()));
        }
        QCOMPARE(text.count(QStringLiteral("Legend")), 2);
    }

    void pngAndSvgShowEveryPane()
    {
        // Given four panes (2 x 2)
        const auto maps = snapshots({m_periods[0], m_periods[1], m_periods[2], m_periods[0]});
        // When exported as PNG, every quarter of the page holds a coloured map
        const QString png = m_dir.filePath(QStringLiteral("four.png"));
        QCOMPARE(MapLayout::exportFile(png, maps, m_map->areas()->bounds(), m_locale, 72),
                 QString());
        const QImage image(png);
        QCOMPARE(image.size(), MapLayout::kPageSize.toSize());
        // (the maps lie left of the shared legend, below the title: sample the middle of
        // each cell of the 2 x 2 grid)
        const double left = image.width() * 0.035, right = image.width() * 0.75;
        const double top = image.height() * 0.15, bottom = image.height() * 0.93;
        for (int i = 0; i < 4; ++i) {
            const QPoint centre(int(left + (i % 2 + 0.5) * (right - left) / 2),
                                int(top + (i / 2 + 0.5) * (bottom - top) / 2));
            const QRect middle(centre - QPoint(40, 30), QSize(80, 60));
            QVERIFY2(
                coloursIn(image, middle) >= 3,
                qPrintable(
                    QStringLiteral("pane %1: %2 colours").arg(i).arg(coloursIn(image, middle))));
        }
        // and the SVG carries every pane's period as text
        const QString svg = m_dir.filePath(QStringLiteral("four.svg"));
        QCOMPARE(MapLayout::exportFile(svg, maps, m_map->areas()->bounds(), m_locale), QString());
        const QString svgText = QString::fromUtf8(test::fileBytes(svg));
        for (const QString &period : m_periods)
            QVERIFY2(svgText.contains(period), qPrintable(period));
    }

    void theExtentIsTheOneGiven()
    {
        // Given a zoomed-in extent (the planner's view on screen), the page shows that part:
        // it differs from the page of the full extent
        const auto maps = snapshots({m_periods.first(), m_periods.last()});
        Bounds full = m_map->areas()->bounds();
        Bounds part;
        part.include(full.minX, full.minY);
        part.include(full.minX + full.width() / 3, full.minY + full.height() / 3);
        const QString a = m_dir.filePath(QStringLiteral("full.png"));
        const QString b = m_dir.filePath(QStringLiteral("part.png"));
        QCOMPARE(MapLayout::exportFile(a, maps, full, m_locale, 72), QString());
        QCOMPARE(MapLayout::exportFile(b, maps, part, m_locale, 72), QString());
        QVERIFY(test::imageDifference(QImage(a), QImage(b)) > 1);
    }
};

QTEST_MAIN(TestMapPanesExport)
#include "test_map_panes_export.moc"
