#include "AtlasController.h"

#include "AtlasDocument.h"
#include "BackgroundTask.h"
#include "ExportFileName.h"
#include "FileDialogFolders.h"
#include "MainWindow.h"
#include "Project.h"
#include "ProjectStore.h"
#include "UiLanguage.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace qw {

namespace {

// Of the whole run, the share making the profiles takes; writing the pages takes the rest
// (measured on Berlin's 542 Planungsräume, BENCHMARKS.md).
constexpr double kBuildShare = 0.3;

} // namespace

AtlasController::AtlasController(MainWindow *window, QMenu *file)
    : QObject(window), m_window(window)
{
    m_action = file->addAction(tr("Export &atlas…"), this, &AtlasController::exportAtlas);
    m_action->setStatusTip(tr("The profiles of every area of the shown level in one PDF, with a "
                              "cover, a table of contents and the notes"));
}

void AtlasController::exportAtlas()
{
    const auto project = m_window->project();
    if (!project)
        return;
    const QString name =
        project->metadata().city.isEmpty() ? project->metadata().title : project->metadata().city;
    const QString suggested = FileDialogFolders::suggest(
        project->path(), ExportFileName::safe(tr("Atlas %1").arg(name)) + QStringLiteral(".pdf"));
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export atlas"), suggested, tr("PDF (*.pdf)"));
    FileDialogFolders::remember(path, project->path());
    if (!path.isEmpty())
        exportTo(path);
}

bool AtlasController::exportTo(const QString &path)
{
    const auto project = m_window->project();
    if (!project)
        return false;
    // Before any work: the folder is tried first.
    if (const QString problem = AtlasDocument::checkTarget(path); !problem.isEmpty()) {
        m_lastMessage = problem;
        QMessageBox::warning(m_window, tr("Export atlas"), problem);
        return false;
    }
    AreaReports::Settings settings;
    settings.levelKey = m_window->currentLevel();
    settings.period = m_window->currentPeriod();
    settings.locale = QLocale();
    settings.german = germanUi(settings.locale);
    const QString projectPath = project->path();
    int pages = 0, areas = 0;
    bool cancelled = false;
    QString error, failure;
    BackgroundTask::runLabelled(
        m_window, tr("Making the atlas …"),
        [&](const std::function<bool(double, const QString &)> &progress) {
            // The worker reads through a connection of its own (Project is not shared
            // across threads); the profiles and the pages are made from it.
            const auto own =
                Project::open(ProjectStore::open(projectPath, ProjectStore::Access::ReadOnly));
            const auto atlas = AtlasDocument::build(own, settings, [&](int done, int total) {
                return progress(kBuildShare * done / std::max(1, total),
                                tr("Profile %1 of %2 …").arg(done + 1).arg(total));
            });
            if (!atlas) {
                cancelled = true;
                return;
            }
            error = atlas->writePdf(
                path,
                [&](int page, int total) {
                    return progress(kBuildShare + (1 - kBuildShare) * page / std::max(1, total),
                                    tr("Writing page %1 of %2 …").arg(page + 1).arg(total));
                },
                &cancelled);
            pages = atlas->pageCount();
            areas = int(atlas->entries().size());
        },
        &failure);
    // What the work says counts, not the dialog: a Cancel after the last page comes too
    // late, and the atlas is there.
    if (error.isEmpty())
        error = failure;
    if (cancelled && error.isEmpty()) {
        m_lastMessage = tr("Atlas cancelled; no file was written.");
        m_window->statusBar()->showMessage(m_lastMessage, 8000);
        return false;
    }
    if (!error.isEmpty() || pages == 0) {
        if (error.isEmpty())
            error = tr("The atlas was not written.");
        m_lastMessage = error;
        QMessageBox::warning(m_window, tr("Export atlas"), error);
        return false;
    }
    m_lastMessage =
        tr("Atlas of %n area(s) written to %1 (%2 pages).", nullptr, areas).arg(path).arg(pages);
    m_window->statusBar()->showMessage(m_lastMessage, 8000);
    return true;
}

} // namespace qw
