#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace qw {

class MainWindow;

// The analysis commands that read the window's state: the profile of an area (also on a
// double-click on the map), comparing the areas with the highest values of the shown
// indicator, and the exports of a comparison (PDF preview, CSV, XLSX). Owned by the window.
class ReportsController : public QObject
{
    Q_OBJECT
public:
    ReportsController(MainWindow *window, QMenu *analysisMenu);

    QList<QAction *> actions() const { return m_actions; }
    void showProfile(const QString &areaKey);
    // Compares the n areas with the highest value of the shown indicator and period.
    bool compareHighest(int n);
    void exportComparison();

private:
    MainWindow *m_window;
    QList<QAction *> m_actions;
};

} // namespace qw
