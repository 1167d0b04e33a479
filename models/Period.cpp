#include "Period.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace qw {

namespace {

// A period code read: its kind, where it lies and where its years are written, so that a
// period some years earlier can be written the same way.
struct Parsed
{
    PeriodKind kind = PeriodKind::Other;
    int year = 0; // the calendar year; the first year of a school year; a quarter's year
    int quarter = 0; // 1 to 4
    qsizetype yearAt = -1, yearLength = 0; // the (first) year in the text
    qsizetype endAt = -1, endLength = 0; // a school year's second year: "20" or "2020"
};

using RE = QRegularExpression;

Parsed parse(const QString &text)
{
    static const RE calendar(QStringLiteral(R"(^((?:19|20)\d{2})$)"));
    // "2019/20", "2019/2020", "2019-20", "SJ 2019/20", "Schuljahr 2019-2020"
    static const RE school(
        QStringLiteral(R"(^(?:(?:SJ|Schuljahr)\s*)?((?:19|20)\d{2})\s*[/\-–]\s*(\d{2}|\d{4})$)"),
        RE::CaseInsensitiveOption);
    // "2023-Q4", "2023 Q4", "2023Q4", "2023/Q4"
    static const RE yearQuarter(QStringLiteral(R"(^((?:19|20)\d{2})\s*[-/ ]?\s*Q([1-4])$)"),
                                RE::CaseInsensitiveOption);
    // "Q4/2023", "Q4 2023", "Q4-2023"
    static const RE quarterYear(QStringLiteral(R"(^Q([1-4])\s*[-/ ]?\s*((?:19|20)\d{2})$)"),
                                RE::CaseInsensitiveOption);
    // "4. Quartal 2023", "IV. Quartal 2023", "4. Vierteljahr 2023", "4. Vj. 2023"
    static const RE german(
        QStringLiteral(
            R"(^([1-4]|I|II|III|IV)\.?\s*(?:Quartal|Vierteljahr|Vj\.?)\s*((?:19|20)\d{2})$)"),
        RE::CaseInsensitiveOption);

    Parsed p;
    QRegularExpressionMatch m;
    const auto yearFrom = [&](int group) {
        p.year = m.captured(group).toInt();
        p.yearAt = m.capturedStart(group);
        p.yearLength = m.capturedLength(group);
    };
    if ((m = calendar.match(text)).hasMatch()) {
        p.kind = PeriodKind::CalendarYear;
        yearFrom(1);
    } else if ((m = school.match(text)).hasMatch()) {
        const int start = m.captured(1).toInt();
        const int end = m.captured(2).toInt();
        const bool next = m.capturedLength(2) == 2 ? (start + 1) % 100 == end : start + 1 == end;
        if (next) {
            p.kind = PeriodKind::SchoolYear;
            yearFrom(1);
            p.endAt = m.capturedStart(2);
            p.endLength = m.capturedLength(2);
        }
    } else if ((m = yearQuarter.match(text)).hasMatch()) {
        p.kind = PeriodKind::Quarter;
        yearFrom(1);
        p.quarter = m.captured(2).toInt();
    } else if ((m = quarterYear.match(text)).hasMatch()) {
        p.kind = PeriodKind::Quarter;
        yearFrom(2);
        p.quarter = m.captured(1).toInt();
    } else if ((m = german.match(text)).hasMatch()) {
        p.kind = PeriodKind::Quarter;
        yearFrom(2);
        static const QStringList roman {QStringLiteral("I"), QStringLiteral("II"),
                                        QStringLiteral("III"), QStringLiteral("IV")};
        const QString q = m.captured(1).toUpper();
        p.quarter = q.front().isDigit() ? q.toInt() : int(roman.indexOf(q)) + 1;
    }
    return p;
}

// Where a period lies among those of its kind; equal for two spellings of one period.
int position(const Parsed &p)
{
    return p.kind == PeriodKind::Quarter ? p.year * 4 + p.quarter - 1 : p.year;
}

} // namespace

int calendarYear(const QString &period)
{
    const Parsed p = parse(period);
    return p.kind == PeriodKind::CalendarYear ? p.year : 0;
}

int schoolYearStart(const QString &period)
{
    const Parsed p = parse(period);
    return p.kind == PeriodKind::SchoolYear ? p.year : 0;
}

int quarterYear(const QString &period, int *quarter)
{
    const Parsed p = parse(period);
    if (quarter)
        *quarter = p.kind == PeriodKind::Quarter ? p.quarter : 0;
    return p.kind == PeriodKind::Quarter ? p.year : 0;
}

PeriodKind periodKind(const QString &period)
{
    return parse(period).kind;
}

bool periodLess(const QString &a, const QString &b)
{
    const Parsed pa = parse(a), pb = parse(b);
    if (pa.kind != pb.kind)
        return pa.kind < pb.kind;
    if (pa.kind != PeriodKind::Other && position(pa) != position(pb))
        return position(pa) < position(pb);
    return a < b;
}

void sortPeriods(QStringList &periods)
{
    // Parsing once per code rather than once per comparison: an indicator has few periods,
    // but the project sorts every indicator's on opening.
    std::vector<std::pair<Parsed, QString>> keyed;
    keyed.reserve(std::size_t(periods.size()));
    for (const QString &p : periods)
        keyed.emplace_back(parse(p), p);
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        if (a.first.kind != b.first.kind)
            return a.first.kind < b.first.kind;
        if (a.first.kind != PeriodKind::Other && position(a.first) != position(b.first))
            return position(a.first) < position(b.first);
        return a.second < b.second;
    });
    for (qsizetype i = 0; i < periods.size(); ++i)
        periods[i] = keyed[std::size_t(i)].second;
}

QString periodYearsEarlier(const QString &period, int years)
{
    const Parsed p = parse(period);
    if (p.kind == PeriodKind::Other)
        return {};
    const int from = p.year - years;
    if (from < 1000 || from > 9999)
        return {};
    QString out = period;
    // The second year first: it stands after the first, whose replacement keeps its length.
    if (p.endAt >= 0)
        out.replace(p.endAt, p.endLength,
                    p.endLength == 2
                        ? QStringLiteral("%1").arg((from + 1) % 100, 2, 10, QLatin1Char('0'))
                        : QString::number(from + 1));
    out.replace(p.yearAt, p.yearLength, QString::number(from));
    return out;
}

QString periodKindName(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::CalendarYear:
        return QCoreApplication::translate("qw::Period", "calendar year");
    case PeriodKind::SchoolYear:
        return QCoreApplication::translate("qw::Period", "school year");
    case PeriodKind::Quarter:
        return QCoreApplication::translate("qw::Period", "quarter");
    case PeriodKind::Other:
        break;
    }
    return QCoreApplication::translate("qw::Period", "other period code");
}

QList<PeriodKind> periodKinds(const QStringList &periods)
{
    QList<PeriodKind> kinds;
    for (const QString &p : periods)
        if (const PeriodKind k = periodKind(p); !kinds.contains(k))
            kinds << k;
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

QString periodsByKind(QStringList periods)
{
    sortPeriods(periods);
    QStringList parts;
    for (const PeriodKind kind : periodKinds(periods)) {
        QStringList own;
        for (const QString &p : periods)
            if (periodKind(p) == kind)
                own << p;
        parts << QStringLiteral("%1: %2").arg(periodKindName(kind), own.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QString matchingPeriod(const QStringList &periods, const QString &chosen)
{
    if (chosen.isEmpty())
        return {};
    if (periods.contains(chosen))
        return chosen;
    const Parsed c = parse(chosen);
    if (c.kind == PeriodKind::Other)
        return {};
    for (const QString &p : periods) // the same period, written another way
        if (const Parsed o = parse(p); o.kind == c.kind && position(o) == position(c))
            return p;
    if (c.kind == PeriodKind::Quarter)
        return {};
    for (const QString &p : periods) // a calendar year and the school year beginning in it
        if (const Parsed o = parse(p);
            (o.kind == PeriodKind::CalendarYear || o.kind == PeriodKind::SchoolYear)
            && o.year == c.year)
            return p;
    return {};
}

QString periodInWords(const QString &period)
{
    switch (periodKind(period)) {
    case PeriodKind::CalendarYear:
        return QCoreApplication::translate("qw::Period", "calendar year %1").arg(period);
    case PeriodKind::SchoolYear:
        return QCoreApplication::translate("qw::Period", "school year %1").arg(period);
    case PeriodKind::Quarter:
        return QCoreApplication::translate("qw::Period", "quarter %1").arg(period);
    case PeriodKind::Other:
        break;
    }
    return period;
}

QString periodsAcrossKinds(const QString &period, const QString &against)
{
    if (period.isEmpty() || against.isEmpty() || periodKind(period) == periodKind(against))
        return {};
    QString words = QCoreApplication::translate("qw::Period", "%1 against %2")
                        .arg(periodInWords(period), periodInWords(against));
    words[0] = words[0].toUpper(); // it begins a legend line
    return words;
}

QString schoolYearAsWords(const QString &schoolYear, int year)
{
    return QCoreApplication::translate("qw::Period", "school year %1 counts as calendar year %2")
        .arg(schoolYear)
        .arg(year);
}

} // namespace qw
