#include "AllocateCommand.h"

#include "AllocationExport.h"
#include "AllocationReport.h"
#include "AllocationTableModel.h"
#include "CommandLine.h"
#include "Project.h"
#include "ProjectAllocation.h"
#include "ProjectStore.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>

namespace qw {

namespace {

struct AllocateCommand
{
    Q_DECLARE_TR_FUNCTIONS(qw::AllocateCommand)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
    return 1;
}

// A number as planners type it: "500000", "12.5" or "12,5". "500.000" is refused rather
// than read as 500: a German reader means half a million by it.
bool readNumber(const QString &option, const QString &text, double *out, QString *error)
{
    static const QRegularExpression plain(QStringLiteral(R"(^-?\d+([.,]\d+)?$)"));
    static const QRegularExpression grouped(QStringLiteral(R"(^\d{1,3}[.,]\d{3}$)"));
    QString t = text.trimmed();
    if (grouped.match(t).hasMatch()) {
        *error = AllocateCommand::tr("--%1 %2 is ambiguous: write the number without thousands "
                                     "separators (e.g. 500000 or 12.5)")
                     .arg(option, t);
        return false;
    }
    if (!plain.match(t).hasMatch()) {
        *error = AllocateCommand::tr("--%1 takes a number, not \"%2\"").arg(option, t);
        return false;
    }
    *out = t.replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    return true;
}

// The rule from the options; the level and period are resolved by ProjectAllocation.
std::optional<AllocationRule> ruleOf(const CommandLine &cl, const Project &project, QString *error)
{
    const CommandLine::AllocateOptions &o = cl.allocate;
    AllocationRule r;
    r.indicatorKey = o.indicator;
    r.levelKey = cl.levelName;
    r.period = cl.view.period;
    r.populationKey = o.population;
    r.populationPeriod = o.populationPeriod;
    r.wholeUnits = o.whole;
    if (!readNumber(QStringLiteral("budget"), o.budget, &r.budget, error))
        return std::nullopt;
    if (!o.floor.isEmpty() && !readNumber(QStringLiteral("floor"), o.floor, &r.floor, error))
        return std::nullopt;
    if (!o.cap.isEmpty() && !readNumber(QStringLiteral("cap"), o.cap, &r.cap, error))
        return std::nullopt;
    if (!o.unit.isEmpty()) {
        const auto unit = AllocationRule::unitFromCode(o.unit.toLower());
        if (!unit) {
            *error =
                AllocateCommand::tr("--unit takes euro, staff or hours, not \"%1\"").arg(o.unit);
            return std::nullopt;
        }
        r.unit = *unit;
    }
    if (!o.points.isEmpty()) {
        r.basis = BasisKind::ClassPoints;
        r.points.clear();
        for (const QString &p : o.points.split(QLatin1Char(','))) {
            double v = 0;
            if (!readNumber(QStringLiteral("points"), p, &v, error))
                return std::nullopt;
            r.points.push_back(v);
        }
    }
    if (!o.offset.isEmpty()) {
        QString t = o.offset;
        const bool percent = t.endsWith(QLatin1Char('%'));
        if (percent)
            t.chop(1);
        if (!readNumber(QStringLiteral("offset"), t, &r.offset, error))
            return std::nullopt;
        if (percent)
            r.offset /= 100;
    }
    // Need follows the indicator's direction: where higher is better (Kita coverage), a low
    // value is the need.
    const Indicator *indicator = project.indicator(o.indicator);
    r.need = indicator && indicator->polarity == Polarity::HigherIsBetter
        ? NeedDirection::LowerValue
        : NeedDirection::HigherValue;
    if (o.need == QLatin1String("lower"))
        r.need = NeedDirection::LowerValue;
    else if (o.need == QLatin1String("higher"))
        r.need = NeedDirection::HigherValue;
    else if (!o.need.isEmpty()) {
        *error = AllocateCommand::tr("--need takes higher or lower, not \"%1\"").arg(o.need);
        return std::nullopt;
    }
    for (const QString &pin : o.pins) {
        const qsizetype eq = pin.lastIndexOf(QLatin1Char('='));
        AllocationPin p;
        p.areaKey = pin.left(eq).trimmed();
        if (eq <= 0 || !readNumber(QStringLiteral("pin"), pin.mid(eq + 1), &p.amount, error)) {
            if (eq <= 0)
                *error = AllocateCommand::tr("--pin takes KEY=AMOUNT, not \"%1\"").arg(pin);
            return std::nullopt;
        }
        r.pins.push_back(p);
    }
    return r;
}

QString summary(const Allocation &a, const QLocale &locale)
{
    int floors = 0, caps = 0, pinned = 0;
    for (AllocationLimit l : a.result.limit) {
        floors += l == AllocationLimit::Floor;
        caps += l == AllocationLimit::Cap;
        pinned += l == AllocationLimit::Pinned;
    }
    const int given = int(a.size()) - a.result.withoutValue;
    return AllocateCommand::tr("%1 split over %n area(s) of the level %2 by %3 (%4): %5 at the "
                               "floor, %6 at the cap, %7 fixed, %8 without a value",
                               nullptr, given)
        .arg(AllocationRule::formatAmount(a.rule.budget, a.rule.unit,
                                          a.rule.budget == std::floor(a.rule.budget) ? 0 : 2,
                                          locale),
             a.levelName, a.indicatorName, a.rule.period)
        .arg(floors)
        .arg(caps)
        .arg(pinned)
        .arg(a.result.withoutValue);
}

} // namespace

int runAllocateCommand(const CommandLine &cl, const QString &projectPath)
{
    const CommandLine::AllocateOptions &o = cl.allocate;
    const QString suffix = QFileInfo(o.file).suffix().toLower();
    std::shared_ptr<Project> project;
    try {
        project = Project::open(projectPath);
    } catch (const StoreError &e) {
        return fail(e.fullText());
    }
    const QLocale locale;
    const bool german = locale.language() == QLocale::German;
    QString error;
    const auto rule = ruleOf(cl, *project, &error);
    if (!rule)
        return fail(error);
    try {
        AllocationRepository saved = project->store().allocations();
        std::optional<StoredAllocation> previous;
        if (!o.previous.isEmpty()) {
            previous = saved.read(o.previous);
            if (!previous) {
                const QStringList names = saved.names();
                return fail(names.isEmpty()
                                ? AllocateCommand::tr("The project has no saved allocation \"%1\" "
                                                      "(it has none).")
                                      .arg(o.previous)
                                : AllocateCommand::tr("The project has no saved allocation \"%1\" "
                                                      "(it has: %2).")
                                      .arg(o.previous, names.join(QStringLiteral(", "))));
            }
        }
        auto allocation = ProjectAllocation::compute(*project, *rule, german, &error,
                                                     previous ? &*previous : nullptr);
        if (!allocation)
            return fail(QStringLiteral("--allocate %1: %2").arg(o.indicator, error));
        const auto shared = std::make_shared<const Allocation>(std::move(*allocation));
        AllocationTableModel model;
        model.setAllocation(shared, locale);
        if (!o.file.isEmpty()) {
            error = suffix == QLatin1String("pdf")
                ? AllocationReport::document(project, model, locale).writePdf(o.file)
                : AllocationExport::write(model, o.file, locale);
            if (!error.isEmpty())
                return fail(error);
        }
        std::printf("%s\n", qPrintable(summary(*shared, locale)));
        if (!o.file.isEmpty())
            std::printf("%s\n", qPrintable(AllocateCommand::tr("Written: %1").arg(o.file)));
        if (!o.save.isEmpty()) {
            saved.write(o.save, *shared, shared->describe(locale));
            std::printf(
                "%s\n",
                qPrintable(AllocateCommand::tr("Saved in the project as \"%1\".").arg(o.save)));
        }
    } catch (const StoreError &e) {
        return fail(e.fullText());
    }
    return 0;
}

} // namespace qw
