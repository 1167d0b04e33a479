#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace qw {

class ImportController;
class IndexContributionsPanel;
class MainWindow;
class UndoController;

// Analysis > Build a needs index: the index builder dialog, then the definition as an
// undoable command (DefineIndexCommand) and the project reopened showing the index's
// classes. Edit the index: the same dialog with the shown index's recipe, replacing it.
// Owned by the window; uses its import controller (to reopen) and undo controller.
class IndexController : public QObject
{
    Q_OBJECT
public:
    // contributions: the window's panel, told what the window shows.
    IndexController(MainWindow *window, QMenu *menu, ImportController *reloader,
                    UndoController *undo, IndexContributionsPanel *contributions);

    void buildIndex();
    // Opens the dialog with the recipe of the index shown (or the index of the part shown).
    void editIndex();
    QList<QAction *> actions() const { return {m_build, m_edit}; }

private:
    void run(const QString &editKey);

    MainWindow *m_window;
    ImportController *m_reloader;
    UndoController *m_undo;
    QAction *m_build;
    QAction *m_edit;
};

} // namespace qw
