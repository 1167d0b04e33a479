#include "NewProjectFromLayer.h"

#include "ImportLog.h"
#include "ProjectStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace qw {

namespace {

// The same translation context as AreaLayerSource's messages, whose step this is.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(qw::AreaLayerSource)
};

QString reportText(const QString &sourcePath, const QString &layerName, const NewProjectOptions &o,
                   const NewProjectReport &r)
{
    QStringList lines;
    lines << Text::tr("%1, layer \"%2\": %n feature(s) read", nullptr, int(r.featuresRead))
                 .arg(QFileInfo(sourcePath).fileName(), layerName);
    lines << Text::tr("  areas written: %n (level \"%1\", key field %2, name field %3)", nullptr,
                      int(r.areasWritten))
                 .arg(o.levelName.trimmed(), o.keyField, o.nameField);
    lines << Text::tr("  duplicate keys (--duplicate-keys %1): %n handled", nullptr,
                      int(r.duplicates.size()))
                 .arg(duplicateKeysCode(o.duplicates));
    for (const QString &d : r.duplicates)
        lines << QStringLiteral("    ") + d;
    lines << Text::tr("  repaired geometries: %n", nullptr, int(r.repaired.size()));
    for (const QString &g : r.repaired)
        lines << QStringLiteral("    ") + g;
    lines << Text::tr("  coordinate system: %1").arg(r.crs.explanation());
    lines << Text::tr("  source coordinate system (WKT): %1")
                 .arg(r.crs.sourceWkt.isEmpty() ? Text::tr("none") : r.crs.sourceWkt);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

NewProjectReport createProjectFromLayer(const QString &targetPath, const QString &sourcePath,
                                        const NewProjectOptions &o)
{
    AreaLayerSource source(sourcePath);
    const QString levelName = o.levelName.trimmed();
    const QString levelKey = levelName.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    AreaLayerSource::ReadOptions readOptions;
    readOptions.duplicates = o.duplicates;
    readOptions.duplicateAdvice = !o.duplicateAdvice.isEmpty()
        ? o.duplicateAdvice
        : Text::tr("To create the project anyway, add --duplicate-keys first "
                   "(the first feature keeps the key, later ones are left "
                   "out) or --duplicate-keys suffix (later ones get KEY-2, "
                   "KEY-3, ...).");
    AreaLayerSource::Result result =
        source.read(o.layerName, o.keyField, o.nameField, levelKey, o.targetEpsg, readOptions);
    const QString layerName = source.layer(o.layerName)->name;

    NewProjectReport report;
    report.featuresRead = result.featuresRead;
    report.areasWritten = qint64(result.areas.size());
    report.crs = result.crs;
    report.repaired = result.repaired;
    report.duplicates = result.duplicates;
    report.text = reportText(sourcePath, layerName, o, report);

    ImportRecord record;
    record.kind = QStringLiteral("areas");
    record.fileName = QFileInfo(sourcePath).fileName();
    record.sha256 = ImportLog::sha256(sourcePath);
    record.rowsRead = result.featuresRead;
    record.rowsMatched = report.areasWritten;
    record.rowsRejected = result.featuresLeftOut;
    record.report = report.text;
    const QJsonObject settings {
        {QStringLiteral("layer"), layerName},
        {QStringLiteral("keyField"), o.keyField},
        {QStringLiteral("nameField"), o.nameField},
        {QStringLiteral("level"), levelName},
        {QStringLiteral("duplicateKeys"), duplicateKeysCode(o.duplicates)},
        {QStringLiteral("requestedCrs"),
         o.targetEpsg > 0 ? QStringLiteral("EPSG:%1").arg(o.targetEpsg) : QString()},
        {QStringLiteral("crs"), QStringLiteral("EPSG:%1").arg(result.srsId)},
        {QStringLiteral("sourceCrsWkt"), result.crs.sourceWkt},
    };

    ProjectMetadata meta;
    meta.city = o.city.trimmed();
    // The city's name where it was given (the window's and the reports' title), else the
    // file's name.
    meta.title = meta.city.isEmpty() ? QFileInfo(targetPath).completeBaseName() : meta.city;
    meta.srsId = result.srsId;
    meta.generator = QStringLiteral("Imported from %1").arg(QFileInfo(sourcePath).fileName());
    ProjectStore::create(targetPath, meta, [&](ProjectStore &store) {
        store.writeLevels({{levelKey, levelName, levelName, 0}});
        store.writeAreas(result.areas);
        store.imports().add(
            record, QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    });
    return report;
}

QStringList createProjectFromLayer(const QString &targetPath, const QString &sourcePath,
                                   const QString &layerName, const QString &keyField,
                                   const QString &nameField, const QString &levelName,
                                   int targetEpsg)
{
    NewProjectOptions options;
    options.layerName = layerName;
    options.keyField = keyField;
    options.nameField = nameField;
    options.levelName = levelName;
    options.targetEpsg = targetEpsg;
    return createProjectFromLayer(targetPath, sourcePath, options).repaired;
}

} // namespace qw
