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

struct Recipe
{
    Q_DECLARE_TR_FUNCTIONS(qw::Recipe)
public:
    RecipeKind kind = RecipeKind::Sum;
    QStringList inputs; // indicator keys, in the formula's order
    double per = 100; // Rate
    int years = 1; // Change, PctChange, RankChange

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
    QString basePeriod(const QString &period, const QStringList &inputPeriods) const;

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
