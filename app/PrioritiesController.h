#pragma once

#include "PriorityTally.h"

#include <QObject>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QMenu;

namespace qw {

class IndicatorTreeModel;
class MainWindow;
class PrioritiesPanel;
class PriorityRankingModel;
class Project;
class UndoController;
class WorkbenchDocks;

// The workshop's dot voting in the window ("what the room says"): the voter chosen in the
// Priorities panel gives a point to the selected area (Edit > Give a point, P; the panel's
// "+1 point"; the right click on an area) or takes one back (Shift+P, "−1"), within the
// points each voter has. Every change is a PriorityCommand on the window's undo stack. The
// points per area are the computed indicator "Punkte der Werkstatt" (PriorityRepository),
// which the map panes show beside the data map (View > Priorities beside the map). The
// voter is remembered (QSettings); the first default is the notes' author, the table's
// name. Owned by the window.
class PrioritiesController : public QObject
{
    Q_OBJECT
public:
    PrioritiesController(MainWindow *window, UndoController *undo, WorkbenchDocks &docks,
                         IndicatorTreeModel *indicators, QMenu *edit, QMenu *view);

    void setProject(std::shared_ptr<Project> project);

    QString voter() const { return m_voter; }
    void setVoter(const QString &voter);
    // A point of the voter for (from) the area of projectIndex, undoably; says why not in
    // the status bar (no voter, no points left, none given there).
    void givePoint(int projectIndex);
    void takePoint(int projectIndex);
    void setPointsPerVoter(int points);
    // Two linked panes: the indicator shown (the project's default when that is the points)
    // and the points; false with the reason when there are no points yet.
    bool showBesideMap(QString *errorMessage = nullptr);

    // PriorityCommand's work: adds the deltas (and sets the points per voter) in one
    // transaction, then shows the votes and the points map anew. A failure is shown and
    // leaves the store as it was.
    void apply(const std::vector<PriorityVote> &deltas, std::optional<int> pointsPerVoter);

    const PriorityTally &tally() const { return m_tally; }
    PriorityRankingModel *model() const { return m_model; }
    QList<QAction *> actions() const { return m_actions; }

    static constexpr const char *kVoterKey = "priorities/voter";

private:
    int selectedArea() const;
    void readVotes();
    void updateState();

    MainWindow *m_window;
    UndoController *m_undo;
    IndicatorTreeModel *m_indicators;
    PriorityRankingModel *m_model;
    PrioritiesPanel *m_panel;
    QDockWidget *m_dock;
    QList<QAction *> m_actions;
    std::shared_ptr<Project> m_project;
    PriorityTally m_tally {0};
    QString m_voter;
};

} // namespace qw
