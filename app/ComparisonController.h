#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QDockWidget;

namespace qw {

class ComparisonChartsView;
class ComparisonModel;
class MainWindow;
class Project;

// The comparison of 2 to 6 areas side by side: its dock (table and charts as tabs), opening
// it for keys of one level, and following the window's period. Owned by the window; owns
// the model and the dock's widgets (through Qt's parents).
class ComparisonController : public QObject
{
    Q_OBJECT
public:
    explicit ComparisonController(MainWindow *window);

    QDockWidget *dock() const { return m_dock; }
    // Opens the comparison of these areas (2 to 6 keys of one level) and shows their level
    // on the map with them selected; false with a message otherwise.
    bool compare(const QStringList &keys, QString *errorMessage);
    // Compares the areas selected in the map and table, or says why it cannot.
    void compareSelected();
    // The compared areas while the comparison is shown, else none.
    QStringList shownAreaKeys() const;
    // An open comparison follows the window's period (its rows match it, see
    // matchingPeriod).
    void followPeriod(const std::shared_ptr<Project> &project, const QString &period);
    void close();

Q_SIGNALS:
    void profileRequested(const QString &areaKey);

private:
    MainWindow *m_window;
    ComparisonModel *m_model;
    QDockWidget *m_dock;
    ComparisonChartsView *m_charts;
};

} // namespace qw
