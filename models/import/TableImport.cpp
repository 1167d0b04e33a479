#include "TableImport.h"

#include "AreaNameResolver.h"
#include "HeaderDetector.h"
#include "ImportSpecGuess.h"
#include "NumberParser.h"
#include "Period.h"
#include "StoreError.h"
#include "TableSource.h"
#include "TotalRows.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

// Longer than any indicator's name or German official title.
constexpr qsizetype kMaxNameLength = 500;

bool headerContains(const QString &header, std::initializer_list<const char *> words)
{
    const QString h = header.toLower();
    for (const char *w : words)
        if (h.contains(QLatin1String(w)))
            return true;
    return false;
}

struct LabelStats
{
    qint64 values = 0;
    bool allIntegers = true;
    bool computed = false;
    double min = INFINITY;
    double max = -INFINITY;
};

} // namespace

QString TableImport::indicatorKey(const QString &label)
{
    // The unit is no part of the name's key: "Anteil unter 18 in %" -> "anteil_unter_18".
    static const QRegularExpression unit(
        QStringLiteral(R"(\s*(?:\bin\s*%|\(\s*%\s*\)|\bin\s+prozent|%)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString base = label;
    base.remove(unit);
    if (base.trimmed().isEmpty())
        base = label;
    QString key;
    for (const QChar c : base.toLower()) {
        QString part;
        switch (c.unicode()) {
        case 0x00E4:
            part = QStringLiteral("ae");
            break;
        case 0x00F6:
            part = QStringLiteral("oe");
            break;
        case 0x00FC:
            part = QStringLiteral("ue");
            break;
        case 0x00DF:
            part = QStringLiteral("ss");
            break;
        default:
            part = c.unicode() < 128 && c.isLetterOrNumber() ? QString(c) : QStringLiteral("_");
        }
        if (part == u"_" && (key.isEmpty() || key.endsWith(u'_')))
            continue;
        key += part;
    }
    while (key.endsWith(u'_'))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("indicator") : key;
}

int TableImport::acceptUniqueSuggestions(ImportSpec &spec, const std::vector<UnmatchedKey> &keys)
{
    int accepted = 0;
    for (const UnmatchedKey &k : keys) {
        if (k.suggestions.size() == 1 && !k.fileKey.isEmpty()) {
            spec.keyMapping.insert(k.fileKey, k.suggestions.front().areaKey);
            ++accepted;
        }
    }
    return accepted;
}

namespace {

// A coarser area without a value of its own gets one from its parts (a Stadtbezirk of a
// Sozialraum table) only as the project aggregates (AreaAggregation): for a count, or a share
// or rate with numerator and denominator, and only when every part has one. Only such areas
// are "by aggregation"; the others really get no value. Runs once the kinds are known.
void sortAreasWithoutValue(ImportPlan &plan, const std::vector<Area> &areas,
                           const QSet<QString> &areasWithValue)
{
    QHash<QString, IndicatorKind> kindOf;
    for (const PlannedIndicator &p : plan.indicators)
        kindOf.insert(p.indicator.key, p.indicator.kind);
    QHash<QString, QSet<QString>> aggregable; // indicator -> areas with a value it sums
    for (const IndicatorValue &v : plan.values) {
        const auto kind = kindOf.value(v.indicatorKey, IndicatorKind::Index);
        const bool sums = kind == IndicatorKind::Count
            ? v.value.has_value()
            : (kind == IndicatorKind::Share || kind == IndicatorKind::Rate) && v.numerator
                && v.denominator;
        if (sums)
            aggregable[v.indicatorKey].insert(v.areaKey);
    }
    QHash<QString, QStringList> childrenOf;
    for (const Area &a : areas)
        if (!a.parentKey.isEmpty())
            childrenOf[a.parentKey] << a.key;
    QSet<QString> summed;
    for (auto it = aggregable.begin(); it != aggregable.end(); ++it) {
        QSet<QString> &has = it.value();
        // Level by level up: a parent whose parts all have the value gets it.
        for (bool grew = true; grew;) {
            grew = false;
            for (auto c = childrenOf.cbegin(); c != childrenOf.cend(); ++c) {
                if (has.contains(c.key()))
                    continue;
                if (std::all_of(c.value().begin(), c.value().end(),
                                [&](const QString &k) { return has.contains(k); })) {
                    has.insert(c.key());
                    summed.insert(c.key());
                    grew = true;
                }
            }
        }
    }
    for (const Area &a : areas) {
        if (areasWithValue.contains(a.key))
            continue;
        (summed.contains(a.key) ? plan.areasByAggregation : plan.areasWithoutValue) << a.key;
    }
}

} // namespace

ImportPlan TableImport::analyse(TableSource &source, const ImportSpec &spec,
                                const std::vector<Area> &areas,
                                const std::vector<Indicator> &existing,
                                const std::function<bool(double)> &progress,
                                const QString &cityName)
{
    ImportPlan plan;
    plan.path = source.path();
    plan.spec = spec;
    const QStringList &header = source.header();
    auto column = [&](const QString &name, const char *what) -> int {
        const qsizetype i = header.indexOf(name);
        if (i < 0)
            throw StoreError(
                StoreErrorKind::InvalidInput,
                tr("%1 has no column \"%2\" (%3). Its columns are: %4.")
                    .arg(source.path(), name, tr(what), header.join(QStringLiteral(", "))));
        return int(i);
    };
    auto optionalColumn = [&](const QString &name, const char *what) {
        return name.isEmpty() ? -1 : column(name, what);
    };
    if (source.preview(1).empty())
        throw StoreError(StoreErrorKind::EmptyFile,
                         tr("%1 has a header but no data rows.").arg(source.path()));
    if (spec.keyColumn.isEmpty())
        throw StoreError(StoreErrorKind::InvalidInput,
                         tr("No column of %1 holds area keys of this project. Choose the key "
                            "column (--key).")
                             .arg(source.path()));
    const int keyCol = column(spec.keyColumn, "area key");
    const int nameCol = optionalColumn(spec.nameColumn, "area name");
    const int periodCol =
        spec.layout == TableLayout::WidePeriod ? -1 : optionalColumn(spec.periodColumn, "period");
    const bool headerPeriods =
        spec.layout == TableLayout::WideIndicator && periodCol < 0 && spec.periodsFromHeader;
    if (spec.layout != TableLayout::WidePeriod && periodCol < 0 && spec.periodValue.isEmpty()
        && !headerPeriods)
        throw StoreError(
            StoreErrorKind::InvalidInput,
            tr("%1 has no period column; give the period (--period 2024).").arg(source.path()));
    std::vector<int> indicatorCols;
    for (const QString &c : spec.indicatorColumns)
        indicatorCols.push_back(column(c, "indicator"));
    const int valueCol =
        spec.layout == TableLayout::Long ? optionalColumn(spec.valueColumn, "value") : -1;
    const int numCol =
        spec.layout == TableLayout::Long ? optionalColumn(spec.numeratorColumn, "numerator") : -1;
    const int denCol = spec.layout == TableLayout::Long
        ? optionalColumn(spec.denominatorColumn, "denominator")
        : -1;
    if (spec.layout == TableLayout::Long && indicatorCols.empty())
        throw StoreError(StoreErrorKind::InvalidInput,
                         tr("%1: a long table needs the column(s) naming the indicator "
                            "(--indicator).")
                             .arg(source.path()));
    if (spec.layout == TableLayout::Long && valueCol < 0 && (numCol < 0 || denCol < 0))
        throw StoreError(StoreErrorKind::InvalidInput,
                         tr("%1: a long table needs a value column (--value) or numerator and "
                            "denominator columns.")
                             .arg(source.path()));
    std::vector<int> valueCols;
    for (const QString &c : spec.valueColumns)
        valueCols.push_back(
            column(c, spec.layout == TableLayout::WidePeriod ? "period" : "indicator"));
    // Wide tables whose headers name the period: each column's indicator and period.
    std::vector<QString> columnLabels, columnPeriods;
    for (size_t i = 0; i < valueCols.size(); ++i) {
        const int c = valueCols[i];
        const QString headerPeriod = headerPeriods ? source.shape().periods.value(c) : QString();
        columnLabels.push_back(headerPeriod.isEmpty() ? spec.valueColumns[int(i)]
                                                      : source.shape().labels.value(c));
        columnPeriods.push_back(headerPeriod.isEmpty() ? spec.periodValue : headerPeriod);
        if (headerPeriods && columnPeriods.back().isEmpty())
            throw StoreError(StoreErrorKind::InvalidInput,
                             tr("%1: the column \"%2\" names no period, unlike the others; give "
                                "its period (--period 2024).")
                                 .arg(source.path(), spec.valueColumns[int(i)]));
    }
    std::vector<std::pair<int, int>> rateCols;
    for (const RateColumns &r : spec.rates)
        rateCols.emplace_back(column(r.numerator, "numerator"),
                              column(r.denominator, "denominator"));
    if (spec.layout != TableLayout::Long && valueCols.empty() && rateCols.empty())
        throw StoreError(StoreErrorKind::InvalidInput,
                         tr("%1 has no columns with values to import.").arg(source.path()));

    const AreaMatcher matcher(areas);
    const NumberParser numbers(source.decimal(), source.thousands());
    QHash<QString, int> indicatorIndex; // label -> plan.indicators index
    std::vector<LabelStats> stats;
    QHash<QString, const Indicator *> existingByKey, existingByName;
    for (const Indicator &i : existing) {
        existingByKey.insert(i.key, &i);
        existingByName.insert(AreaMatcher::normaliseName(i.nameDe), &i);
    }
    QSet<QString> newKeys;
    auto indicatorFor = [&](const QString &label) -> int {
        const auto found = indicatorIndex.constFind(label);
        if (found != indicatorIndex.constEnd())
            return *found;
        // A 50 MB cell once became an indicator's name: 871 MB of memory and an 85 s map.
        if (label.size() > kMaxNameLength)
            throw StoreError(StoreErrorKind::InvalidInput,
                             tr("%1: the indicator name \"%2…\" is %3 characters long (at most "
                                "%4): the header or indicator column holds something else "
                                "than a name.")
                                 .arg(source.path(), label.left(40))
                                 .arg(label.size())
                                 .arg(kMaxNameLength));
        PlannedIndicator p;
        p.label = label;
        const QString mapped = spec.indicatorMapping.value(label);
        const Indicator *known = !mapped.isEmpty() ? existingByKey.value(mapped) : nullptr;
        if (!known && mapped.isEmpty())
            known = existingByKey.value(indicatorKey(label));
        if (!known && mapped.isEmpty())
            known = existingByName.value(AreaMatcher::normaliseName(label));
        if (known) {
            p.indicator = *known;
        } else {
            p.isNew = true;
            p.indicator = spec.catalogue.value(label);
            if (p.indicator.key.isEmpty()) {
                p.indicator.key = mapped.isEmpty() ? indicatorKey(label) : mapped;
                p.indicator.nameDe = label;
                p.indicator.department = spec.department.isEmpty() ? spec.source : spec.department;
                p.indicator.source = spec.source;
                p.indicator.decimals = -1; // guessed below from the values
                // The header's row of long definitions describes the indicator.
                const qsizetype column = header.indexOf(label);
                const qsizetype byLabel = source.shape().labels.indexOf(label);
                const qsizetype d = column >= 0 ? column : byLabel;
                if (d >= 0)
                    p.indicator.description = source.shape().descriptions.value(d);
            }
            // Two labels may slug to the same key ("Anteil (%)" and "Anteil %").
            QString key = p.indicator.key;
            for (int n = 2; newKeys.contains(key) || (existingByKey.contains(key) && !known); ++n)
                key = p.indicator.key + QLatin1Char('_') + QString::number(n);
            p.indicator.key = key;
            newKeys.insert(key);
        }
        plan.indicators.push_back(p);
        stats.emplace_back();
        const int index = int(plan.indicators.size()) - 1;
        indicatorIndex.insert(label, index);
        return index;
    };

    QHash<QString, QString> periods; // interned period strings
    auto internPeriod = [&](const QString &p) -> QString {
        auto it = periods.constFind(p);
        if (it != periods.constEnd())
            return *it;
        periods.insert(p, p);
        return p;
    };
    QHash<QString, qint64> seen; // indicator|period|area -> line, for duplicates
    QSet<QString> areasWithValue;
    QHash<QString, int> unmatchedIndex;
    std::vector<std::vector<size_t>> unmatchedRejections;
    int zeroDenominators = 0;

    auto reject = [&](qint64 line, int col, const QString &key, const QString &reason) {
        plan.rejections.push_back({line, col >= 0 ? header[col] : QString(), key, reason});
    };
    auto add = [&](const QString &label, const QString &period, const QString &areaKey, qint64 line,
                   int col, const QString &fileKey, const NumberParser::Result &value,
                   std::optional<double> num, std::optional<double> den, bool computed) {
        const int ind = indicatorFor(label);
        PlannedIndicator &p = plan.indicators[size_t(ind)];
        const QString dupKey = p.indicator.key + QChar(0x1F) + period + QChar(0x1F) + areaKey;
        const auto dup = seen.constFind(dupKey);
        if (dup != seen.constEnd()) {
            reject(line, col, fileKey,
                   tr("area %1, %2, %3 occurs already in line %4")
                       .arg(areaKey.isEmpty() ? tr("the city") : areaKey, label, period)
                       .arg(*dup));
            return;
        }
        seen.insert(dupKey, line);
        IndicatorValue v;
        v.areaKey = areaKey;
        v.indicatorKey = p.indicator.key;
        v.period = period;
        v.numerator = num;
        v.denominator = den;
        switch (value.kind) {
        case NumberParser::Kind::Value:
        case NumberParser::Kind::Estimated:
            v.value = value.value;
            v.status = value.kind == NumberParser::Kind::Estimated ? ValueStatus::Estimated
                                                                   : ValueStatus::Ok;
            break;
        case NumberParser::Kind::Suppressed:
            v.status = ValueStatus::Suppressed;
            break;
        default:
            v.status = ValueStatus::Missing;
        }
        if (areaKey.isEmpty()) { // the city row
            plan.cityValues.push_back(std::move(v));
            return;
        }
        LabelStats &s = stats[size_t(ind)];
        if (v.value) {
            ++s.values;
            s.allIntegers = s.allIntegers && std::floor(*v.value) == *v.value;
            s.min = std::min(s.min, *v.value);
            s.max = std::max(s.max, *v.value);
        }
        s.computed = s.computed || computed;
        ++p.values;
        areasWithValue.insert(areaKey);
        plan.values.push_back(std::move(v));
    };
    auto parseCell = [&](const QStringList &fields, int col, qint64 line, const QString &fileKey,
                         NumberParser::Result *out) {
        *out = numbers.parse(fields[col]);
        if (out->symbol != NumberParser::Symbol::None)
            plan.symbols.push_back(
                {line, header[col], fileKey, fields[col].trimmed().left(20), out->symbol});
        if (out->kind != NumberParser::Kind::Invalid)
            return true;
        reject(line, col, fileKey,
               tr("\"%1\" is not a number").arg(fields[col].trimmed().left(40)));
        return false;
    };
    // A rate from two cells: suppressed if either is, missing when the denominator is 0.
    auto addRate = [&](const QString &label, const QString &period, const QString &areaKey,
                       const QStringList &fields, int numIndex, int denIndex, qint64 line,
                       const QString &fileKey) {
        NumberParser::Result n, d;
        if (!parseCell(fields, numIndex, line, fileKey, &n)
            || !parseCell(fields, denIndex, line, fileKey, &d))
            return;
        const bool nOk =
            n.kind == NumberParser::Kind::Value || n.kind == NumberParser::Kind::Estimated;
        const bool dOk =
            d.kind == NumberParser::Kind::Value || d.kind == NumberParser::Kind::Estimated;
        NumberParser::Result r {NumberParser::Kind::Missing, 0};
        if (n.kind == NumberParser::Kind::Suppressed || d.kind == NumberParser::Kind::Suppressed)
            r.kind = NumberParser::Kind::Suppressed;
        else if (nOk && dOk && d.value != 0)
            r = {n.kind == NumberParser::Kind::Estimated || d.kind == NumberParser::Kind::Estimated
                     ? NumberParser::Kind::Estimated
                     : NumberParser::Kind::Value,
                 n.value / d.value * 100.0};
        else if (nOk && dOk)
            ++zeroDenominators;
        add(label, period, areaKey, line, numIndex, fileKey, r,
            nOk ? std::optional<double>(n.value) : std::nullopt,
            dOk ? std::optional<double>(d.value) : std::nullopt, true);
    };

    // A table of names: each row's area is found by name first, in a pass of its own, as
    // a name on two levels (a Stadtteil and a Stadtbezirk "Mitte") takes the level of the
    // rows around it.
    QHash<qint64, QString> areaOfLine, ambiguous;
    if (spec.keyIsName)
        AreaNameResolver::resolve(source, keyCol, matcher, spec.keyMapping, &areaOfLine, &ambiguous,
                                  &plan.notes);

    auto isCity = [&](const QString &text) {
        return TotalRows::namesCity(text, matcher, cityName);
    };
    const int width = int(header.size());
    const bool completed = source.forEachRow([&](const QStringList &fields, qint64 line,
                                                 double share) {
        ++plan.rowsRead;
        if ((plan.rowsRead & 0x3FF) == 0 && progress && !progress(share))
            return false;
        if (fields.size() != width) {
            bool extraEmpty = fields.size() > width;
            for (int i = width; extraEmpty && i < fields.size(); ++i)
                extraEmpty = fields[i].trimmed().isEmpty();
            if (!extraEmpty) {
                ++plan.rowsRejected;
                reject(line, -1, fields.value(keyCol).trimmed(),
                       tr("the row has %1 fields, the header %2").arg(fields.size()).arg(width));
                return true;
            }
        }
        const QString fileKey = fields[keyCol].trimmed();
        // The city's row often has a name ("Stadt insgesamt") and no key.
        if (fileKey.isEmpty() && !(nameCol >= 0 && isCity(fields[nameCol].trimmed()))) {
            ++plan.rowsRejected;
            reject(line, keyCol, fileKey, tr("no area key"));
            return true;
        }
        if (const auto a = ambiguous.constFind(line); a != ambiguous.constEnd()) {
            ++plan.rowsRejected;
            reject(line, keyCol, fileKey, *a);
            return true;
        }
        const QString areaKey =
            spec.keyIsName ? areaOfLine.value(line) : matcher.match(fileKey, spec.keyMapping);
        const QString fileName = nameCol >= 0 ? fields[nameCol].trimmed() : QString();
        const bool city = areaKey.isEmpty() && (isCity(fileKey) || isCity(fileName));
        if (city)
            plan.totals.push_back({line, fileKey, fileName, true});
        if (areaKey.isEmpty() && !city) {
            ++plan.rowsRejected;
            auto it = unmatchedIndex.find(fileKey);
            if (it == unmatchedIndex.end()) {
                it = unmatchedIndex.insert(fileKey, int(plan.unmatched.size()));
                plan.unmatched.push_back(
                    {fileKey, nameCol >= 0 ? fields[nameCol].trimmed() : QString(), line, 0, {}});
                unmatchedRejections.emplace_back();
            }
            ++plan.unmatched[size_t(*it)].rows;
            unmatchedRejections[size_t(*it)].push_back(plan.rejections.size());
            reject(line, keyCol, fileKey, QString());
            return true;
        }
        auto joined = [&](const std::vector<int> &cols) {
            QStringList parts;
            for (int c : cols)
                parts << fields[c].trimmed();
            return parts.join(QStringLiteral(" / "));
        };
        const QString period = spec.layout == TableLayout::WidePeriod || headerPeriods
            ? QString()
            : internPeriod(periodCol >= 0 ? fields[periodCol].trimmed() : spec.periodValue);
        // A row without its period (or, in a long table, its indicator) is rejected whole,
        // and counted so: the summary's rejected rows are the report's.
        if (spec.layout != TableLayout::WidePeriod && period.isEmpty() && !headerPeriods) {
            ++plan.rowsRejected;
            reject(line, periodCol, fileKey, tr("no period"));
            return true;
        }
        const QString longLabel =
            spec.layout == TableLayout::Long ? joined(indicatorCols) : QString();
        if (spec.layout == TableLayout::Long && longLabel.isEmpty()) {
            ++plan.rowsRejected;
            reject(line, indicatorCols.front(), fileKey, tr("no indicator name"));
            return true;
        }
        if (!city)
            ++plan.rowsMatched;
        NumberParser::Result r;
        switch (spec.layout) {
        case TableLayout::Long: {
            const QString &label = longLabel;
            if (numCol >= 0 && denCol >= 0
                && (valueCol < 0 || fields[valueCol].trimmed().isEmpty()))
                addRate(label, period, areaKey, fields, numCol, denCol, line, fileKey);
            else if (parseCell(fields, valueCol, line, fileKey, &r)) {
                std::optional<double> num, den;
                NumberParser::Result n, d;
                if (numCol >= 0 && parseCell(fields, numCol, line, fileKey, &n)
                    && n.kind == NumberParser::Kind::Value)
                    num = n.value;
                if (denCol >= 0 && parseCell(fields, denCol, line, fileKey, &d)
                    && d.kind == NumberParser::Kind::Value)
                    den = d.value;
                add(label, period, areaKey, line, valueCol, fileKey, r, num, den, false);
            }
            break;
        }
        case TableLayout::WideIndicator:
            for (size_t i = 0; i < valueCols.size(); ++i)
                if (parseCell(fields, valueCols[i], line, fileKey, &r))
                    add(columnLabels[i], headerPeriods ? internPeriod(columnPeriods[i]) : period,
                        areaKey, line, valueCols[i], fileKey, r, std::nullopt, std::nullopt, false);
            for (size_t i = 0; i < rateCols.size(); ++i)
                addRate(spec.rates[i].indicator, period, areaKey, fields, rateCols[i].first,
                        rateCols[i].second, line, fileKey);
            break;
        case TableLayout::WidePeriod: {
            const QString label =
                indicatorCols.empty() ? spec.indicatorLabel : joined(indicatorCols);
            for (size_t i = 0; i < valueCols.size(); ++i)
                if (parseCell(fields, valueCols[i], line, fileKey, &r))
                    add(label, internPeriod(spec.valueColumns[int(i)]), areaKey, line, valueCols[i],
                        fileKey, r, std::nullopt, std::nullopt, false);
            break;
        }
        }
        return true;
    });
    plan.cancelled = !completed;

    TotalRows::separate(plan, matcher, unmatchedRejections);
    for (const QString &skipped : source.skippedRows())
        plan.notes << tr("Not a data row, passed over: %1").arg(skipped);

    for (size_t u = 0; u < plan.unmatched.size(); ++u) {
        UnmatchedKey &k = plan.unmatched[u];
        k.suggestions = matcher.suggest(k.fileKey, k.fileName);
        QString reason = tr("the key \"%1\" matches no area").arg(k.fileKey);
        if (k.suggestions.size() == 1)
            reason += tr(" (perhaps %1 %2?)")
                          .arg(k.suggestions.front().areaKey,
                               matcher.name(k.suggestions.front().areaKey));
        for (size_t r : unmatchedRejections[u])
            plan.rejections[r].reason = reason;
    }
    for (auto it = periods.begin(); it != periods.end(); ++it)
        plan.periods << it.key();
    sortPeriods(plan.periods);
    // An indicator mixing period kinds ("2019" beside "2019/20") is imported, but said: its
    // time slider runs through one kind after the other and a change finds no base across.
    QHash<QString, QSet<QString>> periodsOf;
    for (const IndicatorValue &v : plan.values)
        periodsOf[v.indicatorKey].insert(v.period);
    for (const PlannedIndicator &p : plan.indicators)
        if (const QStringList own(periodsOf[p.indicator.key].begin(),
                                  periodsOf[p.indicator.key].end());
            periodKinds(own).size() > 1)
            plan.notes << tr("Warning: the periods of \"%1\" (%2) mix kinds: %3. Each kind is "
                             "stepped and compared on its own.")
                              .arg(p.label, p.indicator.key, periodsByKind(own));
    if (zeroDenominators > 0)
        plan.notes << tr("%n rate(s) without value: the denominator is 0.", nullptr,
                         zeroDenominators);
    if (spec.layout != TableLayout::WidePeriod && periodCol < 0 && !spec.periodValue.isEmpty()
        && !headerPeriods)
        plan.notes << tr("Period for every row: %1").arg(spec.periodValue);
    // Prefill the catalogue entries of new indicators from what the values look like.
    for (size_t i = 0; i < plan.indicators.size(); ++i) {
        PlannedIndicator &p = plan.indicators[i];
        const LabelStats &s = stats[i];
        if (!p.isNew || p.indicator.decimals >= 0)
            continue;
        const bool percentWords =
            headerContains(p.label, {"%", "anteil", "quote", "percent", "prozent", "rate"});
        if (s.computed || percentWords) {
            p.indicator.kind = IndicatorKind::Share;
            p.indicator.unit = QStringLiteral("%");
            p.indicator.decimals = 1;
        } else if (s.allIntegers && s.min >= 0) {
            p.indicator.kind = IndicatorKind::Count;
            p.indicator.decimals = 0;
        } else {
            p.indicator.kind = IndicatorKind::Mean;
            p.indicator.decimals = s.values > 0 && std::abs(s.max) < 10 ? 2 : 1;
        }
    }
    // A new indicator without a single value (an empty column) is left out.
    QSet<QString> empty;
    for (size_t i = 0; i < plan.indicators.size(); ++i) {
        if (plan.indicators[i].isNew && stats[i].values == 0) {
            empty.insert(plan.indicators[i].indicator.key);
            plan.notes << tr("The column \"%1\" holds no values; it was skipped.")
                              .arg(plan.indicators[i].label);
        }
    }
    if (!empty.isEmpty()) {
        std::erase_if(plan.indicators,
                      [&](const PlannedIndicator &p) { return empty.contains(p.indicator.key); });
        std::erase_if(plan.values,
                      [&](const IndicatorValue &v) { return empty.contains(v.indicatorKey); });
    }
    sortAreasWithoutValue(plan, areas, areasWithValue);
    return plan;
}

} // namespace qw
