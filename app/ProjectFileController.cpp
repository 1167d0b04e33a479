#include "ProjectFileController.h"

#include "DemoProject.h"
#include "ErrorDialog.h"
#include "FileDialogFolders.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "NewProjectDialog.h"
#include "Project.h"
#include "RecentProjects.h"
#include "StartPage.h"
#include "StoreError.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMenu>

namespace qw {

ProjectFileController::ProjectFileController(MainWindow *window, StartPage *startPage)
    : QObject(window), m_window(window), m_startPage(startPage)
{
    connect(startPage, &StartPage::openRequested, this, &ProjectFileController::openDialog);
    connect(startPage, &StartPage::demoRequested, this, &ProjectFileController::openDemo);
    connect(startPage, &StartPage::newFromGeoPackageRequested, this,
            &ProjectFileController::newFromGeoPackage);
}

void ProjectFileController::addOpenActions(QMenu *file)
{
    QAction *open = file->addAction(tr("&Open project…"), this, &ProjectFileController::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *create = file->addAction(tr("&New project from GeoPackage…"), this,
                                      &ProjectFileController::newFromGeoPackage);
    create->setShortcut(QKeySequence::New);
    file->addAction(tr("Open &demo city Musterstadt"), this, &ProjectFileController::openDemo);
    m_recent = new RecentProjects(file->addMenu(tr("&Recent projects")), m_startPage, this);
    connect(m_recent, &RecentProjects::openRequested, this,
            [this](const QString &path) { m_window->openProject(path); });
}

void ProjectFileController::addCloseActions(QMenu *file)
{
    QAction *close = file->addAction(tr("&Close project"), m_window, &MainWindow::showStartPage);
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void ProjectFileController::remember(const QString &path)
{
    if (m_recent)
        m_recent->add(path);
}

bool ProjectFileController::acceptsDrop(const QString &path) const
{
    return path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)
        || (m_window->project() && ImportController::isTable(path));
}

void ProjectFileController::drop(const QString &path)
{
    if (m_window->project() && ImportController::isTable(path))
        m_window->imports()->importTable(path);
    else
        m_window->openProject(path);
}

void ProjectFileController::openDialog()
{
    const QString current = m_window->project() ? m_window->project()->path() : QString();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open project"),
                                                      FileDialogFolders::startFolder(current),
                                                      tr("Quartierswerkstatt projects (*.gpkg)"));
    FileDialogFolders::remember(path, current);
    if (!path.isEmpty())
        m_window->openProject(path);
}

void ProjectFileController::openDemo()
{
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const QString path = DemoProject::ensure();
        QApplication::restoreOverrideCursor();
        m_window->openProject(path);
    } catch (const StoreError &e) {
        QApplication::restoreOverrideCursor();
        ErrorDialog::warning(m_window, tr("Cannot create the demo project"), e);
    }
}

void ProjectFileController::newFromGeoPackage()
{
    NewProjectDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->openProject(dialog.createdProject());
}

} // namespace qw
