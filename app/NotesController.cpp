#include "NotesController.h"

#include "AreaListPanel.h"
#include "FileDialogFolders.h"
#include "MainWindow.h"
#include "MapPanes.h"
#include "MapPanesController.h"
#include "MapWidget.h"
#include "NoteDialog.h"
#include "NoteFile.h"
#include "NoteMarkers.h"
#include "NotesModel.h"
#include "NotesPanel.h"
#include "Project.h"
#include "ProjectStore.h"
#include "StoreError.h"
#include "UndoController.h"
#include "WorkbenchDocks.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>

namespace qw {

NotesController::NotesController(MainWindow *window, UndoController *undo, WorkbenchDocks &docks,
                                 QMenu *edit, QMenu *view)
    : QObject(window)
    , m_window(window)
    , m_undo(undo)
    , m_model(docks.notesModel())
    , m_panel(docks.notesPanel())
    , m_dock(docks.notesDock())
{
    m_model->setLocale(QLocale());
    edit->addSeparator();
    QAction *add = edit->addAction(tr("Add &note…"), this, &NotesController::addNoteToSelection);
    add->setShortcut(QKeySequence(Qt::Key_N));
    add->setObjectName(QStringLiteral("addNote")); // the presentation takes it too
    add->setStatusTip(tr("Pin a note of the workshop to the selected area"));
    view->addSeparator();
    m_showMarkers = view->addAction(tr("&Notes on the map"));
    m_showMarkers->setCheckable(true);
    m_showMarkers->setChecked(QSettings().value(QLatin1String(kMarkersKey), true).toBool());
    connect(m_showMarkers, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kMarkersKey), on);
        updateMarkers();
    });
    QAction *panel = m_dock->toggleViewAction();
    panel->setText(tr("Not&es panel"));
    view->addAction(panel);
    m_actions << add << m_showMarkers << panel;

    connect(m_window->mapWidget(), &MapWidget::noteRequested, this, &NotesController::addNote);
    connect(docks.areaPanel(), &AreaListPanel::noteRequested, this, &NotesController::addNote);
    connect(m_window->panes()->panesWidget(), &MapPanes::noteRequested, this,
            &NotesController::addNote);
    connect(m_panel, &NotesPanel::addRequested, this, &NotesController::addNoteToSelection);
    connect(m_panel, &NotesPanel::editRequested, this, &NotesController::editNote);
    connect(m_panel, &NotesPanel::deleteRequested, this, &NotesController::deleteNotes);
    // The markers count the notes the panel's filters let through (category, area, author).
    QSortFilterProxyModel *filtered = m_panel->filter();
    connect(filtered, &QAbstractItemModel::modelReset, this, &NotesController::updateMarkers);
    connect(filtered, &QAbstractItemModel::layoutChanged, this, &NotesController::updateMarkers);
    connect(filtered, &QAbstractItemModel::rowsInserted, this, &NotesController::updateMarkers);
    connect(filtered, &QAbstractItemModel::rowsRemoved, this, &NotesController::updateMarkers);
    connect(m_model, &NotesModel::notesChanged, this, &NotesController::updateMarkers);
    // The panes and the presentation are made anew; each gets the markers.
    connect(window, &MainWindow::shownMapsChanged, this, &NotesController::showMarkers);
}

void NotesController::setProject(std::shared_ptr<Project> project)
{
    m_project = std::move(project);
    if (!m_project) {
        m_model->clear();
        return;
    }
    QHash<QString, QString> names;
    for (const AreaInfo &a : m_project->areas())
        names.insert(a.key, a.name);
    try {
        m_model->setNotes(m_project->store().notes().notes(), std::move(names));
    } catch (const StoreError &e) {
        m_model->clear();
        QMessageBox::warning(m_window, tr("Notes"), e.fullText());
    }
}

bool NotesController::markersShown() const
{
    return m_showMarkers->isChecked();
}

void NotesController::updateMarkers()
{
    m_markers.reset();
    if (m_project && markersShown()) {
        QHash<int, int> counts;
        const QSortFilterProxyModel *filtered = m_panel->filter();
        for (int row = 0; row < filtered->rowCount(); ++row) {
            const QString key = filtered->index(row, 0).data(NotesModel::AreaKeyRole).toString();
            if (const int index = m_project->areaIndex(key); index >= 0)
                ++counts[index];
        }
        m_markers = std::make_shared<const NoteMarkers>(std::move(counts));
    }
    showMarkers();
    Q_EMIT markersChanged();
}

void NotesController::showMarkers()
{
    for (MapWidget *map : m_window->visibleMaps())
        map->setNoteMarkers(m_markers);
}

void NotesController::addNote(int projectIndex)
{
    if (!m_project || projectIndex < 0 || projectIndex >= int(m_project->areas().size()))
        return;
    const AreaInfo &area = m_project->areas()[std::size_t(projectIndex)];
    QSettings settings;
    Note note;
    note.areaKey = area.key;
    note.category = NoteCategory::Need;
    note.author = settings.value(QLatin1String(kAuthorKey)).toString();
    note.date = QDate::currentDate();
    const auto written = NoteDialog::ask(m_window->dialogParent(), area.name, note, true);
    if (!written)
        return;
    // The table's name, typed once, is the next note's author too.
    settings.setValue(QLatin1String(kAuthorKey), written->author);
    m_undo->push(
        new NoteCommand(this, tr("Add note to %1").arg(area.name), {{std::nullopt, *written}}));
    m_dock->show();
    m_dock->raise();
}

void NotesController::addNoteToSelection()
{
    if (!m_project)
        return;
    const QStringList keys = m_window->selectedAreaKeys();
    if (keys.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("Select an area first (click it on the map), or right-click it: Add note."), 8000);
        return;
    }
    addNote(m_project->areaIndex(keys.first()));
}

void NotesController::editNote(qint64 id)
{
    const Note *current = m_model->note(id);
    if (!current)
        return;
    const Note before = *current;
    const auto after =
        NoteDialog::ask(m_window->dialogParent(), m_model->areaName(before.areaKey), before, false);
    if (!after || *after == before)
        return;
    m_undo->push(new NoteCommand(this, tr("Edit note"), {{before, *after}}));
}

void NotesController::deleteNotes(const QList<qint64> &ids)
{
    std::vector<NoteCommand::Change> changes;
    for (qint64 id : ids)
        if (const Note *n = m_model->note(id))
            changes.push_back({*n, std::nullopt});
    if (changes.empty())
        return;
    m_undo->push(new NoteCommand(this, tr("Delete %n note(s)", nullptr, int(changes.size())),
                                 std::move(changes)));
}

void NotesController::apply(std::vector<NoteCommand::Change> &changes, bool after)
{
    if (!m_project)
        return;
    ProjectStore &store = m_project->store();
    // What the model is told once the transaction holds: (note, what happened to it).
    enum class Done { Added, Changed, Removed };
    std::vector<std::pair<Note, Done>> done;
    try {
        auto transaction = store.transaction();
        NoteRepository notes = store.notes();
        for (NoteCommand::Change &c : changes) {
            std::optional<Note> &target = after ? c.after : c.before;
            const std::optional<Note> &current = after ? c.before : c.after;
            if (target && !current) {
                target = notes.add(*target); // its row and time, kept for the next redo
                done.push_back({*target, Done::Added});
            } else if (target && current) {
                notes.update(*target);
                done.push_back({*target, Done::Changed});
            } else if (current) {
                notes.remove(current->id);
                done.push_back({*current, Done::Removed});
            }
        }
        transaction.commit();
    } catch (const StoreError &e) {
        QMessageBox::warning(m_window, tr("Notes"), e.fullText());
        return;
    }
    for (const auto &[note, what] : done) {
        switch (what) {
        case Done::Added:
            m_model->insertNote(note);
            break;
        case Done::Changed:
            m_model->updateNote(note);
            break;
        case Done::Removed:
            m_model->removeNote(note.id);
            break;
        }
    }
}

void NotesController::addFileActions(QMenu *file, QAction *before)
{
    auto *import = new QAction(tr("Im&port notes…"), file);
    import->setStatusTip(tr("Notes typed from the workshop's cards, from a CSV with the columns "
                            "Gebiet, Text, Kategorie, Autor"));
    connect(import, &QAction::triggered, this, [this] {
        if (!m_project)
            return;
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import notes"), FileDialogFolders::startFolder(m_project->path()),
            tr("CSV (*.csv)"));
        FileDialogFolders::remember(path, m_project->path());
        if (!path.isEmpty())
            importFile(path);
    });
    auto *exportAction = new QAction(tr("Export no&tes…"), file);
    connect(exportAction, &QAction::triggered, this, [this] {
        if (!m_project)
            return;
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export notes"),
            FileDialogFolders::suggest(m_project->path(), tr("Notes.xlsx")),
            tr("Excel (*.xlsx);;CSV (*.csv)"));
        FileDialogFolders::remember(path, m_project->path());
        if (path.isEmpty())
            return;
        if (const QString error = exportFile(path); !error.isEmpty())
            QMessageBox::warning(m_window, tr("Export notes"), error);
    });
    file->insertAction(before, import);
    file->insertAction(before, exportAction);
    m_actions << import << exportAction;
}

bool NotesController::importFile(const QString &path)
{
    if (!m_project)
        return false;
    QSet<QString> keys;
    for (const AreaInfo &a : m_project->areas())
        keys.insert(a.key);
    NoteFile::ReadResult read;
    std::vector<Note> fresh;
    try {
        read = NoteFile::read(path, keys);
        fresh = NoteFile::fresh(m_project->store().notes().notes(), read.notes);
    } catch (const StoreError &e) {
        m_lastImportReport = e.fullText();
        QMessageBox::warning(m_window, tr("Import notes"), m_lastImportReport);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    QStringList lines {tr("%1: %n note(s) imported", nullptr, int(fresh.size())).arg(name)};
    if (fresh.size() < read.notes.size())
        lines << tr("%n note(s) already in the project, passed over", nullptr,
                    int(read.notes.size() - fresh.size()));
    if (!read.problems.isEmpty())
        lines << tr("%n row(s) left out; correct them and import those rows again:", nullptr,
                    int(read.problems.size()))
              << read.problems;
    m_lastImportReport = lines.join(QLatin1Char('\n'));
    if (!fresh.empty()) {
        std::vector<NoteCommand::Change> changes;
        for (const Note &n : fresh)
            changes.push_back({std::nullopt, n});
        // One step of Edit > Undo for the whole file, written in one transaction.
        m_undo->push(new NoteCommand(
            this, tr("Import %n note(s) from %1", nullptr, int(fresh.size())).arg(name),
            std::move(changes)));
        m_dock->show();
        m_dock->raise();
    }
    QMessageBox box(
        read.problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
        tr("Import notes"),
        lines.mid(0, read.problems.isEmpty() ? lines.size() : 3).join(QLatin1Char('\n')),
        QMessageBox::Ok, m_window);
    if (!read.problems.isEmpty())
        box.setDetailedText(read.problems.join(QLatin1Char('\n')));
    box.exec();
    return !fresh.empty();
}

QString NotesController::exportFile(const QString &path)
{
    if (!m_project)
        return {};
    QHash<QString, QString> names;
    for (const AreaInfo &a : m_project->areas())
        names.insert(a.key, a.name);
    std::vector<Note> notes;
    try {
        notes = m_project->store().notes().notes();
    } catch (const StoreError &e) {
        return e.fullText();
    }
    const QString error = NoteFile::write(path, notes, names, QLocale());
    if (error.isEmpty())
        m_window->statusBar()->showMessage(
            tr("%n note(s) written to %1", nullptr, int(notes.size())).arg(path), 8000);
    return error;
}

} // namespace qw
