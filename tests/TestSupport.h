#pragma once

#include "DemoCityGenerator.h"
#include "Project.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include <cmath>

namespace qw::test {

// The shared open data folder (../shared/data by default), or an empty string when it is
// absent (a user's clone): tests that need it QSKIP with the reason.
inline QString sharedDataDir()
{
    const QString dir = QStringLiteral(QW_SHARED_DATA_DIR);
    return QDir(dir).exists() ? dir : QString();
}

// A small demo city for fast tests (same generator as the real demo).
inline DemoCityGenerator::Options smallCity(int areas = 39)
{
    DemoCityGenerator::Options o;
    o.areaCount = areas;
    o.districtCount = std::max(1, areas / 3);
    o.verticesPerArea = 40;
    o.facilityCount = 60;
    o.periodCount = 3;
    return o;
}

// Writes the small demo city into dir and opens it.
inline std::shared_ptr<Project> openSmallCity(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    DemoCityGenerator(smallCity()).writeProject(path);
    return Project::open(path);
}

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

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The text of a PDF as a viewer reads it (pdftotext from poppler-utils, which
// scripts/deps.sh installs); empty when it cannot be read.
inline QString pdfText(const QString &pdf, const QStringList &options = {})
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), QStringList(options) << pdf << QStringLiteral("-"));
    if (!text.waitForFinished(30000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
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
