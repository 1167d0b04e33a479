#pragma once

// Image checks for the tests of maps and exports (QtGui); the models' tests do without.

#include <QImage>
#include <QSet>
#include <QString>
#include <QTest>

#include <cmath>

namespace qw::test {

// The colours of every second pixel of image (enough to find every class of a map).
inline QSet<QRgb> sampledColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return colours;
}

// Mean absolute difference per colour channel of two images, 0..255 (255 when their
// sizes differ).
inline double imageDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    if (x.size() != y.size())
        return 255;
    double sum = 0;
    for (int r = 0; r < x.height(); ++r) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(r));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(r));
        for (int c = 0; c < x.width(); ++c)
            sum += std::abs(qRed(p[c]) - qRed(q[c])) + std::abs(qGreen(p[c]) - qGreen(q[c]))
                + std::abs(qBlue(p[c]) - qBlue(q[c]));
    }
    return sum / (3.0 * x.width() * x.height());
}

} // namespace qw::test

// Compares image with the stored reference tests/data/NAME.png within a small mean
// difference (antialiasing may differ slightly between Qt builds). With
// QW_UPDATE_REFERENCES set it writes the reference instead and skips.
#define QW_COMPARE_WITH_REFERENCE(image, name)                                                    \
    do {                                                                                          \
        const QString qwPath =                                                                    \
            QStringLiteral(QW_TEST_DATA_DIR "/") + (name) + QStringLiteral(".png");               \
        if (qEnvironmentVariableIsSet("QW_UPDATE_REFERENCES")) {                                  \
            QVERIFY((image).save(qwPath));                                                        \
            QSKIP("reference image written");                                                     \
        }                                                                                         \
        const QImage qwExpected(qwPath);                                                          \
        QVERIFY2(!qwExpected.isNull(),                                                            \
                 qPrintable(                                                                      \
                     QStringLiteral("missing %1; run with QW_UPDATE_REFERENCES=1").arg(qwPath))); \
        const double qwDiff = qw::test::imageDifference((image), qwExpected);                     \
        QVERIFY2(qwDiff < 1.5,                                                                    \
                 qPrintable(QStringLiteral("%1: mean difference %2").arg(qwPath).arg(qwDiff)));   \
    } while (false)
