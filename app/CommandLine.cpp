#include "CommandLine.h"

#include "Classification.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace qw {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "qw::CommandLine",
        "Quartierswerkstatt: maps and comparisons of education indicators by Sozialraum."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("PROJECT.gpkg"),
        QCoreApplication::translate("qw::CommandLine", "Project file to open."),
        QStringLiteral("[PROJECT.gpkg]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("qw::CommandLine",
                                                              "Open the demo city Musterstadt "
                                                              "(generated on first use)."));
    const QCommandLineOption indicator(
        QStringLiteral("indicator"),
        QCoreApplication::translate("qw::CommandLine", "Indicator to show."),
        QStringLiteral("KEY"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    QCoreApplication::translate("qw::CommandLine",
                                                                "Period to show (default: the "
                                                                "latest)."),
                                    QStringLiteral("P"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("qw::CommandLine",
                                    "Render the window at 1600x1000, save it as PNG and "
                                    "exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption listIndicators(
        QStringLiteral("list-indicators"),
        QCoreApplication::translate("qw::CommandLine",
                                    "Print key, name, unit and periods of each "
                                    "indicator (tab-separated) and exit."));
    const QCommandLineOption listAreas(
        QStringLiteral("list-areas"),
        QCoreApplication::translate("qw::CommandLine",
                                    "Print key, name and level of each area "
                                    "(tab-separated) and exit."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("qw::CommandLine",
                                                                  "User interface language: de "
                                                                  "or en (default: the "
                                                                  "system's)."),
                                      QStringLiteral("de|en"));
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("qw::CommandLine", text);
    };
    const QCommandLineOption newProject(
        QStringLiteral("new"),
        tr("Create a new project from an area layer (with --areas) and exit."),
        QStringLiteral("PROJECT.gpkg"));
    const QCommandLineOption areas(QStringLiteral("areas"),
                                   tr("Area layer for --new: GeoPackage, Shapefile, GeoJSON, GML."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   tr("Layer of the area file (default: its first polygon layer)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("Field with the area key (default: guessed)."),
                                 QStringLiteral("FIELD"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("Field with the area name (default: guessed)."),
                                  QStringLiteral("FIELD"));
    const QCommandLineOption level(QStringLiteral("level"),
                                   tr("Name of the area level (default: Sozialraum)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption crs(QStringLiteral("crs"),
                                 tr("Project coordinate system (default: the layer's)."),
                                 QStringLiteral("EPSG:N"));
    const QCommandLineOption exportMap(
        QStringLiteral("export-map"),
        tr("Write the map (title, legend, scale bar, source) as PNG, SVG or PDF and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption classification(
        QStringLiteral("classification"),
        tr("Classification: quantile, equal, jenks, stddev or pretty (default: quantile)."),
        QStringLiteral("METHOD"));
    const QCommandLineOption classes(QStringLiteral("classes"),
                                     tr("Number of classes, 2 to 9 (default: 5)."),
                                     QStringLiteral("N"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 tr("Resolution of PNG exports (default: 150)."),
                                 QStringLiteral("DPI"));
    parser.addOptions({demo, indicator, period, screenshot, listIndicators, listAreas, language,
                       newProject, areas, layer, key, name, level, crs, exportMap, classification,
                       classes, dpi});
    parser.process(arguments);

    CommandLine cl;
    cl.demo = parser.isSet(demo);
    cl.indicator = parser.value(indicator);
    cl.period = parser.value(period);
    cl.screenshot = parser.value(screenshot);
    cl.language = parser.value(language).toLower();
    cl.listIndicators = parser.isSet(listIndicators);
    cl.listAreas = parser.isSet(listAreas);
    cl.newProject = parser.value(newProject);
    cl.exportMap = parser.value(exportMap);
    cl.classification = parser.value(classification).toLower();
    cl.areasFile = parser.value(areas);
    cl.areasLayer = parser.value(layer);
    cl.keyField = parser.value(key);
    cl.nameField = parser.value(name);
    cl.levelName = parser.value(level);
    cl.crs = parser.value(crs);
    const QStringList positional = parser.positionalArguments();
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
        std::exit(2);
    };
    if (positional.size() > 1)
        fail(QCoreApplication::translate("qw::CommandLine", "only one project file can be opened"));
    if (!positional.isEmpty())
        cl.projectPath = positional.first();
    if (cl.demo && !cl.projectPath.isEmpty())
        fail(
            QCoreApplication::translate("qw::CommandLine", "give either a project file or --demo"));
    if (!cl.language.isEmpty() && cl.language != QLatin1String("de")
        && cl.language != QLatin1String("en"))
        fail(QCoreApplication::translate("qw::CommandLine", "--language takes de or en"));
    auto number = [&](const QCommandLineOption &option, int lo, int hi, int fallback) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int v = parser.value(option).toInt(&ok);
        if (!ok || v < lo || v > hi)
            fail(tr("--%1 takes a whole number from %2 to %3")
                     .arg(option.names().first())
                     .arg(lo)
                     .arg(hi));
        return v;
    };
    cl.classes = number(classes, 2, 9, 0);
    cl.dpi = number(dpi, 36, 1200, 150);
    if (!cl.classification.isEmpty()
        && !ClassificationRegistry::instance().method(cl.classification)) {
        QStringList ids;
        for (const ClassificationMethod *m : ClassificationRegistry::instance().methods())
            ids << m->id();
        fail(tr("unknown classification \"%1\" (choose %2)")
                 .arg(cl.classification, ids.join(QStringLiteral(", "))));
    }
    if (!cl.exportMap.isEmpty() && cl.projectPath.isEmpty() && !cl.demo)
        fail(tr("--export-map needs a project file or --demo"));
    if (!cl.newProject.isEmpty() && cl.areasFile.isEmpty())
        fail(tr("--new needs --areas FILE"));
    if ((cl.listIndicators || cl.listAreas) && cl.projectPath.isEmpty() && !cl.demo)
        fail(QCoreApplication::translate("qw::CommandLine",
                                         "--list-indicators and --list-areas need a project "
                                         "file or --demo"));
    return cl;
}

bool CommandLine::wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strcmp(argv[i], "--export-map") == 0)
            return true;
    return false;
}

bool CommandLine::wantsConsoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *opt : {"--list-indicators", "--list-areas", "--new", "--help", "-h",
                                "--version", "-v", "--help-all"})
            if (std::strcmp(argv[i], opt) == 0)
                return true;
    }
    return false;
}

} // namespace qw
