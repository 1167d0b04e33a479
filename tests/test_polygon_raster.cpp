// The map's own polygon rasteriser: coverage, holes, bands, borders between areas.
#include "PolygonRaster.h"

#include <QTest>

#include <cmath>

using namespace qw;

namespace {

struct Canvas
{
    QImage image;
    std::vector<quint32> ids;
    explicit Canvas(QSize size)
        : image(size, QImage::Format_ARGB32_Premultiplied)
        , ids(std::size_t(size.width()) * std::size_t(size.height()), 0)
    {
        image.fill(0);
    }
    PolygonRaster raster(const QRect &clip)
    {
        return PolygonRaster(image.bits(), image.bytesPerLine(), ids.data(), image.size(), clip);
    }
    double coverage() const
    {
        double sum = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                sum += qAlpha(image.pixel(x, y)) / 255.0;
        return sum;
    }
};

double shoelace(const QPolygonF &p)
{
    double a = 0;
    for (int i = 0; i < p.size(); ++i)
        a += p[i].x() * p[(i + 1) % p.size()].y() - p[(i + 1) % p.size()].x() * p[i].y();
    return std::abs(a) / 2;
}

const QRgb kRed = qRgba(255, 0, 0, 255);

} // namespace

class TestPolygonRaster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coverageIsTheArea()
    {
        // Given a slanted hexagon with fractional corners
        Canvas c(QSize(40, 30));
        const QPolygonF hexagon {{5.3, 3.7},   {20.6, 2.2},  {33.1, 10.9},
                                 {30.4, 25.3}, {12.2, 27.8}, {3.1, 15.5}};
        // When it is filled
        c.raster(c.image.rect()).fill({hexagon}, kRed, 1);
        // Then the summed coverage is its area, the inside is solid and owned by it,
        // and the outside untouched
        QVERIFY2(std::abs(c.coverage() - shoelace(hexagon)) < 0.01 * shoelace(hexagon),
                 qPrintable(QString::number(c.coverage())));
        QCOMPARE(c.image.pixel(18, 15), kRed);
        QCOMPARE(c.ids[15 * 40 + 18], 1u);
        QCOMPARE(c.image.pixel(1, 1), 0u);
        QCOMPARE(c.ids[1 * 40 + 1], 0u);
        // An edge pixel is partly covered
        const int edge = qAlpha(c.image.pixel(3, 15));
        QVERIFY(edge > 0 && edge < 255);
    }

    void holesStayEmptyWhateverTheirOrientation()
    {
        for (const bool reversed : {false, true}) {
            Canvas c(QSize(30, 30));
            const QPolygonF outer {{2, 2}, {28, 2}, {28, 28}, {2, 28}};
            QPolygonF hole {{10, 10}, {20, 10}, {20, 20}, {10, 20}};
            if (reversed)
                std::reverse(hole.begin(), hole.end());
            c.raster(c.image.rect()).fill({outer, hole}, kRed, 7);
            QCOMPARE(c.image.pixel(15, 15), 0u);
            QCOMPARE(c.image.pixel(5, 15), kRed);
            QVERIFY(std::abs(c.coverage() - (26.0 * 26.0 - 100.0)) < 0.5);
        }
    }

    void bandsMakeTheSamePicture()
    {
        // A polygon that crosses the band boundary, partly outside the image on the left
        const QPolygonF shape {{-6.5, 4.2}, {25.3, 1.1}, {37.7, 33.4}, {8.8, 38.6}};
        Canvas whole(QSize(32, 40));
        whole.raster(whole.image.rect()).fill({shape}, kRed, 3);
        Canvas banded(QSize(32, 40));
        banded.raster(QRect(0, 0, 32, 17)).fill({shape}, kRed, 3);
        banded.raster(QRect(0, 17, 32, 23)).fill({shape}, kRed, 3);
        QCOMPARE(banded.image, whole.image);
        QCOMPARE(banded.ids, whole.ids);
        // The left edge of the image is inside the shape where the shape covers it
        QCOMPARE(whole.image.pixel(0, 10), kRed);
    }

    void bordersWhereAreasMeet()
    {
        // Given two rectangles side by side sharing x = 10, and a tiny area without border
        Canvas c(QSize(24, 12));
        auto r = c.raster(c.image.rect());
        r.fill({QPolygonF {{2, 2}, {10, 2}, {10, 10}, {2, 10}}}, qRgba(0, 0, 255, 255), 1);
        r.fill({QPolygonF {{10, 2}, {18, 2}, {18, 10}, {10, 10}}}, kRed, 2);
        r.fillRect(QRectF(20, 5, 1, 1), kRed, 3 | PolygonRaster::kNoBorder);
        // When the borders are drawn in white
        r.drawBorders(qRgba(255, 255, 255, 255));
        // Then both pixels at the seam are lightened, the middles are not
        const QRgb leftOfSeam = c.image.pixel(9, 6), rightOfSeam = c.image.pixel(10, 6);
        QVERIFY(qRed(leftOfSeam) > 100 && qBlue(leftOfSeam) == 255);
        QVERIFY(qGreen(rightOfSeam) > 100 && qRed(rightOfSeam) == 255);
        QCOMPARE(c.image.pixel(5, 6), qRgba(0, 0, 255, 255));
        QCOMPARE(c.image.pixel(14, 6), kRed);
        // the outline against the background is drawn too, the tiny area keeps its colour
        QVERIFY(qGreen(c.image.pixel(2, 6)) > 100);
        QCOMPARE(c.image.pixel(20, 5), kRed);
    }
};

QTEST_GUILESS_MAIN(TestPolygonRaster)
#include "test_polygon_raster.moc"
