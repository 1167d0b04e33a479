#pragma once

#include "NoteCommand.h"

#include <QObject>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;

namespace qw {

class MainWindow;
class NoteMarkers;
class NotesModel;
class NotesPanel;
class Project;
class UndoController;
class WorkbenchDocks;

// The workshop notes of the open project in the window: Edit > Add note (N, or the right
// click on an area of the map or list) asks for one in a NoteDialog; the Notes panel edits
// and deletes; every change is a NoteCommand on the window's undo stack. Keeps the notes
// model in step with the store and the map's note markers (View > Notes on the map) with
// the model. The author of the last note is remembered (QSettings) as the workshop table's
// name for the next. Owned by the window.
class NotesController : public QObject
{
    Q_OBJECT
public:
    NotesController(MainWindow *window, UndoController *undo, WorkbenchDocks &docks, QMenu *edit,
                    QMenu *view);

    // The project whose notes are shown (null: none); reads them from its store.
    void setProject(std::shared_ptr<Project> project);

    // Asks for a note on the area (project index) and adds it, undoably.
    void addNote(int projectIndex);
    // Adds a note to the first selected area; says how when none is selected.
    void addNoteToSelection();
    void editNote(qint64 id);
    void deleteNotes(const QList<qint64> &ids);

    // NoteCommand's work: writes the changes' after (or before) states in one transaction,
    // then tells the model. A failure is shown and leaves store and model as they were.
    void apply(std::vector<NoteCommand::Change> &changes, bool after);

    // File > Import notes and Export notes, inserted into file before the action before:
    // what --notes-import and --notes-export do, the import undoable as one step.
    void addFileActions(QMenu *file, QAction *before);
    // Reads a notes CSV and adds its good rows (not those the project has word for word)
    // as one undoable step; the report (how many came in, the bad rows by line) is shown
    // and kept in lastImportReport(). False when nothing came in.
    bool importFile(const QString &path);
    QString lastImportReport() const { return m_lastImportReport; }
    // Writes every note of the project to .csv or .xlsx; an error message, or empty.
    QString exportFile(const QString &path);

    NotesModel *model() const { return m_model; }
    // Enabled while a project is open.
    QList<QAction *> actions() const { return m_actions; }
    bool markersShown() const;
    // The markers of the notes the panel shows (null: none or hidden), on every map.
    const std::shared_ptr<const NoteMarkers> &markers() const { return m_markers; }

Q_SIGNALS:
    void markersChanged();

public:
    // QSettings key of the remembered author (the workshop table's name).
    static constexpr const char *kAuthorKey = "notes/author";
    // QSettings key of View > Notes on the map (on by default); map exports follow it,
    // on the command line too.
    static constexpr const char *kMarkersKey = "notes/showMarkers";

private:
    void updateMarkers();
    void showMarkers();

    MainWindow *m_window;
    UndoController *m_undo;
    NotesModel *m_model;
    NotesPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_showMarkers;
    std::shared_ptr<const NoteMarkers> m_markers;
    QList<QAction *> m_actions;
    std::shared_ptr<Project> m_project;
    QString m_lastImportReport;
};

} // namespace qw
