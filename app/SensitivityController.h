#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace qw {

class MainWindow;

// Analysis > Check the robustness of the index: opens SensitivityDialog on the shown index
// (or the project's first). Owned by the window.
class SensitivityController : public QObject
{
    Q_OBJECT
public:
    SensitivityController(MainWindow *window, QMenu *menu);

    void checkRobustness();
    QAction *action() const { return m_action; }

private:
    MainWindow *m_window;
    QAction *m_action;
};

} // namespace qw
