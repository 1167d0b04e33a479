#pragma once

#include "AllocationRule.h"

#include <QObject>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QMenu;

namespace qw {

class AllocationPanel;
class MainWindow;
class Project;
class UndoController;
class WorkbenchDocks;
struct Allocation;

// Analysis > Allocate a budget: the dialog (AllocationDialog), the allocation it gives shown
// in the "Mittelverteilung" dock (table and map, linked to the window's area selection,
// the main map switched to the allocation's level), its exports (PDF with the rule in
// words, XLSX, CSV) and the project's saved allocations: save under a name, open, delete,
// save and delete undoable (Edit > Undo). Owned by the window; does not own the dock, its
// panel (WorkbenchDocks) or the undo controller.
class AllocationController : public QObject
{
    Q_OBJECT
public:
    AllocationController(MainWindow *window, QMenu *analysisMenu, UndoController *undo,
                         const WorkbenchDocks &docks);

    QAction *action() const { return m_action; }
    // Opens the dialog (with the last rule, or the shown indicator, level and period).
    void allocate();
    // Shows an allocation of the open project in the dock; savedName: the saved one it is.
    void show(std::shared_ptr<const Allocation> allocation, const QString &savedName = {});
    // Each false with a message (nothing changed) when it cannot.
    bool openSaved(const QString &name, QString *errorMessage);
    // Saves the shown allocation, replacing one of that name (undoable).
    bool saveAs(const QString &name, QString *errorMessage);
    bool deleteSaved(const QString &name, QString *errorMessage);
    // Writes the shown allocation: PDF by AllocationReport, else CSV or XLSX by the suffix.
    bool exportTo(const QString &path, QString *errorMessage);

    // For the undo commands: the open project (null: none), the list of saved allocations
    // read again, a failure shown.
    std::shared_ptr<Project> project() const;
    void refresh();
    void reportError(const QString &title, const QString &message);
    QDockWidget *dock() const { return m_dock; }
    AllocationPanel *panel() const { return m_panel; }

private:
    void askSave();
    void askExport();
    void remove(const QString &name);
    void open(const QString &name);
    // Another project, or the start page: nothing of the last one stays on screen.
    void reset();

    MainWindow *m_window;
    UndoController *m_undo;
    AllocationPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_action;
    std::optional<AllocationRule> m_lastRule; // what the dialog opens with next
    QString m_lastPrevious;
};

} // namespace qw
