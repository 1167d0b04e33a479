#pragma once

#include "DemoCityGenerator.h"
#include "Project.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

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
