#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace qw {

// How a derived indicator is computed from stored ones. Written as planners would write
// a spreadsheet formula, e.g. "rate(kinder_sgb2, kinder_u15, 100)", and stored in that
// canonical form with the catalogue entry.
enum class RecipeKind {
    Rate, // rate(numerator, denominator, per): per 1 share, 100 %, 1000 per thousand
    Change, // change(indicator, k): difference to the value k years earlier
    PctChange, // pct_change(indicator, k): relative change in %
    RankChange, // rank_change(indicator, k): places climbed since k years earlier (rank 1 =
                // highest value, models/Ranking; positive = climbed towards rank 1)
    Sum, // sum(a, b, ...): a sum of counts
    Diff, // diff(a, b): a - b
};

// Whether a change may set a school year against a calendar year, and how: never (the
// default, so a series that switched its kind of period is not compared by accident), or
// with each school year standing for the calendar year it begins in ("2019/20" as 2019)
// or ends in ("2019/20" as 2020), as the planner states it.
enum class SchoolYearAs { None, StartYear, EndYear };

struct Recipe
{
    Q_DECLARE_TR_FUNCTIONS(qw::Recipe)
public:
    RecipeKind kind = RecipeKind::Sum;
    QStringList inputs; // indicator keys, in the formula's order
    double per = 100; // Rate
    int years = 1; // Change, PctChange, RankChange
    // Change, PctChange, RankChange: written "change(x, 5, school_year_as=start)".
    SchoolYearAs schoolYearAs = SchoolYearAs::None;

    // Parses a formula; on failure returns nothing and says why in *error (naming the
    // part that is wrong).
    static std::optional<Recipe> parse(const QString &text, QString *error);
    // The canonical text, which parse() reads back to the same recipe.
    QString text() const;
    // The formula in words for the catalogue ("Änderung von Kinderarmut gegenüber 2
    // Jahren zuvor"); nameOf gives an input's name in the UI language.
    QString describe(const std::function<QString(const QString &key)> &nameOf) const;

    // A change or a difference: zero means "no change", so maps centre their colours on
    // zero rather than on the city's value. False for other formulas and for "".
    static bool measuresChange(const QString &recipeText);
    bool measuresChange() const;
    // change(), pct_change() or rank_change(): a value of one period against an earlier one.
    bool comparesPeriods() const;
    // For change(), pct_change() and rank_change(): the period the value of `period` is
    // compared with ("2024" with 2 years -> "2022", "2023-Q4" with 1 -> "2022-Q4":
    // qw::periodYearsEarlier), which must be one of the input's periods and is of the same
    // kind; codes that are no years nor quarters ("Stichtag 31.12.") take the other code
    // that many places earlier. Empty for other formulas or when there is no such period.
    // With schoolYearAs set and no period of its own kind there, a school year is compared
    // with the calendar year it stands for and back ("2024", 5, start -> "2019/20").
    QString basePeriod(const QString &period, const QStringList &inputPeriods) const;
    // The year a school year or calendar year counts as under schoolYearAs ("2019/20" ->
    // 2019 or 2020; "2019" -> 2019); 0 for other periods, and for a school year without
    // a mapping.
    int mappedYear(const QString &period) const;
    // The mapping in words for a legend, with the school year of the change as example:
    // "Schuljahr 2019/20 gilt als Kalenderjahr 2019"; empty without a mapping or when
    // neither period is a school year set against a calendar year.
    QString mappingWords(const QString &period, const QString &against) const;

    bool operator==(const Recipe &other) const = default;
};

// The pieces of recipe texts, shared by formulas and composite indices (IndexRecipe).
namespace RecipeText {
// Splits at `separator` outside double quotes and trims the parts (the quotes stay, for
// unquoted()); false on an unterminated quote.
bool split(const QString &text, QChar separator, QStringList *out);
// A key as a recipe writes it: in quotes ("kinder unter 6") where it holds a character of
// the syntax or begins with a sign.
QString quoted(const QString &key);
QString unquoted(QString key);
} // namespace RecipeText

// "NAME=recipe", as the command line's --derive takes it.
struct DerivedDefinition
{
    QString name;
    Recipe recipe;

    static std::optional<DerivedDefinition> parse(const QString &text, QString *error);
};

} // namespace qw
