#pragma once

#include "ProjectMap.h"

#include <QToolBar>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QSpinBox;

namespace qw {

class Project;

// The map's settings as controls: a toolbar (period, classification, number of classes,
// overlay of a second indicator) and menus (labels, facility kinds, colour scheme). It
// reads into and writes from a ProjectMap::View, so the window, the command line and saved
// views set the same state. Owns its widgets and actions.
class MapViewControls : public QToolBar
{
    Q_OBJECT
public:
    explicit MapViewControls(QWidget *parent = nullptr);

    // Fills the overlay indicator list; null clears it.
    void setProject(const std::shared_ptr<const Project> &project, bool german);
    void setPeriods(const QStringList &periods, const QString &current);
    // Shows the level chooser when the project has areas on two levels or more.
    void setLevels(const std::shared_ptr<const Project> &project, const QString &current);
    // Adds the labels, facilities and colour scheme menus to a menu.
    void addMenusTo(QMenu *menu);

    // Writes every setting except indicator and period into view.
    void fill(ProjectMap::View &view) const;
    // Shows the settings of view (except indicator and period) without emitting changed().
    void apply(const ProjectMap::View &view);

    // Classifies by these breaks (already checked against the data) and emits changed():
    // the one call that applies the breaks dialog's result.
    void applyManualBreaks(const std::vector<double> &breaks);
    // Manual breaks belong to one indicator: back to the method chosen before them, without
    // emitting changed(). False when the map was not classified manually.
    bool leaveManualBreaks();
    // The shown indicator is codes with names (an index's classes or groups): they have a
    // colour each, so the method and the number of classes are greyed out and the list
    // says so; the method chosen before stays in fill() and comes back for measured values.
    void showCodes(bool codes);

Q_SIGNALS:
    void periodChosen(const QString &period);
    // The periods the box offers and the one shown, whenever setPeriods sets them (the
    // time slider under the map follows).
    void periodsShown(const QStringList &periods, const QString &current);
    void levelChosen(const QString &levelKey);
    void changed();
    // The planner chose "Manual breaks…" (in the list or the menu): the owner opens the
    // breaks dialog and applies its result with applyManualBreaks(); the list keeps showing
    // the method in use until then.
    void manualBreaksRequested();

private:
    bool isManual() const;
    int methodIndex() const; // the chosen method's row, also while codes are shown
    void showManual(bool manual); // the number of classes is the breaks' then
    QComboBox *m_level;
    QAction *m_levelWidgets[2] = {nullptr, nullptr}; // caption and combo, hidden for one level
    QComboBox *m_period;
    QComboBox *m_classification;
    int m_automaticMethod = 0; // the list's last choice other than manual
    std::vector<double> m_breaks; // of the manual classification
    QSpinBox *m_classes;
    QAction *m_classesAction = nullptr;
    bool m_codes = false;
    int m_methodBeforeCodes = 0;
    QAction *m_editBreaks;
    QComboBox *m_overlay;
    QComboBox *m_overlayIndicator;
    QActionGroup *m_labels;
    QActionGroup *m_ramps;
    QAction *m_showFacilities;
    std::array<QAction *, 4> m_facilityKinds {};
};

} // namespace qw
