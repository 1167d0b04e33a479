#include "CommandLine.h"

#include "Classification.h"
#include "ColorRamp.h"
#include "ImportTypes.h"
#include "IndexCommand.h"
#include "ManualBreaks.h"
#include "SensitivityCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

#include <cstdio>
#include <cstring>

namespace qw {

namespace {

// lupdate files the messages of parse() under "qw::CommandLine" but those of the helpers
// below under "qw": look in both, or a German planner reads English errors.
QString tr(const char *text)
{
    const QString source = QString::fromUtf8(text);
    const QString t = QCoreApplication::translate("qw::CommandLine", text);
    return t != source ? t : QCoreApplication::translate("qw", text);
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
    std::exit(2);
}

QCommandLineOption option(const char *name, const QString &help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), help);
}

int number(const QCommandLineParser &parser, const QString &name, int lo, int hi, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < lo || v > hi)
        fail(tr("--%1 takes a whole number from %2 to %3").arg(name).arg(lo).arg(hi));
    return v;
}

// One of a fixed set of words (parse returns nullopt for others), or fail listing them.
template<typename T>
T choice(const QCommandLineParser &parser, const QString &name, const QStringList &words,
         std::optional<T> (*parse)(const QString &), T fallback)
{
    if (!parser.isSet(name))
        return fallback;
    const QString value = parser.value(name).toLower();
    if (const auto result = parse(value))
        return *result;
    fail(tr("--%1 takes %2, not \"%3\"").arg(name, words.join(QStringLiteral(", ")), value));
}

// --breaks 10,20,30 (alone it means --classification manual); whether the breaks lie inside
// the data is checked once the project is open (ProjectMap::check).
void parseBreaks(const QCommandLineParser &parser, ChoroplethRenderer::Settings &c)
{
    const QString name = QStringLiteral("breaks");
    const bool manual = c.classification == QLatin1String("manual");
    if (!parser.isSet(name)) {
        if (manual)
            fail(tr("--classification manual needs --breaks, e.g. --breaks 10,20,30"));
        return;
    }
    if (parser.isSet(QStringLiteral("classification")) && !manual)
        fail(tr("--breaks goes with --classification manual, not with %1").arg(c.classification));
    if (parser.isSet(QStringLiteral("classes")))
        fail(tr("--classes does not go with --breaks: the breaks decide the number of classes"));
    BreakProblem problem;
    std::vector<double> breaks = ManualBreaks::parseList(parser.value(name), &problem);
    if (problem.isEmpty())
        problem = ManualBreaks::checkOrder(breaks, QLocale::c());
    if (!problem.isEmpty())
        fail(QStringLiteral("--breaks: ") + problem.message);
    c.classification = QStringLiteral("manual");
    c.classes = int(breaks.size()) + 1;
    c.breaks = std::move(breaks);
}

void parseView(const QCommandLineParser &parser, CommandLine &cl)
{
    ProjectMap::View &v = cl.view;
    v.indicator = parser.value(QStringLiteral("indicator"));
    v.period = parser.value(QStringLiteral("period"));
    if (parser.isSet(QStringLiteral("classification"))) {
        const QString id = parser.value(QStringLiteral("classification")).toLower();
        if (!ClassificationRegistry::instance().method(id)) {
            QStringList ids;
            for (const ClassificationMethod *m : ClassificationRegistry::instance().methods())
                ids << m->id();
            fail(tr("unknown classification \"%1\" (choose %2)")
                     .arg(id, ids.join(QStringLiteral(", "))));
        }
        v.classification.classification = id;
    }
    // With --index, --classes are the index's (sd:-1,1,1.5), not the map's number.
    const bool index = parser.isSet(QStringLiteral("index"));
    if (!index)
        v.classification.classes =
            number(parser, QStringLiteral("classes"), 2, 9, v.classification.classes);
    parseBreaks(parser, v.classification);
    if (parser.isSet(QStringLiteral("ramp"))) {
        const QString ramp = parser.value(QStringLiteral("ramp"));
        if (!ColorRamp::byId(ramp).isValid()) {
            QStringList ids;
            for (const ColorRamp &r : ColorRamp::all())
                ids << r.id();
            fail(tr("unknown colour scheme \"%1\" (choose %2)")
                     .arg(ramp, ids.join(QStringLiteral(", "))));
        }
        v.classification.ramp = ColorRamp::byId(ramp).id();
    }
    v.overlay = choice(parser, QStringLiteral("overlay"), ProjectMap::overlayWords(),
                       &ProjectMap::overlayFromWord, ProjectMap::Overlay::None);
    v.overlayIndicator = parser.value(QStringLiteral("overlay-indicator"));
    v.title = parser.value(QStringLiteral("title"));
    if ((v.overlay != ProjectMap::Overlay::None) != !v.overlayIndicator.isEmpty())
        fail(tr("--overlay and --overlay-indicator go together"));
    v.labels = choice(parser, QStringLiteral("labels"), ProjectMap::labelWords(),
                      &ProjectMap::labelsFromWord, LabelMode::None);
    if (parser.isSet(QStringLiteral("facilities")) && cl.facilitiesFile.isEmpty()) {
        const QString value = parser.value(QStringLiteral("facilities")).toLower();
        v.facilityKinds = {false, false, false, false};
        v.showFacilities = value != QLatin1String("none");
        const QStringList kinds = value == QLatin1String("all") || value == QLatin1String("none")
            ? QStringList {QStringLiteral("school"), QStringLiteral("kita"),
                           QStringLiteral("youth_centre"), QStringLiteral("other")}
            : value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &k : kinds) {
            const FacilityKind kind = facilityKindFromCode(k.trimmed());
            if (toCode(kind) != k.trimmed())
                fail(tr("--facilities takes all, none or a list of school, kita, youth_centre, "
                        "other; not \"%1\"")
                         .arg(k));
            v.facilityKinds[std::size_t(kind)] = true;
        }
    }
    for (const char *name : {"indicator", "period", "classification", "classes", "breaks", "ramp",
                             "overlay", "overlay-indicator", "labels", "facilities", "title"})
        cl.hasViewOptions |= parser.isSet(QString::fromLatin1(name))
            && !(cl.facilitiesFile.size() && std::strcmp(name, "facilities") == 0)
            && !(index && (std::strcmp(name, "classes") == 0 || std::strcmp(name, "period") == 0));
}

// --allocate KEY and its options; the output file is the last positional argument when it
// ends in .csv, .xlsx or .pdf.
void parseAllocate(const QCommandLineParser &parser, CommandLine &cl, QStringList &positional)
{
    CommandLine::AllocateOptions &a = cl.allocate;
    const auto value = [&](const char *name) {
        return parser.value(QString::fromLatin1(name)).trimmed();
    };
    a.indicator = value("allocate");
    const char *const options[] = {"budget", "unit",   "floor",           "cap",
                                   "per",    "points", "offset",          "need",
                                   "pin",    "whole",  "save-allocation", "previous"};
    if (a.indicator.isEmpty()) {
        for (const char *name : options)
            if (parser.isSet(QString::fromLatin1(name)))
                fail(tr("--%1 goes with --allocate KEY").arg(QLatin1String(name)));
        return;
    }
    a.budget = value("budget");
    if (a.budget.isEmpty())
        fail(tr("--allocate needs --budget N, e.g. --allocate social_index --budget 500000"));
    a.unit = value("unit");
    a.floor = value("floor");
    a.cap = value("cap");
    a.population = value("per");
    a.points = value("points");
    a.offset = value("offset");
    a.need = value("need").toLower();
    a.pins = parser.values(QStringLiteral("pin"));
    a.whole = parser.isSet(QStringLiteral("whole"));
    a.save = value("save-allocation");
    a.previous = value("previous");
    if (!a.points.isEmpty() && (!a.offset.isEmpty() || !a.need.isEmpty()))
        fail(tr("--offset and --need belong to the shifted value, not to --points"));
    if (!positional.isEmpty()) {
        const QString suffix = QFileInfo(positional.last()).suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")
            || suffix == QLatin1String("pdf"))
            a.file = positional.takeLast();
        else if (suffix != QLatin1String("gpkg"))
            fail(tr("--allocate writes .csv, .xlsx or .pdf, not \"%1\"").arg(positional.last()));
    }
    if (a.file.isEmpty() && a.save.isEmpty())
        fail(tr("--allocate needs the output file (.csv, .xlsx or .pdf) or --save-allocation "
                "NAME"));
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Quartierswerkstatt: maps and comparisons of education indicators by Sozialraum."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("Project file to open."),
                                 QStringLiteral("[PROJECT.gpkg]"));
    parser.addOptions({
        option("demo", tr("Open the demo city Musterstadt (generated on first use).")),
        option("indicator", tr("Indicator to show."), "KEY"),
        option("period", tr("Period to show (default: the latest)."), "P"),
        option("classification",
               tr("Classification: quantile, equal, jenks, stddev, pretty or manual (with "
                  "--breaks; default: quantile)."),
               "METHOD"),
        option("classes", tr("Number of classes, 2 to 9 (default: 5)."), "N"),
        option("breaks",
               tr("Manual classes: 1 to 8 rising breaks inside the data, with a decimal point "
                  "(implies --classification manual)."),
               "10,20,30"),
        option("ramp", tr("Colour scheme, e.g. OrRd, Blues, viridis, cividis, RdBu."), "ID"),
        option("overlay", tr("Second indicator as circles or as a bivariate 3x3 map."),
               "circles|bivariate"),
        option("overlay-indicator", tr("The second indicator for --overlay."), "KEY"),
        option("labels", tr("Area labels: none, names or values."), "MODE"),
        option("title", tr("Title of the map (default: the indicator's name)."), "TEXT"),
        option("facilities", tr("Facilities shown: all, none or e.g. school,kita."), "KINDS"),
        option("view", tr("Show the view saved in the project under this name."), "NAME"),
        option("save-view",
               tr("Save what the window shows (after the other options) in the project as a "
                  "view of this name, replacing one of the same name."),
               "NAME"),
        option("compare",
               tr("Compare these areas (2 to 6 keys of one level) with the city; the map "
                  "shows their level."),
               "KEY,KEY,..."),
        option("maps",
               tr("Show 2 to 4 linked maps side by side; each is an indicator key, a period "
                  "of the shown indicator, or KEY@PERIOD. With --export-map all go on one "
                  "page."),
               "A,B,..."),
        option("screenshot", tr("Render the window at 1600x1000, save it as PNG and exit."),
               "FILE.png"),
        option("export-map",
               tr("Write the map (title, legend, scale bar, source) as PNG, SVG or PDF and exit."),
               "FILE"),
        option("export-series",
               tr("Write small multiples of the indicator (one map per period in a grid, one "
                  "legend, the city's value over the periods underneath) on one page as PDF, "
                  "PNG or SVG and exit."),
               "FILE"),
        option("export-frames",
               tr("Write one PNG map page per period of the indicator into the folder DIR "
                  "(created if missing), named KEY_PERIOD.png, for slides, and exit."),
               "DIR"),
        option("dpi", tr("Resolution of PNG exports (default: 150)."), "DPI"),
        option("export-profile",
               tr("Write the profile of one area of any level (key figures, every indicator "
                  "with city value, rank and trend, facilities) as PDF to FILE.pdf and exit."),
               "KEY"),
        option("export-comparison",
               tr("Write the comparison of 2 to 6 areas with the city to FILE (.pdf with "
                  "charts, .csv or .xlsx) and exit."),
               "KEY,KEY,..."),
        option("raw-numbers",
               tr("With --export-comparison to .csv or .xlsx: write values at full precision "
                  "instead of the indicator's decimals.")),
        option("derive",
               tr("Define a derived indicator KEY from the argument \"NAME=formula\" and "
                  "compute it: rate(a, b, 100), change(a, 2), pct_change(a, 2), sum(a, b, ...), "
                  "diff(a, b). NAME is the German name; --name-en gives the English one."),
               "KEY"),
        option("name-en",
               tr("With --derive or --index: the indicator's English name (default: the "
                  "German name, in both languages)."),
               "NAME"),
        option("allocate",
               tr("Split a budget over the areas of a level by the need the indicator KEY "
                  "shows (with --budget) and write the table to FILE (.csv, .xlsx or .pdf with "
                  "the rule in words and a map)."),
               "KEY"),
        option("budget", tr("With --allocate: the budget to split."), "N"),
        option("unit", tr("With --allocate: euro, staff or hours (default: euro)."), "UNIT"),
        option("floor", tr("With --allocate: the least amount per area."), "N"),
        option("cap", tr("With --allocate: the largest amount per area."), "N"),
        option("per",
               tr("With --allocate: multiply the need by this count (e.g. children under 18)."),
               "POP_KEY"),
        option("points",
               tr("With --allocate: points per class of a class indicator, from class 1 up, "
                  "instead of the shifted value."),
               "0,1,2,3"),
        option("offset",
               tr("With --allocate: the need is value - lowest value + this share of the range "
                  "(default: 0.1, also written 10%)."),
               "F"),
        option("need",
               tr("With --allocate: whether a higher or a lower value means more need "
                  "(default: by the indicator's direction)."),
               "higher|lower"),
        option("pin", tr("With --allocate: a fixed amount for one area; repeatable."), "KEY=N"),
        option("whole",
               tr("With --allocate: whole units, rounded by largest remainder so that the parts "
                  "add up to the budget.")),
        option("save-allocation",
               tr("With --allocate: save the allocation in the project under this name."), "NAME"),
        option("previous",
               tr("With --allocate: show the change against the allocation saved under this "
                  "name."),
               "NAME"),
        option("list-indicators",
               tr("Print key, name, unit and periods of each indicator (tab-separated) and exit.")),
        option("list-areas",
               tr("Print key, name and level of each area (tab-separated) and exit.")),
        option("new", tr("Create a new project from an area layer (with --areas) and exit."),
               "PROJECT.gpkg"),
        option("areas", tr("Area layer for --new: GeoPackage, Shapefile, GeoJSON, GML."), "FILE"),
        option("layer", tr("Layer of the area file (default: its first polygon layer)."), "NAME"),
        option("key", tr("Field with the area key (default: guessed)."), "FIELD"),
        option("name", tr("Field with the area name (default: guessed)."), "FIELD"),
        option("level",
               tr("Area level: its name for --new and --add-level (default: Sozialraum); the "
                  "level the map shows otherwise."),
               "NAME"),
        option("crs", tr("Project coordinate system (default: the layer's)."), "EPSG:N"),
        option("city",
               tr("With --new: the city's name (e.g. Berlin); a table's row of that name is "
                  "the city's total."),
               "NAME"),
        option("duplicate-keys",
               tr("With --new: features whose key an earlier feature has stop the import "
                  "(fail, the default), are left out (first) or get KEY-2, KEY-3 (suffix)."),
               "fail|first|suffix"),
        option("language", tr("User interface language: de or en (default: the system's)."),
               "de|en"),
        option("import",
               tr("Import a department table (CSV, XLSX, ODS) into the project, print the report "
                  "and exit. Settings are remembered per --source."),
               "FILE"),
        option("source",
               tr("Name of the delivery, e.g. \"Schulamt Übergänge\" (default: the "
                  "file name without dates)."),
               "NAME"),
        option("department", tr("Department that delivers the table."), "NAME"),
        option("layout",
               tr("Table layout: long, wide-indicator or wide-period (default: guessed)."),
               "LAYOUT"),
        option("value", tr("Value column of a long table."), "FIELD"),
        option("numerator", tr("Numerator column of a long table: the rate is computed."), "FIELD"),
        option("denominator", tr("Denominator column of a long table."), "FIELD"),
        option("columns", tr("Indicator columns (wide-indicator) or period columns (wide-period)."),
               "A,B,..."),
        option("rate", tr("Compute a rate in % from two columns; repeatable."),
               "NAME=NUMERATOR/DENOMINATOR"),
        option("encoding",
               tr("Text encoding: UTF-8, Windows-1252 or ISO-8859-1 (default: "
                  "detected)."),
               "NAME"),
        option("delimiter", tr("Field delimiter: ; , tab or | (default: detected)."), "CHAR"),
        option("decimal", tr("Decimal mark: , or . (default: detected)."), "CHAR"),
        option("sheet",
               tr("Sheet of a workbook, by name or number (default: the first with data)."),
               "NAME|N"),
        option("header-rows",
               tr("Rows of the table's header, 1-based as the spreadsheet numbers them, e.g. "
                  "4-6 (default: detected)."),
               "N[-M]"),
        option("data-rows",
               tr("Rows of the data, e.g. 7-45 or 7- (default: detected; notes below the "
                  "table are passed over)."),
               "N-M"),
        option("accept-suggestions",
               tr("Accept every unique suggestion for keys that match no area (leading zeros, "
                  "names).")),
        option("dry-run", tr("Read and report, but write nothing.")),
        option("undo-import", tr("Undo the project's last import and exit.")),
        option("add-level",
               tr("Add a level of areas (e.g. Stadtbezirke) from a polygon layer, with --level "
                  "NAME, and exit."),
               "FILE"),
        option("parent-key",
               tr("With --add-level: the field holding the key of the enclosing area (default: "
                  "largest overlap)."),
               "FIELD"),
        option("dissolve",
               tr("With --add-level: merge the features that share a key into one area.")),
        option("import-log", tr("Print the project's import log and exit.")),
        option("kind",
               tr("Kind of the facilities: school, kita, youth_centre or other (default: "
                  "from the file name)."),
               "KIND"),
        option("subkind", tr("Field with the facility type, e.g. the school type."), "FIELD"),
        option("x", tr("Column with the x coordinate (or longitude) of a facility table."),
               "FIELD"),
        option("y", tr("Column with the y coordinate (or latitude) of a facility table."), "FIELD"),
    });
    parser.addOptions(indexCommandOptions());
    parser.addOptions(sensitivityCommandOptions());
    parser.process(arguments);

    CommandLine cl;
    const auto value = [&](const char *name) {
        return parser.value(QString::fromLatin1(name));
    };
    cl.demo = parser.isSet(QStringLiteral("demo"));
    cl.screenshot = value("screenshot");
    cl.savedView = value("view");
    cl.saveView = value("save-view").trimmed();
    cl.compare = value("compare").split(QLatin1Char(','), Qt::SkipEmptyParts);
    cl.maps = value("maps").split(QLatin1Char(','), Qt::SkipEmptyParts);
    cl.exportMap = value("export-map");
    cl.exportSeries = value("export-series");
    cl.exportFrames = value("export-frames");
    cl.dpi = number(parser, QStringLiteral("dpi"), 36, 1200, 150);
    cl.language = value("language").toLower();
    cl.listIndicators = parser.isSet(QStringLiteral("list-indicators"));
    cl.listAreas = parser.isSet(QStringLiteral("list-areas"));
    cl.newProject = value("new");
    cl.areasFile = value("areas");
    cl.areasLayer = value("layer");
    cl.keyField = value("key");
    cl.nameField = value("name");
    cl.levelName = value("level");
    cl.crs = value("crs");
    cl.city = value("city").trimmed();
    cl.duplicateKeys = value("duplicate-keys").trimmed().toLower();
    if (!cl.duplicateKeys.isEmpty() && cl.duplicateKeys != QLatin1String("fail")
        && cl.duplicateKeys != QLatin1String("first")
        && cl.duplicateKeys != QLatin1String("suffix"))
        fail(tr("--duplicate-keys takes fail, first or suffix"));
    cl.import.file = value("import");
    cl.import.source = value("source");
    cl.import.department = value("department");
    cl.import.layout = value("layout");
    cl.import.value = value("value");
    cl.import.numerator = value("numerator");
    cl.import.denominator = value("denominator");
    cl.import.columns = value("columns").split(QLatin1Char(','), Qt::SkipEmptyParts);
    cl.import.rates = parser.values(QStringLiteral("rate"));
    cl.import.encoding = value("encoding");
    cl.import.delimiter = value("delimiter");
    cl.import.decimal = value("decimal");
    cl.import.sheet = value("sheet").trimmed();
    for (const auto &[name, range] :
         {std::pair {"header-rows", &cl.import.headerRows}, {"data-rows", &cl.import.dataRows}}) {
        const QString text = value(name);
        if (text.isEmpty())
            continue;
        *range = SheetRange::parse(text);
        if (!range->isSet())
            fail(tr("--%1 takes a row or rows of the sheet such as 5, 4-6 or 7- (1-based), not "
                    "\"%2\"")
                     .arg(QLatin1String(name), text));
    }
    cl.import.acceptSuggestions = parser.isSet(QStringLiteral("accept-suggestions"));
    cl.import.dryRun = parser.isSet(QStringLiteral("dry-run"));
    cl.undoImport = parser.isSet(QStringLiteral("undo-import"));
    cl.importLog = parser.isSet(QStringLiteral("import-log"));
    cl.addLevelFile = value("add-level");
    cl.parentKeyField = value("parent-key");
    cl.dissolve = parser.isSet(QStringLiteral("dissolve"));
    if (!cl.addLevelFile.isEmpty() && cl.levelName.isEmpty())
        fail(tr("--add-level needs --level NAME"));
    // --facilities FILE adds points; --facilities KINDS chooses what the map shows.
    if (QFileInfo(value("facilities")).isFile())
        cl.facilitiesFile = value("facilities");
    cl.facilityKind = value("kind");
    cl.subkindField = value("subkind");
    cl.xField = value("x");
    cl.yField = value("y");
    if (!cl.import.file.isEmpty()) {
        // Import mode: --indicator and --period name columns (or values) of the table.
        cl.import.indicator = value("indicator").split(QLatin1Char('+'), Qt::SkipEmptyParts);
        cl.import.period = value("period");
    } else {
        parseView(parser, cl);
    }
    if (!cl.import.layout.isEmpty() && !tableLayoutFromCode(cl.import.layout))
        fail(tr("--layout takes long, wide-indicator or wide-period"));
    if (cl.xField.isEmpty() != cl.yField.isEmpty())
        fail(tr("--x and --y go together"));

    QStringList positional = parser.positionalArguments();
    cl.deriveKey = value("derive").trimmed();
    if (parser.isSet(QStringLiteral("derive"))) {
        // --derive KEY "NAME=formula": the definition is the argument with a formula in it.
        const auto it = std::find_if(positional.begin(), positional.end(), [](const QString &a) {
            return a.contains(QLatin1Char('=')) && a.contains(QLatin1Char('('));
        });
        if (cl.deriveKey.isEmpty() || it == positional.end())
            fail(tr("--derive needs a key and \"NAME=formula\", e.g. --derive "
                    "child_poverty_change \"Veränderung Kinderarmut=change(child_poverty, 2)\""));
        cl.deriveDefinition = *it;
        positional.erase(it);
    }
    readIndexOptions(parser, cl);
    cl.nameEn = value("name-en").trimmed();
    if (parser.isSet(QStringLiteral("name-en")) && cl.deriveKey.isEmpty() && cl.index.key.isEmpty())
        fail(tr("--name-en goes with --derive or --index, e.g. --derive child_poverty_change "
                "\"Veränderung Kinderarmut=change(child_poverty, 2)\" --name-en \"Change in "
                "child poverty\""));
    if (parser.isSet(QStringLiteral("name-en")) && cl.nameEn.isEmpty())
        fail(tr("--name-en needs a name, e.g. --name-en \"Social index 2024\""));
    parseAllocate(parser, cl, positional);
    readSensitivityOptions(parser, cl, positional);
    cl.exportProfile = value("export-profile");
    cl.exportComparison = value("export-comparison").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!cl.exportProfile.isEmpty() || !cl.exportComparison.isEmpty()) {
        // PROJECT --export-profile KEY FILE.pdf: the file is the last positional argument.
        if (positional.isEmpty())
            fail(tr("--export-profile and --export-comparison need the output file after the "
                    "key(s)"));
        cl.exportFile = positional.takeLast();
        if (!cl.exportComparison.isEmpty()
            && (cl.exportComparison.size() < 2 || cl.exportComparison.size() > 6))
            fail(tr("--export-comparison takes 2 to 6 area keys"));
    }
    cl.rawNumbers = parser.isSet(QStringLiteral("raw-numbers"));
    // Said rather than ignored: a PDF or profile has no raw numbers to give.
    if (cl.rawNumbers
        && (cl.exportComparison.isEmpty()
            || cl.exportFile.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)))
        fail(tr("--raw-numbers goes with --export-comparison to a .csv or .xlsx file"));
    if (positional.size() > 1)
        fail(tr("only one project file can be opened"));
    if (!positional.isEmpty())
        cl.projectPath = positional.first();
    const bool hasProject = cl.demo || !cl.projectPath.isEmpty();
    if (cl.demo && !cl.projectPath.isEmpty())
        fail(tr("give either a project file or --demo"));
    if (!cl.language.isEmpty() && cl.language != QLatin1String("de")
        && cl.language != QLatin1String("en"))
        fail(tr("--language takes de or en"));
    if (!cl.exportFile.isEmpty() && !hasProject)
        fail(tr("--export-profile and --export-comparison need a project file or --demo"));
    if (!cl.exportMap.isEmpty() && !hasProject)
        fail(tr("--export-map needs a project file or --demo"));
    if (!cl.exportFrames.isEmpty() && !hasProject)
        fail(tr("--export-frames needs a project file or --demo"));
    if (!cl.exportSeries.isEmpty() && !hasProject)
        fail(tr("--export-series needs a project file or --demo"));
    if (!cl.newProject.isEmpty() && cl.areasFile.isEmpty())
        fail(tr("--new needs --areas FILE"));
    if ((!cl.import.file.isEmpty() || cl.undoImport || cl.importLog || !cl.addLevelFile.isEmpty())
        && cl.projectPath.isEmpty())
        fail(tr("--import, --add-level, --undo-import and --import-log need a project file"));
    if (!cl.facilitiesFile.isEmpty() && cl.projectPath.isEmpty() && cl.newProject.isEmpty())
        fail(tr("--facilities FILE needs a project file or --new"));
    if (!cl.allocate.indicator.isEmpty() && !hasProject)
        fail(tr("--allocate needs a project file or --demo"));
    if (!cl.sensitivity.key.isEmpty() && !hasProject)
        fail(tr("--sensitivity needs a project file or --demo"));
    if (!cl.deriveKey.isEmpty() && !hasProject)
        fail(tr("--derive needs a project file or --demo"));
    if (!cl.index.key.isEmpty() && !hasProject)
        fail(tr("--index needs a project file or --demo"));
    if ((cl.listIndicators || cl.listAreas) && !hasProject)
        fail(tr("--list-indicators and --list-areas need a project file or --demo"));
    if ((cl.hasViewOptions || !cl.savedView.isEmpty() || !cl.compare.isEmpty() || !cl.maps.isEmpty()
         || !cl.saveView.isEmpty())
        && !hasProject)
        fail(tr("--indicator, --period and the other map options need a project"));
    return cl;
}

QString CommandLine::requestedLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == option && i + 1 < arguments.size())
            return arguments[i + 1].toLower();
        if (arguments[i].startsWith(option + QLatin1Char('=')))
            return arguments[i].mid(option.size() + 1).toLower();
    }
    return {};
}

bool CommandLine::wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char *opt : {"--screenshot", "--export-map", "--export-series",
                                "--export-frames", "--export-profile", "--export-comparison",
                                "--derive", "--index", "--allocate", "--sensitivity"})
            if (std::strcmp(argv[i], opt) == 0)
                return true;
    return false;
}

bool CommandLine::wantsConsoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *opt :
             {"--list-indicators", "--list-areas", "--new", "--help", "-h", "--version", "-v",
              "--help-all", "--import", "--undo-import", "--import-log", "--add-level"})
            if (std::strcmp(argv[i], opt) == 0)
                return true;
        if (std::strcmp(argv[i], "--facilities") == 0 && i + 1 < argc
            && QFileInfo(QString::fromLocal8Bit(argv[i + 1])).isFile())
            return true;
    }
    return false;
}

} // namespace qw
