#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace qw {

// What a budget is counted in. Whole units (AllocationRule::wholeUnits) are whole euros,
// whole positions or whole hours.
enum class BudgetUnit { Euro, StaffPositions, Hours };

// How an area's need is read from the indicator.
enum class BasisKind {
    // The indicator shifted to be positive: value - lowest value + offset x range, where the
    // range is highest - lowest value over the areas that have one. With the default offset
    // of 0.1 the neediest area weighs 1.1 ranges and the least needy 0.1, so every area with
    // a value keeps some weight. Where lower values mean more need (the indicator's polarity
    // says higher is better) it is highest value - value + offset x range.
    Shift,
    // Points per class of a class indicator (values 1, 2, ...; e.g. a composite index's
    // KEY_class): class 1 gets points[0], class 2 points[1], ...
    ClassPoints,
};

// Which end of the indicator means need (Shift only).
enum class NeedDirection { HigherValue, LowerValue };

// An area given a fixed amount outside the key (a school with its own contract).
struct AllocationPin
{
    QString areaKey;
    double amount = 0;
    bool operator==(const AllocationPin &) const = default;
};

// How a budget is split over the areas of a level by a needs indicator: the basis of each
// area (its need, optionally times a target population), a floor and a cap per area,
// pinned areas, whole units. Plain data: Allocator computes, ProjectAllocation reads the
// project. Its canonical text (text(), parse()) is what the project stores and the exports
// print beside the rule in words (describe()).
struct AllocationRule
{
    Q_DECLARE_TR_FUNCTIONS(qw::AllocationRule)
public:
    // Version of the text form; parse() refuses a newer one. text() writes the lowest
    // version that holds the rule (2 only for a population of its own period), so rules
    // that older programs read are still written as they read them.
    static constexpr int kVersion = 2;
    static constexpr double kNoCap = std::numeric_limits<double>::infinity();

    QString indicatorKey;
    QString period; // empty until ProjectAllocation resolves the indicator's latest
    QString levelKey; // empty until resolved: the project's finest level
    double budget = 0;
    BudgetUnit unit = BudgetUnit::Euro;
    BasisKind basis = BasisKind::Shift;
    double offset = 0.1; // Shift: share of the range added to every area's need
    NeedDirection need = NeedDirection::HigherValue;
    std::vector<double> points {0, 1, 2, 3}; // ClassPoints: per class, from class 1 up
    QString populationKey; // empty: the need alone; else need x this count
    // The population's period where it is not the indicator's (a planner chooses it where
    // the population lacks that one: the index of 2020, the population of 2024); empty:
    // the indicator's period (a calendar year and its school year match).
    QString populationPeriod;
    double floor = 0;
    double cap = kNoCap;
    std::vector<AllocationPin> pins;
    bool wholeUnits = false;

    bool hasCap() const { return cap != kNoCap; }
    // The pinned amount of an area, if it has one.
    std::optional<double> pinOf(const QString &areaKey) const;
    double pinnedTotal() const;

    // What can be judged without the data: budget, floor, cap, pins, points, offset.
    // Returns a message naming the wrong setting, or an empty string.
    QString check() const;

    // The canonical text, e.g. "qw-allocation/1; indicator=social_index; period=2024;
    // level=sozialraum; budget=500000; unit=euro; basis=shift; offset=0.1; need=higher;
    // floor=5000; cap=40000; whole=1; pin=0101:20000". parse() reads it back to the same
    // rule; text() of equal rules is equal.
    QString text() const;
    // The version text() writes: the lowest that holds the rule.
    int textVersion() const
    {
        return !populationKey.isEmpty() && !populationPeriod.isEmpty() ? 2 : 1;
    }
    // Reads a canonical text of any version up to kVersion. Refuses (with the reason in
    // *error) a newer version, an unknown or repeated field, a malformed number and every
    // rule check() refuses: stored text is never trusted.
    static std::optional<AllocationRule> parse(const QString &text, QString *error);

    // Names of what the rule refers to, in the UI language, for describe().
    struct Names
    {
        std::function<QString(const QString &key)> indicator;
        std::function<QString(const QString &key)> area;
        QString level; // the level's name, e.g. "Sozialraum"
        int areas = 0; // how many areas the level has
        QLocale locale;
        // The name of a class of a class indicator (points per class): "sehr niedrig";
        // empty (or unset): "class N".
        std::function<QString(int cls)> className;
        // What the result adds to the words: the areas left out for want of a value (as
        // the reader knows them, "Name (key)"), and with whole units how many areas get
        // none of the units split by the key.
        QStringList withoutValue;
        // The areas the indicator's own rule left out, and its words for them
        // ("nicht berechnet (unter 300 EW)"): no missing data, said apart.
        QStringList notComputed;
        QString notComputedWords;
        int zeroUnits = 0;
        int keyedAreas = 0; // areas split by the key (a value, not pinned)
    };
    // The rule in words, for the exports and the committee: what is split, by which key,
    // the limits, the redistribution, the pins and the rounding.
    QString describe(const Names &names) const;

    // An amount with its unit ("5.000,00 €", "12,5 Stellen", "40 Stunden"). Euros are
    // money and always carry their cents, whatever decimals says, so every message,
    // summary and rule text writes money one way.
    static QString formatAmount(double amount, BudgetUnit unit, int decimals,
                                const QLocale &locale);
    // The unit's name for a column heading ("€", "Stellen", "Stunden").
    static QString unitName(BudgetUnit unit);
    // The decimals amounts of this rule are shown with in the table: 0 for whole units,
    // else 2.
    int amountDecimals() const { return wholeUnits ? 0 : 2; }

    // Stable words for the text form and the command line.
    static QString toCode(BudgetUnit unit);
    static std::optional<BudgetUnit> unitFromCode(const QString &code);

    bool operator==(const AllocationRule &) const = default;
};

} // namespace qw
