#pragma once

#include "ProjectMap.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qw {

class Project;

// What one pane of the map comparison shows: an indicator in a period. Everything else
// (classification, ramp, overlays, labels, facilities) follows the main map's view. The
// window's linked panes and the command line's --maps export build their panes here.
struct MapPaneChoice
{
    static constexpr int kMinPanes = 2;
    static constexpr int kMaxPanes = 4;

    QString indicator;
    QString period;
    friend bool operator==(const MapPaneChoice &, const MapPaneChoice &) = default;

    // The main map's view with this pane's indicator and period (an overlay of the pane's
    // own indicator is dropped: it would show the indicator twice).
    ProjectMap::View view(const ProjectMap::View &base) const;

    // Pane words as on the command line and in saved views: "indicator@period",
    // "indicator" (in the main map's period where it has it) or "period" (of the main
    // map's indicator). Returns an empty string, or why a word cannot be shown.
    static QString resolve(const QStringList &words, const Project &project,
                           const QString &indicator, const QString &period,
                           QList<MapPaneChoice> *panes);
    static QStringList words(const QList<MapPaneChoice> &panes);
    // The usual first picture: the indicator's first and latest period, or, with one
    // period only, this indicator and the next one in the catalogue.
    static QList<MapPaneChoice> defaults(const Project &project, const QString &indicator,
                                         const QString &period);
};

} // namespace qw
