#include "WorkbenchDocks.h"

#include "AllocationPanel.h"
#include "AreaListPanel.h"
#include "IndexContributionsPanel.h"
#include "IndicatorPanel.h"
#include "NotesModel.h"
#include "NotesPanel.h"
#include "PrioritiesPanel.h"
#include "PriorityRankingModel.h"
#include "TrendPanel.h"
#include "ViewsPanel.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>

namespace qw {

namespace {
QDockWidget *dock(QMainWindow *window, const char *objectName, const QString &title, QWidget *panel,
                  Qt::DockWidgetArea area)
{
    auto *d = new QDockWidget(title, window);
    d->setObjectName(QLatin1String(objectName));
    d->setWidget(panel);
    window->addDockWidget(area, d);
    return d;
}
} // namespace

WorkbenchDocks::WorkbenchDocks(QMainWindow *window, IndicatorTreeModel *indicators,
                               AreaTableModel *areas, QItemSelectionModel *selection)
    : m_indicators(new IndicatorPanel(indicators, window))
    , m_areas(new AreaListPanel(areas, selection, window))
    , m_views(new ViewsPanel(window))
    , m_trend(new TrendPanel(selection, window))
    , m_contributions(new IndexContributionsPanel(selection, window))
    , m_allocation(new AllocationPanel(areas, selection, window))
    , m_notesModel(new NotesModel(window))
    , m_notes(new NotesPanel(m_notesModel, window))
    , m_prioritiesModel(new PriorityRankingModel(window))
    , m_priorities(new PrioritiesPanel(m_prioritiesModel, window))
{
    m_indicators->setMinimumWidth(260); // with the area list and map: within 1366 pixels
    m_docks << dock(window, "indicatorDock", tr("Indicators"), m_indicators, Qt::LeftDockWidgetArea)
            << dock(window, "areaDock", tr("Areas"), m_areas, Qt::RightDockWidgetArea)
            << dock(window, "viewsDock", tr("Saved views"), m_views, Qt::LeftDockWidgetArea);
    // Under the areas, whose selection it draws.
    m_trendDock = dock(window, "trendDock", tr("Trend"), m_trend, Qt::RightDockWidgetArea);
    window->splitDockWidget(m_docks[1], m_trendDock, Qt::Vertical);
    // The chart needs the height more than the list, which scrolls.
    window->resizeDocks({m_docks[1], m_trendDock}, {2, 3}, Qt::Vertical);
    m_docks << m_trendDock;
    // A tab beside the trend: the areas keep their height, the map its width.
    m_notesDock = dock(window, "notesDock", tr("Notes"), m_notes, Qt::RightDockWidgetArea);
    window->tabifyDockWidget(m_trendDock, m_notesDock);
    m_trendDock->raise();
    m_docks << m_notesDock;
    m_prioritiesDock =
        dock(window, "prioritiesDock", tr("Priorities"), m_priorities, Qt::RightDockWidgetArea);
    window->tabifyDockWidget(m_notesDock, m_prioritiesDock);
    m_trendDock->raise();
    m_docks << m_prioritiesDock;
    // Shown while the project has a composite index: without one it would only take room.
    m_contributionsDock = dock(window, "indexContributionsDock", tr("Contributions to the index"),
                               m_contributions, Qt::RightDockWidgetArea);
    // A tab beside the trend, not a third dock on the right: at 1366 x 768 three docks
    // left the area list about three rows.
    window->tabifyDockWidget(m_trendDock, m_contributionsDock);
    m_trendDock->raise();
    m_contributionsDock->hide();
    QObject::connect(m_contributions, &IndexContributionsPanel::indexAvailable, m_contributionsDock,
                     &QDockWidget::setVisible);
    m_allocationDock =
        dock(window, "allocationDock", tr("Allocation"), m_allocation, Qt::BottomDockWidgetArea);
    m_allocationDock->hide();
}

QTableView *WorkbenchDocks::areaTable() const
{
    return m_areas->table();
}

} // namespace qw
