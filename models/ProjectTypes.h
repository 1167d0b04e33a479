#pragma once

#include "Geometry.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace qw {

enum class IndicatorKind { Count, Share, Rate, Mean, Index };
enum class Polarity { HigherIsBetter, HigherIsWorse, Neutral };
enum class ValueStatus { Ok, Missing, Suppressed, Estimated };

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

struct Indicator
{
    QString key;
    QString nameDe;
    QString nameEn;
    QString unit;
    IndicatorKind kind = IndicatorKind::Count;
    Polarity polarity = Polarity::Neutral;
    QString department;
    QString description;
    QString numeratorKey; // for shares and rates: the count indicator above the line
    QString denominatorKey; // ... and below it
    int minCases = 0; // disclosure control: fewer cases than this are suppressed
    int decimals = 1;
    QString source; // source line for exports, e.g. "Jugendamt, Kita-Statistik"
    // A derived indicator's formula (Recipe::text(), e.g. "change(child_poverty, 2)");
    // empty for indicators that are imported.
    QString recipe;

    QString name(bool german) const { return german || nameEn.isEmpty() ? nameDe : nameEn; }
    // The value in the locale's format with the indicator's decimals and unit ("12,3 %");
    // counts carry no unit word.
    QString format(double value, const QLocale &locale) const;
};

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
    QString city;
    int srsId = 25832; // EPSG code of the project CRS
    QDateTime created;
    QDateTime modified;
    bool fictional = false;
    QString generator; // what made the file, e.g. "Musterstadt demo generator 1"
    QString defaultIndicator; // shown first when the project opens; may be empty
    int schemaVersion = 0;
};

} // namespace qw
