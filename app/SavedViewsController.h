#pragma once

#include "ProjectStore.h"
#include "SavedView.h"

#include <QObject>

#include <memory>
#include <optional>

class QInputDialog;

namespace qw {

class MainWindow;
class Project;
class UndoController;
class ViewsPanel;

// Connects the views panel with the project file: saves the window's current view under
// a name, shows a saved one again, renames and deletes, each undoable (Edit > Undo). An
// unreadable archive is listed and reported, never applied. Owned by the window; does
// not own the panel or the undo controller.
class SavedViewsController : public QObject
{
    Q_OBJECT
public:
    SavedViewsController(MainWindow *window, ViewsPanel *panel, UndoController *undo);

    void setProject(std::shared_ptr<Project> project);
    // What the window shows now, as a saved view (with extent, selected and compared areas
    // and the map panes), and back: on the level of the view's areas, leaving out what the
    // project no longer has (a comparison whose areas are gone, panes of gone indicators).
    SavedView capture() const;
    bool show(const SavedView &view, QString *errorMessage);
    // Shows the saved view of that name; false with a message when it cannot.
    bool restore(const QString &name, QString *errorMessage);
    // Saves the window's view under that name, replacing a view of the same name (the
    // --save-view option; the panel asks first).
    bool saveAs(const QString &name, QString *errorMessage);
    // False with a message when there is no view "from" or "to" is taken.
    bool renameView(const QString &from, const QString &to, QString *errorMessage);
    bool deleteView(const QString &name, QString *errorMessage);
    // Puts the views in this order (every view's name once; the panel's drag and drop),
    // undoably. False with a message when the names are not the project's views.
    bool reorderViews(const QStringList &names, QString *errorMessage);
    // The views that can be read, in their order, each with its name (the presentation's
    // slides); unreadable ones are left out.
    std::vector<SavedView> readableViews() const;

    // For the undo commands: the open project's store (null: none), the panel's list
    // read again, a failure shown.
    ProjectStore *store() const;
    void refresh();
    void reportError(const QString &title, const QString &message);

    // The "Save view" question, not yet shown (wide enough for its title in German).
    std::unique_ptr<QInputDialog> saveDialog() const;

private:
    std::optional<ProjectStore::StoredView> stored(const QString &name) const;
    void save();
    void rename(const QString &name);
    void remove(const QString &name);

    MainWindow *m_window;
    ViewsPanel *m_panel;
    UndoController *m_undo;
    std::shared_ptr<Project> m_project;
};

} // namespace qw
