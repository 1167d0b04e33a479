#pragma once

#include "ProjectTypes.h"

#include <QColor>
#include <QLocale>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace qw {

class AreaGeometrySet;
class BivariateRenderer;
class ChoroplethRenderer;
class NoteMarkers;
class ProportionalSymbols;

enum class LabelMode { None, Names, Values };

// The words that go with a map: on screen in the legend and footer, in exports as title,
// subtitle and source line.
struct MapCaption
{
    QString title; // e.g. the indicator's name
    QString subtitle; // e.g. "2024 · % · Stadt: 26,3 %"
    QString source; // source line, with "fictional demo data" where it applies
    QString cityValue; // formatted city value for tooltips; empty when there is none
    QString period; // the period a value is of, for tooltips: "2024", a change's "2019 → 2024"
    QString legendNote; // how the classes were made, e.g. "classes fixed across all periods"
};

// The rows and columns of an index's status x dynamics groups (KEY_group): the status
// classes and the dynamics classes, from 1 up, whose group codes are
// IndexParts::groupCode(row, column). Its legend reads as that matrix.
struct GroupAxes
{
    std::vector<ValueLabel> status;
    std::vector<ValueLabel> dynamics;
};

// Everything a render job draws, as shared immutable data: taking a snapshot is cheap,
// and the GUI may build the next one while a job still draws the last.
struct MapSnapshot
{
    std::shared_ptr<const AreaGeometrySet> areas;
    std::shared_ptr<const ChoroplethRenderer> choropleth; // null: areas in a plain fill
    // Optional overlays of a second indicator: a 3x3 fill instead of the choropleth's, or
    // area-true circles on top.
    std::shared_ptr<const BivariateRenderer> bivariate;
    std::shared_ptr<const ProportionalSymbols> circles;
    // Set when the choropleth shows an index's status x dynamics groups; null otherwise.
    std::shared_ptr<const GroupAxes> groupAxes;
    LabelMode labels = LabelMode::None;
    std::shared_ptr<const std::vector<Landmark>> landmarks;
    std::shared_ptr<const std::vector<Facility>> facilities;
    bool showFacilities = true;
    // Which facility kinds are drawn, indexed by FacilityKind.
    std::array<bool, 4> facilityKinds {true, true, true, true};
    // The workshop notes' markers of exported maps (View > Notes on the map); on screen the
    // map widget draws its own over the render. Null: none.
    std::shared_ptr<const NoteMarkers> notes;
    MapCaption caption;
    QLocale locale; // for numbers drawn on the map (value labels)
    QColor background = QColor(0xf4, 0xf3, 0xef);
    // High contrast (the presentation on a projector): every area outlined in this colour,
    // outlineWidth pixels wide, over the white borders; invalid: none.
    QColor outline;
    double outlineWidth = 0;
};

} // namespace qw
