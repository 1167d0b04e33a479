#pragma once

#include "AllocationRule.h"
#include "Allocator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace qw {

class Project;
struct StoredAllocation;

// One allocation computed on a project: the rule with its level and period resolved, the
// areas of the level in project order, what was read for them and the result. Plain data
// (copied into the table model and the exports).
struct Allocation
{
    AllocationRule rule;
    QString indicatorName; // in the UI language
    QString populationName; // empty without a population
    QString levelName;
    int indicatorDecimals = 1; // for the value column
    // A class indicator's class names, class 1 first ("sehr niedrig", ...); empty for a
    // measured indicator, an empty name where a class has none.
    std::vector<QString> classNames;
    std::vector<QString> keys; // the areas of the level
    std::vector<QString> names;
    // Per area: left out by the indicator's own rule ("nicht berechnet (unter 300 EW)"),
    // which is no missing value; empty when no area is. The words in notComputedWords.
    std::vector<char> notComputed;
    QString notComputedWords;
    bool isNotComputed(std::size_t i) const { return i < notComputed.size() && notComputed[i]; }
    // The words of an area's limit column: its limit, or why it has no value.
    QString limitWords(std::size_t i) const;
    AllocationInput input;
    AllocationResult result;
    QString previousName; // the saved allocation the change is against, or empty

    std::size_t size() const { return keys.size(); }
    // The name of class cls (1, 2, ...), or empty.
    QString className(int cls) const;
    // The population's period the basis was computed with (the rule's, or the indicator's).
    QString populationPeriod() const;
    // With whole units: the areas split by the key that got no unit at all.
    int zeroUnits() const;
    // The rule in words (AllocationRule::describe with this project's names).
    QString describe(const QLocale &locale) const;
};

// Reads what a rule needs from a project and runs the Allocator.
class ProjectAllocation
{
    Q_DECLARE_TR_FUNCTIONS(qw::ProjectAllocation)

public:
    // An empty level is the project's finest, an empty period the indicator's latest (a
    // calendar year and its school year match, as everywhere: qw::matchingPeriod). The
    // population is read for the rule's population period, or the indicator's where none
    // is given (refused, naming the periods it has, when the population lacks that one);
    // a code indicator (classes, KEY_group) is refused as a population. previous, when given, is a
    // saved allocation of the same level and unit to show the change against. On bad input returns
    // nothing and says why in *error, naming the indicator, period, level or area.
    static std::optional<Allocation> compute(Project &project, AllocationRule rule, bool german,
                                             QString *error,
                                             const StoredAllocation *previous = nullptr);
    // A saved allocation as it was decided, to show again: its rule and amounts as stored
    // (never recomputed), the names of what it refers to as the project has them now. The
    // rows follow the level's areas in project order (areas the saved one does not have
    // are left out), then areas it has that the level no longer has. The population is
    // read for the rule's period where the project has it (the column shows it).
    static Allocation fromStored(Project &project, const StoredAllocation &stored, bool german);
    // Whether a saved allocation still follows from its rule on the project as it is now
    // (an index edited since, a new import): empty when every area would get the same
    // amount again, else a notice saying how many would not (or that the rule no longer
    // computes, and why). The saved amounts stay as decided either way.
    static QString outdatedNotice(Project &project, const StoredAllocation &stored, bool german);
};

} // namespace qw
