// Film frames of the time slider: the areas traced once and recoloured for the next
// period, against the full render of that period; what makes the trace stale; and the
// map widget showing a frame rendered ahead.
#include "AreaGeometrySet.h"
#include "AreaRaster.h"
#include "ChoroplethRenderer.h"
#include "ImageSupport.h"
#include "MapRenderer.h"
#include "MapWidget.h"
#include "Project.h"
#include "ProjectMap.h"
#include "TestSupport.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace qw;

namespace {

// How many pixels differ, and by how much at most (in any channel).
struct PixelDifference
{
    int pixels = 0;
    int most = 0;
};

PixelDifference pixelDifference(const QImage &a, const QImage &b)
{
    PixelDifference d;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int most =
                std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                          std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
            if (most > 0) {
                ++d.pixels;
                d.most = std::max(d.most, most);
            }
        }
    return d;
}

} // namespace

class TestFilmFrames : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    std::unique_ptr<ProjectMap> m_map;
    QStringList m_periods;

    MapSnapshot frame(const QString &period) const
    {
        ProjectMap::View view;
        view.indicator = QStringLiteral("child_poverty");
        view.period = period;
        return m_map->snapshot(view, QLocale(QLocale::German));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = test::openSmallCity(m_dir);
        m_map = std::make_unique<ProjectMap>(m_project, QStringLiteral("sozialraum"));
        m_periods = m_project->periods(QStringLiteral("child_poverty"));
        QVERIFY(m_periods.size() >= 2);
    }

    void recolouredFrameIsTheFullRenderOfItsPeriod_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("1x") << qreal(1.0);
        QTest::newRow("2x") << qreal(2.0);
    }

    void recolouredFrameIsTheFullRenderOfItsPeriod()
    {
        QFETCH(qreal, dpr);
        // Given the first period's frame, which traces the areas
        const MapTransform t = MapTransform::fit(m_map->areas()->bounds(), QSize(600, 400));
        const MapSnapshot first = frame(m_periods.first());
        std::shared_ptr<const AreaRaster> raster;
        const QImage traced = MapRenderer::renderFrame(first, t, dpr, raster);
        QVERIFY(raster);
        // (tracing draws exactly the full render)
        QCOMPARE(traced, MapRenderer::renderImage(first, t, dpr));
        const std::shared_ptr<const AreaRaster> kept = raster;

        // When the last period's frame follows in the same view
        const MapSnapshot last = frame(m_periods.last());
        const QImage film = MapRenderer::renderFrame(last, t, dpr, raster);

        // Then it recoloured the trace instead of tracing again
        QCOMPARE(raster, kept);
        const QImage still = MapRenderer::renderImage(last, t, dpr);
        QCOMPARE(film.size(), still.size());
        QCOMPARE(film.devicePixelRatio(), dpr);
        // and the colours did change between the periods
        const PixelDifference change = pixelDifference(traced, still);
        QVERIFY2(change.pixels > still.width() * still.height() / 20,
                 qPrintable(QString::number(change.pixels)));
        // and it is the full render of its period but for a few pixels where three areas
        // meet, and there only slightly
        const PixelDifference d = pixelDifference(film, still);
        QVERIFY2(d.pixels <= still.width() * still.height() / 1000,
                 qPrintable(QStringLiteral("%1 pixels differ").arg(d.pixels)));
        QVERIFY2(d.most <= 32, qPrintable(QStringLiteral("by up to %1").arg(d.most)));
        QVERIFY(test::imageDifference(film, still) < 0.05);
    }

    void anAreaSuppressedInOnePeriodOnly()
    {
        // Given a trace of the first period, in which every area has its colour
        const MapTransform t = MapTransform::fit(m_map->areas()->bounds(), QSize(600, 400));
        const MapSnapshot first = frame(m_periods.first());
        std::shared_ptr<const AreaRaster> raster;
        MapRenderer::renderFrame(first, t, 1.0, raster);
        const std::shared_ptr<const AreaRaster> kept = raster;
        // When in the next frame a few areas are suppressed (QPainter hatches them)
        const QString key = QStringLiteral("child_poverty");
        auto values = std::make_shared<AreaValues>(*m_project->values(key, m_periods.last()));
        const AreaGeometrySet &areas = *first.areas;
        for (int row = 0; row < areas.count(); row += 7)
            values->status[std::size_t(areas.projectIndex(row))] = ValueStatus::Suppressed;
        MapSnapshot hatched = frame(m_periods.last());
        hatched.choropleth = std::make_shared<ChoroplethRenderer>(
            first.choropleth->indicator(), values, areas,
            m_project->pooledValues(key, QStringLiteral("sozialraum")),
            first.choropleth->settings());
        QVERIFY(hatched.choropleth->brush(0).style() != Qt::SolidPattern);
        const QImage film = MapRenderer::renderFrame(hatched, t, 1.0, raster);
        // Then the trace still serves, and only the borders around those areas may differ
        QCOMPARE(raster, kept);
        const QImage still = MapRenderer::renderImage(hatched, t, 1.0);
        QVERIFY2(test::imageDifference(film, still) < 0.5,
                 qPrintable(QString::number(test::imageDifference(film, still))));
        // And back: the areas hatched when traced get their colours in a later frame
        raster.reset();
        MapRenderer::renderFrame(hatched, t, 1.0, raster);
        const QImage back = MapRenderer::renderFrame(first, t, 1.0, raster);
        QVERIFY2(test::imageDifference(back, MapRenderer::renderImage(first, t, 1.0)) < 0.5,
                 "areas hatched when traced");
    }

    void aChangedViewTracesAgain()
    {
        // Given a trace of the first period
        const MapTransform t = MapTransform::fit(m_map->areas()->bounds(), QSize(600, 400));
        const MapSnapshot last = frame(m_periods.last());
        std::shared_ptr<const AreaRaster> raster;
        MapRenderer::renderFrame(frame(m_periods.first()), t, 1.0, raster);
        const std::shared_ptr<const AreaRaster> kept = raster;
        QVERIFY(kept);
        const MapTransform panned(t.centre() + QPointF(7 * t.unitsPerPixel(), 0), t.unitsPerPixel(),
                                  t.size(), t.xScale());
        const MapTransform zoomed(t.centre(), t.unitsPerPixel() / 1.5, t.size(), t.xScale());
        const MapTransform resized = t.resized(QSize(500, 400));
        for (const auto &[name, view, dpr] :
             {std::tuple {"panned", panned, 1.0}, std::tuple {"zoomed", zoomed, 1.0},
              std::tuple {"resized", resized, 1.0}, std::tuple {"sharper", t, 2.0}}) {
            // When the next frame has another view or device pixel ratio
            raster = kept;
            const QImage image = MapRenderer::renderFrame(last, view, dpr, raster);
            // Then the old trace does not fit: it traces again, the exact full render
            QVERIFY2(raster && raster != kept, name);
            QVERIFY2(!kept->fits(last.areas.get(), view, dpr), name);
            QVERIFY2(image == MapRenderer::renderImage(last, view, dpr), name);
        }
        // and other areas (another level) do not fit either
        const auto other =
            std::find_if(m_project->levels().begin(), m_project->levels().end(),
                         [](const AreaLevel &l) { return l.key != QStringLiteral("sozialraum"); });
        QVERIFY(other != m_project->levels().end());
        ProjectMap districts(m_project, other->key);
        QVERIFY(!kept->fits(districts.areas().get(), t, 1.0));
        QVERIFY(kept->fits(last.areas.get(), t, 1.0));
    }

    void mapShowsTheFrameRenderedAhead()
    {
        // Given a map playing the film, showing the first period
        MapWidget map;
        map.resize(600, 400);
        map.setFilm(true);
        map.setSnapshot(frame(m_periods.first()), true);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QVERIFY(QTest::qWaitFor([&] { return map.isUpToDate(); }, 10000));
        // When the next period is rendered ahead and then shown
        const MapSnapshot next = frame(m_periods.at(1));
        map.renderAhead(next);
        QVERIFY(QTest::qWaitFor([&] { return map.hasFrameAhead(); }, 10000));
        QSignalSpy shown(&map, &MapWidget::renderFinished);
        map.setSnapshot(next, false);
        // Then it is on screen at once, without another render
        QCOMPARE(shown.count(), 1);
        QVERIFY(map.isUpToDate());
        QVERIFY(!map.isRendering());

        // When a snapshot of the same view built again (not the one rendered ahead) follows
        map.renderAhead(frame(m_periods.first()));
        QSignalSpy rendered(&map, &MapWidget::renderFinished);
        map.setSnapshot(frame(m_periods.first()), false);
        // Then it is rendered as usual: shown when its job is done
        QCOMPARE(rendered.count(), 0);
        QVERIFY(rendered.wait(10000));

        // When the film stops, the recoloured frame is rendered again as a still
        QSignalSpy still(&map, &MapWidget::renderFinished);
        map.setFilm(false);
        QCOMPARE(still.count(), 0);
        QVERIFY(still.wait(10000));
    }
};

QTEST_MAIN(TestFilmFrames)
#include "test_film_frames.moc"
