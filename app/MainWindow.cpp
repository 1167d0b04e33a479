#include "MainWindow.h"

#include "AreaListPanel.h"
#include "AreaTableModel.h"
#include "AtlasController.h"
#include "ChoroplethRenderer.h"
#include "ClassBreaksCommand.h"
#include "ComparisonController.h"
#include "ErrorDialog.h"
#include "HelpController.h"
#include "HelpSection.h"
#include "ImportController.h"
#include "IndicatorPanel.h"
#include "IndicatorTreeModel.h"
#include "ManualBreaksDialog.h"
#include "MapExportController.h"
#include "MapPanes.h"
#include "MapPanesController.h"
#include "MapViewControls.h"
#include "MapWidget.h"
#include "NotesController.h"
#include "PlanningTools.h"
#include "PresentationController.h"
#include "PresentationWindow.h"
#include "PrioritiesController.h"
#include "Project.h"
#include "ProjectFileController.h"
#include "ProjectStatus.h"
#include "ReportsController.h"
#include "SavedViewsController.h"
#include "StartPage.h"
#include "StoreError.h"
#include "TextPrompt.h"
#include "TimeSlider.h"
#include "TrendPanel.h"
#include "UiLanguage.h"
#include "UndoController.h"
#include "ViewMenu.h"
#include "ViewStateController.h"
#include "WindowState.h"
#include "WorkbenchDocks.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace qw {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
    , m_mapPage(new QWidget(this))
    , m_map(new MapWidget(m_mapPage))
    , m_timeSlider(new TimeSlider(m_mapPage))
    , m_panes(new MapPanes(this))
    , m_indicatorModel(new IndicatorTreeModel(this))
    , m_tableModel(new AreaTableModel(this))
    , m_selection(new QItemSelectionModel(m_tableModel, this))
    , m_controls(new MapViewControls(this))
    , m_docks(std::make_unique<WorkbenchDocks>(this, m_indicatorModel, m_tableModel, m_selection))
    , m_table(m_docks->areaTable())
    , m_undo(new UndoController(this))
    , m_panesControl(new MapPanesController(this, m_stack, m_mapPage, m_map, m_panes))
    , m_comparison(new ComparisonController(this))
    , m_view(new ViewStateController(this,
                                     {m_controls, m_docks->indicatorPanel(), m_tableModel, m_table,
                                      m_map, m_panesControl, m_comparison}))
    , m_views(new SavedViewsController(this, m_docks->viewsPanel(), m_undo))
    , m_files(new ProjectFileController(this, m_startPage))
    , m_statusProject(new QLabel(this))
    , m_statusFiction(new QLabel(this))
{
    setWindowTitle(tr("Quartierswerkstatt"));
    setAcceptDrops(true);
    m_tableModel->setLocale(QLocale());
    m_stack->addWidget(m_startPage);
    auto *page = new QVBoxLayout(m_mapPage);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(0);
    page->addWidget(m_map, 1);
    page->addWidget(m_timeSlider);
    m_stack->addWidget(m_mapPage);
    m_stack->addWidget(m_panes);
    setCentralWidget(m_stack);
    HelpSection::set(m_map, HelpSection::Map);
    HelpSection::set(m_panes, HelpSection::Panes);
    addDockWidget(Qt::BottomDockWidgetArea, m_comparison->dock());
    for (QDockWidget *dock : m_docks->docks())
        m_projectOnly << dock;
    createMenus();
    connectMaps();

    m_statusFiction->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    statusBar()->addWidget(m_statusProject, 1);
    statusBar()->addPermanentWidget(m_statusFiction);
    showStartPage();
    resize(WindowState::defaultSize(screen()->availableGeometry()));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_files->addOpenActions(file);
    file->addSeparator();
    auto *exporter = new MapExportController(this);
    QAction *exportAction =
        file->addAction(tr("&Export map…"), exporter, &MapExportController::exportShownMaps);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *seriesAction =
        file->addAction(tr("Export &series…"), exporter, &MapExportController::exportSeries);
    seriesAction->setStatusTip(tr("Every period of the indicator on one page, one legend, the "
                                  "city's value underneath"));
    QAction *atlasAction = (new AtlasController(this, file))->action();
    file->addSeparator();
    m_imports = new ImportController(this, file, m_undo);
    QAction *beforeClose = file->addSeparator();
    m_files->addCloseActions(file);
    m_undo->addEditMenu(menuBar());
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *view = new ViewMenu(this, viewMenu, m_panesControl, m_controls, *m_docks);
    m_notes =
        new NotesController(this, m_undo, *m_docks,
                            menuBar()->findChild<QMenu *>(QStringLiteral("editMenu")), viewMenu);
    m_notes->addFileActions(file, beforeClose);
    m_priorities = new PrioritiesController(
        this, m_undo, *m_docks, m_indicatorModel,
        menuBar()->findChild<QMenu *>(QStringLiteral("editMenu")), viewMenu);
    m_presentation = new PresentationController(this, viewMenu); // the menu's last group

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    QAction *compare = analysis->addAction(tr("&Compare selected areas"), m_comparison,
                                           &ComparisonController::compareSelected);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_reports = new ReportsController(this, analysis);
    analysis->addSeparator();
    m_projectActions << PlanningTools::add(this, analysis, m_imports, m_undo, *m_docks);
    new HelpController(this, menuBar()->addMenu(tr("&Help")));

    addToolBar(m_controls);
    addToolBar(view->navigationBar());
    m_projectOnly << m_controls << view->navigationBar();
    m_projectActions << exportAction << seriesAction << atlasAction << m_imports->actions()
                     << view->projectActions() << compare << m_reports->actions()
                     << m_notes->actions() << m_priorities->actions() << m_presentation->action();
}

QWidget *MainWindow::dialogParent()
{
    if (m_presentation && m_presentation->active())
        return m_presentation->presentation();
    return this;
}

void MainWindow::connectMaps()
{
    m_map->setSelectionModel(m_selection, m_tableModel);
    m_panes->setSelectionModel(m_selection, m_tableModel);
    const auto showProfile = [this](int projectIndex) {
        if (m_project && projectIndex >= 0)
            m_reports->showProfile(m_project->areas()[size_t(projectIndex)].key);
    };
    AreaListPanel *areas = m_docks->areaPanel();
    connect(m_map, &MapWidget::areaActivated, m_reports, showProfile);
    connect(m_panes, &MapPanes::areaActivated, m_reports, showProfile);
    connect(areas, &AreaListPanel::profileRequested, m_reports, showProfile);
    connect(m_comparison, &ComparisonController::profileRequested, m_reports,
            &ReportsController::showProfile);
    connect(m_map, &MapWidget::compareRequested, m_comparison,
            &ComparisonController::compareSelected);
    connect(m_panes, &MapPanes::compareRequested, m_comparison,
            &ComparisonController::compareSelected);
    connect(areas, &AreaListPanel::compareRequested, m_comparison,
            &ComparisonController::compareSelected);
    connect(areas, &AreaListPanel::zoomRequested, this,
            [this] { m_panesControl->activeMap()->zoomToSelection(); });
    connect(areas, &AreaListPanel::zoomToAreaRequested, this,
            [this](int projectIndex) { m_panesControl->activeMap()->zoomToArea(projectIndex); });
    connect(m_docks->indicatorPanel(), &IndicatorPanel::indicatorChosen, this,
            [this](const QString &key) { setIndicator(key); });
    connect(m_map, &MapWidget::legendTitleEditRequested, this, &MainWindow::editTitle);
    connect(m_map, &MapWidget::hoveredAreaChanged, this, &MainWindow::showAreaInStatus);
    connect(m_panes, &MapPanes::hoveredAreaChanged, this, &MainWindow::showAreaInStatus);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, [this] {
        if (const QModelIndexList rows = m_selection->selectedRows(); !rows.isEmpty())
            m_table->scrollTo(rows.last());
    });
    connect(m_controls, &MapViewControls::periodChosen, this,
            [this](const QString &period) { setPeriod(period); });
    connect(m_controls, &MapViewControls::periodsShown, m_timeSlider, &TimeSlider::setPeriods);
    connect(m_timeSlider, &TimeSlider::periodChosen, this, [this](const QString &period) {
        setPeriod(period);
        m_view->renderAhead(m_timeSlider->nextPeriod());
    });
    // A film: frames recolour the map's areas and are rendered a period ahead.
    connect(m_timeSlider, &TimeSlider::playingChanged, this, [this](bool playing) {
        m_map->setFilm(playing);
        m_view->renderAhead(m_timeSlider->nextPeriod());
    });
    connect(m_controls, &MapViewControls::changed, this, [this] { refreshMap(false); });
    connect(m_view, &ViewStateController::mapRefreshed, this, &MainWindow::shownMapsChanged);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::shownMapsChanged);
    connect(m_panes, &MapPanes::panesChanged, this, &MainWindow::shownMapsChanged);
    connect(m_controls, &MapViewControls::manualBreaksRequested, this, [this] {
        if (const auto breaks =
                ManualBreaksDialog::ask(m_panesControl->activeMap()->snapshot(), this))
            m_undo->push(new ClassBreaksCommand(m_controls, *breaks));
    });
    connect(m_controls, &MapViewControls::levelChosen, this,
            [this](const QString &level) { setLevel(level); });
    connect(m_view, &ViewStateController::levelChanged, this, &MainWindow::updateStatus);
    m_docks->trendPanel()->setSource([this] {
        return TrendPanel::Shown {m_project, currentIndicator(), currentLevel(), currentPeriod()};
    });
    connect(m_view, &ViewStateController::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    WindowState::restore(*this, settings);
    m_keepsWindowState = true;
    // The stored layout may show panels the page in view has no use for.
    showProjectWidgets(m_project != nullptr);
    if (!m_project || m_comparison->shownAreaKeys().isEmpty())
        m_comparison->dock()->hide();
}

void MainWindow::showProjectWidgets(bool shown)
{
    for (QWidget *w : m_projectOnly)
        w->setVisible(shown);
    for (QAction *a : m_projectActions)
        a->setEnabled(shown);
}

void MainWindow::showAreaInStatus(int projectIndex)
{
    if (projectIndex < 0 || !m_project)
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(m_project->areas()[projectIndex].name + QStringLiteral(" (")
                                 + m_project->areas()[projectIndex].key + QLatin1Char(')'));
}

void MainWindow::showStartPage()
{
    m_project.reset();
    m_view->setProject(nullptr);
    m_views->setProject(nullptr);
    m_notes->setProject(nullptr);
    m_priorities->setProject(nullptr);
    m_undo->setProject({});
    m_comparison->close();
    m_indicatorModel->setProject(nullptr, germanUi());
    m_panes->clear();
    m_stack->setCurrentWidget(m_startPage);
    showProjectWidgets(false);
    setWindowTitle(tr("Quartierswerkstatt"));
    updateStatus();
}

bool MainWindow::openProject(const QString &path, QString *errorMessage, bool interactive)
{
    std::shared_ptr<Project> project;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        project = Project::open(path);
        QApplication::restoreOverrideCursor();
    } catch (const StoreError &e) {
        QApplication::restoreOverrideCursor();
        if (errorMessage)
            *errorMessage = e.fullText();
        if (interactive)
            ErrorDialog::warning(this, tr("Cannot open project"), e);
        return false;
    }
    m_project = project;
    m_indicatorModel->setProject(project, germanUi());
    m_views->setProject(project);
    m_notes->setProject(project);
    m_priorities->setProject(project);
    // The single map, drawn once the indicator is chosen (not via showSingleMap(), which
    // would redraw it for the previous project's indicator).
    m_panesControl->reset();
    showProjectWidgets(true);
    m_view->setProject(project);
    m_files->remember(path);
    const QString projectTitle = project->metadata().titleIn(germanUi());
    const QString title = projectTitle.isEmpty() ? QFileInfo(path).fileName() : projectTitle;
    setWindowTitle(tr("%1 – Quartierswerkstatt").arg(title));
    updateStatus();
    m_undo->setProject(project->path()); // a new history, unless the project is reloaded
    return true;
}

bool MainWindow::setIndicator(const QString &k, QString *e)
{
    return m_view->setIndicator(k, e);
}
bool MainWindow::setPeriod(const QString &p, QString *e)
{
    return m_view->setPeriod(p, e);
}
bool MainWindow::setLevel(const QString &l, QString *e)
{
    return m_view->setLevel(l, e);
}
bool MainWindow::applyView(const ProjectMap::View &v, QString *e)
{
    return m_view->applyView(v, e);
}
ProjectMap::View MainWindow::currentView() const
{
    return m_view->currentView();
}
void MainWindow::refreshMap(bool resetView)
{
    m_view->refreshMap(resetView);
}
const QString &MainWindow::currentLevel() const
{
    return m_view->level();
}
const QString &MainWindow::currentIndicator() const
{
    return m_view->indicator();
}
const QString &MainWindow::currentPeriod() const
{
    return m_view->period();
}
const ProjectMap *MainWindow::projectMap() const
{
    return m_view->projectMap();
}

void MainWindow::editTitle()
{
    if (!m_view->projectMap())
        return;
    bool ok = false;
    const QString text = TextPrompt::ask(
        this, tr("Map title"), tr("Title of the map and its legend (empty: the indicator's name):"),
        m_map->snapshot().caption.title, &ok);
    if (ok)
        m_view->setTitle(text);
}

void MainWindow::selectAreas(const QStringList &keys)
{
    m_selection->select(m_tableModel->rowsOf(keys),
                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QStringList MainWindow::selectedAreaKeys() const
{
    QStringList keys;
    for (const QModelIndex &row : m_selection->selectedRows())
        keys << row.data(AreaTableModel::AreaKeyRole).toString();
    return keys;
}

// The window's public face for the command line and the other controllers.
SavedView MainWindow::captureView() const
{
    return m_views->capture();
}
bool MainWindow::showSavedView(const SavedView &v, QString *e)
{
    return m_views->show(v, e);
}
bool MainWindow::saveView(const QString &name, QString *e)
{
    return m_views->saveAs(name, e);
}
bool MainWindow::restoreSavedView(const QString &n, QString *e)
{
    return m_views->restore(n, e);
}
bool MainWindow::compareAreas(const QStringList &k, QString *e)
{
    return m_comparison->compare(k, e);
}
QStringList MainWindow::comparedAreaKeys() const
{
    return m_comparison->shownAreaKeys();
}
bool MainWindow::showMapPanes(const QStringList &w, QString *e)
{
    return m_panesControl->show(w, e);
}
void MainWindow::showSingleMap()
{
    m_panesControl->showSingle();
}
bool MainWindow::mapPanesShown() const
{
    return m_panesControl->shown();
}
QList<MapWidget *> MainWindow::visibleMaps() const
{
    return m_panesControl->visibleMaps();
}

void MainWindow::updateStatus()
{
    m_statusProject->setText(m_project ? projectStatusText(*m_project, m_view->level())
                                       : tr("No project open"));
    m_statusFiction->setText(m_project && m_project->metadata().fictional
                                 ? tr("Fictional demo data – not a real city")
                                 : QString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_keepsWindowState) {
        QSettings settings;
        WindowState::save(*this, settings);
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && m_files->acceptsDrop(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_files->drop(event->mimeData()->urls().first().toLocalFile());
}

} // namespace qw
