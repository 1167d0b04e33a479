#include "SavedViewsController.h"

#include "AreaKeyLevel.h"
#include "ComparisonController.h"
#include "MainWindow.h"
#include "MapPanesController.h"
#include "MapWidget.h"
#include "Project.h"
#include "ProjectStore.h"
#include "SavedView.h"
#include "StoreError.h"
#include "TextPrompt.h"
#include "TimeSlider.h"
#include "UiLanguage.h"
#include "UndoController.h"
#include "ViewChangeCommand.h"
#include "ViewsPanel.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace qw {

SavedViewsController::SavedViewsController(MainWindow *window, ViewsPanel *panel,
                                           UndoController *undo)
    : QObject(window), m_window(window), m_panel(panel), m_undo(undo)
{
    connect(panel, &ViewsPanel::saveRequested, this, &SavedViewsController::save);
    connect(panel, &ViewsPanel::renameRequested, this, &SavedViewsController::rename);
    connect(panel, &ViewsPanel::deleteRequested, this, &SavedViewsController::remove);
    connect(panel, &ViewsPanel::orderChanged, this, [this](const QStringList &names) {
        QString error;
        if (!reorderViews(names, &error)) {
            refresh(); // the list as stored
            QMessageBox::warning(m_window, tr("Saved views"), error);
        }
    });
    connect(panel, &ViewsPanel::restoreRequested, this, [this](const QString &name) {
        QString error;
        if (!restore(name, &error))
            QMessageBox::warning(m_window, tr("Saved view"), error);
    });
}

SavedView SavedViewsController::capture() const
{
    SavedView saved = ProjectMap::toSaved(m_window->currentView());
    const Bounds b = m_window->panes()->activeMap()->transform().visibleBounds();
    if (!b.isEmpty())
        saved.extent = {b.minX, b.minY, b.maxX, b.maxY};
    saved.selectedAreas = m_window->selectedAreaKeys();
    saved.comparison = m_window->comparedAreaKeys();
    saved.mapPanes = m_window->panes()->words();
    saved.playFrom = m_window->timeSlider()->playFrom();
    saved.playTo = m_window->timeSlider()->playTo();
    return saved;
}

bool SavedViewsController::show(const SavedView &saved, QString *errorMessage)
{
    if (!m_project)
        return false;
    // The view's areas name their level; the map switches to it.
    QString levelError;
    const QString level = AreaKeyLevel::ofKnown(*m_project, saved.comparison + saved.selectedAreas,
                                                germanUi(), &levelError);
    if (!levelError.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("View \"%1\": %2").arg(saved.name, levelError);
        return false;
    }
    if (!m_window->applyView(ProjectMap::fromSaved(saved), errorMessage))
        return false;
    // After the view: its indicator's periods are on the slider now.
    m_window->timeSlider()->setPlayRange(saved.playFrom, saved.playTo);
    if (!level.isEmpty())
        m_window->setLevel(level);
    if (saved.comparison.isEmpty() || !m_window->compareAreas(saved.comparison))
        m_window->comparison()->close();
    m_window->selectAreas(saved.selectedAreas);
    if (saved.mapPanes.isEmpty() || !m_window->showMapPanes(saved.mapPanes))
        m_window->showSingleMap();
    if (saved.hasExtent()) {
        Bounds b;
        b.include(saved.extent[0], saved.extent[1]);
        b.include(saved.extent[2], saved.extent[3]);
        for (MapWidget *map : m_window->visibleMaps())
            map->showExtent(b);
    }
    return true;
}

void SavedViewsController::setProject(std::shared_ptr<Project> project)
{
    m_project = std::move(project);
    refresh();
}

ProjectStore *SavedViewsController::store() const
{
    return m_project ? &m_project->store() : nullptr;
}

void SavedViewsController::reportError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

std::optional<ProjectStore::StoredView> SavedViewsController::stored(const QString &name) const
{
    for (auto &v : m_project->store().views())
        if (v.name == name)
            return v;
    return std::nullopt;
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

std::unique_ptr<QInputDialog> SavedViewsController::saveDialog() const
{
    return TextPrompt::create(m_window, tr("Save view"), tr("Name of the view:"),
                              m_panel->currentName());
}

void SavedViewsController::save()
{
    if (!m_project)
        return;
    const auto dialog = saveDialog();
    if (dialog->exec() != QDialog::Accepted)
        return;
    const QString name = dialog->textValue().trimmed();
    if (name.isEmpty())
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
    const QString trimmed = name.trimmed();
    if (!m_project || trimmed.isEmpty())
        return false;
    try {
        ViewChangeCommand::Change change {trimmed, stored(trimmed), std::nullopt};
        m_project->store().writeView(trimmed, SavedViewArchive::write(m_window->captureView()),
                                     int(SavedView::kVersion));
        change.after = stored(trimmed); // with the row the store gave it; redo writes it again
        m_undo->push(new ViewChangeCommand(this, tr("Save view"), {change}));
    } catch (const StoreError &e) {
        if (errorMessage)
            *errorMessage = e.fullText();
        return false;
    }
    return true;
}

bool SavedViewsController::renameView(const QString &from, const QString &to, QString *errorMessage)
{
    if (!m_project)
        return false;
    try {
        const auto view = stored(from);
        QString error;
        if (!view)
            error = tr("There is no saved view \"%1\".").arg(from);
        else if (to.isEmpty() || stored(to))
            error = tr("A view \"%1\" exists already.").arg(to);
        if (!error.isEmpty()) {
            if (errorMessage)
                *errorMessage = error;
            return false;
        }
        auto renamed = *view;
        renamed.name = to;
        m_undo->push(new ViewChangeCommand(
            this, tr("Rename view"), {{from, view, std::nullopt}, {to, std::nullopt, renamed}}));
    } catch (const StoreError &e) {
        if (errorMessage)
            *errorMessage = e.fullText();
        return false;
    }
    return true;
}

bool SavedViewsController::deleteView(const QString &name, QString *errorMessage)
{
    if (!m_project)
        return false;
    try {
        const auto view = stored(name);
        if (!view) {
            if (errorMessage)
                *errorMessage = tr("There is no saved view \"%1\".").arg(name);
            return false;
        }
        m_undo->push(new ViewChangeCommand(this, tr("Delete view"), {{name, view, std::nullopt}}));
    } catch (const StoreError &e) {
        if (errorMessage)
            *errorMessage = e.fullText();
        return false;
    }
    return true;
}

bool SavedViewsController::reorderViews(const QStringList &names, QString *errorMessage)
{
    if (!m_project)
        return false;
    try {
        const std::vector<ProjectStore::StoredView> views = m_project->store().views();
        QStringList stored;
        qint64 top = 0;
        for (const auto &v : views) {
            stored << v.name;
            top = std::max<qint64>(top, v.id);
        }
        QStringList sortedNames = names, sortedStored = stored;
        sortedNames.sort();
        sortedStored.sort();
        if (sortedNames != sortedStored) {
            if (errorMessage)
                *errorMessage =
                    tr("The views to order (%1) are not the project's saved views (%2).")
                        .arg(names.join(QStringLiteral(", ")), stored.join(QStringLiteral(", ")));
            return false;
        }
        if (names == stored)
            return true;
        // The order is the rows' order: each view moves to a new row after all present ones,
        // so no row an undo step may put a view back into is taken.
        std::vector<ViewChangeCommand::Change> changes;
        for (const auto &v : views) {
            auto moved = v;
            moved.id = top + 1 + names.indexOf(v.name);
            changes.push_back({v.name, v, moved});
        }
        m_undo->push(new ViewChangeCommand(this, tr("Reorder views"), std::move(changes)));
    } catch (const StoreError &e) {
        if (errorMessage)
            *errorMessage = e.fullText();
        return false;
    }
    return true;
}

std::vector<SavedView> SavedViewsController::readableViews() const
{
    std::vector<SavedView> result;
    if (!m_project)
        return result;
    try {
        for (const auto &stored : m_project->store().views()) {
            try {
                SavedView view = SavedViewArchive::read(stored.archive);
                view.name = stored.name;
                result.push_back(std::move(view));
            } catch (const StoreError &) {
                // listed greyed out in the panel, with its reason; no slide
            }
        }
    } catch (const StoreError &) {
        // The store cannot be read: no slides; the views panel shows the error.
    }
    return result;
}

void SavedViewsController::rename(const QString &name)
{
    bool ok = false;
    const QString to =
        TextPrompt::ask(m_window, tr("Rename view"), tr("New name:"), name, &ok).trimmed();
    if (!ok || to.isEmpty() || to == name)
        return;
    QString error;
    if (!renameView(name, to, &error))
        QMessageBox::information(m_window, tr("Rename view"), error);
}

void SavedViewsController::remove(const QString &name)
{
    // No question first: Edit > Undo brings the view back.
    QString error;
    if (!deleteView(name, &error))
        QMessageBox::warning(m_window, tr("Delete view"), error);
    else
        m_window->statusBar()->showMessage(
            tr("View \"%1\" deleted (Edit > Undo brings it back).").arg(name), 8000);
}

} // namespace qw
