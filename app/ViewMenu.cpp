#include "ViewMenu.h"

#include "AreaListPanel.h"
#include "IndicatorPanel.h"
#include "MainWindow.h"
#include "MapPanesController.h"
#include "MapViewControls.h"
#include "MapWidget.h"
#include "TrendPanel.h"
#include "WorkbenchDocks.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QToolBar>

namespace qw {

ViewMenu::ViewMenu(MainWindow *window, QMenu *view, MapPanesController *panes,
                   MapViewControls *controls, const WorkbenchDocks &docks)
    : QObject(window)
{
    QAction *full = view->addAction(tr("Zoom to f&ull extent"), this,
                                    [panes] { panes->activeMap()->zoomToFullExtent(); });
    full->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    full->setIcon(QIcon(QStringLiteral(":/icons/zoom-full.svg")));
    QAction *toSel = view->addAction(tr("Zoom to &selection"), this,
                                     [panes] { panes->activeMap()->zoomToSelection(); });
    toSel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    toSel->setIcon(QIcon(QStringLiteral(":/icons/zoom-selection.svg")));
    QAction *in = view->addAction(tr("&Zoom in"), this, [panes] { panes->activeMap()->zoomIn(); });
    in->setShortcut(QKeySequence::ZoomIn);
    QAction *out =
        view->addAction(tr("Zoom &out"), this, [panes] { panes->activeMap()->zoomOut(); });
    out->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    view->addAction(panes->action());
    view->addSeparator();
    controls->addMenusTo(view);
    QAction *title = view->addAction(tr("Map &title…"), window, &MainWindow::editTitle);
    m_projectActions << panes->action() << title;
    view->addSeparator();
    IndicatorPanel *indicators = docks.indicatorPanel();
    QAction *find =
        view->addAction(tr("Find &indicator"), this, [indicators] { indicators->focusSearch(); });
    find->setShortcut(QKeySequence::Find);
    AreaListPanel *areas = docks.areaPanel();
    QAction *findArea = view->addAction(tr("Find &area"), this, [areas] { areas->focusSearch(); });
    findArea->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addSeparator();
    QAction *trend = docks.trendDock()->toggleViewAction();
    trend->setText(tr("Trend of t&he selected areas"));
    trend->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    view->addAction(trend);
    m_projectActions << trend;
    // The dock shows itself when the project has an index; this brings it back once closed.
    QAction *contributions = docks.contributionsDock()->toggleViewAction();
    contributions->setText(tr("Contributions to the index of the selected area"));
    contributions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    view->addAction(contributions);
    m_projectActions << contributions;

    // Icons with their names and shortcuts as tooltips: beside the map settings, the German
    // words would not fit a 1366 pixel wide window.
    m_bar = new QToolBar(tr("Navigation"), window);
    m_bar->setObjectName(QStringLiteral("navigationToolBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction *a : {full, toSel}) {
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText)));
        m_bar->addAction(a);
    }
}

} // namespace qw
