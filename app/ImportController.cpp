#include "ImportController.h"

#include "BackgroundTask.h"
#include "FacilityImport.h"
#include "ImportLog.h"
#include "ImportUndoCommand.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "Project.h"
#include "ProjectStore.h"
#include "SavedView.h"
#include "StoreError.h"
#include "TableImport.h"
#include "UndoController.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace qw {

namespace {

// What of a view the reopened project still has: an indicator or period an undone import
// took away falls back to the window's defaults (the latest period), gone areas leave the
// selection and the comparison.
SavedView stillShown(SavedView view, const Project &project)
{
    if (!project.indicator(view.indicator)) {
        view.indicator.clear();
        view.period.clear();
        view.title.clear();
    } else if (!project.periods(view.indicator).contains(view.period)) {
        view.period.clear();
    }
    if (!view.overlayIndicator.isEmpty() && !project.indicator(view.overlayIndicator)) {
        view.overlayIndicator.clear();
        view.overlay = QStringLiteral("none");
    }
    const auto gone = [&](const QString &key) { return project.areaIndex(key) < 0; };
    view.selectedAreas.removeIf(gone);
    view.comparison.removeIf(gone);
    if (view.comparison.size() < 2)
        view.comparison.clear();
    return view;
}

} // namespace

ImportController::ImportController(MainWindow *window, QMenu *fileMenu, UndoController *undo)
    : QObject(window), m_window(window), m_undo(undo)
{
    QAction *table = fileMenu->addAction(tr("&Import table…"), this, [this] { importTable(); });
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    table->setStatusTip(tr("Import indicator values from a department's CSV or Excel table"));
    QAction *facilities =
        fileMenu->addAction(tr("Import &facilities…"), this, [this] { importFacilities(); });
    facilities->setStatusTip(tr("Import schools, Kitas or youth centres as points"));
    // No shortcut: Ctrl+Shift+Z is Redo (Edit menu); this walks back through the log.
    QAction *undoImport =
        fileMenu->addAction(tr("&Undo last import…"), this, &ImportController::undoLastImport);
    undoImport->setStatusTip(tr("Undo the newest import of the project's import log, also one "
                                "made in an earlier session"));
    m_actions = {table, facilities, undoImport};
    connect(m_undo, &UndoController::historyStarted, this, &ImportController::offerLastImport);
}

QString ImportController::projectPath() const
{
    return m_window->project() ? m_window->project()->path() : QString();
}

QWidget *ImportController::window() const
{
    return m_window;
}

void ImportController::offerLastImport()
{
    if (!m_window->project())
        return;
    try {
        const auto last = ImportLog(m_window->project()->store()).lastImport();
        if (last)
            m_undo->push(new ImportUndoCommand(this, last->id, last->fileName, {}, last->time));
    } catch (const StoreError &) {
        // A log that cannot be read offers no undo; File > Undo last import reports why.
    }
}

void ImportController::tableImported(qint64 importId, const ImportPlan &plan,
                                     const QString &message)
{
    m_undo->push(new ImportUndoCommand(
        this, importId, QFileInfo(plan.path).fileName(),
        [plan](ProjectStore &store) { return ImportLog(store).commit(plan); }));
    reload(message);
}

void ImportController::facilitiesImported(qint64 importId, const FacilityPlan &plan,
                                          const QString &message)
{
    m_undo->push(new ImportUndoCommand(
        this, importId, QFileInfo(plan.spec.path).fileName(),
        [plan](ProjectStore &store) { return FacilityImport::commit(store, plan); }));
    reload(message);
}

bool ImportController::isTable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const char *s : {"csv", "txt", "tsv", "xlsx", "xls", "ods"})
        if (suffix == QLatin1String(s))
            return true;
    return false;
}

void ImportController::reload(const QString &message)
{
    const QString path = m_window->project()->path();
    const QString level = m_window->currentLevel();
    const SavedView shown = m_window->captureView();
    if (!m_window->openProject(path))
        return;
    m_window->setLevel(level);
    m_window->showSavedView(stillShown(shown, *m_window->project()));
    m_window->statusBar()->showMessage(message, 8000);
}

void ImportController::importTable(const QString &path)
{
    if (!m_window->project())
        return;
    try {
        ImportWizard wizard(m_window->project()->path(), path, m_window);
        if (wizard.exec() != QDialog::Accepted || wizard.importId() == 0)
            return;
        const ImportPlan &plan = wizard.session().plan;
        tableImported(wizard.importId(), plan,
                      tr("Imported %1 values from %2.")
                          .arg(plan.values.size())
                          .arg(QFileInfo(plan.path).fileName()));
    } catch (const StoreError &e) {
        QMessageBox::warning(m_window, tr("Import"), e.message());
    }
}

void ImportController::importFacilities(const QString &chosen)
{
    if (!m_window->project())
        return;
    const QString path = !chosen.isEmpty()
        ? chosen
        : QFileDialog::getOpenFileName(
            m_window, tr("Import facilities"),
            QFileInfo(m_window->project()->path()).absolutePath(),
            tr("Points (*.geojson *.json *.gpkg *.shp *.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    FacilitySpec spec;
    spec.path = path;
    if (FacilityImport::guessKind(path) == FacilityKind::Other) {
        const QStringList kinds {tr("Schools"), tr("Kitas"), tr("Youth centres"), tr("Other")};
        bool ok = false;
        const QString kind = QInputDialog::getItem(
            m_window, tr("Import facilities"),
            tr("What kind of facilities are in %1?").arg(QFileInfo(path).fileName()), kinds, 0,
            false, &ok);
        if (!ok)
            return;
        spec.kind = FacilityKind(kinds.indexOf(kind));
    }
    const QString project = m_window->project()->path();
    const int epsg = m_window->project()->metadata().srsId;
    FacilityPlan plan;
    QString error;
    if (!BackgroundTask::run(
            m_window, tr("Reading %1…").arg(QFileInfo(path).fileName()),
            [&](const std::function<bool(double)> &progress) {
                // The exact geometry, from the file (the project keeps compact outlines),
                // on a connection of this thread's own.
                const std::vector<Area> areas =
                    ProjectStore::open(project, ProjectStore::Access::ReadOnly)->areas();
                plan = FacilityImport::read(spec, areas, epsg, progress);
            },
            &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Import facilities"), error);
        return;
    }
    const QString report = FacilityImport::reportText(plan, 30);
    if (plan.facilities.empty()) {
        QMessageBox::warning(m_window, tr("Import facilities"), report);
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Import facilities"),
                    tr("Import %1 facilities?").arg(plan.facilities.size()),
                    QMessageBox::Yes | QMessageBox::Cancel, m_window);
    ask.setDetailedText(report);
    if (ask.exec() != QMessageBox::Yes)
        return;
    qint64 id = 0;
    try {
        auto store = ProjectStore::open(project);
        id = FacilityImport::commit(*store, plan);
    } catch (const StoreError &e) {
        QMessageBox::warning(m_window, tr("Import facilities"), e.message());
        return;
    }
    facilitiesImported(id, plan,
                       tr("Imported %1 facilities from %2.")
                           .arg(plan.facilities.size())
                           .arg(QFileInfo(path).fileName()));
}

void ImportController::undoLastImport()
{
    if (!m_window->project())
        return;
    try {
        auto store = ProjectStore::open(m_window->project()->path());
        ImportLog log(*store);
        const auto last = log.lastImport();
        if (!last) {
            QMessageBox::information(m_window, tr("Undo last import"),
                                     tr("This project has no import to undo."));
            return;
        }
        const auto answer = QMessageBox::question(
            m_window, tr("Undo last import"),
            tr("Undo the import of %1 (%2, %3)? The values and facilities it wrote are removed "
               "and what it replaced comes back.")
                .arg(last->fileName, last->source,
                     QLocale().toString(last->time.toLocalTime(), QLocale::ShortFormat)));
        if (answer != QMessageBox::Yes)
            return;
        store.reset();
        const auto *next = dynamic_cast<const ImportUndoCommand *>(m_undo->nextUndo());
        if (next && next->importId() == last->id) {
            m_undo->stack()->undo(); // Redo can bring it back
            return;
        }
        // Deeper in the log than the undo stack reaches: the history starts anew, with
        // the import that is now the newest as its first entry.
        ImportLog(*ProjectStore::open(m_window->project()->path())).undoLast();
        m_undo->setProject({});
        reload(tr("Import of %1 undone.").arg(last->fileName));
    } catch (const StoreError &e) {
        QMessageBox::warning(m_window, tr("Undo last import"), e.message());
    }
}

} // namespace qw
