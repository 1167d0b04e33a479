#pragma once

#include <QCoreApplication>

#include "AreaMatcher.h"
#include "ImportSpecGuess.h"
#include "ImportTypes.h"
#include "NumberParser.h"

#include <functional>

namespace qw {

class TableSource;

// An indicator the import writes values for: an existing one, or a new catalogue entry
// prefilled from the file (kind, unit and decimals guessed from the values).
struct PlannedIndicator
{
    QString label; // as named in the file
    Indicator indicator;
    bool isNew = false;
    qint64 values = 0;
};

// A file key that matched no area, with the rows it occurs in and candidate areas.
struct UnmatchedKey
{
    QString fileKey;
    QString fileName;
    qint64 firstLine = 0;
    qint64 rows = 0;
    std::vector<AreaMatcher::Suggestion> suggestions;
};

// A row that sums areas: the whole city, or a coarser area the project has no level for.
// Listed in the report, never as an error.
struct TotalRow
{
    qint64 line = 0;
    QString fileKey;
    QString fileName;
    bool city = false;
};

// A cell that holds a symbol of official statistics ("k.A.", ".", "-") instead of a
// number: imported as missing, suppressed or 0, and listed in the report with its row.
struct SymbolCell
{
    qint64 line = 0;
    QString column;
    QString key; // the row's area key as written in the file
    QString text; // the symbol as written
    NumberParser::Symbol symbol = NumberParser::Symbol::None;
};

// What an import would write, before anything is written: the wizard shows it and the
// command line prints it. Every data row is either matched or in rejections.
struct ImportPlan
{
    QString path;
    ImportSpec spec; // with guessed columns filled in
    std::vector<IndicatorValue> values;
    std::vector<PlannedIndicator> indicators;
    std::vector<Rejection> rejections;
    std::vector<UnmatchedKey> unmatched;
    std::vector<TotalRow> totals;
    // The city row's values (area key empty): the official city figure of each indicator
    // and period, which may differ from the sum of the areas by a few persons.
    std::vector<IndicatorValue> cityValues;
    std::vector<SymbolCell> symbols;
    // Area keys of the areas that get no value, on the levels the file has values for.
    QStringList areasWithoutValue;
    // Area keys of coarser areas (Stadtbezirke) without a value of their own whose parts
    // have values: they get theirs by summing the parts, so they do not count as without.
    QStringList areasByAggregation;
    QStringList periods;
    QStringList notes; // columns skipped and why, zero denominators, ...
    qint64 rowsRead = 0;
    qint64 rowsMatched = 0;
    qint64 rowsRejected = 0; // rows not imported at all; each is one of the rejections
    bool cancelled = false;

    // Single cells not imported from rows that were: the rejections that are not rows.
    qint64 cellsRejected() const { return qint64(rejections.size()) - rowsRejected; }
    // The areas the summary counts: all but those that get their values by summing.
    qint64 areasExpected(qint64 areaCount) const { return areaCount - areasByAggregation.size(); }
};

// Turns a department table into indicator values for the project's areas, for all three
// layouts, computing rates from numerator and denominator columns.
class TableImport
{
    Q_DECLARE_TR_FUNCTIONS(qw::TableImport)

public:
    // Fills the columns the spec leaves open (key, name, period, layout, value columns)
    // from the header, the first rows and the project's areas.
    static ImportSpec completeSpec(TableSource &source, ImportSpec spec,
                                   const std::vector<Area> &areas)
    {
        return ImportSpecGuess::complete(source, std::move(spec), areas);
    }

    // Reads the whole table. progress(share) returns false to cancel. Throws StoreError
    // when the spec names a column the file does not have.
    static ImportPlan analyse(TableSource &source, const ImportSpec &spec,
                              const std::vector<Area> &areas,
                              const std::vector<Indicator> &existing,
                              const std::function<bool(double)> &progress = {},
                              const QString &cityName = {});

    // Accepts every suggestion that names exactly one area (--accept-suggestions).
    static int acceptUniqueSuggestions(ImportSpec &spec, const std::vector<UnmatchedKey> &keys);

    // A stable indicator key from a label: "Kita-Quote U3 (%)" -> "kita_quote_u3".
    static QString indicatorKey(const QString &label);
    // Header texts that name a period: "2019", "2019/20", "SJ 2019/20", "31.12.2020".
    static bool looksLikePeriod(const QString &text)
    {
        return ImportSpecGuess::looksLikePeriod(text);
    }
};

} // namespace qw
