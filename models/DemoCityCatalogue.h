#pragma once

#include "ProjectTypes.h"

#include <span>

// The fictional demo city's catalogue: which indicators it has, how each depends on the
// social gradient, and the names its areas and Kitas are made from. Data only; the
// DemoCityGenerator turns it into a city.
namespace qw::demo {

// What a rate's denominator counts.
enum class Base {
    Population,
    Under3,
    Age3to6,
    Age6to10,
    Age10to18,
    EntryExam,
    Class4,
    Leavers,
    Pupils,
    FamilyHouseholds,
    Age15to25,
    WorkingAge,
    Under21,
    Under15
};
// SchoolYearThenYear: school years until 2019/20, calendar years from 2020 on, as a source
// that changed how it reports; a change across the switch needs the planner's mapping of
// school years onto calendar years (the demo's case of it).
enum class PeriodStyle { Year, SchoolYear, SchoolYearThenYear };

struct RateSpec
{
    const char *key;
    const char *nameDe;
    const char *nameEn;
    const char *unit;
    IndicatorKind kind;
    Polarity polarity;
    const char *department;
    const char *source;
    const char *description;
    double baseShare; // at the city mean of the social gradient, first period
    double slope; // logit change per standard deviation of deprivation
    double trend; // logit change over the whole series
    Base base;
    double baseFactor; // denominator = base count x factor
    int minCases;
    PeriodStyle periods;
    const char *denominatorKey;
    int firstPeriod = 0; // series gap: periods before this are absent
};

struct CountSpec
{
    const char *key;
    const char *nameDe;
    const char *nameEn;
    Base base;
};

// The departments that deliver the indicators.
extern const char *const kStat;
extern const char *const kJobcenter;
extern const char *const kYouth;
extern const char *const kHealth;
extern const char *const kSchool;
extern const char *const kEduOffice;

std::span<const RateSpec> rates();
std::span<const CountSpec> counts();
std::span<const char *const> areaStems();
std::span<const char *const> areaEndings();
std::span<const char *const> districtNames();
std::span<const char *const> kitaNames();

} // namespace qw::demo
