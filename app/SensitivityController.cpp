#include "SensitivityController.h"

#include "IndexRecipe.h"
#include "MainWindow.h"
#include "Project.h"
#include "SensitivityDialog.h"
#include "UiLanguage.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace qw {

SensitivityController::SensitivityController(MainWindow *window, QMenu *menu)
    : QObject(window), m_window(window)
{
    m_action = menu->addAction(tr("Check the &robustness of the index…"), this,
                               &SensitivityController::checkRobustness);
    m_action->setStatusTip(tr("Vary the weights of a composite index at random and see how far "
                              "each area's rank and class move"));
}

void SensitivityController::checkRobustness()
{
    const auto project = m_window->project();
    if (!project)
        return;
    if (SensitivityDialog::indices(*project, germanUi()).empty()) {
        QMessageBox::information(
            m_window, tr("Robustness of the index"),
            tr("The project has no composite index yet. Define one first, e.g. "
               "quartierswerkstatt PROJECT.gpkg --index sozialindex --name Sozialindex "
               "--from A,B,C"));
        return;
    }
    // The index shown, also when its class or another part is shown.
    QString key = m_window->currentIndicator();
    if (const auto part = IndexParts::parse(
            project->indicator(key) ? project->indicator(key)->recipe : QString()))
        key = part->first;
    SensitivityDialog dialog(project, key, m_window);
    dialog.exec();
}

} // namespace qw
