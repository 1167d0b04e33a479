#pragma once

#include "Geometry.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace qw {

enum class IndicatorKind { Count, Share, Rate, Mean, Index };
enum class Polarity { HigherIsBetter, HigherIsWorse, Neutral };
// NotComputed: left out on purpose by the indicator's own rule (a composite index leaves
// out areas under 300 inhabitants), which is not missing data; Indicator::notComputedText
// says why.
enum class ValueStatus { Ok, Missing, Suppressed, Estimated, NotComputed };

// How much a status hides, for what is computed from several values: the worse status
// wins (nothing may reveal a suppressed input; a missing one leaves nothing to compute).
// Ok < Estimated < Missing < NotComputed < Suppressed.
int statusSeverity(ValueStatus status);
inline ValueStatus worseStatus(ValueStatus a, ValueStatus b)
{
    return statusSeverity(b) > statusSeverity(a) ? b : a;
}

// Stable text codes as stored in the project file (never translated).
QString toCode(IndicatorKind kind);
QString toCode(Polarity polarity);
QString toCode(ValueStatus status);
std::optional<IndicatorKind> indicatorKindFromCode(const QString &code);
std::optional<Polarity> polarityFromCode(const QString &code);
std::optional<ValueStatus> valueStatusFromCode(const QString &code);

// A planning area (Sozialraum, Stadtbezirk, ...). Keys are text: "01" and "1" differ.
// An area as the project lists it; its outline is in the project's AreaShapes.
struct AreaInfo
{
    QString key;
    QString name;
    QString level; // level key, e.g. "sozialraum"
    QString parentKey; // key of the enclosing area on the next coarser level, or empty
};

// An area with its exact geometry, as read from and written to files.
struct Area : AreaInfo
{
    MultiPolygon geometry;
};

// One nesting level of areas; rank 0 is the coarsest.
struct AreaLevel
{
    QString key;
    QString nameDe;
    QString nameEn;
    int rank = 0;

    QString name(bool german) const
    {
        return german || nameEn.isEmpty() ? (nameDe.isEmpty() ? key : nameDe) : nameEn;
    }
};

// The words for one code of a categorical indicator (a class of a composite index:
// 1 "hoch", 2 "mittel", ...), in both languages as stored with the catalogue.
struct ValueLabel
{
    double value = 0;
    QString nameDe;
    QString nameEn; // empty: the same as nameDe

    QString name(bool german) const { return german || nameEn.isEmpty() ? nameDe : nameEn; }
    bool operator==(const ValueLabel &other) const = default;
};

struct Indicator
{
    QString key;
    QString nameDe;
    QString nameEn;
    QString unit; // as the German catalogue writes it: "%", "je 1.000", "Personen"
    QString unitEn; // "per 1,000", "persons"; empty: the same as unit
    IndicatorKind kind = IndicatorKind::Count;
    Polarity polarity = Polarity::Neutral;
    QString department; // German name, e.g. "Jugendamt"; groups the catalogue
    QString departmentEn; // "Youth welfare office"; empty: the same as department
    QString description;
    QString numeratorKey; // for shares and rates: the count indicator above the line
    QString denominatorKey; // ... and below it
    int minCases = 0; // disclosure control: fewer cases than this are suppressed
    int decimals = 1;
    QString source; // source line for exports, e.g. "Jugendamt, Kita-Statistik"
    // A derived indicator's formula (Recipe::text(), e.g. "change(child_poverty, 2)");
    // empty for indicators that are imported.
    QString recipe;
    // Codes with names (qw_value_labels), ascending by value; empty for measured values.
    // Read with the catalogue; written by CatalogueRepository::writeLabels only.
    std::vector<ValueLabel> valueLabels;
    // Why values with status NotComputed have none, e.g. "nicht berechnet (unter 300 EW)";
    // empty: the plain words (see notComputedText).
    QString notComputedDe;
    QString notComputedEn;

    QString name(bool german) const { return german || nameEn.isEmpty() ? nameDe : nameEn; }
    // Codes with names (an index's class or group): no city value, no ranks, no mean.
    bool isCategorical() const { return !valueLabels.empty(); }
    // The label of a code, or nullptr when the value has none.
    const ValueLabel *label(double value) const;
    // "not computed (under 300 inhabitants)", or "not computed" without a reason given.
    QString notComputedText(bool german) const;
    // The words a table shows instead of the number: why a value was not computed, or the
    // name of a code ("mittel"); empty where the number (or the sign of a missing or
    // suppressed value) is shown.
    QString wordsFor(double value, ValueStatus status, bool german) const;
    QString unitName(bool german) const { return german || unitEn.isEmpty() ? unit : unitEn; }
    QString departmentName(bool german) const
    {
        return german || departmentEn.isEmpty() ? department : departmentEn;
    }
    // The value in the locale's format with the indicator's decimals and unit in the
    // locale's language ("12,3 %", "4.1 per 1,000"); counts carry no unit word.
    QString format(double value, const QLocale &locale) const;
};

// The entry of a key in a catalogue, or nullptr.
const Indicator *findIndicator(const std::vector<Indicator> &catalogue, const QString &key);

struct IndicatorValue
{
    QString areaKey;
    QString indicatorKey;
    QString period;
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
    ValueStatus status = ValueStatus::Ok;
    std::int64_t importId = 0;
};

enum class FacilityKind { School, Kita, YouthCentre, Other };
QString toCode(FacilityKind kind);
FacilityKind facilityKindFromCode(const QString &code);

struct Facility
{
    QString key;
    QString name;
    FacilityKind kind = FacilityKind::Other;
    QString subkind; // e.g. school type "Grundschule", "Gymnasium"
    QString areaKey; // area containing the point, on the finest level
    QString attributes; // further fields as a JSON object
    Point position;
};

// Base-map features drawn for orientation (rivers, lakes, parks); not analysed.
enum class LandmarkKind { Water, Park };
QString toCode(LandmarkKind kind);
LandmarkKind landmarkKindFromCode(const QString &code);

struct Landmark
{
    LandmarkKind kind = LandmarkKind::Water;
    QString name;
    MultiPolygon geometry;
};

struct ProjectMetadata
{
    QString title;
    // The title for an English UI; empty in files that have one title only (shown then in
    // both languages, but for the demo's own German title: see titleIn()).
    QString titleEn;
    QString city;
    int srsId = 25832; // EPSG code of the project CRS
    QDateTime created;
    QDateTime modified;
    bool fictional = false;
    QString generator; // what made the file, e.g. "Musterstadt demo generator 1"
    QString defaultIndicator; // shown first when the project opens; may be empty
    int schemaVersion = 0;

    // The title in the UI language: the English one where there is one, else the one title,
    // but the demo's German title in English for demo files written before they had both.
    QString titleIn(bool german) const;
};

} // namespace qw
