#pragma once

#include "ChoroplethRenderer.h"
#include "MapSnapshot.h"
#include "Recipe.h"
#include "SavedView.h"

#include <QLocale>

#include <memory>
#include <optional>

namespace qw {

class AreaGeometrySet;
class Project;

// Composes map snapshots of one project on one area level: areas, values, classification
// and captions. The window, exports and the command line all build their maps here, so
// the same indicator looks the same everywhere. Shares the project; not thread-safe (use
// from the GUI thread; the snapshots it returns are immutable and go to any thread).
class ProjectMap
{
public:
    enum class Overlay { None, Circles, Bivariate };

    struct View
    {
        QString indicator;
        QString period; // empty: the indicator's latest
        ChoroplethRenderer::Settings classification;
        bool showFacilities = true;
        std::array<bool, 4> facilityKinds {true, true, true, true};
        LabelMode labels = LabelMode::None;
        // A second indicator, in the same period where it has it, else its latest.
        Overlay overlay = Overlay::None;
        QString overlayIndicator;
        QString title; // the map's title; empty: the indicator's name
    };

    ProjectMap(std::shared_ptr<Project> project, const QString &levelKey);

    // A view to and from the words a saved view archive keeps (extent and selection are
    // the window's and pass through untouched).
    static SavedView toSaved(const View &view);
    static View fromSaved(const SavedView &saved);
    // The words for overlays and label modes (command line, saved views), and back.
    static QStringList overlayWords();
    static QStringList labelWords();
    static std::optional<Overlay> overlayFromWord(const QString &word);
    static std::optional<LabelMode> labelsFromWord(const QString &word);

    const std::shared_ptr<const AreaGeometrySet> &areas() const { return m_base.areas; }
    const QString &levelKey() const { return m_level; }

    // Why a view cannot be shown (unknown indicator or overlay indicator, a period the
    // indicator lacks), naming the keys; an empty string when it can.
    QString check(const View &view) const;
    // The same for one indicator and period (empty: its latest), in any project.
    static QString check(const Project &project, const QString &indicator, const QString &period);

    // The snapshot for a view. Throws nothing: an unknown indicator gives plain areas.
    MapSnapshot snapshot(const View &view, const QLocale &locale) const;

private:
    // The status and dynamics classes of an index's matrix group; null for other indicators.
    std::shared_ptr<const GroupAxes> groupAxes(const Indicator &indicator) const;
    // A composite index (or its dynamics) on the scale of z-scores, centred on 0.
    bool zScores(const Indicator &indicator) const;
    // The period a change indicator's value of `period` is measured against; empty for
    // other indicators.
    QString basePeriod(const std::optional<Recipe> &recipe, const QString &period) const;

    std::shared_ptr<Project> m_project;
    QString m_level;
    MapSnapshot m_base; // areas, landmarks, facilities: shared by every snapshot
};

} // namespace qw
