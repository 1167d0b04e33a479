#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenuBar;
class QUndoCommand;
class QUndoStack;
class QWidget;

namespace qw {

// Edit > Undo and Redo over one QUndoStack per open project: what a planner changes in a
// project (imports, saved views; the class breaks push their own command) goes through
// push(). The stack is cleared when another project opens or the project closes, and
// kept when the same project is opened again (an import reloads it). Owned by the window;
// owns the stack and its commands.
class UndoController : public QObject
{
    Q_OBJECT
public:
    explicit UndoController(QWidget *window);

    // Adds Edit (Bearbeiten) with Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z, Ctrl+Y).
    void addEditMenu(QMenuBar *bar);
    // The project whose history the stack holds (its path; empty: none open). A new path
    // clears the stack and sends historyStarted.
    void setProject(const QString &path);

    // Runs the command's redo() and keeps it for Undo; takes ownership.
    void push(QUndoCommand *command);
    QUndoStack *stack() const { return m_stack; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // The command Undo would undo next, or null.
    const QUndoCommand *nextUndo() const;

    // The texts of the actions for a command text ("Undo: Rename view").
    static QString undoText(const QString &command);
    static QString redoText(const QString &command);

Q_SIGNALS:
    // A project was opened whose history starts now (the stack is empty).
    void historyStarted();

private:
    // Undo from the menu or Ctrl+Z: asks first when the undo cannot be redone (an import
    // of an earlier session, see ImportUndoCommand::oneWayQuestion).
    void undoAsked();
    void updateActions();

    QWidget *m_window;
    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
    QString m_path;
};

} // namespace qw
