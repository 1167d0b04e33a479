#include "Recipe.h"

#include "Period.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace qw {

namespace {

struct FunctionName
{
    RecipeKind kind;
    const char *name;
};
constexpr FunctionName kFunctions[] = {
    {RecipeKind::Rate, "rate"},
    {RecipeKind::Change, "change"},
    {RecipeKind::PctChange, "pct_change"},
    {RecipeKind::RankChange, "rank_change"},
    {RecipeKind::Sum, "sum"},
    {RecipeKind::Diff, "diff"},
};

QString nameOf(RecipeKind kind)
{
    for (const FunctionName &f : kFunctions)
        if (f.kind == kind)
            return QString::fromLatin1(f.name);
    return {};
}

} // namespace

std::optional<Recipe> Recipe::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<Recipe>();
    };
    static const QRegularExpression call(QStringLiteral(R"(^\s*([A-Za-z_]+)\s*\((.*)\)\s*$)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = call.match(text);
    if (!m.hasMatch())
        return fail(tr("\"%1\" is no formula: write it as a function with its inputs in "
                       "brackets, e.g. change(child_poverty, 2)")
                        .arg(text.trimmed()));
    Recipe r;
    const QString function = m.captured(1).toLower();
    bool known = false;
    for (const FunctionName &f : kFunctions) {
        if (function == QLatin1String(f.name)) {
            r.kind = f.kind;
            known = true;
        }
    }
    if (!known)
        return fail(tr("unknown function \"%1\" (choose rate, change, pct_change, rank_change, sum "
                       "or diff)")
                        .arg(m.captured(1)));
    QStringList args;
    if (!RecipeText::split(m.captured(2), QLatin1Char(','), &args))
        return fail(tr("a quote in \"%1\" is not closed").arg(text.trimmed()));
    for (const QString &a : args)
        if (a.isEmpty())
            return fail(tr("%1(): an input is empty").arg(function));

    const auto number = [&](const QString &arg, double *out) {
        bool ok = false;
        *out = arg.toDouble(&ok); // C locale: "1000", "0.5"
        return ok && std::isfinite(*out);
    };
    const auto key = [](const QString &arg) {
        return RecipeText::unquoted(arg);
    };
    switch (r.kind) {
    case RecipeKind::Rate: {
        if (args.size() < 2 || args.size() > 3)
            return fail(tr("rate() takes a numerator, a denominator and the base (1, 100 "
                           "or 1000), e.g. rate(children_sgb2, children, 100)"));
        r.inputs = {key(args[0]), key(args[1])};
        if (args.size() == 3 && (!number(args[2], &r.per) || r.per <= 0))
            return fail(tr("rate(): the base \"%1\" is no positive number (1 for a share, "
                           "100 for %, 1000 per thousand)")
                            .arg(args[2]));
        break;
    }
    case RecipeKind::Change:
    case RecipeKind::PctChange:
    case RecipeKind::RankChange: {
        if (args.size() < 1 || args.size() > 3)
            return fail(tr("%1() takes an indicator and a number of years, e.g. "
                           "%1(child_poverty, 2)")
                            .arg(function));
        r.inputs = {key(args[0])};
        double years = 1;
        if (args.size() >= 2
            && (!number(args[1], &years) || years < 1 || years != std::floor(years) || years > 100))
            return fail(tr("%1(): the number of years \"%2\" is no whole number from 1 to 100")
                            .arg(function, args[1]));
        r.years = int(years);
        if (args.size() == 3) {
            static const QRegularExpression mapping(
                QStringLiteral(R"(^school_year_as\s*=\s*(start|end)$)"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch mm = mapping.match(args[2]);
            if (!mm.hasMatch())
                return fail(tr("%1(): \"%2\" is no mapping of school years onto calendar "
                               "years (write school_year_as=start for the calendar year a "
                               "school year begins in, school_year_as=end for the one it ends "
                               "in)")
                                .arg(function, args[2]));
            r.schoolYearAs = mm.captured(1).toLower() == QLatin1String("start")
                ? SchoolYearAs::StartYear
                : SchoolYearAs::EndYear;
        }
        break;
    }
    case RecipeKind::Sum:
        if (args.size() < 2)
            return fail(tr("sum() takes at least two indicators, e.g. sum(boys, girls)"));
        for (const QString &a : args)
            r.inputs << key(a);
        break;
    case RecipeKind::Diff:
        if (args.size() != 2)
            return fail(tr("diff() takes two indicators, e.g. diff(places, children)"));
        r.inputs = {key(args[0]), key(args[1])};
        break;
    }
    return r;
}

bool Recipe::measuresChange(const QString &recipeText)
{
    if (recipeText.isEmpty())
        return false;
    const auto r = parse(recipeText, nullptr);
    return r && r->measuresChange();
}

bool Recipe::measuresChange() const
{
    return comparesPeriods() || kind == RecipeKind::Diff;
}

bool Recipe::comparesPeriods() const
{
    return kind == RecipeKind::Change || kind == RecipeKind::PctChange
        || kind == RecipeKind::RankChange;
}

QString Recipe::basePeriod(const QString &period, const QStringList &inputPeriods) const
{
    if (!comparesPeriods())
        return {};
    if (!inputPeriods.contains(period))
        return {};
    // Years, school years and quarters step back as such (a quarter to the same quarter
    // years earlier); the base is always of the period's own kind, so a change never sets
    // a school year against a calendar year.
    QString earlier = periodYearsEarlier(period, years);
    if (earlier.isEmpty()) {
        // Other codes ("Stichtag 31.12.") count places back among the other codes in their
        // order (as text), whatever order the list came in.
        QStringList others;
        for (const QString &p : inputPeriods)
            if (periodKind(p) == PeriodKind::Other)
                others << p;
        sortPeriods(others);
        const qsizetype i = others.indexOf(period);
        if (i >= years)
            earlier = others[i - years];
    }
    if (inputPeriods.contains(earlier))
        return earlier;
    // Across kinds only as the planner mapped them: the period of the other kind that
    // stands for the year `years` before.
    const PeriodKind own = periodKind(period);
    const int year = mappedYear(period);
    if (year == 0 || schoolYearAs == SchoolYearAs::None)
        return {};
    for (const QString &p : inputPeriods)
        if (const PeriodKind k = periodKind(p); k != own
            && (k == PeriodKind::SchoolYear || k == PeriodKind::CalendarYear)
            && mappedYear(p) == year - years)
            return p;
    return {};
}

int Recipe::mappedYear(const QString &period) const
{
    if (const int year = calendarYear(period))
        return year;
    const int start = schoolYearStart(period);
    if (start == 0 || schoolYearAs == SchoolYearAs::None)
        return 0;
    return schoolYearAs == SchoolYearAs::EndYear ? start + 1 : start;
}

QString Recipe::mappingWords(const QString &period, const QString &against) const
{
    if (schoolYearAs == SchoolYearAs::None)
        return {};
    const PeriodKind a = periodKind(period), b = periodKind(against);
    const bool across = (a == PeriodKind::SchoolYear && b == PeriodKind::CalendarYear)
        || (a == PeriodKind::CalendarYear && b == PeriodKind::SchoolYear);
    if (!across)
        return {};
    const QString school = a == PeriodKind::SchoolYear ? period : against;
    return schoolYearAsWords(school, mappedYear(school));
}

QString Recipe::text() const
{
    QStringList args;
    for (const QString &k : inputs)
        args << RecipeText::quoted(k);
    if (kind == RecipeKind::Rate)
        args << QString::number(per, 'g', 15);
    if (comparesPeriods())
        args << QString::number(years);
    if (comparesPeriods() && schoolYearAs != SchoolYearAs::None)
        args << (schoolYearAs == SchoolYearAs::StartYear ? QStringLiteral("school_year_as=start")
                                                         : QStringLiteral("school_year_as=end"));
    return nameOf(kind) + QLatin1Char('(') + args.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString Recipe::describe(const std::function<QString(const QString &key)> &nameOf) const
{
    QStringList names;
    for (const QString &k : inputs)
        names << nameOf(k);
    const auto mapped = [this](const QString &words) {
        switch (schoolYearAs) {
        case SchoolYearAs::StartYear:
            return tr("%1; a school year counts as the calendar year it begins in").arg(words);
        case SchoolYearAs::EndYear:
            return tr("%1; a school year counts as the calendar year it ends in").arg(words);
        case SchoolYearAs::None:
            break;
        }
        return words;
    };
    switch (kind) {
    case RecipeKind::Rate:
        if (per == 1)
            return tr("%1 as a share of %2").arg(names.value(0), names.value(1));
        if (per == 100)
            return tr("%1 in % of %2").arg(names.value(0), names.value(1));
        return tr("%1 per %L3 of %2").arg(names.value(0), names.value(1)).arg(per, 0, 'g', 15);
    case RecipeKind::Change:
        return mapped(
            tr("change of %1 against %n year(s) earlier", nullptr, years).arg(names.value(0)));
    case RecipeKind::PctChange:
        return mapped(
            tr("change of %1 in % against %n year(s) earlier", nullptr, years).arg(names.value(0)));
    case RecipeKind::RankChange:
        return mapped(tr("places %1 climbed against %n year(s) earlier (rank 1 = highest value)",
                         nullptr, years)
                          .arg(names.value(0)));
    case RecipeKind::Sum:
        return tr("sum of %1").arg(QLocale().createSeparatedList(names));
    case RecipeKind::Diff:
        return tr("%1 minus %2").arg(names.value(0), names.value(1));
    }
    return {};
}

namespace RecipeText {

bool split(const QString &text, QChar separator, QStringList *out)
{
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == separator && !quoted) {
            out->append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    out->append(current.trimmed());
    return !quoted;
}

QString quoted(const QString &key)
{
    // Plain where no character of a formula or an index recipe is in it, nor a leading
    // sign (an index's direction).
    static const QRegularExpression plain(
        QStringLiteral(R"re(^[^\s,;()"=<|+\-][^\s,;()"=<|]*$)re"));
    return plain.match(key).hasMatch() ? key : QLatin1Char('"') + key + QLatin1Char('"');
}

QString unquoted(QString key)
{
    return key.remove(QLatin1Char('"')).trimmed();
}

} // namespace RecipeText

std::optional<DerivedDefinition> DerivedDefinition::parse(const QString &text, QString *error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq < 0) {
        if (error)
            *error = Recipe::tr("\"%1\" needs a name and a formula: NAME=formula, e.g. "
                                "\"Veränderung Kinderarmut=change(child_poverty, 2)\"")
                         .arg(text);
        return std::nullopt;
    }
    DerivedDefinition d;
    d.name = text.left(eq).trimmed();
    if (d.name.isEmpty()) {
        if (error)
            *error = Recipe::tr("the name before \"=\" is empty in \"%1\"").arg(text);
        return std::nullopt;
    }
    const auto recipe = Recipe::parse(text.mid(eq + 1), error);
    if (!recipe)
        return std::nullopt;
    d.recipe = *recipe;
    return d;
}

} // namespace qw
