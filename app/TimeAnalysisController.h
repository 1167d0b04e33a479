#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace qw {

class ImportController;
class MainWindow;
class UndoController;

// Analysis > Change between two periods and Ranks over time (issue "Time"): the change is
// a derived indicator (change, pct_change or rank_change) defined as an undoable command
// (DefineDerivedCommand), or the one the project has already, shown at the later period;
// the ranks open the bump chart of the indicator. Owned by the window; uses its import
// controller (to reopen) and undo controller.
class TimeAnalysisController : public QObject
{
    Q_OBJECT
public:
    TimeAnalysisController(MainWindow *window, QMenu *menu, ImportController *reloader,
                           UndoController *undo);

    // The dialog for a change map of key (empty: the indicator on the map).
    void changeMap(const QString &key = {});
    // The bump chart of key (empty: the indicator on the map), not modal.
    void ranksOverTime(const QString &key = {});
    QList<QAction *> actions() const { return {m_change, m_ranks}; }

private:
    MainWindow *m_window;
    ImportController *m_reloader;
    UndoController *m_undo;
    QAction *m_change;
    QAction *m_ranks;
};

} // namespace qw
