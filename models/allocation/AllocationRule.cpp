#include "AllocationRule.h"

#include "NumberFormat.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace qw {

namespace {

const QString kHead = QStringLiteral("qw-allocation/");

// A number as the text form writes it: C locale, the shortest text that reads back as the
// same double ("500000", "0.1"), never "-0".
QString numberText(double v)
{
    return QString::number(v + 0.0, 'f', QLocale::FloatingPointShortest);
}

bool readNumber(const QString &text, double *out)
{
    bool ok = false;
    *out = text.trimmed().toDouble(&ok); // C locale
    return ok && std::isfinite(*out);
}

// Keys are text and may hold anything; quoted ("...", a quote doubled) where they hold a
// character of the text form's syntax or blanks at an end.
QString quoted(const QString &text)
{
    static const QRegularExpression plain(
        QStringLiteral(R"re(^[^\s;=:,"](?:[^;=:,"]*[^\s;=:,"])?$)re"));
    if (plain.match(text).hasMatch())
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Splits text at sep outside quotes; false on an unterminated quote.
bool splitOutsideQuotes(const QString &text, QChar sep, QStringList *out)
{
    QString current;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes; // a doubled quote toggles twice: still inside
        if (c == sep && !inQuotes) {
            out->append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    out->append(current);
    return !inQuotes;
}

// The text of a plain or quoted value; false when a quoted one has text after its end.
bool unquote(const QString &raw, QString *out)
{
    const QString t = raw.trimmed();
    if (!t.startsWith(QLatin1Char('"'))) {
        *out = t;
        return !t.contains(QLatin1Char('"'));
    }
    QString value;
    for (qsizetype i = 1; i < t.size(); ++i) {
        if (t[i] != QLatin1Char('"')) {
            value += t[i];
        } else if (i + 1 < t.size() && t[i + 1] == QLatin1Char('"')) {
            value += QLatin1Char('"');
            ++i;
        } else {
            *out = value;
            return i == t.size() - 1;
        }
    }
    return false;
}

bool isWhole(double v)
{
    return std::isfinite(v) && v == std::floor(v);
}

} // namespace

std::optional<double> AllocationRule::pinOf(const QString &areaKey) const
{
    for (const AllocationPin &p : pins)
        if (p.areaKey == areaKey)
            return p.amount;
    return std::nullopt;
}

double AllocationRule::pinnedTotal() const
{
    double sum = 0;
    for (const AllocationPin &p : pins)
        sum += p.amount;
    return sum;
}

QString AllocationRule::toCode(BudgetUnit unit)
{
    switch (unit) {
    case BudgetUnit::Euro:
        return QStringLiteral("euro");
    case BudgetUnit::StaffPositions:
        return QStringLiteral("staff");
    case BudgetUnit::Hours:
        return QStringLiteral("hours");
    }
    return {};
}

std::optional<BudgetUnit> AllocationRule::unitFromCode(const QString &code)
{
    for (BudgetUnit u : {BudgetUnit::Euro, BudgetUnit::StaffPositions, BudgetUnit::Hours})
        if (toCode(u) == code)
            return u;
    return std::nullopt;
}

QString AllocationRule::unitName(BudgetUnit unit)
{
    switch (unit) {
    case BudgetUnit::Euro:
        return QStringLiteral("€");
    case BudgetUnit::StaffPositions:
        return tr("staff positions");
    case BudgetUnit::Hours:
        return tr("hours");
    }
    return {};
}

QString AllocationRule::formatAmount(double amount, BudgetUnit unit, int decimals,
                                     const QLocale &locale)
{
    const QString n = formatNumber(amount, unit == BudgetUnit::Euro ? 2 : decimals, locale);
    switch (unit) {
    case BudgetUnit::Euro:
        return tr("€%1").arg(n);
    case BudgetUnit::StaffPositions:
        return amount == 1 ? tr("%1 staff position").arg(n) : tr("%1 staff positions").arg(n);
    case BudgetUnit::Hours:
        return amount == 1 ? tr("%1 hour").arg(n) : tr("%1 hours").arg(n);
    }
    return n;
}

QString AllocationRule::check() const
{
    const QLocale locale;
    const auto amount = [&](double v) {
        return std::isfinite(v) ? formatAmount(v, unit, isWhole(v) ? 0 : 2, locale) : numberText(v);
    };
    if (indicatorKey.trimmed().isEmpty())
        return tr("The rule names no indicator to split the budget by.");
    if (!std::isfinite(budget) || budget <= 0)
        return tr("The budget must be a number above zero, not %1.").arg(numberText(budget));
    if (!std::isfinite(floor) || floor < 0)
        return tr("The floor per area must be zero or more, not %1.").arg(numberText(floor));
    if (std::isnan(cap) || cap <= 0)
        return tr("The cap per area must be above zero, not %1.").arg(numberText(cap));
    if (cap < floor)
        return tr("The cap of %1 is below the floor of %2: no area could be given an amount.")
            .arg(amount(cap), amount(floor));
    if (floor > budget)
        return tr("The floor of %1 per area is more than the whole budget of %2.")
            .arg(amount(floor), amount(budget));
    QSet<QString> pinned;
    for (const AllocationPin &p : pins) {
        if (p.areaKey.isEmpty())
            return tr("A fixed amount names no area.");
        if (pinned.contains(p.areaKey))
            return tr("Area %1 has two fixed amounts.").arg(p.areaKey);
        pinned.insert(p.areaKey);
        if (!std::isfinite(p.amount) || p.amount < 0)
            return tr("The fixed amount of area %1 must be zero or more, not %2.")
                .arg(p.areaKey, numberText(p.amount));
    }
    if (pinnedTotal() > budget)
        return tr("The fixed amounts add up to %1, more than the budget of %2.")
            .arg(amount(pinnedTotal()), amount(budget));
    if (wholeUnits) {
        std::vector<std::pair<QString, double>> numbers {{tr("budget"), budget},
                                                         {tr("floor"), floor}};
        if (hasCap())
            numbers.push_back({tr("cap"), cap});
        for (const AllocationPin &p : pins)
            numbers.push_back({tr("fixed amount of %1").arg(p.areaKey), p.amount});
        for (const auto &[what, v] : numbers)
            if (!isWhole(v))
                return tr("With whole units the %1 must be a whole number, not %2.")
                    .arg(what, formatNumber(v, 2, locale));
    }
    if (basis == BasisKind::Shift && (!std::isfinite(offset) || offset < 0))
        return tr("The offset must be zero or more (a share of the range, e.g. 0.1), not %1.")
            .arg(numberText(offset));
    if (basis == BasisKind::ClassPoints) {
        if (points.empty() || points.size() > 100)
            return tr("Give the points per class from class 1 up, e.g. 0,1,2,3.");
        for (double p : points)
            if (!std::isfinite(p) || p < 0)
                return tr("The points per class must be zero or more, not %1.").arg(numberText(p));
    }
    return {};
}

QString AllocationRule::text() const
{
    const bool ownPopulationPeriod = textVersion() >= 2;
    QStringList f;
    f << kHead + QString::number(textVersion());
    f << QStringLiteral("indicator=") + quoted(indicatorKey);
    f << QStringLiteral("period=") + quoted(period);
    f << QStringLiteral("level=") + quoted(levelKey);
    f << QStringLiteral("budget=") + numberText(budget);
    f << QStringLiteral("unit=") + toCode(unit);
    if (basis == BasisKind::Shift) {
        f << QStringLiteral("basis=shift") << QStringLiteral("offset=") + numberText(offset)
          << QStringLiteral("need=")
                + (need == NeedDirection::HigherValue ? QStringLiteral("higher")
                                                      : QStringLiteral("lower"));
    } else {
        QStringList p;
        for (double v : points)
            p << numberText(v);
        f << QStringLiteral("basis=points") << QStringLiteral("points=") + p.join(QLatin1Char(','));
    }
    if (!populationKey.isEmpty())
        f << QStringLiteral("per=") + quoted(populationKey);
    if (ownPopulationPeriod)
        f << QStringLiteral("per_period=") + quoted(populationPeriod);
    if (floor > 0)
        f << QStringLiteral("floor=") + numberText(floor);
    if (hasCap())
        f << QStringLiteral("cap=") + numberText(cap);
    if (wholeUnits)
        f << QStringLiteral("whole=1");
    for (const AllocationPin &p : pins)
        f << QStringLiteral("pin=") + quoted(p.areaKey) + QLatin1Char(':') + numberText(p.amount);
    return f.join(QStringLiteral("; "));
}

std::optional<AllocationRule> AllocationRule::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<AllocationRule>();
    };
    if (text.size() > 100000)
        return fail(tr("The allocation rule is too long (%1 characters).").arg(text.size()));
    QStringList fields;
    if (!splitOutsideQuotes(text, QLatin1Char(';'), &fields))
        return fail(tr("A quote in the allocation rule is not closed."));
    const QString head = fields.takeFirst().trimmed();
    bool ok = false;
    const int version = head.startsWith(kHead) ? head.mid(kHead.size()).toInt(&ok) : 0;
    if (!ok || version < 1)
        return fail(tr("\"%1\" is no allocation rule (it must begin with \"%2%3\").")
                        .arg(head.left(40), kHead)
                        .arg(kVersion));
    if (version > kVersion)
        return fail(tr("The allocation rule was written by a newer version of the program "
                       "(rule version %1; this one reads up to %2).")
                        .arg(version)
                        .arg(kVersion));
    AllocationRule r;
    r.pins.clear();
    QSet<QString> seen;
    bool hasPoints = false;
    for (const QString &field : fields) {
        if (field.trimmed().isEmpty())
            continue;
        QStringList parts;
        splitOutsideQuotes(field, QLatin1Char('='), &parts);
        const QString name = parts.takeFirst().trimmed();
        const QString raw = parts.join(QLatin1Char('='));
        if (parts.isEmpty())
            return fail(tr("The field \"%1\" of the allocation rule has no value.").arg(name));
        if (name != QLatin1String("pin") && seen.contains(name))
            return fail(tr("The allocation rule names \"%1\" twice.").arg(name));
        seen.insert(name);
        QString value;
        if (!unquote(raw, &value) && name != QLatin1String("pin"))
            return fail(tr("The field \"%1\" of the allocation rule is malformed: %2")
                            .arg(name, raw.trimmed()));
        const auto number = [&](double *out) {
            return readNumber(value, out) ? QString()
                                          : tr("The field \"%1\" of the allocation rule is no "
                                               "number: %2")
                                                .arg(name, value);
        };
        QString problem;
        if (name == QLatin1String("indicator")) {
            r.indicatorKey = value;
        } else if (name == QLatin1String("period")) {
            r.period = value;
        } else if (name == QLatin1String("level")) {
            r.levelKey = value;
        } else if (name == QLatin1String("per")) {
            r.populationKey = value;
        } else if (name == QLatin1String("per_period") && version >= 2) {
            r.populationPeriod = value;
        } else if (name == QLatin1String("budget")) {
            problem = number(&r.budget);
        } else if (name == QLatin1String("floor")) {
            problem = number(&r.floor);
        } else if (name == QLatin1String("cap")) {
            problem = number(&r.cap);
        } else if (name == QLatin1String("offset")) {
            problem = number(&r.offset);
        } else if (name == QLatin1String("unit")) {
            const auto unit = unitFromCode(value);
            if (!unit)
                problem = tr("Unknown unit \"%1\" in the allocation rule (euro, staff or hours).")
                              .arg(value);
            r.unit = unit.value_or(BudgetUnit::Euro);
        } else if (name == QLatin1String("basis")) {
            if (value == QLatin1String("shift"))
                r.basis = BasisKind::Shift;
            else if (value == QLatin1String("points"))
                r.basis = BasisKind::ClassPoints;
            else
                problem =
                    tr("Unknown basis \"%1\" in the allocation rule (shift or points).").arg(value);
        } else if (name == QLatin1String("need")) {
            if (value == QLatin1String("higher"))
                r.need = NeedDirection::HigherValue;
            else if (value == QLatin1String("lower"))
                r.need = NeedDirection::LowerValue;
            else
                problem =
                    tr("Unknown need \"%1\" in the allocation rule (higher or lower).").arg(value);
        } else if (name == QLatin1String("points")) {
            hasPoints = true;
            r.points.clear();
            for (const QString &p : value.split(QLatin1Char(','))) {
                double v = 0;
                if (!readNumber(p, &v)) {
                    problem = tr("The points of the allocation rule are no list of numbers: %1")
                                  .arg(value);
                    break;
                }
                r.points.push_back(v);
            }
        } else if (name == QLatin1String("whole")) {
            if (value != QLatin1String("1") && value != QLatin1String("0"))
                problem = tr("The field \"whole\" of the allocation rule takes 0 or 1, not %1.")
                              .arg(value);
            r.wholeUnits = value == QLatin1String("1");
        } else if (name == QLatin1String("pin")) {
            QStringList keyAndAmount;
            splitOutsideQuotes(raw, QLatin1Char(':'), &keyAndAmount);
            AllocationPin pin;
            if (keyAndAmount.size() != 2 || !unquote(keyAndAmount[0], &pin.areaKey)
                || !readNumber(keyAndAmount[1], &pin.amount))
                problem = tr("A fixed amount of the allocation rule is not AREA:AMOUNT: %1")
                              .arg(raw.trimmed());
            r.pins.push_back(pin);
        } else {
            problem = tr("The allocation rule has an unknown field \"%1\".").arg(name);
        }
        if (!problem.isEmpty())
            return fail(problem);
    }
    for (const char *required : {"indicator", "period", "level", "budget", "unit", "basis"})
        if (!seen.contains(QLatin1String(required)))
            return fail(
                tr("The allocation rule lacks the field \"%1\".").arg(QLatin1String(required)));
    if (seen.contains(QStringLiteral("per_period")) && r.populationKey.isEmpty())
        return fail(tr("The allocation rule gives a period of the population (per_period) but "
                       "no population (per)."));
    if (r.basis == BasisKind::ClassPoints && !hasPoints)
        return fail(tr("The allocation rule by class points lacks the field \"points\"."));
    if (const QString problem = r.check(); !problem.isEmpty())
        return fail(problem);
    return r;
}

QString AllocationRule::describe(const Names &n) const
{
    const QLocale &locale = n.locale;
    const auto amount = [&](double v) {
        return formatAmount(v, unit, isWhole(v) ? 0 : 2, locale);
    };
    QStringList s;
    s << tr("A budget of %1 is split over the %n area(s) of the level %2 by %3 (%4).", nullptr,
            n.areas)
             .arg(amount(budget), n.level, n.indicator(indicatorKey), period);
    if (basis == BasisKind::Shift) {
        const QString percent = formatNumber(offset * 100, isWhole(offset * 100) ? 0 : 1, locale);
        s << (need == NeedDirection::HigherValue
                  ? tr("An area's need is its value minus the lowest value of all areas, plus "
                       "%1 % of the range from the lowest to the highest value (a higher value "
                       "means more need).")
                  : tr("An area's need is the highest value of all areas minus its value, plus "
                       "%1 % of the range from the lowest to the highest value (a lower value "
                       "means more need)."))
                 .arg(percent);
    } else {
        QStringList classes;
        for (std::size_t c = 0; c < points.size(); ++c) {
            // By the class's name where it has one ("sehr niedrig: 3 points"): the
            // committee knows the classes by name, not by number.
            const QString named = n.className ? n.className(int(c) + 1) : QString();
            const QString cls = named.isEmpty() ? tr("class %1").arg(c + 1) : named;
            classes << (points[c] == 1
                            ? tr("%1: 1 point").arg(cls)
                            : tr("%1: %2 points")
                                  .arg(
                                      cls,
                                      formatNumber(points[c], isWhole(points[c]) ? 0 : 2, locale)));
        }
        s << tr("An area's need is the points of its class (%1).")
                 .arg(classes.join(QStringLiteral(", ")));
    }
    if (!populationKey.isEmpty())
        s << tr("The need is multiplied by the area's %1 in %2: of two areas with the same "
                "need, the one with twice as many gets twice as much.")
                 .arg(n.indicator(populationKey),
                      populationPeriod.isEmpty() ? period : populationPeriod);
    // Named, so the committee sees who is left out; a long list only begins.
    const auto named = [](const QStringList &areas) {
        constexpr int kNamed = 12;
        QStringList out = areas.mid(0, kNamed);
        if (areas.size() > kNamed)
            out << tr("and %n more", nullptr, int(areas.size()) - kNamed);
        return out.join(QStringLiteral(", "));
    };
    if (n.withoutValue.isEmpty())
        s << tr("Each area gets the budget in proportion to this basis.");
    else
        s << tr("Each area gets the budget in proportion to this basis; the %n area(s) without "
                "a value get nothing: %1.",
                nullptr, int(n.withoutValue.size()))
                 .arg(named(n.withoutValue));
    if (!n.notComputed.isEmpty())
        s << tr("%n area(s) get nothing, as the indicator leaves them out (%1): %2.", nullptr,
                int(n.notComputed.size()))
                 .arg(n.notComputedWords, named(n.notComputed));
    if (floor > 0 && hasCap())
        s << tr("Each area with a value gets at least %1 and at most %2: areas below the floor "
                "are raised to it, areas above the cap lowered to it, and the rest is shared out "
                "again over the other areas by the same key until no area is beyond a limit.")
                 .arg(amount(floor), amount(cap));
    else if (floor > 0)
        s << tr("Each area with a value gets at least %1: areas below it are raised to it, and "
                "the rest is shared out again over the other areas by the same key until none is "
                "below it.")
                 .arg(amount(floor));
    else if (hasCap())
        s << tr("Each area gets at most %1: what the cap frees up is shared out again over the "
                "other areas by the same key until none is above it.")
                 .arg(amount(cap));
    if (!pins.empty()) {
        QStringList fixed;
        for (const AllocationPin &p : pins)
            fixed << tr("%1 %2").arg(n.area(p.areaKey), amount(p.amount));
        s << tr("Fixed amounts outside the key: %1; the key splits the remaining %2.")
                 .arg(fixed.join(QStringLiteral(", ")), amount(budget - pinnedTotal()));
    }
    if (wholeUnits) {
        const QString units = unit == BudgetUnit::Euro ? tr("whole euros")
            : unit == BudgetUnit::StaffPositions       ? tr("whole staff positions")
                                                       : tr("whole hours");
        s << tr("Amounts are %1: each area's share is rounded down and the units left over go "
                "to the areas with the largest remainders, so the parts add up to the budget "
                "exactly.")
                 .arg(units);
        if (n.zeroUnits > 0) {
            const double keyed = budget - pinnedTotal();
            s << (keyed < n.keyedAreas
                      ? tr("With %1 for %2 areas there are fewer units than areas: %n area(s) "
                           "get 0.",
                           nullptr, n.zeroUnits)
                            .arg(amount(keyed))
                            .arg(n.keyedAreas)
                      : tr("%n area(s) get 0: their share is less than one unit and its "
                           "remainder too small to be rounded up.",
                           nullptr, n.zeroUnits));
        }
    } else {
        s << tr("Amounts are not rounded; they are shown to two decimals.");
    }
    return s.join(QLatin1Char(' '));
}

} // namespace qw
