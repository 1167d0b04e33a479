#pragma once

#include <QString>
#include <QStringList>

namespace qw {

// Period codes as German planning data write them: calendar years ("2019") and school
// years ("2019/20", "2019/2020"); anything else ("2019-Q1", "Stichtag 31.12.") is kept as
// text and ordered as text.
enum class PeriodKind { CalendarYear, SchoolYear, Other };

PeriodKind periodKind(const QString &period);
// The year of a calendar-year code ("2019"), else 0.
int calendarYear(const QString &period);
// The calendar year a school year ("2019/20", "2019/2020") begins in, else 0; a span of
// years ("2015/2020") is no school year.
int schoolYearStart(const QString &period);
// The same kind of period k years earlier, written the same way ("2019/20", 2 ->
// "2017/18"; "2019/2020" -> "2017/2018"; "2019" -> "2017"); empty for other codes.
QString periodYearsEarlier(const QString &period, int years);

// The one rule for finding a chosen period among an indicator's periods, used by the map,
// the comparison, the profile and the printed reports: the same code; else, for a calendar
// year, the school year that begins in it ("2019" -> "2019/20": German school years begin
// on 1 August, so the school year of autumn 2019 is the one planned and counted in 2019),
// and for a school year the calendar year it begins in ("2019/20" -> "2019"). Empty when
// nothing matches or chosen is empty: then there is no value for the chosen period, and
// no other year is taken instead.
QString matchingPeriod(const QStringList &periods, const QString &chosen);

} // namespace qw
