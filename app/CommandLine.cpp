#include "CommandLine.h"

#include "Classification.h"
#include "ColorRamp.h"
#include "CommandLineOptions.h"
#include "ImportTypes.h"
#include "IndexCommand.h"
#include "ManualBreaks.h"
#include "NotesCommand.h"
#include "PrioritiesCommand.h"
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
    const char *const options[] = {"budget",          "unit",     "floor",     "cap", "per",
                                   "points",          "offset",   "need",      "pin", "whole",
                                   "save-allocation", "previous", "per-period"};
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
    a.populationPeriod = value("per-period");
    if (!a.populationPeriod.isEmpty() && a.population.isEmpty())
        fail(tr("--per-period goes with --per POP_KEY"));
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
    parser.addOptions(CommandLineOptions::all());
    parser.addOptions(indexCommandOptions());
    parser.addOptions(sensitivityCommandOptions());
    parser.addOptions(notesCommandOptions());
    parser.addOptions(prioritiesCommandOptions());
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
    cl.present = parser.isSet(QStringLiteral("present"));
    cl.maps = value("maps").split(QLatin1Char(','), Qt::SkipEmptyParts);
    cl.exportMap = value("export-map");
    cl.exportAtlas = value("export-atlas");
    cl.publish = value("publish");
    if (parser.isSet(QStringLiteral("publish"))
        && QFileInfo(cl.publish).suffix().toLower() != QLatin1String("gpkg"))
        fail(tr("--publish writes a .gpkg file, not \"%1\"").arg(cl.publish));
    const auto list = [&](const char *name) {
        QStringList out;
        for (const QString &item : value(name).split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << item.trimmed();
        return out;
    };
    cl.indicators = list("indicators");
    cl.periods = list("periods");
    cl.checkDisclosure = value("check-disclosure");
    if (parser.isSet(QStringLiteral("export-atlas"))
        && QFileInfo(cl.exportAtlas).suffix().toLower() != QLatin1String("pdf"))
        fail(tr("--export-atlas writes a .pdf file, not \"%1\"").arg(cl.exportAtlas));
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
    cl.removeForeignSql = parser.isSet(QStringLiteral("remove-foreign-triggers"));
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
    readNotesOptions(parser, cl);
    readPrioritiesOptions(parser, cl);
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
    if (!cl.exportAtlas.isEmpty() && !hasProject)
        fail(tr("--export-atlas needs a project file or --demo"));
    if (!cl.publish.isEmpty() && !hasProject)
        fail(tr("--publish needs a project file or --demo"));
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
    if (cl.wantsNotes() && !hasProject)
        fail(tr("--notes-import and --notes-export need a project file or --demo"));
    if (cl.wantsPriorities() && !hasProject)
        fail(tr("--priorities-import and --priorities-export need a project file or --demo"));
    if (!cl.deriveKey.isEmpty() && !hasProject)
        fail(tr("--derive needs a project file or --demo"));
    if (!cl.index.key.isEmpty() && !hasProject)
        fail(tr("--index needs a project file or --demo"));
    if ((cl.listIndicators || cl.listAreas) && !hasProject)
        fail(tr("--list-indicators and --list-areas need a project file or --demo"));
    if ((cl.hasViewOptions || !cl.savedView.isEmpty() || !cl.compare.isEmpty() || !cl.maps.isEmpty()
         || !cl.saveView.isEmpty() || cl.present)
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
        for (const char *opt :
             {"--screenshot", "--export-map", "--export-series", "--export-frames",
              "--export-profile", "--export-comparison", "--export-atlas", "--publish", "--derive",
              "--index", "--allocate", "--sensitivity"})
            if (std::strcmp(argv[i], opt) == 0)
                return true;
    return false;
}

bool CommandLine::wantsConsoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *opt :
             {"--list-indicators", "--list-areas", "--new", "--help", "-h", "--version", "-v",
              "--help-all", "--import", "--undo-import", "--import-log", "--add-level",
              "--notes-import", "--notes-export", "--priorities-import", "--priorities-export",
              "--remove-foreign-triggers", "--check-disclosure"})
            if (std::strcmp(argv[i], opt) == 0)
                return true;
        if (std::strcmp(argv[i], "--facilities") == 0 && i + 1 < argc
            && QFileInfo(QString::fromLocal8Bit(argv[i + 1])).isFile())
            return true;
    }
    return false;
}

} // namespace qw
