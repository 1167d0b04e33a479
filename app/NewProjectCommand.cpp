#include "NewProjectCommand.h"

#include "NewProjectFromLayer.h"
#include "CommandLine.h"
#include "Crs.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace qw {

int runNewProjectCommand(const CommandLine &cl)
{
    QTextStream out(stdout);
    try {
        if (QFileInfo::exists(cl.newProject))
            throw StoreError(
                StoreErrorKind::InvalidInput,
                QCoreApplication::translate("qw::NewProjectCommand",
                                            "%1 exists already; choose a new file name.")
                    .arg(cl.newProject));
        const int epsg = cl.crs.isEmpty() ? 0 : Crs::parseEpsg(cl.crs);
        if (!cl.crs.isEmpty() && epsg == 0)
            throw StoreError(StoreErrorKind::InvalidInput,
                             QCoreApplication::translate("qw::NewProjectCommand",
                                                         "--crs takes EPSG:number, not \"%1\".")
                                 .arg(cl.crs));
        AreaLayerSource source(cl.areasFile);
        const AreaLayerSource::Layer *layer = source.layer(cl.areasLayer);
        if (!layer)
            throw StoreError(StoreErrorKind::InvalidInput,
                             cl.areasLayer.isEmpty()
                                 ? QCoreApplication::translate("qw::NewProjectCommand",
                                                               "%1 has no polygon layer.")
                                       .arg(cl.areasFile)
                                 : QCoreApplication::translate("qw::NewProjectCommand",
                                                               "%1 has no layer \"%2\".")
                                       .arg(cl.areasFile, cl.areasLayer));
        const QString key =
            cl.keyField.isEmpty() ? AreaLayerSource::guessKeyField(*layer) : cl.keyField;
        const QString name =
            cl.nameField.isEmpty() ? AreaLayerSource::guessNameField(*layer) : cl.nameField;
        NewProjectOptions options;
        options.city = cl.city;
        options.layerName = layer->name;
        options.keyField = key;
        options.nameField = name;
        options.levelName = cl.levelName.isEmpty() ? QStringLiteral("Sozialraum") : cl.levelName;
        options.targetEpsg = epsg;
        options.duplicates = duplicateKeysFromCode(cl.duplicateKeys).value_or(DuplicateKeys::Fail);
        const NewProjectReport report =
            createProjectFromLayer(cl.newProject, cl.areasFile, options);
        out << QCoreApplication::translate(
                   "qw::NewProjectCommand",
                   "Created %1: %2 areas from layer \"%3\" (key field %4, name field %5).")
                   .arg(cl.newProject)
                   .arg(report.areasWritten)
                   .arg(layer->name, key, name)
            << '\n';
        out << QCoreApplication::translate("qw::NewProjectCommand", "Coordinate system: %1")
                   .arg(report.crs.explanation())
            << '\n';
        if (!report.duplicates.isEmpty()) {
            out << QCoreApplication::translate("qw::NewProjectCommand",
                                               "Duplicate keys (--duplicate-keys %1): %2")
                       .arg(cl.duplicateKeys)
                       .arg(report.duplicates.size())
                << '\n';
            for (const QString &line : report.duplicates)
                out << "  " << line << '\n';
        }
        if (!report.repaired.isEmpty()) {
            out << QCoreApplication::translate("qw::NewProjectCommand",
                                               "Repaired invalid geometries (%1):")
                       .arg(report.repaired.size())
                << '\n';
            for (const QString &line : report.repaired)
                out << "  " << line << '\n';
        }
        return 0;
    } catch (const StoreError &e) {
        out.flush();
        std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(e.fullText()));
        return 1;
    }
}

} // namespace qw
