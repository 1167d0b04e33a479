#include "TableImport.h"

#include "HeaderDetector.h"
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

bool looksLikeTotal(const QString &text)
{
    static const QRegularExpression words(
        QStringLiteral(R"(\b(?:insgesamt|zusammen|summe|gesamt|total|bezirk|stadtbezirk)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return !text.isEmpty() && words.match(text).hasMatch();
}

} // namespace

bool TableImport::isCityTotal(const QString &text, const QString &cityName)
{
    const QString n = AreaMatcher::normaliseName(text);
    if (n.isEmpty())
        return false;
    static const QSet<QString> words {
        QStringLiteral("insgesamt"),      QStringLiteral("gesamt"),
        QStringLiteral("gesamtstadt"),    QStringLiteral("stadtinsgesamt"),
        QStringLiteral("stadtgesamt"),    QStringLiteral("stadt"),
        QStringLiteral("summe"),          QStringLiteral("gesamtsumme"),
        QStringLiteral("total"),          QStringLiteral("citytotal"),
        QStringLiteral("city"),           QStringLiteral("alle"),
        QStringLiteral("allegebiete"),    QStringLiteral("gesamtergebnis"),
        QStringLiteral("stadtzusammen"),  QStringLiteral("zusammen")};
    if (words.contains(n))
        return true;
    const QString city = AreaMatcher::normaliseName(cityName);
    return !city.isEmpty()
        && (n == city || n == city + QLatin1String("insgesamt")
            || n == QLatin1String("stadt") + city || n == city + QLatin1String("gesamt"));
}

void TableImport::resolveNames(TableSource &source, int keyColumn, const AreaMatcher &matcher,
                               const QHash<QString, QString> &mapping,
                               QHash<qint64, QString> *areaOfLine,
                               QHash<qint64, QString> *ambiguous, QStringList *notes)
{
    struct Row
    {
        qint64 line;
        QString text;
        QStringList candidates;
    };
    std::vector<Row> rows;
    source.forEachRow([&](const QStringList &fields, qint64 line, double) {
        const QString text = fields.value(keyColumn).trimmed();
        QStringList candidates;
        const QString exact = matcher.match(text, mapping);
        if (!exact.isEmpty())
            candidates << exact;
        else
            candidates = matcher.byName(text);
        rows.push_back({line, text, candidates});
        return true;
    });
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        if (row.candidates.size() == 1) {
            areaOfLine->insert(row.line, row.candidates.front());
            continue;
        }
        if (row.candidates.isEmpty())
            continue;
        // The level most rows around it belong to.
        QHash<QString, int> levels;
        for (size_t j = i >= 5 ? i - 5 : 0; j < std::min(rows.size(), i + 6); ++j)
            if (j != i && rows[j].candidates.size() == 1)
                ++levels[matcher.level(rows[j].candidates.front())];
        QString level;
        int best = 0;
        for (auto it = levels.constBegin(); it != levels.constEnd(); ++it)
            if (it.value() > best) {
                best = it.value();
                level = it.key();
            }
        QStringList onLevel;
        QStringList described;
        for (const QString &k : row.candidates) {
            described << QStringLiteral("%1 (%2)").arg(k, matcher.level(k));
            if (matcher.level(k) == level)
                onLevel << k;
        }
        // Two areas of that level share the name: the one in the district of the rows
        // around it.
        if (onLevel.size() > 1) {
            QHash<QString, int> parents;
            for (size_t j = i >= 5 ? i - 5 : 0; j < std::min(rows.size(), i + 6); ++j)
                if (j != i && rows[j].candidates.size() == 1)
                    ++parents[matcher.parent(rows[j].candidates.front())];
            QStringList inDistrict;
            int most = 0;
            QString district;
            for (auto it = parents.constBegin(); it != parents.constEnd(); ++it)
                if (it.value() > most && !it.key().isEmpty()) {
                    most = it.value();
                    district = it.key();
                }
            for (const QString &k : onLevel)
                if (!district.isEmpty() && matcher.parent(k) == district)
                    inDistrict << k;
            if (inDistrict.size() == 1)
                onLevel = inDistrict;
        }
        if (onLevel.size() == 1) {
            areaOfLine->insert(row.line, onLevel.front());
            notes->append(tr("Line %1: \"%2\" names %3; taken as %4, the level of the rows "
                             "around it.")
                              .arg(row.line)
                              .arg(row.text, described.join(tr(" and ")),
                                   QStringLiteral("%1 (%2)").arg(onLevel.front(), level)));
        } else {
            ambiguous->insert(row.line,
                              tr("the name \"%1\" names several areas: %2; assign the row "
                                 "to one of them in the wizard, or import a table with keys")
                                  .arg(row.text, described.join(QStringLiteral(", "))));
        }
    }
}

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
    // Per column: how many values are area keys (exactly, then loosely), and how many
    // are area names.
    std::vector<int> keyScores(size_t(header.size()), 0), nameScores(size_t(header.size()), 0);
    for (int c = 0; c < header.size(); ++c) {
        for (const QStringList &row : rows) {
            const QString v = cell(row, c);
            if (v.isEmpty())
                continue;
            if (!matcher.match(v, spec.keyMapping).isEmpty()) {
                keyScores[size_t(c)] += 3;
                continue;
            }
            const auto s = matcher.suggest(v, {});
            if (!s.empty() && s.front().basis != AreaMatcher::Basis::Name)
                keyScores[size_t(c)] += 1;
            else if (!matcher.byName(v).isEmpty())
                ++nameScores[size_t(c)];
        }
    }
    if (spec.keyColumn.isEmpty()) {
        int best = -1, bestScore = 0;
        for (int c = 0; c < header.size(); ++c) {
            if (keyScores[size_t(c)] > bestScore) {
                bestScore = keyScores[size_t(c)];
                best = c;
            }
        }
        // No column of keys: the column of area names serves as the key.
        for (int c = 0; best < 0 && c < header.size(); ++c) {
            if (nameScores[size_t(c)] > bestScore) {
                bestScore = nameScores[size_t(c)];
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
    {
        const qsizetype k = header.indexOf(spec.keyColumn);
        spec.keyIsName =
            k >= 0 && keyScores[size_t(k)] == 0 && nameScores[size_t(k)] > 0;
    }
    const int keyIndex = int(header.indexOf(spec.keyColumn));
    if (spec.nameColumn.isEmpty() && !spec.keyIsName) {
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
    bool guessedPeriod = false;
    if (spec.layout != TableLayout::WidePeriod && spec.periodColumn.isEmpty()
        && spec.periodValue.isEmpty()) {
        const int p = findHeader(header,
                                 {"zeit", "jahr", "year", "period", "periode", "stichtag",
                                  "schuljahr", "datum", "date", "berichtsjahr"},
                                 taken);
        if (p >= 0) {
            spec.periodColumn = header[p];
        } else {
            // The header's own dates and school years come first (see the end), then a
            // period in the title rows, then one in the file name.
            guessedPeriod = true;
            spec.periodValue = source.shape().titlePeriod.isEmpty()
                ? periodFromFileName(source.path())
                : source.shape().titlePeriod;
        }
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
    const TableShape &shape = source.shape();
    if (spec.layout == TableLayout::WideIndicator && spec.periodColumn.isEmpty()) {
        // Next year's delivery names its columns with next year's date: a remembered
        // column is found again by its name without the period.
        if (spec.periodsFromHeader) {
            for (QString &column : spec.valueColumns) {
                if (header.contains(column))
                    continue;
                QString label;
                HeaderDetector::periodIn(column, &label);
                const qsizetype i = shape.labels.indexOf(label.isEmpty() ? column : label);
                if (i >= 0 && !shape.periods[i].isEmpty())
                    column = header[i];
            }
        }
        {
            // A date in the headers is the period whatever else was guessed; only an
            // explicit --period (ImportCommand) overrides it.
            bool any = false;
            for (const QString &column : spec.valueColumns) {
                const qsizetype i = header.indexOf(column);
                any = any || (i >= 0 && !shape.periods[i].isEmpty());
            }
            spec.periodsFromHeader = any;
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
    const bool headerPeriods = spec.layout == TableLayout::WideIndicator && periodCol < 0
        && spec.periodsFromHeader;
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
        resolveNames(source, keyCol, matcher, spec.keyMapping, &areaOfLine, &ambiguous,
                     &plan.notes);

    // "Stadt insgesamt", the city's name, or "Berlin insgesamt": one word that names no
    // area, then "insgesamt".
    auto isCity = [&](const QString &text) {
        if (isCityTotal(text, cityName))
            return true;
        static const QRegularExpression total(QStringLiteral(R"(^(\S+)\s+(?:insgesamt|gesamt)$)"),
                                              QRegularExpression::CaseInsensitiveOption);
        const auto m = total.match(text.trimmed());
        return m.hasMatch() && matcher.byName(m.captured(1)).isEmpty()
            && !looksLikeTotal(m.captured(1));
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
        const QString areaKey = spec.keyIsName ? areaOfLine.value(line)
                                               : matcher.match(fileKey, spec.keyMapping);
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
        if (!city)
            ++plan.rowsMatched;
        auto joined = [&](const std::vector<int> &cols) {
            QStringList parts;
            for (int c : cols)
                parts << fields[c].trimmed();
            return parts.join(QStringLiteral(" / "));
        };
        const QString period = spec.layout == TableLayout::WidePeriod || headerPeriods
            ? QString()
            : internPeriod(periodCol >= 0 ? fields[periodCol].trimmed() : spec.periodValue);
        if (spec.layout != TableLayout::WidePeriod && period.isEmpty() && !headerPeriods) {
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
                    add(columnLabels[i], headerPeriods ? internPeriod(columnPeriods[i]) : period,
                        areaKey, line, valueCols[i], fileKey, r, std::nullopt, std::nullopt,
                        false);
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

    // Unmatched rows that sum other rows (a district the project has no level for) are
    // totals, not errors: "Bezirk Nord", "Summe Süd", or a key that begins the keys of
    // matched rows ("01" above "0101", "0102").
    {
        QSet<QString> matchedKeys;
        for (const IndicatorValue &v : plan.values)
            matchedKeys.insert(v.areaKey);
        QSet<size_t> dropped;
        for (size_t u = 0; u < plan.unmatched.size(); ++u) {
            const UnmatchedKey &k = plan.unmatched[u];
            int prefixOf = 0;
            for (auto it = matchedKeys.constBegin(); it != matchedKeys.constEnd() && prefixOf < 2;
                 ++it)
                prefixOf += it->size() > k.fileKey.size() && it->startsWith(k.fileKey);
            // A key without its leading zero ("1" for "01") is a mismatch to suggest, not a
            // total.
            const bool prefixTotal =
                prefixOf >= 2 && matcher.suggest(k.fileKey, k.fileName).empty();
            if (!(looksLikeTotal(k.fileKey) || looksLikeTotal(k.fileName) || prefixTotal))
                continue;
            for (size_t r : unmatchedRejections[u])
                dropped.insert(r);
            plan.totals.push_back({k.firstLine, k.fileKey, k.fileName, false});
            plan.rowsRejected -= k.rows;
            unmatchedRejections[u].clear();
        }
        if (!dropped.isEmpty()) {
            std::vector<Rejection> kept;
            std::vector<size_t> newIndex(plan.rejections.size(), 0);
            for (size_t r = 0; r < plan.rejections.size(); ++r) {
                newIndex[r] = kept.size();
                if (!dropped.contains(r))
                    kept.push_back(std::move(plan.rejections[r]));
            }
            plan.rejections = std::move(kept);
            for (auto &list : unmatchedRejections)
                for (size_t &r : list)
                    r = newIndex[r];
            std::vector<UnmatchedKey> stillUnmatched;
            std::vector<std::vector<size_t>> stillRejections;
            for (size_t u = 0; u < plan.unmatched.size(); ++u)
                if (!unmatchedRejections[u].empty()) {
                    stillUnmatched.push_back(std::move(plan.unmatched[u]));
                    stillRejections.push_back(std::move(unmatchedRejections[u]));
                }
            plan.unmatched = std::move(stillUnmatched);
            unmatchedRejections = std::move(stillRejections);
        }
        std::sort(plan.totals.begin(), plan.totals.end(),
                  [](const TotalRow &a, const TotalRow &b) { return a.line < b.line; });
    }
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
    for (const Area &a : areas)
        if (!areasWithValue.contains(a.key))
            plan.areasWithoutValue << a.key;
    for (auto it = periods.begin(); it != periods.end(); ++it)
        plan.periods << it.key();
    std::sort(plan.periods.begin(), plan.periods.end());
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
    return plan;
}

} // namespace qw
