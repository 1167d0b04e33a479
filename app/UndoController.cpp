#include "UndoController.h"

#include "ImportUndoCommand.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

namespace qw {

UndoController::UndoController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_stack(new QUndoStack(this))
    , m_undo(new QAction(this))
    , m_redo(new QAction(this))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    // Redo as every desktop program has it: the platform's keys, Ctrl+Shift+Z and Ctrl+Y.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                    QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys << key;
    m_redo->setShortcuts(redoKeys);
    connect(m_undo, &QAction::triggered, this, &UndoController::undoAsked);
    connect(m_redo, &QAction::triggered, m_stack, &QUndoStack::redo);
    connect(m_stack, &QUndoStack::indexChanged, this, &UndoController::updateActions);
    connect(m_stack, &QUndoStack::undoTextChanged, this, &UndoController::updateActions);
    connect(m_stack, &QUndoStack::redoTextChanged, this, &UndoController::updateActions);
    updateActions();
}

void UndoController::addEditMenu(QMenuBar *bar)
{
    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
}

QString UndoController::undoText(const QString &command)
{
    return command.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(command);
}

QString UndoController::redoText(const QString &command)
{
    return command.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(command);
}

void UndoController::updateActions()
{
    // Own actions rather than QUndoStack::createUndoAction: the German text is
    // "Rückgängig: Ansicht umbenennen", not the stack's "Undo %1" pattern.
    m_undo->setEnabled(m_stack->canUndo());
    m_redo->setEnabled(m_stack->canRedo());
    m_undo->setText(undoText(m_stack->canUndo() ? m_stack->undoText() : QString()));
    m_redo->setText(redoText(m_stack->canRedo() ? m_stack->redoText() : QString()));
}

void UndoController::setProject(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_stack->clear();
    updateActions();
    if (!path.isEmpty())
        Q_EMIT historyStarted();
}

void UndoController::push(QUndoCommand *command)
{
    m_stack->push(command);
}

const QUndoCommand *UndoController::nextUndo() const
{
    return m_stack->canUndo() ? m_stack->command(m_stack->index() - 1) : nullptr;
}

void UndoController::undoAsked()
{
    const auto *import = dynamic_cast<const ImportUndoCommand *>(nextUndo());
    if (import && !import->oneWayQuestion().isEmpty()
        && QMessageBox::question(m_window, tr("Undo"), import->oneWayQuestion())
            != QMessageBox::Yes)
        return;
    m_stack->undo();
}

} // namespace qw
