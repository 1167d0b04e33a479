#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace qw {

class MainWindow;

// File > Export atlas: the profiles of every area of the shown level in one PDF
// (AtlasDocument), made and written on a worker with a progress dialog ("Profile 12 of 542
// …") and Cancel; a cancelled export leaves no file. A folder that takes no file is said
// before any work starts. Owned by the window.
class AtlasController : public QObject
{
    Q_OBJECT
public:
    AtlasController(MainWindow *window, QMenu *file);

    QAction *action() const { return m_action; }
    // Writes the atlas of the shown level and period to path (asked for by the menu entry);
    // false when it was not written (the reason shown, or cancelled).
    bool exportTo(const QString &path);
    // The last outcome, for the status bar and tests: the message shown or said.
    QString lastMessage() const { return m_lastMessage; }

private:
    void exportAtlas();

    MainWindow *m_window;
    QAction *m_action;
    QString m_lastMessage;
};

} // namespace qw
