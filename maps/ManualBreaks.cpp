#include "ManualBreaks.h"

#include "Classification.h"
#include "NumberFormat.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qw::ManualBreaks", text);
}

} // namespace

QString ManualBreaks::format(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

std::optional<double> ManualBreaks::parseNumber(const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed();
    bool ok = false;
    // Grouping is refused: under German "12.5" would otherwise read as 125.
    QLocale strict = locale;
    strict.setNumberOptions(strict.numberOptions() | QLocale::RejectGroupSeparator);
    double v = strict.toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::vector<double> ManualBreaks::parseList(const QString &text, BreakProblem *problem)
{
    std::vector<double> breaks;
    const QStringList parts = text.split(QLatin1Char(','));
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        std::optional<double> v;
        if (!part.isEmpty()) {
            bool ok = false;
            const double d = QLocale::c().toDouble(part, &ok);
            if (ok && std::isfinite(d))
                v = d;
        }
        if (!v) {
            if (problem)
                *problem = {i,
                            part.isEmpty()
                                ? tr("break %1 is empty; separate the breaks by single "
                                     "commas, e.g. 10,20,30.5")
                                      .arg(i + 1)
                                : tr("\"%1\" is not a number; write the breaks with a "
                                     "decimal point, separated by commas, e.g. 10,20,30.5")
                                      .arg(part)};
            return {};
        }
        breaks.push_back(*v);
    }
    return breaks;
}

BreakProblem ManualBreaks::checkOrder(std::span<const double> breaks, const QLocale &locale)
{
    const int n = int(breaks.size());
    if (n < kMinBreaks)
        return {-1, tr("Give at least one break (two classes).")};
    if (n > kMaxBreaks)
        return {-1,
                tr("At most %1 breaks (%2 classes) are possible, not %3.")
                    .arg(kMaxBreaks)
                    .arg(kMaxBreaks + 1)
                    .arg(n)};
    for (int i = 0; i < n; ++i) {
        if (!std::isfinite(breaks[i]))
            return {i, tr("Break %1 is not a number.").arg(i + 1)};
        if (i == 0)
            continue;
        if (breaks[i] == breaks[i - 1])
            return {i, tr("The break %1 appears twice.").arg(format(breaks[i], locale))};
        if (breaks[i] < breaks[i - 1])
            return {i,
                    tr("The breaks must rise: %1 comes after %2.")
                        .arg(format(breaks[i], locale), format(breaks[i - 1], locale))};
    }
    return {};
}

BreakProblem ManualBreaks::check(std::span<const double> breaks, double min, double max,
                                 const QLocale &locale, int decimals)
{
    if (!std::isfinite(min) || !std::isfinite(max))
        return {-1, tr("There are no values to divide into classes.")};
    if (min == max)
        return {-1,
                tr("All values are equal (%1): there is nothing to divide into classes.")
                    .arg(formatNumber(min, decimals, locale))};
    for (std::size_t i = 0; i < breaks.size(); ++i)
        if (std::isfinite(breaks[i]) && (breaks[i] <= min || breaks[i] >= max))
            return {int(i),
                    tr("The break %1 lies outside the values (%2 to %3); each break must lie "
                       "between the smallest and the largest value.")
                        .arg(format(breaks[i], locale), formatNumber(min, decimals, locale),
                             formatNumber(max, decimals, locale))};
    return checkOrder(breaks, locale);
}

std::vector<double> ManualBreaks::startingBreaks(const std::vector<double> &edges, double min,
                                                 double max, int decimals)
{
    std::vector<double> breaks;
    if (!(min < max))
        return breaks;
    const double scale = std::pow(10.0, std::clamp(decimals, 0, 9));
    for (std::size_t i = 1; i + 1 < edges.size(); ++i) {
        double b = std::round(edges[i] * scale) / scale;
        if (!(b > min && b < max))
            b = edges[i]; // rounding pushed it out: keep it as it is
        if (b > min && b < max && (breaks.empty() || b > breaks.back())
            && int(breaks.size()) < kMaxBreaks)
            breaks.push_back(b);
    }
    if (breaks.empty())
        breaks.push_back((min + max) / 2);
    return breaks;
}

std::vector<double> ManualBreaks::edges(std::span<const double> breaks, double min, double max)
{
    std::vector<double> e {min};
    e.insert(e.end(), breaks.begin(), breaks.end());
    e.push_back(max);
    return e;
}

std::vector<int> ManualBreaks::counts(std::span<const double> values,
                                      const std::vector<double> &edges)
{
    std::vector<int> counts(edges.size() > 1 ? edges.size() - 1 : 0, 0);
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        const int c = classIndex(edges, v);
        if (c >= 0)
            ++counts[std::size_t(c)];
    }
    return counts;
}

std::vector<int> ManualBreaks::histogram(std::span<const double> values, double min, double max,
                                         int bins)
{
    std::vector<int> counts(std::size_t(std::max(bins, 0)), 0);
    if (bins < 1)
        return counts;
    const double width = max > min ? (max - min) / bins : 1;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        const int b = std::clamp(int(std::floor((v - min) / width)), 0, bins - 1);
        ++counts[std::size_t(b)];
    }
    return counts;
}

} // namespace qw
