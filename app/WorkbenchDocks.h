#pragma once

#include <QCoreApplication>
#include <QList>

class QDockWidget;
class QItemSelectionModel;
class QMainWindow;
class QTableView;

namespace qw {

class AllocationPanel;
class AreaListPanel;
class AreaTableModel;
class IndexContributionsPanel;
class IndicatorPanel;
class IndicatorTreeModel;
class NotesModel;
class NotesPanel;
class PrioritiesPanel;
class PriorityRankingModel;
class TrendPanel;
class ViewsPanel;

// The panels around the map, each in a dock with a stable name (WindowState keeps their
// layout): indicators and saved views on the left, the areas on the right. Made once by
// the window, which owns the docks and panels through Qt's parents.
class WorkbenchDocks
{
    Q_DECLARE_TR_FUNCTIONS(qw::WorkbenchDocks)
public:
    WorkbenchDocks(QMainWindow *window, IndicatorTreeModel *indicators, AreaTableModel *areas,
                   QItemSelectionModel *selection);

    IndicatorPanel *indicatorPanel() const { return m_indicators; }
    AreaListPanel *areaPanel() const { return m_areas; }
    QTableView *areaTable() const;
    ViewsPanel *viewsPanel() const { return m_views; }
    // "Entwicklung", under the areas: the selected areas over the periods (in docks()).
    TrendPanel *trendPanel() const { return m_trend; }
    QDockWidget *trendDock() const { return m_trendDock; }
    // "Beitrag zum Index", below the areas; shown while the project has an index (not in
    // docks()).
    IndexContributionsPanel *contributionsPanel() const { return m_contributions; }
    QDockWidget *contributionsDock() const { return m_contributionsDock; }
    // Hidden while the start page shows.
    QList<QDockWidget *> docks() const { return m_docks; }
    // "Mittelverteilung", at the bottom; hidden until an allocation is shown (not in docks()).
    AllocationPanel *allocationPanel() const { return m_allocation; }
    QDockWidget *allocationDock() const { return m_allocationDock; }
    // "Notizen", a tab beside the trend (in docks()): the workshop notes and their filters.
    NotesModel *notesModel() const { return m_notesModel; }
    NotesPanel *notesPanel() const { return m_notes; }
    QDockWidget *notesDock() const { return m_notesDock; }
    // "Prioritäten", a tab beside the notes (in docks()): the workshop's dot voting.
    PriorityRankingModel *prioritiesModel() const { return m_prioritiesModel; }
    PrioritiesPanel *prioritiesPanel() const { return m_priorities; }
    QDockWidget *prioritiesDock() const { return m_prioritiesDock; }

private:
    IndicatorPanel *m_indicators;
    AreaListPanel *m_areas;
    ViewsPanel *m_views;
    TrendPanel *m_trend;
    QDockWidget *m_trendDock;
    IndexContributionsPanel *m_contributions;
    QDockWidget *m_contributionsDock;
    QList<QDockWidget *> m_docks;
    AllocationPanel *m_allocation;
    QDockWidget *m_allocationDock;
    NotesModel *m_notesModel;
    NotesPanel *m_notes;
    QDockWidget *m_notesDock;
    PriorityRankingModel *m_prioritiesModel;
    PrioritiesPanel *m_priorities;
    QDockWidget *m_prioritiesDock;
};

} // namespace qw
