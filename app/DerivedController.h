#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace qw {

class MainWindow;

// Analysis > New derived indicator: the dialog, then the definition in the project file
// and the project reopened showing the new indicator. Owned by the window.
class DerivedController : public QObject
{
    Q_OBJECT
public:
    DerivedController(MainWindow *window, QMenu *menu);

    void newDerivedIndicator();
    QAction *action() const { return m_action; }

private:
    MainWindow *m_window;
    QAction *m_action;
};

} // namespace qw
