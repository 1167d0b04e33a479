#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace qw {

class MainWindow;
class UndoController;
struct FacilityPlan;
struct ImportPlan;

// The import commands of the window: File > Import table (wizard), Import facilities,
// Undo last import, and tables dropped on the window. Each import goes on the undo stack
// (Edit > Undo); a newly opened project gets an entry for the last import of its log, so
// an import of an earlier session stays one Ctrl+Z away. After a change the window
// reopens the project so every view shows the new data, keeping what it showed (level,
// indicator, period, selection, ...) as far as the data still has it. Owned by the window.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(MainWindow *window, QMenu *fileMenu, UndoController *undo);

    // Opens the wizard for a table (a chosen file, or a file dialog when path is empty).
    void importTable(const QString &path = {});
    void importFacilities(const QString &path = {});
    // File > Undo last import: the newest import of the log, asked first; through the
    // undo stack when it is the next undo there, else straight through the log (which
    // starts the undo history anew, as the commands below it no longer fit).
    void undoLastImport();
    // Puts a written import on the undo stack and shows its data (the wizard and the
    // facility import call these; Redo writes the plan again).
    void tableImported(qint64 importId, const ImportPlan &plan, const QString &message);
    void facilitiesImported(qint64 importId, const FacilityPlan &plan, const QString &message);
    // True for files the controller takes when dropped: CSV, TXT, XLSX, ODS.
    static bool isTable(const QString &path);

    QList<QAction *> actions() const { return m_actions; }
    QString projectPath() const;
    QWidget *window() const;
    // Reopens the project after its data changed and shows the message in the status bar.
    void reload(const QString &message);

private:
    // An entry for the newest import of the log when a project opens (earlier session).
    void offerLastImport();

    MainWindow *m_window;
    UndoController *m_undo;
    QList<QAction *> m_actions;
};

} // namespace qw
