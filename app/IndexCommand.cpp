#include "IndexCommand.h"

#include "CommandLine.h"
#include "CommandLineOptions.h"
#include "IndexIndicators.h"
#include "Project.h"
#include "ProjectStore.h"
#include "StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <cstdio>
#include <map>

namespace qw {

namespace {

struct IndexCommand
{
    Q_DECLARE_TR_FUNCTIONS(qw::IndexCommand)
};

int fail(const QString &key, const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: --index %s: %s\n", qPrintable(key),
                 qPrintable(message));
    return 1;
}

// "A,+B,-C" as inputs: unsigned ones take their direction from the polarity later.
std::vector<IndexInput> inputs(const QString &list)
{
    std::vector<IndexInput> out;
    for (QString key : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        key = key.trimmed();
        IndexInput in;
        if (key.startsWith(QLatin1Char('+')) || key.startsWith(QLatin1Char('-'))) {
            in.direction = key.startsWith(QLatin1Char('+')) ? 1 : -1;
            key = key.mid(1).trimmed();
        }
        in.key = key;
        out.push_back(in);
    }
    return out;
}

bool weights(const QString &option, const QString &list, std::vector<IndexInput> &in,
             QString *error)
{
    if (list.isEmpty())
        return true; // equal weights
    const QStringList parts = list.split(QLatin1Char(','));
    if (parts.size() != qsizetype(in.size())) {
        *error = IndexCommand::tr("--%1 gives %2 weights for %3 inputs")
                     .arg(option)
                     .arg(parts.size())
                     .arg(in.size());
        return false;
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const double w = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(w) || w < 0) {
            *error = IndexCommand::tr(
                         "--%1: \"%2\" is no weight of 0 or more (with a decimal point; turn an "
                         "input round with -KEY in --from instead)")
                         .arg(option, parts[i].trimmed());
            return false;
        }
        in[std::size_t(i)].weight = w;
    }
    return true;
}

QStringList names(const QString &list)
{
    QStringList out;
    for (const QString &n : list.split(QLatin1Char(',')))
        out << n.trimmed();
    return out;
}

} // namespace

QList<QCommandLineOption> indexCommandOptions()
{
    return {
        CommandLineOptions::option(
            "index",
            IndexCommand::tr(
                "Define a composite index KEY (with --name, the German name, --name-en and --from) "
                "and compute it with its "
                "class (KEY_class) and, with --dynamics, KEY_dynamics, KEY_dynamics_class and "
                "KEY_group."),
            "KEY"),
        CommandLineOptions::option(
            "from",
            IndexCommand::tr(
                "With --index: the input indicators; +KEY or -KEY says that a higher value "
                "means more or less need (default: from the indicator's polarity)."),
            "A,B,C"),
        CommandLineOptions::option(
            "weights", IndexCommand::tr("With --index: a weight per input (default: equal)."),
            "1,1,1"),
        CommandLineOptions::option(
            "exclude-below",
            IndexCommand::tr(
                "With --index: leave out the areas under this population (shown as \"not "
                "computed\")."),
            "POP_KEY:300"),
        CommandLineOptions::option(
            "class-names",
            IndexCommand::tr(
                "With --index: the names of the classes from the lowest index value up "
                "(default for sd:-1,1,1.5: hoch, mittel, niedrig, sehr niedrig)."),
            "A,B,C,D"),
        CommandLineOptions::option(
            "standardise",
            IndexCommand::tr(
                "With --index: z (z-scores, the default), minmax, rank or percentile."),
            "KIND"),
        CommandLineOptions::option(
            "no-restandardise",
            IndexCommand::tr(
                "With --index: keep the weighted mean as it is instead of making it a z-score "
                "again.")),
        CommandLineOptions::option(
            "dynamics",
            IndexCommand::tr(
                "With --index: also a dynamics index over the change of the inputs over K "
                "years, and the status x dynamics groups."),
            "K"),
        CommandLineOptions::option(
            "dynamics-from",
            IndexCommand::tr(
                "With --index: a dynamics index from indicators that are changes already "
                "(e.g. Berlin's D1,D3,D4)."),
            "A,B,C"),
        CommandLineOptions::option("dynamics-weights",
                                   IndexCommand::tr("With --dynamics-from: a weight per input."),
                                   "1,1,1"),
    };
}

void readIndexOptions(const QCommandLineParser &parser, CommandLine &cl)
{
    const auto value = [&](const char *name) {
        return parser.value(QString::fromLatin1(name)).trimmed();
    };
    CommandLine::IndexOptions &o = cl.index;
    o.key = value("index");
    if (o.key.isEmpty())
        return;
    o.name = value("name");
    o.from = value("from");
    o.weights = value("weights");
    o.excludeBelow = value("exclude-below");
    o.classes = value("classes");
    o.classNames = value("class-names");
    o.standardise = value("standardise");
    o.restandardise = !parser.isSet(QStringLiteral("no-restandardise"));
    o.dynamicsYears = value("dynamics");
    o.dynamicsFrom = value("dynamics-from");
    o.dynamicsWeights = value("dynamics-weights");
    o.level = value("level");
    o.period = value("period");
}

std::optional<IndexRecipe> indexRecipeFromOptions(const CommandLine &cl, QString *error)
{
    const CommandLine::IndexOptions &o = cl.index;
    const auto failed = [error](const QString &message) {
        *error = message;
        return std::optional<IndexRecipe>();
    };
    IndexRecipe r;
    r.inputs = inputs(o.from);
    if (r.inputs.empty())
        return failed(IndexCommand::tr("--from names no input indicator, e.g. --from s1,s3,s4"));
    if (!weights(QStringLiteral("weights"), o.weights, r.inputs, error))
        return std::nullopt;
    if (!o.excludeBelow.isEmpty()) {
        const qsizetype colon = o.excludeBelow.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        r.populationKey = o.excludeBelow.left(colon).trimmed();
        r.minPopulation = o.excludeBelow.mid(colon + 1).toDouble(&ok);
        if (colon <= 0 || !ok || !(r.minPopulation > 0))
            return failed(IndexCommand::tr(
                "--exclude-below takes the population indicator and the threshold, "
                "e.g. --exclude-below ew:300"));
    }
    if (!o.classes.isEmpty()) {
        const auto rule = ClassRule::parse(o.classes, error);
        if (!rule)
            return std::nullopt;
        r.classes = *rule;
    }
    if (!o.classNames.isEmpty())
        r.classNames = names(o.classNames);
    if (!o.standardise.isEmpty()) {
        const std::pair<const char *, Standardisation> kinds[] = {
            {"z", Standardisation::ZScore},
            {"minmax", Standardisation::MinMax},
            {"rank", Standardisation::Rank},
            {"percentile", Standardisation::Percentile}};
        const auto it = std::find_if(std::begin(kinds), std::end(kinds), [&](const auto &k) {
            return o.standardise == QLatin1String(k.first);
        });
        if (it == std::end(kinds))
            return failed(
                IndexCommand::tr("--standardise takes z, minmax, rank or percentile, not \"%1\"")
                    .arg(o.standardise));
        r.standardisation = it->second;
    }
    r.restandardise = o.restandardise;
    if (!o.dynamicsYears.isEmpty() && !o.dynamicsFrom.isEmpty())
        return failed(IndexCommand::tr(
            "give either --dynamics K (the change of the inputs) or --dynamics-from "
            "(indicators that are changes already), not both"));
    if (!o.dynamicsYears.isEmpty()) {
        bool ok = false;
        r.years = o.dynamicsYears.toInt(&ok);
        if (!ok || r.years < 1 || r.years > 100)
            return failed(IndexCommand::tr("--dynamics takes a number of years from 1 to 100"));
        r.dynamics = IndexRecipe::Dynamics::Change;
    }
    if (!o.dynamicsFrom.isEmpty()) {
        r.dynamics = IndexRecipe::Dynamics::Inputs;
        r.dynamicsInputs = inputs(o.dynamicsFrom);
        if (!weights(QStringLiteral("dynamics-weights"), o.dynamicsWeights, r.dynamicsInputs,
                     error))
            return std::nullopt;
    } else if (!o.dynamicsWeights.isEmpty()) {
        return failed(IndexCommand::tr("--dynamics-weights goes with --dynamics-from"));
    }
    r.level = o.level;
    r.period = o.period;
    // The recipe text is what is stored: it must read back (class names that fit, ...).
    QString problem;
    if (!r.classNames.isEmpty() && r.classNames.size() != r.classes.classCount())
        return failed(IndexCommand::tr("--class-names gives %1 names for %2 classes")
                          .arg(r.classNames.size())
                          .arg(r.classes.classCount()));
    if (!IndexRecipe::parse(r.text(), &problem))
        return failed(problem);
    return r;
}

int runIndexCommand(const CommandLine &cl, const QString &projectPath)
{
    const QString key = cl.index.key;
    if (cl.index.name.isEmpty())
        return fail(key, IndexCommand::tr("the index needs a name: --name \"Sozialindex 2024\""));
    QString error;
    const auto recipe = indexRecipeFromOptions(cl, &error);
    if (!recipe)
        return fail(key, error);
    try {
        std::optional<IndexIndicators::Defined> defined;
        {
            auto store = ProjectStore::open(projectPath);
            // The name is German; without --name-en it serves in English too.
            const QString nameEn = cl.nameEn.isEmpty() ? cl.index.name : cl.nameEn;
            defined = IndexIndicators(*store).define(key, cl.index.name, nameEn, *recipe, &error);
        }
        if (!defined)
            return fail(key, error);
        const Indicator &index = defined->indicators.front();
        const bool german = QLocale().language() == QLocale::German;
        std::printf(
            "%s\n",
            qPrintable(IndexCommand::tr("%1 (%2 = %3)").arg(key, cl.index.name, index.recipe)));
        const QString latest = defined->periods.last();
        QString excluded;
        if (defined->excluded > 0)
            excluded = QStringLiteral(", ") + QString::number(defined->excluded) + QLatin1Char(' ')
                + index.notComputedText(german);
        std::printf("%s\n",
                    qPrintable(IndexCommand::tr("%1: %2 areas in the index%3")
                                   .arg(latest)
                                   .arg(defined->kept)
                                   .arg(excluded)));
        // How many areas each class holds in the latest period, as a planner checks first.
        const auto project = Project::open(projectPath);
        for (const Indicator &part : defined->indicators) {
            if (part.valueLabels.empty() || !project->periods(part.key).contains(latest))
                continue;
            const auto values = project->values(part.key, latest);
            std::map<double, int> counts;
            for (double v : values->values)
                if (!std::isnan(v))
                    ++counts[v];
            QStringList cells;
            for (const ValueLabel &l : part.valueLabels)
                if (counts.count(l.value) || part.valueLabels.size() <= 5)
                    cells << QStringLiteral("%1 %2").arg(l.name(german)).arg(counts[l.value]);
            std::printf("  %s: %s\n", qPrintable(part.key),
                        qPrintable(cells.join(QStringLiteral("; "))));
        }
        std::printf(
            "%s\n",
            qPrintable(IndexCommand::tr("%n value(s) computed", nullptr, int(defined->values))));
    } catch (const StoreError &e) {
        return fail(key, e.message());
    }
    return 0;
}

} // namespace qw
