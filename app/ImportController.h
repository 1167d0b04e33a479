#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace qw {

class MainWindow;

// The import commands of the window: File > Import table (wizard), Import facilities,
// Undo last import, and tables dropped on the window. After a change the window reopens
// the project so every view shows the new data. Owned by the window.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(MainWindow *window, QMenu *fileMenu);

    // Opens the wizard for a table (a chosen file, or a file dialog when path is empty).
    void importTable(const QString &path = {});
    void importFacilities(const QString &path = {});
    void undoLastImport();
    // True for files the controller takes when dropped: CSV, TXT, XLSX, ODS.
    static bool isTable(const QString &path);

    QList<QAction *> actions() const { return m_actions; }

private:
    void reload(const QString &message);

    MainWindow *m_window;
    QList<QAction *> m_actions;
};

} // namespace qw
