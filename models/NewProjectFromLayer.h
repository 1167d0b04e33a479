#pragma once

#include "AreaLayerSource.h"

#include <QString>
#include <QStringList>

namespace qw {

struct NewProjectOptions
{
    QString layerName; // empty: the first polygon layer
    QString keyField;
    QString nameField;
    QString levelName;
    int targetEpsg = 0; // 0: chosen by AreaLayerSource::crsDecision()
    DuplicateKeys duplicates = DuplicateKeys::Fail;
    QString duplicateAdvice {}; // empty: the command line's (--duplicate-keys first|suffix)
    // The city's name, e.g. "Berlin": a table's row of that name is the city's total.
    QString city {};
};

// What createProjectFromLayer() did, as the import log's record "areas" keeps it.
struct NewProjectReport
{
    long long featuresRead = 0;
    long long areasWritten = 0;
    Crs::Decision crs;
    QStringList repaired;
    QStringList duplicates;
    QString text; // the log's report: counts, duplicates, repairs, the CRS with its source WKT
};

// Creates a project whose areas are one layer of a vector file (--new, the New Project
// dialog) and logs it in the import log (kind "areas"). Throws StoreError naming the file
// and feature; the target is then not created.
NewProjectReport createProjectFromLayer(const QString &targetPath, const QString &sourcePath,
                                        const NewProjectOptions &options);
// The same with default options; returns the repaired-geometry notes.
QStringList createProjectFromLayer(const QString &targetPath, const QString &sourcePath,
                                   const QString &layerName, const QString &keyField,
                                   const QString &nameField, const QString &levelName,
                                   int targetEpsg = 0);

} // namespace qw
