#pragma once

#include "ProjectTypes.h"
#include "SheetGrid.h"

#include <QChar>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace qw {

enum class TextEncoding { Utf8, Windows1252, Latin1 };
QString toCode(TextEncoding encoding);
// Accepts "UTF-8", "utf8", "Windows-1252", "cp1252", "ISO-8859-1", "latin1", ...
std::optional<TextEncoding> textEncodingFromName(const QString &name);

// How rows and columns of a department table are arranged.
enum class TableLayout {
    Long, // one row per area, indicator and period: key, indicator, period, value
    WideIndicator, // one row per area (and period), one column per indicator
    WidePeriod, // one row per area (and indicator), one column per period ("2019/20")
};
QString toCode(TableLayout layout);
std::optional<TableLayout> tableLayoutFromCode(const QString &code);

// The dialect of a delimited text file. Detected by CsvTableSource::sniff(), editable by
// the user in the import wizard and by command-line options.
struct CsvFormat
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(';');
    QChar decimal = QLatin1Char(',');
    QChar thousands; // null when numbers have no grouping
};

// A rate computed from two columns: value = numerator / denominator x scale.
struct RateColumns
{
    QString indicator; // label of the computed indicator
    QString numerator; // column names
    QString denominator;
};

// Everything the importer needs to know about a table; remembered per source so the
// next monthly delivery imports with one command.
struct ImportSpec
{
    QString source; // e.g. "Jugendamt Kita-Statistik"; names the delivery, not the file
    QString department;
    TableLayout layout = TableLayout::WideIndicator;
    QString keyColumn;
    // The key column holds area names, not keys (statistics offices often publish by
    // name): rows are matched by normalised name. Found again from the values each time.
    bool keyIsName = false;
    QString nameColumn; // optional: area names, used for suggestions only
    // Long: the columns that together name the indicator ("Tabelle" + "Zeile").
    // WidePeriod: the same, or empty when the table holds one indicator (indicatorLabel).
    QStringList indicatorColumns;
    QString indicatorLabel; // WidePeriod without indicator columns: the indicator's name
    QString periodColumn; // Long and WideIndicator: the column with the period ...
    QString periodValue; // ... or one period for the whole file
    // WideIndicator: each column's period is the one its header names ("31.12.2013",
    // "2013/14"), and the indicator is the header without it; columns that name none take
    // periodValue.
    bool periodsFromHeader = false;
    SheetOptions sheet; // sheet, header rows and data rows as chosen
    QString valueColumn; // Long: the value column (may be empty when rates are computed)
    QString numeratorColumn; // Long: numerator and denominator columns
    QString denominatorColumn;
    // WideIndicator: the indicator columns; WidePeriod: the period columns. Empty means
    // every column that holds numbers (WideIndicator) or looks like a period (WidePeriod).
    QStringList valueColumns;
    std::vector<RateColumns> rates; // WideIndicator: rates computed from two columns
    // File key -> area key, accepted by the user for keys that match no area.
    QHash<QString, QString> keyMapping;
    // Indicator label in the file -> indicator key in the project.
    QHash<QString, QString> indicatorMapping;
    // Catalogue entries edited by the user for new indicators, by label.
    QHash<QString, Indicator> catalogue;
    bool hasFormat = false; // format below was chosen rather than detected
    CsvFormat format;

    QJsonObject toJson() const;
    static ImportSpec fromJson(const QJsonObject &json);
};

// One cell or row that did not make it into the project, with where and why.
struct Rejection
{
    qint64 line = 0; // 1-based line in the file (row number in a spreadsheet)
    QString column; // column name, empty for the whole row
    QString key; // the row's area key as written in the file
    QString reason; // translated, for people
};

} // namespace qw
