#include "DerivedController.h"

#include "DerivedIndicatorDialog.h"
#include "DerivedIndicators.h"
#include "MainWindow.h"
#include "Project.h"
#include "ProjectStore.h"
#include "StoreError.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace qw {

DerivedController::DerivedController(MainWindow *window, QMenu *menu)
    : QObject(window), m_window(window)
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
    const bool german = QLocale().language() == QLocale::German;
    DerivedIndicatorDialog dialog(project->path(), project->indicators(), german, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    int written = -1;
    try {
        auto store = ProjectStore::open(project->path());
        written = DerivedIndicators(*store).define(dialog.key(), dialog.nameDe(), dialog.nameEn(),
                                                   dialog.recipe(), &error);
    } catch (const StoreError &e) {
        error = e.message();
    }
    if (written < 0) {
        QMessageBox::warning(m_window, tr("New derived indicator"),
                             tr("The indicator was not created: %1").arg(error));
        return;
    }
    const QString path = project->path();
    m_window->openProject(path);
    m_window->setIndicator(dialog.key());
    m_window->statusBar()->showMessage(
        tr("%1: %n value(s) computed.", nullptr, written).arg(dialog.nameDe()), 8000);
}

} // namespace qw
