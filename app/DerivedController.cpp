#include "DerivedController.h"

#include "DefineDerivedCommand.h"
#include "DerivedIndicatorDialog.h"
#include "MainWindow.h"
#include "Project.h"
#include "UiLanguage.h"
#include "UndoController.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace qw {

DerivedController::DerivedController(MainWindow *window, QMenu *menu, ImportController *reloader,
                                     UndoController *undo)
    : QObject(window), m_window(window), m_reloader(reloader), m_undo(undo)
{
    m_action = menu->addAction(tr("New &derived indicator…"), this,
                               &DerivedController::newDerivedIndicator);
    m_action->setStatusTip(
        tr("A share, a change over years, a sum or a difference computed from indicators of "
           "the project, and kept up to date when they change"));
}

void DerivedController::newDerivedIndicator()
{
    const auto project = m_window->project();
    if (!project)
        return;
    const bool german = germanUi();
    DerivedIndicatorDialog dialog(project->path(), project->indicators(), german, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new DefineDerivedCommand(m_reloader, dialog.key(), dialog.nameDe(),
                                             dialog.nameEn(), dialog.recipe());
    m_undo->push(command); // runs it; a failed one is obsolete and dropped
    if (m_window->project() && m_window->project()->indicator(dialog.key())) {
        m_window->setIndicator(dialog.key());
        return;
    }
    QMessageBox::warning(m_window, tr("New derived indicator"),
                         tr("The indicator was not created."));
}

} // namespace qw
