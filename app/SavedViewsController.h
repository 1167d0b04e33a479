#pragma once

#include <QObject>

#include <memory>

class QInputDialog;

namespace qw {

class MainWindow;
class Project;
class ViewsPanel;

// Connects the views panel with the project file: saves the window's current view under
// a name, shows a saved one again, renames and deletes. An unreadable archive is listed
// and reported, never applied. Owned by the window; does not own the panel.
class SavedViewsController : public QObject
{
    Q_OBJECT
public:
    SavedViewsController(MainWindow *window, ViewsPanel *panel);

    void setProject(std::shared_ptr<Project> project);
    // Shows the saved view of that name; false with a message when it cannot.
    bool restore(const QString &name, QString *errorMessage);
    // Saves the window's view under that name, replacing a view of the same name (the
    // --save-view option; the panel asks first).
    bool saveAs(const QString &name, QString *errorMessage);
    // The "Save view" question, not yet shown (wide enough for its title in German).
    std::unique_ptr<QInputDialog> saveDialog() const;

private:
    void refresh();
    void save();
    void rename(const QString &name);
    void remove(const QString &name);

    MainWindow *m_window;
    ViewsPanel *m_panel;
    std::shared_ptr<Project> m_project;
};

} // namespace qw
