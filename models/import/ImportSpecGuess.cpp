#include "ImportSpecGuess.h"

#include "HeaderDetector.h"
#include "NumberParser.h"
#include "Period.h"
#include "TableSource.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

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

} // namespace

bool ImportSpecGuess::looksLikePeriod(const QString &text)
{
    static const QRegularExpression period(
        QStringLiteral(
            R"(^(?:(?:sj|schuljahr|jahr|year|stand|ende)\s*)?(?:\d{1,2}\.\d{1,2}\.)?(19|20)\d{2}(?:\s*[/_-]\s*(?:\d{2}|(19|20)\d{2}))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    // Quarters and the other spellings qw::periodKind reads ("Q4/2023", "4. Quartal 2023").
    return period.match(text.trimmed()).hasMatch()
        || periodKind(text.trimmed()) != PeriodKind::Other;
}

ImportSpec ImportSpecGuess::complete(TableSource &source, ImportSpec spec,
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
        spec.keyIsName = k >= 0 && keyScores[size_t(k)] == 0 && nameScores[size_t(k)] > 0;
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

} // namespace qw
