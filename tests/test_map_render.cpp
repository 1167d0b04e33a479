#include "AreaGeometrySet.h"
#include "ChoroplethRenderer.h"
#include "ImageSupport.h"
#include "MapLayout.h"
#include "MapRenderJob.h"
#include "MapRenderer.h"
#include "Project.h"
#include "TestSupport.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>

#include <cmath>

using namespace qw;

namespace { } // namespace

class TestMapRender : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    std::shared_ptr<const AreaGeometrySet> m_areas;

    MapSnapshot snapshot(const QString &classification)
    {
        MapSnapshot s;
        s.areas = m_areas;
        const QString key = QStringLiteral("child_poverty");
        const auto values = m_project->values(key, m_project->periods(key).last());
        std::vector<double> v;
        for (int r = 0; r < m_areas->count(); ++r)
            v.push_back(values->values[m_areas->projectIndex(r)]);
        ChoroplethRenderer::Settings settings;
        settings.classification = classification;
        s.choropleth = std::make_shared<ChoroplethRenderer>(*m_project->indicator(key), values,
                                                            *m_areas, v, settings);
        s.landmarks = std::make_shared<std::vector<Landmark>>(m_project->landmarks());
        s.facilities = std::make_shared<std::vector<Facility>>(m_project->facilities());
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = test::openSmallCity(m_dir);
        m_areas = std::make_shared<AreaGeometrySet>(m_project, QStringLiteral("sozialraum"));
    }

    void rendersAReadableChoropleth()
    {
        const MapSnapshot s = snapshot(QStringLiteral("quantile"));
        const auto t = MapTransform::fit(m_areas->bounds(), QSize(400, 300));
        const QImage image = MapRenderer::renderImage(s, t, 1.0);
        QCOMPARE(image.size(), QSize(400, 300));
        // Every class colour appears in the picture
        const QSet<QRgb> colours = test::sampledColours(image);
        for (const QColor &c : s.choropleth->colors())
            QVERIFY2(colours.contains(c.rgb()), qPrintable(c.name()));
    }

    void matchesTheReferenceImage_data()
    {
        QTest::addColumn<QString>("classification");
        for (const char *id : {"quantile", "equal", "jenks", "stddev", "pretty"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void matchesTheReferenceImage()
    {
        QFETCH(QString, classification);
        const auto t = MapTransform::fit(m_areas->bounds(), QSize(400, 300));
        const QImage image = MapRenderer::renderImage(snapshot(classification), t, 1.0);
        QW_COMPARE_WITH_REFERENCE(image, QStringLiteral("render_") + classification);
    }

    void renderJobRunsOffTheGuiThreadAndCanBeCancelled()
    {
        const auto t = MapTransform::fit(m_areas->bounds(), QSize(300, 200));
        MapRenderJob job(snapshot(QStringLiteral("quantile")), t, 2.0);
        QSignalSpy finished(&job, &MapRenderJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        const QImage image = finished.first().first().value<QImage>();
        QCOMPARE(image.size(), QSize(600, 400)); // high-DPI: device pixels
        QCOMPARE(image.devicePixelRatio(), 2.0);

        MapRenderJob cancelled(snapshot(QStringLiteral("quantile")), t, 1.0);
        QSignalSpy none(&cancelled, &MapRenderJob::finished);
        cancelled.start();
        cancelled.cancel();
        cancelled.waitForFinished();
        QCoreApplication::processEvents();
        QCOMPARE(none.count(), 0);
    }

    void exportsLookAlikeInEveryFormat()
    {
        QTemporaryDir out;
        MapSnapshot s = snapshot(QStringLiteral("quantile"));
        s.caption.title = QStringLiteral("Kinderarmut");
        s.caption.source = QStringLiteral("Quelle: Testdaten");
        const QLocale locale(QLocale::German);
        // PNG at the chosen resolution: A4 landscape at 100 dpi
        const QString png = out.filePath(QStringLiteral("map.png"));
        QCOMPARE(MapLayout::exportFile(png, s, m_areas->bounds(), locale, 100), QString());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1169, 826));
        // the map is in it: every class colour appears
        const QSet<QRgb> colours = test::sampledColours(image);
        for (const QColor &c : s.choropleth->colors())
            QVERIFY2(colours.contains(c.rgb()), qPrintable(c.name()));
        // SVG: a drawing with the title as text
        const QString svg = out.filePath(QStringLiteral("map.svg"));
        QCOMPARE(MapLayout::exportFile(svg, s, m_areas->bounds(), locale), QString());
        const QByteArray svgText = test::fileBytes(svg);
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("Kinderarmut"));
        // PDF: one A4 page
        const QString pdf = out.filePath(QStringLiteral("map.pdf"));
        QCOMPARE(MapLayout::exportFile(pdf, s, m_areas->bounds(), locale), QString());
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
        // and an SVG viewer shows the same page as the PNG
        QSvgRenderer viewer(svg);
        QVERIFY(viewer.isValid());
        const QString png72 = out.filePath(QStringLiteral("map72.png"));
        QCOMPARE(MapLayout::exportFile(png72, s, m_areas->bounds(), locale, 72), QString());
        const QImage reference(png72);
        QImage drawn(reference.size(), QImage::Format_ARGB32_Premultiplied);
        drawn.fill(Qt::white);
        QPainter painter(&drawn);
        viewer.render(&painter, QRectF(QPointF(0, 0), QSizeF(reference.size())));
        painter.end();
        const double diff = test::imageDifference(drawn, reference);
        QVERIFY2(diff < 6, qPrintable(QStringLiteral("SVG and PNG differ by %1").arg(diff)));
        // An unknown format is refused and writes nothing
        const QString bad = out.filePath(QStringLiteral("map.docx"));
        QVERIFY(MapLayout::exportFile(bad, s, m_areas->bounds(), locale).contains(bad));
        QVERIFY(!QFile::exists(bad));
    }

    void hitTestFindsTheAreaUnderAPoint()
    {
        for (int row = 0; row < m_areas->count(); ++row) {
            const QPointF p = m_areas->labelPoint(row);
            QCOMPARE(m_areas->hitTest(p.x(), p.y()), row);
        }
        const Bounds &b = m_areas->bounds();
        QCOMPARE(m_areas->hitTest(b.minX - 1000, b.minY - 1000), -1);
    }
};

QTEST_MAIN(TestMapRender)
#include "test_map_render.moc"
