#include "SavedViewsController.h"

#include "ErrorDialog.h"
#include "MainWindow.h"
#include "Project.h"
#include "ProjectStore.h"
#include "SavedView.h"
#include "StoreError.h"
#include "ViewsPanel.h"

#include <QInputDialog>
#include <QMessageBox>

namespace qw {

SavedViewsController::SavedViewsController(MainWindow *window, ViewsPanel *panel)
    : QObject(window), m_window(window), m_panel(panel)
{
    connect(panel, &ViewsPanel::saveRequested, this, &SavedViewsController::save);
    connect(panel, &ViewsPanel::renameRequested, this, &SavedViewsController::rename);
    connect(panel, &ViewsPanel::deleteRequested, this, &SavedViewsController::remove);
    connect(panel, &ViewsPanel::restoreRequested, this, [this](const QString &name) {
        QString error;
        if (!restore(name, &error))
            QMessageBox::warning(m_window, tr("Saved view"), error);
    });
}

void SavedViewsController::setProject(std::shared_ptr<Project> project)
{
    m_project = std::move(project);
    refresh();
}

void SavedViewsController::refresh()
{
    QStringList good, broken, reasons;
    if (m_project) {
        for (const auto &v : m_project->store().views()) {
            try {
                SavedViewArchive::read(v.archive);
                good << v.name;
            } catch (const StoreError &e) {
                broken << v.name;
                reasons << e.message();
            }
        }
    }
    m_panel->setViews(good, broken, reasons);
}

bool SavedViewsController::restore(const QString &name, QString *errorMessage)
{
    if (!m_project)
        return false;
    for (const auto &stored : m_project->store().views()) {
        if (stored.name != name)
            continue;
        try {
            SavedView view = SavedViewArchive::read(stored.archive);
            view.name = stored.name;
            return m_window->showSavedView(view, errorMessage);
        } catch (const StoreError &e) {
            if (errorMessage)
                *errorMessage = tr("View \"%1\": %2").arg(name, e.message());
            return false;
        }
    }
    if (errorMessage) {
        QStringList names;
        for (const auto &stored : m_project->store().views())
            names << stored.name;
        *errorMessage =
            tr("There is no saved view \"%1\" (saved views: %2).")
                .arg(name, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
    }
    return false;
}

void SavedViewsController::save()
{
    if (!m_project)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save view"), tr("Name of the view:"),
                                               QLineEdit::Normal, m_panel->currentName(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    bool exists = false;
    for (const auto &stored : m_project->store().views())
        exists |= stored.name == name;
    if (exists
        && QMessageBox::question(m_window, tr("Save view"),
                                 tr("A view \"%1\" exists. Replace it?").arg(name))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!saveAs(name, &error))
        QMessageBox::warning(m_window, tr("Save view"), error);
}

bool SavedViewsController::saveAs(const QString &name, QString *errorMessage)
{
    if (!m_project || name.trimmed().isEmpty())
        return false;
    try {
        m_project->store().writeView(name.trimmed(),
                                     SavedViewArchive::write(m_window->captureView()),
                                     int(SavedView::kVersion));
    } catch (const StoreError &e) {
        if (errorMessage)
            *errorMessage = e.message();
        return false;
    }
    refresh();
    return true;
}

void SavedViewsController::rename(const QString &name)
{
    bool ok = false;
    const QString to = QInputDialog::getText(m_window, tr("Rename view"), tr("New name:"),
                                             QLineEdit::Normal, name, &ok)
                           .trimmed();
    if (!ok || to.isEmpty() || to == name)
        return;
    try {
        if (!m_project->store().renameView(name, to))
            QMessageBox::information(m_window, tr("Rename view"),
                                     tr("A view \"%1\" exists already.").arg(to));
    } catch (const StoreError &e) {
        ErrorDialog::warning(m_window, tr("Rename view"), e);
    }
    refresh();
}

void SavedViewsController::remove(const QString &name)
{
    if (QMessageBox::question(m_window, tr("Delete view"), tr("Delete the view \"%1\"?").arg(name))
        != QMessageBox::Yes)
        return;
    try {
        m_project->store().deleteView(name);
    } catch (const StoreError &e) {
        ErrorDialog::warning(m_window, tr("Delete view"), e);
    }
    refresh();
}

} // namespace qw
