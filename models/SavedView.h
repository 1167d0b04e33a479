#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace qw {

// What a planner sees, saved in the project under a name: indicator and period, how the
// map is classified and coloured, overlays, labels, facilities, the visible extent and
// the selected areas. Stored as a versioned Boost.Serialization XML archive (portable
// between Windows and Linux); kinds are saved as words, not numbers, so they survive
// reordering of enums. Plain data in Qt Core terms: maps/ and app/ convert it.
struct SavedView
{
    // Archive history (bump and extend serialize() for every new field):
    //   1  indicator, period, classification, classes, ramp, overlay, overlay indicator,
    //      labels, facilities, extent, selected areas
    //   2  title (the planner's own map title)
    //   3  comparison (the areas open side by side)
    //   4  map panes (the linked maps of the map comparison)
    //   5  breaks (the planner's class breaks of the "manual" classification)
    //   6  playFrom, playTo (the time slider's play range)
    static constexpr unsigned kVersion = 6;

    QString name;
    QString indicator;
    QString period;
    QString classification = QStringLiteral("quantile");
    int classes = 5;
    QString ramp;
    QString overlay = QStringLiteral("none"); // none | circles | bivariate
    QString overlayIndicator;
    QString labels = QStringLiteral("none"); // none | names | values
    bool showFacilities = true;
    QStringList facilityKinds {QStringLiteral("school"), QStringLiteral("kita"),
                               QStringLiteral("youth_centre"), QStringLiteral("other")};
    std::array<double, 4> extent {0, 0, 0, 0}; // minX, minY, maxX, maxY; all 0: full extent
    QStringList selectedAreas;
    QString title; // since version 2; empty: the indicator's name
    QStringList comparison; // since version 3; empty: no comparison open
    // Since version 4: "indicator@period" of each linked map pane; empty: a single map.
    QStringList mapPanes;
    // Since version 5: the inner class breaks, ascending, when classification is "manual"
    // (1 to 8; the data's extremes close the outer classes); empty for the other methods.
    std::vector<double> breaks;
    // Since version 6: the first and last period the time slider plays; both empty: all
    // periods. The period shown is `period`.
    QString playFrom;
    QString playTo;

    bool hasExtent() const { return extent[2] > extent[0] && extent[3] > extent[1]; }
    friend bool operator==(const SavedView &, const SavedView &) = default;
};

namespace SavedViewArchive {

// The view as XML archive text.
QString write(const SavedView &view);
// Reads an archive of any version up to kVersion. A damaged, hostile or newer archive
// throws StoreError(InvalidContent) naming the problem; it never crashes.
SavedView read(const QString &archive, unsigned *version = nullptr);

} // namespace SavedViewArchive
} // namespace qw
