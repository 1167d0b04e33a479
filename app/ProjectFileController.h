#pragma once

#include <QObject>

class QMenu;

namespace qw {

class MainWindow;
class RecentProjects;
class StartPage;

// The project half of the File menu and the start page: open a project (dialog, recent
// list, a dropped file), the demo city, a new project from a GeoPackage, close and quit.
// Owned by the window; the window opens and closes, this asks which file.
class ProjectFileController : public QObject
{
    Q_OBJECT
public:
    ProjectFileController(MainWindow *window, StartPage *startPage);

    // Open, new, demo and recent projects, at the top of the File menu.
    void addOpenActions(QMenu *fileMenu);
    // Close and quit, at its end.
    void addCloseActions(QMenu *fileMenu);
    // After a project opened: first in the recent list.
    void remember(const QString &path);

    // A dropped file: a project opens; a table on an open project goes to the import.
    bool acceptsDrop(const QString &path) const;
    void drop(const QString &path);

    void openDialog();
    void openDemo();
    void newFromGeoPackage();

private:
    MainWindow *m_window;
    StartPage *m_startPage;
    RecentProjects *m_recent = nullptr;
};

} // namespace qw
