#include "SensitivityCommand.h"

#include "CommandLine.h"
#include "CommandLineOptions.h"
#include "Project.h"
#include "Sensitivity.h"
#include "SensitivityExport.h"
#include "SensitivityReport.h"
#include "StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace qw {

namespace {

struct SensitivityCommand
{
    Q_DECLARE_TR_FUNCTIONS(qw::SensitivityCommand)
};

int fail(const QString &key, const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: --sensitivity %s: %s\n", qPrintable(key),
                 qPrintable(message));
    return 1;
}

[[noreturn]] void failParsing(const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
    std::exit(2);
}

// The options' texts as numbers; false with the reason naming the option.
bool readOptions(const CommandLine::SensitivityOptions &o, SensitivityOptions &out, QString *error)
{
    bool ok = true;
    if (!o.draws.isEmpty()) {
        out.draws = o.draws.toInt(&ok);
        if (!ok) {
            *error = SensitivityCommand::tr("--draws takes a whole number of 1 or more, not "
                                            "\"%1\"")
                         .arg(o.draws);
            return false;
        }
    }
    if (!o.spread.isEmpty()) {
        QString t = o.spread;
        if (t.endsWith(QLatin1Char('%')))
            t.chop(1);
        out.spread = t.trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || !std::isfinite(out.spread)) {
            *error = SensitivityCommand::tr("--spread takes a percentage from 0 to 100, not "
                                            "\"%1\"")
                         .arg(o.spread);
            return false;
        }
    }
    if (!o.seed.isEmpty()) {
        out.seed = o.seed.toULongLong(&ok);
        if (!ok) {
            *error = SensitivityCommand::tr("--seed takes a whole number of 0 or more, not "
                                            "\"%1\"")
                         .arg(o.seed);
            return false;
        }
    }
    out.leaveOneOut = o.leaveOneOut;
    const QString problem = Sensitivity::checkOptions(out);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

} // namespace

QList<QCommandLineOption> sensitivityCommandOptions()
{
    return {
        CommandLineOptions::option(
            "sensitivity",
            SensitivityCommand::tr("Check how robust the ranks and classes of the composite "
                                   "index KEY are to its weights and write FILE.csv or "
                                   "FILE.pdf."),
            "KEY"),
        CommandLineOptions::option(
            "draws",
            SensitivityCommand::tr("With --sensitivity: the number of random weight sets "
                                   "(default: 1000)."),
            "N"),
        CommandLineOptions::option(
            "spread",
            SensitivityCommand::tr("With --sensitivity: how far each weight varies, in "
                                   "percent (default: 20)."),
            "PERCENT"),
        CommandLineOptions::option(
            "leave-one-out",
            SensitivityCommand::tr("With --sensitivity: also leave each input out once.")),
        CommandLineOptions::option(
            "seed",
            SensitivityCommand::tr("With --sensitivity: the seed of the random draws "
                                   "(default: 1); the same seed gives the same result."),
            "N"),
    };
}

void readSensitivityOptions(const QCommandLineParser &parser, CommandLine &cl,
                            QStringList &positional)
{
    CommandLine::SensitivityOptions &s = cl.sensitivity;
    const auto value = [&](const char *name) {
        return parser.value(QString::fromLatin1(name)).trimmed();
    };
    s.key = value("sensitivity");
    if (s.key.isEmpty()) {
        for (const char *name : {"draws", "spread", "leave-one-out", "seed"})
            if (parser.isSet(QString::fromLatin1(name)))
                failParsing(SensitivityCommand::tr("--%1 goes with --sensitivity KEY")
                                .arg(QLatin1String(name)));
        return;
    }
    s.draws = value("draws");
    s.spread = value("spread");
    s.seed = value("seed");
    s.leaveOneOut = parser.isSet(QStringLiteral("leave-one-out"));
    if (!positional.isEmpty()) {
        const QString suffix = QFileInfo(positional.last()).suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("pdf"))
            s.file = positional.takeLast();
        else if (suffix != QLatin1String("gpkg"))
            failParsing(SensitivityCommand::tr("--sensitivity writes .csv or .pdf, not \"%1\"")
                            .arg(positional.last()));
    }
    if (s.file.isEmpty())
        failParsing(SensitivityCommand::tr("--sensitivity needs the output file (.csv or .pdf), "
                                           "e.g. --sensitivity sozialindex robustheit.pdf"));
}

int runSensitivityCommand(const CommandLine &cl, const QString &projectPath)
{
    const CommandLine::SensitivityOptions &o = cl.sensitivity;
    SensitivityOptions options;
    options.period = cl.view.period;
    QString error;
    if (!readOptions(o, options, &error))
        return fail(o.key, error);
    const QLocale locale;
    const bool german = locale.language() == QLocale::German;
    try {
        const std::shared_ptr<Project> project = Project::open(projectPath);
        const auto result = Sensitivity::run(*project, o.key, options, {}, &error);
        if (!result)
            return fail(o.key, error);
        const QString name = project->indicator(o.key)->name(german);
        error = QFileInfo(o.file).suffix().toLower() == QLatin1String("pdf")
            ? SensitivityReport::document(project, *result, name, locale).writePdf(o.file)
            : SensitivityExport::writeCsv(*result, name, o.file, locale);
        if (!error.isEmpty())
            return fail(o.key, error);
        const int stable = result->stableCount();
        std::printf("%s\n",
                    qPrintable(SensitivityCommand::tr(
                                   "%1 in %2: %n draw(s), weights ±%3 %, seed %4: %5 of %6 "
                                   "areas stable, %7 unstable",
                                   nullptr, options.draws)
                                   .arg(o.key, result->period, locale.toString(options.spread))
                                   .arg(options.seed)
                                   .arg(stable)
                                   .arg(int(result->size()))
                                   .arg(int(result->size()) - stable)));
        for (const SensitivityResult::LeftOut &l : result->leftOut)
            std::printf("  %s\n",
                        qPrintable(SensitivityCommand::tr("without %1: %2 areas change class, "
                                                          "ranks shift by up to %3")
                                       .arg(l.inputKey)
                                       .arg(l.changedClass)
                                       .arg(l.largestShift)));
        std::printf("%s\n", qPrintable(SensitivityCommand::tr("Written: %1").arg(o.file)));
    } catch (const StoreError &e) {
        return fail(o.key, e.fullText());
    }
    return 0;
}

} // namespace qw
