// Map legends as a planner reads them: the key to the facility symbols, the bivariate
// grid's grey and hatched areas, on screen and in the exported page.
#include "AreaGeometrySet.h"
#include "BivariateRenderer.h"
#include "ChoroplethRenderer.h"
#include "ImageSupport.h"
#include "MapLayout.h"
#include "MapLegends.h"
#include "MapRenderer.h"
#include "ProjectMap.h"
#include "TestSupport.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTest>

#include <cmath>

using namespace qw;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// The legend stack of a snapshot painted alone, on white.
QImage legendImage(const MapSnapshot &s, const QLocale &locale)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    const auto blocks = MapLegends::build(s, QStringLiteral("Legend"), QString(), font, locale);
    const QSizeF size = MapLegends::stackSize(blocks, 8);
    QImage image(size.toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    MapLegends::paintStack(p, QPointF(1, 1), blocks, 8);
    return image;
}

int pixelsOf(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == colour.rgb();
    return n;
}

} // namespace

class TestLegends : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    std::shared_ptr<const AreaGeometrySet> m_areas;

    MapSnapshot snapshot(ProjectMap::Overlay overlay = ProjectMap::Overlay::None)
    {
        const ProjectMap map(m_project, QStringLiteral("sozialraum"));
        ProjectMap::View view;
        view.indicator = QStringLiteral("child_poverty");
        view.overlay = overlay;
        view.overlayIndicator = QStringLiteral("transition_gym");
        return map.snapshot(view, QLocale(QLocale::English));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = test::openSmallCity(m_dir);
        m_areas = std::make_shared<AreaGeometrySet>(m_project, QStringLiteral("sozialraum"));
    }

    void facilityKeyListsTheKindsShown()
    {
        // Given the small city's facilities on the map
        MapSnapshot s = snapshot();
        QVERIFY(s.facilities && !s.facilities->empty());
        int schools = 0;
        for (const Facility &f : *s.facilities)
            schools += f.kind == FacilityKind::School;
        QVERIFY(schools > 0);
        // Then the legend has a block more than the classes: the facility key, with the
        // schools and their count
        const auto entries = MapLegends::facilityEntries(s);
        QVERIFY(!entries.empty());
        const auto school = std::find_if(entries.begin(), entries.end(), [](const LegendEntry &e) {
            return e.facility == FacilityKind::School;
        });
        QVERIFY(school != entries.end());
        QCOMPARE(school->label, QStringLiteral("Schools"));
        QCOMPARE(school->count, schools);
        QFont font(QStringLiteral("DejaVu Sans"));
        QCOMPARE(MapLegends::build(s, QString(), QString(), font, QLocale()).size(), size_t(2));
        // and the key draws the school symbol in the map's colour
        QVERIFY(
            pixelsOf(legendImage(s, QLocale()), MapRenderer::facilityColor(FacilityKind::School))
            > 20);
        // When schools are hidden, they leave the key; when all facilities are, the key goes
        s.facilityKinds[std::size_t(FacilityKind::School)] = false;
        for (const LegendEntry &e : MapLegends::facilityEntries(s))
            QVERIFY(e.facility != FacilityKind::School);
        QCOMPARE(
            pixelsOf(legendImage(s, QLocale()), MapRenderer::facilityColor(FacilityKind::School)),
            0);
        s.showFacilities = false;
        QVERIFY(MapLegends::facilityEntries(s).empty());
        QCOMPARE(MapLegends::build(s, QString(), QString(), font, QLocale()).size(), size_t(1));
    }

    void exportedPageNamesTheFacilities()
    {
        // Given a map with facilities, exported as PDF
        const QString pdf = m_dir.filePath(QStringLiteral("facilities.pdf"));
        QCOMPARE(MapLayout::exportFile(pdf, snapshot(), m_areas->bounds(), QLocale()), QString());
        // Then the page's text carries the key
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed");
        QVERIFY2(text.contains(QStringLiteral("Facilities")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Schools")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Kitas")), qPrintable(text));
    }

    void bivariateLegendExplainsGreyAndHatching()
    {
        // Given two indicators of which one area is suppressed and one missing
        const Indicator &a = *m_project->indicator(QStringLiteral("child_poverty"));
        const Indicator &b = *m_project->indicator(QStringLiteral("transition_gym"));
        AreaValues first = *m_project->values(a.key, m_project->periods(a.key).last());
        AreaValues second = *m_project->values(b.key, m_project->periods(b.key).last());
        for (AreaValues *v : {&first, &second})
            for (std::size_t i = 0; i < v->values.size(); ++i)
                if (std::isnan(v->values[i])) {
                    v->values[i] = 1; // every area with a value first
                    v->status[i] = ValueStatus::Ok;
                }
        const std::size_t suppressed = m_areas->projectIndex(0), missing = m_areas->projectIndex(1);
        first.values[suppressed] = std::nan("");
        first.status[suppressed] = ValueStatus::Suppressed;
        second.values[missing] = std::nan("");
        second.status[missing] = ValueStatus::Missing;
        MapSnapshot s;
        s.areas = m_areas;
        s.bivariate = std::make_shared<BivariateRenderer>(a, first, b, second, *m_areas);
        // Then the legend has a row for each, with the hatched and the grey swatch
        const auto rows = s.bivariate->statusLegend();
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].kind, LegendEntry::Kind::Missing);
        QCOMPARE(rows[0].count, 1);
        QCOMPARE(rows[0].brush, ChoroplethRenderer::missingBrush());
        QCOMPARE(rows[1].kind, LegendEntry::Kind::Suppressed);
        QCOMPARE(rows[1].count, 1);
        QCOMPARE(rows[1].brush.style(), ChoroplethRenderer::suppressedBrush().style());
        QVERIFY2(rows[1].label.startsWith(QStringLiteral("suppressed in either indicator")),
                 qPrintable(rows[1].label));
        // and the exported page explains the hatching in words
        const QString pdf = m_dir.filePath(QStringLiteral("bivariate.pdf"));
        QCOMPARE(MapLayout::exportFile(pdf, s, m_areas->bounds(), QLocale()), QString());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("suppressed in either indicator")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("no data")), qPrintable(text));
        // The legend looks as it was approved (tests/data/legend_bivariate.png)
        s.facilities = std::make_shared<std::vector<Facility>>(m_project->facilities());
        QW_COMPARE_WITH_REFERENCE(legendImage(s, QLocale(QLocale::English)),
                                  QStringLiteral("legend_bivariate"));
    }

    void choroplethLegendLooksAsApproved()
    {
        // The classes and the facility key, as tests/data/legend_choropleth.png shows them
        QW_COMPARE_WITH_REFERENCE(legendImage(snapshot(), QLocale(QLocale::English)),
                                  QStringLiteral("legend_choropleth"));
    }
};

QTEST_MAIN(TestLegends)
#include "test_legends.moc"
