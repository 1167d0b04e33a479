#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace qw {

class ImportController;
class MainWindow;
class UndoController;

// Analysis > New derived indicator: the dialog, then the definition as an undoable command
// (DefineDerivedCommand) and the project reopened showing the new indicator. Owned by the
// window; uses its import controller (to reopen) and undo controller.
class DerivedController : public QObject
{
    Q_OBJECT
public:
    DerivedController(MainWindow *window, QMenu *menu, ImportController *reloader,
                      UndoController *undo);

    void newDerivedIndicator();
    QAction *action() const { return m_action; }

private:
    MainWindow *m_window;
    ImportController *m_reloader;
    UndoController *m_undo;
    QAction *m_action;
};

} // namespace qw
