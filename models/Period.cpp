#include "Period.h"

#include <QRegularExpression>

namespace qw {

int calendarYear(const QString &period)
{
    static const QRegularExpression year(QStringLiteral(R"(^(?:19|20)\d{2}$)"));
    return year.match(period).hasMatch() ? period.toInt() : 0;
}

int schoolYearStart(const QString &period)
{
    static const QRegularExpression schoolYear(
        QStringLiteral(R"(^((?:19|20)\d{2})/(\d{2}|\d{4})$)"));
    const QRegularExpressionMatch m = schoolYear.match(period);
    if (!m.hasMatch())
        return 0;
    const int start = m.captured(1).toInt();
    const int end = m.captured(2).toInt();
    const bool next = m.capturedLength(2) == 2 ? (start + 1) % 100 == end : start + 1 == end;
    return next ? start : 0;
}

PeriodKind periodKind(const QString &period)
{
    if (calendarYear(period))
        return PeriodKind::CalendarYear;
    if (schoolYearStart(period))
        return PeriodKind::SchoolYear;
    return PeriodKind::Other;
}

QString periodYearsEarlier(const QString &period, int years)
{
    if (const int year = calendarYear(period))
        return QString::number(year - years);
    if (const int start = schoolYearStart(period)) {
        const int from = start - years;
        const bool longForm = period.size() == 9; // "2019/2020"
        return longForm ? QStringLiteral("%1/%2").arg(from).arg(from + 1)
                        : QStringLiteral("%1/%2").arg(from).arg((from + 1) % 100, 2, 10,
                                                                QLatin1Char('0'));
    }
    return {};
}

QString matchingPeriod(const QStringList &periods, const QString &chosen)
{
    if (chosen.isEmpty())
        return {};
    if (periods.contains(chosen))
        return chosen;
    const int year = calendarYear(chosen) ? calendarYear(chosen) : schoolYearStart(chosen);
    if (year == 0)
        return {};
    for (const QString &p : periods)
        if (calendarYear(p) == year || schoolYearStart(p) == year)
            return p;
    return {};
}

} // namespace qw
