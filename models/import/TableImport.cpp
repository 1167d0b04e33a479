#include "TableImport.h"

#include "NumberParser.h"
#include "StoreError.h"
#include "TableSource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace qw {

namespace {

bool headerHas(const QString &header, std::initializer_list<const char *> words)
{
    const QString h = AreaMatcher::normaliseName(header);
    for (const char *w : words)
        if (h == QLatin1String(w))
            return true;
    return false;
}

bool headerContains(const QString &header, std::initializer_list<const char *> words)
{
    const QString h = header.toLower();
    for (const char *w : words)
        if (h.contains(QLatin1String(w)))
            return true;
    return false;
}

int findHeader(const QStringList &header, std::initializer_list<const char *> words,
               const QSet<int> &taken = {})
{
    for (int i = 0; i < header.size(); ++i)
        if (!taken.contains(i) && headerHas(header[i], words))
            return i;
    return -1;
}

// Codes such as district numbers "01".."12": numbers with a leading zero are labels.
bool isCode(const QString &text)
{
    return text.size() > 1 && text.front() == u'0' && text[1].isDigit();
}

// The period a file's name carries ("kita_2023.csv", "population-2024-02.csv").
QString periodFromFileName(const QString &path)
{
    static const QRegularExpression year(QStringLiteral(R"((?<!\d)(19|20)\d{2}(?!\d))"));
    const auto m = year.match(QFileInfo(path).completeBaseName());
    return m.hasMatch() ? m.captured(0) : QString();
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

bool TableImport::looksLikePeriod(const QString &text)
{
    static const QRegularExpression period(
        QStringLiteral(
            R"(^(?:(?:sj|schuljahr|jahr|year|stand|ende)\s*)?(?:\d{1,2}\.\d{1,2}\.)?(19|20)\d{2}(?:\s*[/_-]\s*(?:\d{2}|(19|20)\d{2}))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return period.match(text.trimmed()).hasMatch();
}

QString TableImport::indicatorKey(const QString &label)
{
    QString key;
    for (const QChar c : label.toLower()) {
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

ImportSpec TableImport::completeSpec(TableSource &source, ImportSpec spec,
                                     const std::vector<Area> &areas)
{
    const QStringList &header = source.header();
    const std::vector<QStringList> rows = source.preview(300);
    const AreaMatcher matcher(areas);
    const NumberParser numbers(source.decimal(), source.thousands());
    auto cell = [](const QStringList &row, int column) {
        return column < row.size() ? row[column].trimmed() : QString();
    };
    if (spec.keyColumn.isEmpty()) {
        // The column whose values are area keys most often (exactly, then loosely).
        int best = -1, bestScore = 0;
        for (int c = 0; c < header.size(); ++c) {
            int score = 0;
            for (const QStringList &row : rows) {
                const QString v = cell(row, c);
                if (!matcher.match(v, spec.keyMapping).isEmpty())
                    score += 3;
                else if (!v.isEmpty() && !matcher.suggest(v, {}).empty()
                         && matcher.suggest(v, {}).front().basis != AreaMatcher::Basis::Name)
                    score += 1;
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        if (best < 0)
            best = findHeader(header,
                              {"id", "key", "schluessel", "gebietsschluessel", "nr", "plrid",
                               "sozialraum", "sr", "gebiet"});
        if (best >= 0)
            spec.keyColumn = header[best];
    }
    const int keyIndex = int(header.indexOf(spec.keyColumn));
    if (spec.nameColumn.isEmpty()) {
        int best = -1, bestScore = 0;
        for (int c = 0; c < header.size(); ++c) {
            if (c == keyIndex)
                continue;
            int score = 0;
            for (const QStringList &row : rows) {
                const auto s = matcher.suggest(QString(), cell(row, c));
                score += !s.empty() && s.front().basis == AreaMatcher::Basis::Name;
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        if (best < 0)
            best =
                findHeader(header, {"name", "bezeichnung", "gebietsname", "plrname"}, {keyIndex});
        if (best >= 0)
            spec.nameColumn = header[best];
    }
    QStringList periodColumns;
    for (const QString &h : header)
        if (looksLikePeriod(h))
            periodColumns << h;
    const bool longShape = findHeader(header, {"wert", "value", "anzahl", "count", "betrag"}) >= 0
        && findHeader(
               header,
               {"indikator", "indicator", "merkmal", "variable", "kennzahl", "tabelle", "table"})
            >= 0;
    if (spec.indicatorColumns.isEmpty() && spec.valueColumns.isEmpty() && spec.valueColumn.isEmpty()
        && spec.rates.empty() && spec.numeratorColumn.isEmpty()) {
        // Nothing says how the table is laid out: guess from the header.
        if (periodColumns.size() >= 2 && spec.layout != TableLayout::Long)
            spec.layout = TableLayout::WidePeriod;
        else if (longShape && spec.layout != TableLayout::WidePeriod)
            spec.layout = TableLayout::Long;
    }
    QSet<int> taken {keyIndex, int(header.indexOf(spec.nameColumn))};
    if (spec.layout != TableLayout::WidePeriod && spec.periodColumn.isEmpty()
        && spec.periodValue.isEmpty()) {
        const int p = findHeader(header,
                                 {"zeit", "jahr", "year", "period", "periode", "stichtag",
                                  "schuljahr", "datum", "date", "berichtsjahr"},
                                 taken);
        if (p >= 0)
            spec.periodColumn = header[p];
        else
            spec.periodValue = periodFromFileName(source.path());
    }
    taken.insert(int(header.indexOf(spec.periodColumn)));
    if (spec.layout == TableLayout::Long) {
        if (spec.indicatorColumns.isEmpty()) {
            const int i = findHeader(
                header, {"indikator", "indicator", "merkmal", "variable", "kennzahl"}, taken);
            if (i >= 0)
                spec.indicatorColumns << header[i];
        }
        if (spec.valueColumn.isEmpty() && spec.numeratorColumn.isEmpty()) {
            const int v = findHeader(header, {"wert", "value", "anzahl", "count", "betrag"}, taken);
            if (v >= 0)
                spec.valueColumn = header[v];
        }
    } else if (spec.layout == TableLayout::WidePeriod) {
        if (spec.valueColumns.isEmpty())
            spec.valueColumns = periodColumns;
        if (spec.indicatorColumns.isEmpty() && spec.indicatorLabel.isEmpty()) {
            const int i = findHeader(
                header, {"indikator", "indicator", "merkmal", "variable", "kennzahl"}, taken);
            if (i >= 0)
                spec.indicatorColumns << header[i];
            else
                spec.indicatorLabel = QFileInfo(source.path()).completeBaseName();
        }
    } else if (spec.valueColumns.isEmpty()) {
        for (const QString &c : spec.indicatorColumns)
            taken.insert(int(header.indexOf(c)));
        for (int c = 0; c < header.size(); ++c) {
            if (taken.contains(c))
                continue;
            int numeric = 0, codes = 0, text = 0;
            for (const QStringList &row : rows) {
                const QString v = cell(row, c);
                if (v.isEmpty())
                    continue;
                if (numbers.parse(v).kind == NumberParser::Kind::Invalid)
                    ++text;
                else
                    ++numeric;
                codes += isCode(v);
            }
            // Columns mostly of numbers (the odd "viel" is rejected with its line later);
            // codes with leading zeros ("01") are labels, not values.
            if (numeric > text && codes < numeric)
                spec.valueColumns << header[c];
        }
    }
    return spec;
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

ImportPlan TableImport::analyse(TableSource &source, const ImportSpec &spec,
                                const std::vector<Area> &areas,
                                const std::vector<Indicator> &existing,
                                const std::function<bool(double)> &progress)
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
    if (spec.layout != TableLayout::WidePeriod && periodCol < 0 && spec.periodValue.isEmpty())
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
                       .arg(areaKey, label, period)
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
        if (fileKey.isEmpty()) {
            ++plan.rowsRejected;
            reject(line, keyCol, fileKey, tr("no area key"));
            return true;
        }
        const QString areaKey = matcher.match(fileKey, spec.keyMapping);
        if (areaKey.isEmpty()) {
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
        ++plan.rowsMatched;
        auto joined = [&](const std::vector<int> &cols) {
            QStringList parts;
            for (int c : cols)
                parts << fields[c].trimmed();
            return parts.join(QStringLiteral(" / "));
        };
        const QString period = spec.layout == TableLayout::WidePeriod
            ? QString()
            : internPeriod(periodCol >= 0 ? fields[periodCol].trimmed() : spec.periodValue);
        if (spec.layout != TableLayout::WidePeriod && period.isEmpty()) {
            reject(line, periodCol, fileKey, tr("no period"));
            return true;
        }
        NumberParser::Result r;
        switch (spec.layout) {
        case TableLayout::Long: {
            const QString label = joined(indicatorCols);
            if (label.isEmpty()) {
                reject(line, indicatorCols.front(), fileKey, tr("no indicator name"));
                break;
            }
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
                    add(spec.valueColumns[int(i)], period, areaKey, line, valueCols[i], fileKey, r,
                        std::nullopt, std::nullopt, false);
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
    for (const Area &a : areas)
        if (!areasWithValue.contains(a.key))
            plan.areasWithoutValue << a.key;
    for (auto it = periods.begin(); it != periods.end(); ++it)
        plan.periods << it.key();
    std::sort(plan.periods.begin(), plan.periods.end());
    if (zeroDenominators > 0)
        plan.notes << tr("%n rate(s) without value: the denominator is 0.", nullptr,
                         zeroDenominators);
    if (spec.layout != TableLayout::WidePeriod && periodCol < 0)
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
    return plan;
}

} // namespace qw
