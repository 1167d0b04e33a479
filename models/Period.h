#pragma once

#include <QString>
#include <QStringList>

namespace qw {

// Period codes as German planning data write them, kept as written (the import stores the
// file's text) and read here:
// - calendar years: "2019";
// - school years: "2019/20", "2019/2020", "2019-20", "2019-2020", "SJ 2019/20",
//   "Schuljahr 2019/20" (the second year must follow the first: "2015/2020" is a span);
// - quarters: "2023-Q4", "2023 Q4", "2023Q4", "Q4/2023", "Q4 2023", and as the statistics
//   offices write them, "4. Quartal 2023", "IV. Quartal 2023", "4. Vierteljahr 2023",
//   "4. Vj. 2023";
// - anything else ("Stichtag 31.12.", "2019 bis 2021") is kept as text and ordered as text.
// The order of the enumerators is the order of the kinds in comparePeriods.
enum class PeriodKind { CalendarYear, SchoolYear, Quarter, Other };

PeriodKind periodKind(const QString &period);
// The year of a calendar-year code ("2019"), else 0.
int calendarYear(const QString &period);
// The calendar year a school year ("2019/20", "SJ 2019/2020") begins in, else 0.
int schoolYearStart(const QString &period);
// The year and quarter (1 to 4) of a quarter ("Q4/2023" -> 2023, 4); 0 and 0 for others.
int quarterYear(const QString &period, int *quarter = nullptr);

// The one order of periods, for the time slider, the series, the comparison and every
// list: kinds apart (calendar years, then school years, then quarters, then other codes),
// each in its own order: years and school years by their (start) year, quarters by year
// then quarter, other codes as text. Two spellings of one period ("2019/20",
// "SJ 2019/20") fall back to the text, so the order is total.
bool periodLess(const QString &a, const QString &b);
void sortPeriods(QStringList &periods);

// The same kind of period k years earlier, written the same way ("2019/20", 2 ->
// "2017/18"; "SJ 2019/2020" -> "SJ 2017/2018"; "2019" -> "2017"). For a quarter it is the
// same quarter k years earlier ("2023-Q4", 1 -> "2022-Q4"), never 4k quarters counted
// along the list: a year-on-year change of a quarter compares like seasons, as the
// statistics offices' "gegenüber dem Vorjahresquartal" does, and a missing quarter
// cannot shift the base. Empty for other codes.
QString periodYearsEarlier(const QString &period, int years);

// The kind in words for messages: "Kalenderjahr", "Schuljahr", "Quartal", "sonstige
// Angabe" (in the UI language through qw::Period's translations).
QString periodKindName(PeriodKind kind);
// The kinds of an indicator's periods, in PeriodKind order, for the import's warning.
QList<PeriodKind> periodKinds(const QStringList &periods);
// The periods grouped by kind, in order: "Kalenderjahr: 2018, 2019; Schuljahr: 2019/20".
QString periodsByKind(QStringList periods);

// The one rule for finding a chosen period among an indicator's periods, used by the map,
// the comparison, the profile and the printed reports: the same code; else the same period
// written another way ("SJ 2019/20" for "2019/20", "Q4/2023" for "2023-Q4"); else, for a
// calendar year, the school year that begins in it ("2019" -> "2019/20": German school
// years begin on 1 August, so the school year of autumn 2019 is the one planned and
// counted in 2019), and for a school year the calendar year it begins in ("2019/20" ->
// "2019"). Empty when nothing matches or chosen is empty: then there is no value for the
// chosen period, and no other year is taken instead.
QString matchingPeriod(const QStringList &periods, const QString &chosen);

// The period with its kind: "Schuljahr 2019/20", "Kalenderjahr 2019"; other codes as
// they are.
QString periodInWords(const QString &period);
// What a legend or caption says when a period of one kind stands for, or is set against,
// one of another kind: "Schuljahr 2019/20 gegen Kalenderjahr 2019". Empty when both are of
// one kind (then "2019/20" alone says it).
QString periodsAcrossKinds(const QString &period, const QString &against);

// A school year standing for a calendar year, as a change across kinds states its mapping:
// "Schuljahr 2019/20 gilt als Kalenderjahr 2019".
QString schoolYearAsWords(const QString &schoolYear, int calendarYear);

} // namespace qw
