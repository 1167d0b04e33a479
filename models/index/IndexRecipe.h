#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace qw {

// How the inputs are made comparable before they are averaged.
enum class Standardisation {
    ZScore, // (x - mean) / population standard deviation over the kept areas (MSS)
    MinMax, // (x - min) / (max - min): 0 ... 1
    Rank, // 1 ... n, ties get their mean rank
    Percentile, // 100 * (rank - 1) / (n - 1): 0 ... 100
};

// How the index is cut into classes.
enum class ClassScheme {
    StandardDeviations, // thresholds in standard deviations of the index around its mean
    Quantiles, // n classes of (about) equal size
    Manual, // thresholds on the index's own scale
};

// The thresholds of the classes. A value on a threshold belongs to the class below it,
// except for standard deviations below the mean, where it belongs to the class above:
// with MSS's -1, 1, 1.5 exactly -1 and exactly +1 are both "mittel", as the MSS defines
// the middle class as "-1 to +1".
struct ClassRule
{
    Q_DECLARE_TR_FUNCTIONS(qw::ClassRule)
public:
    ClassScheme scheme = ClassScheme::StandardDeviations;
    std::vector<double> thresholds {-1.0, 1.0, 1.5}; // ascending; not for Quantiles
    int quantiles = 4; // the number of classes for Quantiles

    int classCount() const
    {
        return scheme == ClassScheme::Quantiles ? quantiles : int(thresholds.size()) + 1;
    }
    // "sd:-1,1,1.5", "quantile:4", "manual:0.5,1.2": as --classes takes it.
    static std::optional<ClassRule> parse(const QString &text, QString *error);
    QString text() const;
    // In words, in the program's language: "Klassen bei -1, 1 und 1,5 Standardabweichungen".
    QString describe() const;
    bool operator==(const ClassRule &other) const = default;
};

// One input of an index: the indicator, its direction (+1: a higher value means more
// need, -1: less; 0 only before it is resolved from the indicator's polarity) and weight.
struct IndexInput
{
    QString key;
    int direction = 0;
    double weight = 1.0;
    bool operator==(const IndexInput &other) const = default;
};

// A composite needs index (Sozialindex) as a planner defines it, in the MSS manner by
// default: z-scores over the areas kept, the weighted mean, standardised again, classes at
// -1, 1 and 1.5 standard deviations. Optionally a dynamics index of the same kind over the
// changes of the inputs, and the status x dynamics groups. Stored in canonical text with
// the index's catalogue entry, e.g.
//   index(+s1, +s3, +s4; weights=1,1,1; exclude=ew<300; standardise=z; restandardise=yes;
//         classes=sd:-1,1,1.5; dynamics=change:2)
// The index's values rise with need: class 1 holds the lowest values (MSS "Status hoch").
struct IndexRecipe
{
    Q_DECLARE_TR_FUNCTIONS(qw::IndexRecipe)
public:
    // Where the dynamics index comes from.
    enum class Dynamics {
        None,
        Change, // the change of each status input over `years` (derived like change())
        Inputs, // ready-made changes given as inputs (Berlin publishes D1, D3, D4)
    };

    std::vector<IndexInput> inputs;
    // Areas below a population are left out (status "not computed"), e.g. ew < 300.
    QString populationKey; // empty: none are
    double minPopulation = 0;
    QString level; // level key; empty: the project's finest
    QString period; // one period; empty: every period the inputs share
    Standardisation standardisation = Standardisation::ZScore;
    bool restandardise = true;
    ClassRule classes;
    QStringList classNames; // one per class from the lowest up; empty: the defaults

    Dynamics dynamics = Dynamics::None;
    int years = 1; // Change
    std::vector<IndexInput> dynamicsInputs; // Inputs
    ClassRule dynamicsClasses {ClassScheme::StandardDeviations, {-1.0, 1.0}, 4};
    QStringList dynamicsNames;

    // Reads the canonical text (unsigned keys keep direction 0, to be resolved). Nothing,
    // with the part that is wrong in *error, for a text that is no index.
    static std::optional<IndexRecipe> parse(const QString &text, QString *error);
    // True for texts that are index recipes (rather than formulas such as rate()).
    static bool isIndex(const QString &text);
    // The canonical text, which parse() reads back to the same recipe.
    QString text() const;
    // The recipe in words for the catalogue and the profile; nameOf gives an indicator's
    // name in the UI language.
    QString describe(const std::function<QString(const QString &key)> &nameOf) const;

    // Every indicator the index reads: status inputs, dynamics inputs, population.
    QStringList inputKeys() const;
    // The class names shown, in both languages: the planner's, else the defaults (MSS's
    // status and dynamics names for MSS's thresholds, else "Klasse 1", ...).
    QStringList statusNames(bool german) const;
    QStringList dynamicsClassNames(bool german) const;
    // "nicht berechnet (unter 300 EW)" / "not computed (under 300 inhabitants)", as stored
    // with the index; empty without a population rule.
    QString notComputedText(bool german) const;

    bool operator==(const IndexRecipe &other) const = default;
};

// The indicators an index is stored as, each a derived indicator keyed after the index.
enum class IndexPart { Index, Class, Dynamics, DynamicsClass, Group };

namespace IndexParts {

// KEY, KEY_class, KEY_dynamics, KEY_dynamics_class, KEY_group.
QString key(const QString &indexKey, IndexPart part);
// The parts a recipe makes (the dynamics ones only with dynamics).
std::vector<IndexPart> of(const IndexRecipe &recipe);
// The recipe text of a part other than the index itself, e.g. "index_class(sozialindex)":
// the index computes its parts; the text names the index they belong to.
QString recipeText(const QString &indexKey, IndexPart part);
// The index a part's recipe text belongs to, with the part; nothing for other texts.
std::optional<std::pair<QString, IndexPart>> parse(const QString &text);
// The code of a status x dynamics group (KEY_group) from the class numbers (1, 2, ...):
// the two as two digits, as Berlin's SDI_N, e.g. 23 = status 2, dynamics 3.
constexpr double groupCode(int statusClass, int dynamicsClass)
{
    return 10.0 * statusClass + dynamicsClass;
}

} // namespace IndexParts
} // namespace qw
