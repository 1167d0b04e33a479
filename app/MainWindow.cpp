#include "MainWindow.h"

#include "AreaKeyLevel.h"
#include "DerivedController.h"
#include "ImportController.h"
#include "ReportsController.h"

#include "AreaGeometrySet.h"
#include "AreaListPanel.h"
#include "AreaTableModel.h"
#include "ChoroplethRenderer.h"
#include "ComparisonChartsView.h"
#include "ComparisonModel.h"
#include "ComparisonView.h"
#include "DemoProject.h"
#include "IndicatorPanel.h"
#include "IndicatorTreeModel.h"
#include "ManualBreaksDialog.h"
#include "MapExportController.h"
#include "MapPanes.h"
#include "MapViewControls.h"
#include "MapWidget.h"
#include "NewProjectDialog.h"
#include "Project.h"
#include "ProjectMap.h"
#include "ProjectStatus.h"
#include "SavedViewsController.h"
#include "StartPage.h"
#include "StoreError.h"
#include "UndoController.h"
#include "ViewsPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

#include <cmath>

namespace qw {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentProjects");
const QString kLastKey = QStringLiteral("lastProject");

bool germanUi()
{
    return QLocale().language() == QLocale::German;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
    , m_map(new MapWidget(this))
    , m_panes(new MapPanes(this))
    , m_indicatorModel(new IndicatorTreeModel(this))
    , m_tableModel(new AreaTableModel(this))
    , m_selection(new QItemSelectionModel(m_tableModel, this))
    , m_controls(new MapViewControls(this))
{
    setWindowTitle(tr("Quartierswerkstatt"));
    setAcceptDrops(true);
    m_tableModel->setLocale(QLocale());
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_map);
    m_stack->addWidget(m_panes);
    setCentralWidget(m_stack);
    m_map->setSelectionModel(m_selection, m_tableModel);
    m_panes->setSelectionModel(m_selection, m_tableModel);

    m_undo = new UndoController(this);
    createDocks();
    createActions();

    m_statusProject = new QLabel(this);
    m_statusFiction = new QLabel(this);
    m_statusFiction->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    statusBar()->addWidget(m_statusProject, 1);
    statusBar()->addPermanentWidget(m_statusFiction);

    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openDialog);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::newFromGeoPackageRequested, this,
            &MainWindow::newFromGeoPackage);
    connect(m_startPage, &StartPage::recentRequested, this,
            [this](const QString &path) { openProject(path); });
    connect(m_map, &MapWidget::legendTitleEditRequested, this, &MainWindow::editTitle);
    connect(m_map, &MapWidget::hoveredAreaChanged, this, &MainWindow::showAreaInStatus);
    connect(m_panes, &MapPanes::hoveredAreaChanged, this, &MainWindow::showAreaInStatus);
    connect(m_panes, &MapPanes::closeRequested, this, &MainWindow::showSingleMap);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_selection->selectedRows();
        if (!rows.isEmpty() && m_table)
            m_table->scrollTo(rows.last());
    });
    showStartPage();
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::showAreaInStatus(int projectIndex)
{
    if (projectIndex < 0 || !m_project)
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(m_project->areas()[projectIndex].name + QStringLiteral(" (")
                                 + m_project->areas()[projectIndex].key + QLatin1Char(')'));
}

QList<MapWidget *> MainWindow::visibleMaps() const
{
    if (!m_project)
        return {};
    return mapPanesShown() ? m_panes->maps() : QList<MapWidget *> {m_map};
}

MapWidget *MainWindow::activeMap() const
{
    return mapPanesShown() && !m_panes->maps().isEmpty() ? m_panes->maps().first() : m_map;
}

bool MainWindow::mapPanesShown() const
{
    return m_project && m_stack->currentWidget() == m_panes;
}

bool MainWindow::showMapPanes(const QStringList &words, QString *errorMessage)
{
    if (!m_project || !m_projectMap)
        return false;
    QList<MapPanes::Pane> panes;
    if (words.isEmpty()) {
        panes = MapPaneChoice::defaults(*m_project, m_indicator, m_period);
    } else if (const QString error =
                   MapPaneChoice::resolve(words, *m_project, m_indicator, m_period, &panes);
               !error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    m_panes->setContext(m_project, m_projectMap.get(), currentView());
    m_panes->setPanes(panes);
    m_stack->setCurrentWidget(m_panes);
    m_panesAction->setChecked(true);
    return true;
}

void MainWindow::showSingleMap()
{
    const bool fromPanes = mapPanesShown();
    if (m_project)
        m_stack->setCurrentWidget(m_map);
    m_panesAction->setChecked(false);
    if (fromPanes)
        refreshMap(false);
}
QStringList MainWindow::selectedAreaKeys() const
{
    QStringList keys;
    for (const QModelIndex &row : m_selection->selectedRows())
        keys << row.data(AreaTableModel::AreaKeyRole).toString();
    return keys;
}

QStringList MainWindow::comparedAreaKeys() const
{
    return m_comparisonDock->isVisible() ? m_comparison->areaKeys() : QStringList();
}

void MainWindow::createDocks()
{
    m_indicatorPanel = new IndicatorPanel(m_indicatorModel, this);
    m_indicatorPanel->setMinimumWidth(300);
    auto *indicatorDock = new QDockWidget(tr("Indicators"), this);
    indicatorDock->setObjectName(QStringLiteral("indicatorDock"));
    indicatorDock->setWidget(m_indicatorPanel);
    addDockWidget(Qt::LeftDockWidgetArea, indicatorDock);
    connect(m_indicatorPanel, &IndicatorPanel::indicatorChosen, this,
            [this](const QString &key) { setIndicator(key); });

    m_areaPanel = new AreaListPanel(m_tableModel, m_selection, this);
    m_table = m_areaPanel->table();
    auto *tableDock = new QDockWidget(tr("Areas"), this);
    tableDock->setObjectName(QStringLiteral("areaDock"));
    tableDock->setWidget(m_areaPanel);
    addDockWidget(Qt::RightDockWidgetArea, tableDock);
    connect(m_areaPanel, &AreaListPanel::zoomRequested, this,
            [this] { activeMap()->zoomToSelection(); });
    connect(m_areaPanel, &AreaListPanel::compareRequested, this, &MainWindow::compareSelected);
    auto *viewsPanel = new ViewsPanel(this);
    auto *viewsDock = new QDockWidget(tr("Saved views"), this);
    viewsDock->setObjectName(QStringLiteral("viewsDock"));
    viewsDock->setWidget(viewsPanel);
    addDockWidget(Qt::LeftDockWidgetArea, viewsDock);
    m_views = new SavedViewsController(this, viewsPanel, m_undo);
    m_comparison = new ComparisonModel(this);
    m_comparisonDock = new QDockWidget(tr("Comparison"), this);
    m_comparisonDock->setObjectName(QStringLiteral("comparisonDock"));
    // Table and charts of the same comparison, as tabs (Ctrl+PgUp/PgDown switch).
    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(new ComparisonView(m_comparison, tabs), tr("&Table"));
    m_charts = new ComparisonChartsView(m_comparison, tabs);
    tabs->addTab(m_charts, tr("C&harts"));
    m_comparisonDock->setWidget(tabs);
    addDockWidget(Qt::BottomDockWidgetArea, m_comparisonDock);
    m_comparisonDock->hide();
    m_projectOnly << indicatorDock << tableDock << viewsDock;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open project…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *create =
        file->addAction(tr("&New project from GeoPackage…"), this, &MainWindow::newFromGeoPackage);
    create->setShortcut(QKeySequence::New);
    file->addAction(tr("Open &demo city Musterstadt"), this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("&Recent projects"));
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export map…"), new MapExportController(this),
                                            &MapExportController::exportShownMaps);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_projectActions << exportAction;
    file->addSeparator();
    m_imports = new ImportController(this, file, m_undo);
    m_projectActions << m_imports->actions();
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close project"), this, &MainWindow::showStartPage);
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_undo->addEditMenu(menuBar());
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *full = view->addAction(tr("Zoom to &full extent"), this,
                                    [this] { activeMap()->zoomToFullExtent(); });
    full->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *toSel =
        view->addAction(tr("Zoom to &selection"), this, [this] { activeMap()->zoomToSelection(); });
    toSel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    QAction *in = view->addAction(tr("Zoom &in"), this, [this] { activeMap()->zoomIn(); });
    in->setShortcut(QKeySequence::ZoomIn);
    QAction *out = view->addAction(tr("Zoom &out"), this, [this] { activeMap()->zoomOut(); });
    out->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    m_panesAction = view->addAction(tr("&Map comparison (linked maps)"));
    m_panesAction->setCheckable(true);
    m_panesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_panesAction->setToolTip(
        tr("Two to four maps side by side: one indicator in two periods, or two indicators"));
    connect(m_panesAction, &QAction::triggered, this, [this](bool on) {
        if (on)
            showMapPanes({});
        else
            showSingleMap();
    });
    m_projectActions << m_panesAction;
    view->addSeparator();
    m_controls->addMenusTo(view);
    QAction *title = view->addAction(tr("Map &title…"), this, &MainWindow::editTitle);
    m_projectActions << title;
    view->addSeparator();
    QAction *find =
        view->addAction(tr("Find &indicator"), this, [this] { m_indicatorPanel->focusSearch(); });
    find->setShortcut(QKeySequence::Find);
    QAction *findArea =
        view->addAction(tr("Find &area"), this, [this] { m_areaPanel->focusSearch(); });
    findArea->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    QAction *compare =
        analysis->addAction(tr("&Compare selected areas"), this, &MainWindow::compareSelected);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_projectActions << compare;
    m_reports = new ReportsController(this, analysis);
    m_projectActions << m_reports->actions();
    analysis->addSeparator();
    auto *derived = new DerivedController(this, analysis, m_imports, m_undo);
    m_projectActions << derived->action();
    m_indicatorPanel->addCatalogueAction(derived->action());
    const auto showProfile = [this](int projectIndex) {
        if (m_project && projectIndex >= 0)
            m_reports->showProfile(m_project->areas()[size_t(projectIndex)].key);
    };
    connect(m_map, &MapWidget::areaActivated, m_reports, showProfile);
    connect(m_panes, &MapPanes::areaActivated, m_reports, showProfile);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Quartierswerkstatt"), this, &MainWindow::about);

    addToolBar(m_controls);
    connect(m_controls, &MapViewControls::periodChosen, this,
            [this](const QString &period) { setPeriod(period); });
    connect(m_controls, &MapViewControls::changed, this, [this] { refreshMap(false); });
    connect(m_controls, &MapViewControls::manualBreaksRequested, this, [this] {
        if (const auto breaks = ManualBreaksDialog::ask(activeMap()->snapshot(), this))
            m_controls->applyManualBreaks(*breaks);
    });
    connect(m_controls, &MapViewControls::levelChosen, this,
            [this](const QString &level) { setLevel(level); });
    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationToolBar"));
    bar->addAction(full);
    bar->addAction(toSel);
    m_projectOnly << m_controls << bar;
    updateRecentMenu();
}

QStringList MainWindow::recentProjects() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecent(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings settings;
    settings.setValue(kRecentKey, list);
    settings.setValue(kLastKey, abs);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentProjects();
    for (const QString &path : list)
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!list.isEmpty());
    m_startPage->setRecentProjects(list);
}

void MainWindow::showStartPage()
{
    m_project.reset();
    m_projectMap.reset();
    m_views->setProject(nullptr);
    m_undo->setProject({});
    m_comparison->setComparison(nullptr, {}, {}, {}, true, QLocale());
    m_comparisonDock->hide();
    m_indicatorModel->setProject(nullptr, germanUi());
    m_tableModel->setAreas(nullptr, {});
    m_map->setSnapshot({}, true);
    m_panes->clear();
    m_stack->setCurrentWidget(m_startPage);
    for (QWidget *w : m_projectOnly)
        w->setVisible(false);
    for (QAction *a : m_projectActions)
        a->setEnabled(false);
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
            *errorMessage = e.message();
        if (interactive)
            QMessageBox::warning(this, tr("Cannot open project"), e.message());
        return false;
    }
    m_project = project;
    m_level = project->finestLevel();
    m_projectMap = std::make_unique<ProjectMap>(project, m_level);
    m_indicatorModel->setProject(project, germanUi());
    m_controls->setProject(project, germanUi());
    m_controls->setLevels(project, m_level);
    m_views->setProject(project);
    m_tableModel->setAreas(project, m_level);
    m_table->sortByColumn(AreaTableModel::KeyColumn, Qt::AscendingOrder);
    // The single map, drawn below once the indicator is chosen (not via showSingleMap(),
    // which would redraw it for the previous project's indicator).
    m_panes->clear();
    m_stack->setCurrentWidget(m_map);
    m_panesAction->setChecked(false);
    for (QWidget *w : m_projectOnly)
        w->setVisible(true);
    for (QAction *a : m_projectActions)
        a->setEnabled(true);
    m_indicator.clear();
    m_period.clear();
    addRecent(path);
    const QString title = project->metadata().title.isEmpty() ? QFileInfo(path).fileName()
                                                              : project->metadata().title;
    setWindowTitle(tr("%1 – Quartierswerkstatt").arg(title));
    const QString first = defaultIndicator();
    if (!first.isEmpty())
        selectIndicator(first);
    refreshMap(true);
    updateStatus();
    m_undo->setProject(project->path()); // a new history, unless the project is reloaded
    return true;
}

QString MainWindow::defaultIndicator() const
{
    if (!m_project || m_project->indicators().empty())
        return {};
    // The project's own choice, else the first indicator with a direction (a need
    // indicator reads best), else the first.
    const QString preferred = m_project->metadata().defaultIndicator;
    if (m_project->indicator(preferred))
        return preferred;
    for (const Indicator &i : m_project->indicators())
        if (i.polarity == Polarity::HigherIsWorse && !m_project->periods(i.key).isEmpty())
            return i.key;
    return m_project->indicators().front().key;
}

bool MainWindow::setIndicator(const QString &key, QString *errorMessage)
{
    if (!m_project || !m_project->indicator(key)) {
        if (errorMessage)
            *errorMessage = tr("Unknown indicator \"%1\".").arg(key);
        return false;
    }
    if (key != m_indicator && m_controls->leaveManualBreaks())
        statusBar()->showMessage(tr("Manual class breaks belong to the previous indicator."), 8000);
    selectIndicator(key);
    refreshMap(false);
    return true;
}

void MainWindow::selectIndicator(const QString &key)
{
    if (key != m_indicator)
        m_title.clear(); // a title written for one indicator does not fit another
    m_indicator = key;
    // Keep the period when the new indicator has it, else take its latest.
    m_period = m_project->periodFor(key, m_period);
    m_controls->setPeriods(m_project->periods(key), m_period);
    m_indicatorPanel->setCurrentIndicator(key);
}

bool MainWindow::setPeriod(const QString &period, QString *errorMessage)
{
    if (!m_project || !m_project->periods(m_indicator).contains(period)) {
        if (errorMessage)
            *errorMessage =
                tr("The indicator \"%1\" has no period \"%2\" (available: %3).")
                    .arg(m_indicator, period,
                         m_project ? m_project->periods(m_indicator).join(QStringLiteral(", "))
                                   : QString());
        return false;
    }
    m_period = period;
    m_controls->setPeriods(m_project->periods(m_indicator), period);
    refreshMap(false);
    return true;
}

bool MainWindow::setLevel(const QString &level, QString *errorMessage)
{
    if (!m_project)
        return false;
    const QString key = m_project->levelKey(level);
    if (key.isEmpty()) {
        QStringList names;
        for (const AreaLevel &l : m_project->levels())
            names << l.nameDe;
        if (errorMessage)
            *errorMessage = tr("The project has no level \"%1\" (levels: %2).")
                                .arg(level, names.join(QStringLiteral(", ")));
        return false;
    }
    if (key == m_level)
        return true;
    m_level = key;
    m_projectMap = std::make_unique<ProjectMap>(m_project, m_level);
    m_tableModel->setAreas(m_project, m_level);
    m_table->sortByColumn(AreaTableModel::KeyColumn, Qt::AscendingOrder);
    m_controls->setLevels(m_project, m_level);
    refreshMap(true);
    updateStatus(); // the area count is the level's
    return true;
}

void MainWindow::refreshMap(bool resetView)
{
    if (!m_project || !m_projectMap)
        return;
    // An open comparison follows the chosen period (its rows match it, see matchingPeriod).
    if (m_comparisonDock->isVisible() && m_comparison->chosenPeriod() != m_period)
        m_comparison->setComparison(m_project, m_comparison->levelKey(), m_comparison->areaKeys(),
                                    m_period, germanUi(), QLocale());
    const MapSnapshot snapshot = m_projectMap->snapshot(currentView(), QLocale());
    if (snapshot.choropleth)
        m_tableModel->setValues(snapshot.choropleth->indicator(),
                                m_project->values(m_indicator, m_period));
    // The hidden single map is not rendered while the panes show; it catches up when it
    // comes back (showSingleMap).
    if (mapPanesShown())
        m_panes->setContext(m_project, m_projectMap.get(), currentView());
    else
        m_map->setSnapshot(snapshot, resetView);
}

bool MainWindow::applyView(const ProjectMap::View &requested, QString *errorMessage)
{
    if (!m_projectMap)
        return false;
    ProjectMap::View view = requested;
    if (view.indicator.isEmpty())
        view.indicator = m_indicator; // a period alone refers to the shown indicator
    if (const QString error = m_projectMap->check(view); !error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    m_controls->apply(view);
    if (!view.indicator.isEmpty())
        selectIndicator(view.indicator);
    m_title = view.title;
    if (!view.period.isEmpty()) {
        m_period = view.period;
        m_controls->setPeriods(m_project->periods(m_indicator), m_period);
    }
    refreshMap(false);
    return true;
}

SavedView MainWindow::captureView() const
{
    SavedView saved = ProjectMap::toSaved(currentView());
    const Bounds b = activeMap()->transform().visibleBounds();
    if (!b.isEmpty())
        saved.extent = {b.minX, b.minY, b.maxX, b.maxY};
    for (const QModelIndex &row : m_selection->selectedRows())
        saved.selectedAreas << row.data(AreaTableModel::AreaKeyRole).toString();
    if (m_comparisonDock->isVisible())
        saved.comparison = m_comparison->areaKeys();
    if (mapPanesShown())
        saved.mapPanes = MapPaneChoice::words(m_panes->panes());
    return saved;
}

bool MainWindow::showSavedView(const SavedView &saved, QString *errorMessage)
{
    if (!m_project)
        return false;
    // The view's areas name their level; the map switches to it.
    QString levelError;
    const QString level = AreaKeyLevel::ofKnown(*m_project, saved.comparison + saved.selectedAreas,
                                                germanUi(), &levelError);
    if (!levelError.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("View \"%1\": %2").arg(saved.name, levelError);
        return false;
    }
    if (!applyView(ProjectMap::fromSaved(saved), errorMessage))
        return false;
    if (!level.isEmpty())
        setLevel(level);
    // A comparison whose areas are gone no longer opens; the rest of the view still shows.
    m_comparisonDock->setVisible(!saved.comparison.isEmpty() && compareAreas(saved.comparison));
    selectAreas(saved.selectedAreas);
    // Panes whose indicators are gone fall back to the single map.
    if (saved.mapPanes.isEmpty() || !showMapPanes(saved.mapPanes))
        showSingleMap();
    if (saved.hasExtent()) {
        Bounds b;
        b.include(saved.extent[0], saved.extent[1]);
        b.include(saved.extent[2], saved.extent[3]);
        for (MapWidget *map : visibleMaps())
            map->showExtent(b);
    }
    return true;
}

bool MainWindow::compareAreas(const QStringList &keys, QString *errorMessage)
{
    if (!m_project)
        return false;
    // The keys name their level (one level per comparison); the map switches to it.
    QString levelError;
    const QString level = AreaKeyLevel::of(*m_project, keys, germanUi(), &levelError);
    if (level.isEmpty() || keys.size() < 2 || keys.size() > 6) {
        if (errorMessage)
            *errorMessage = !levelError.isEmpty()
                ? levelError
                : tr("Choose 2 to 6 areas to compare (%1 chosen).").arg(keys.size());
        return false;
    }
    setLevel(level);
    m_comparison->setComparison(m_project, m_level, keys, m_period, germanUi(), QLocale());
    m_charts->setBarIndicator(m_indicator);
    m_comparisonDock->show();
    selectAreas(keys);
    return true;
}

void MainWindow::selectAreas(const QStringList &keys)
{
    QItemSelection selection;
    for (const QString &key : keys) {
        const int row = m_tableModel->rowOfProjectIndex(m_project->areaIndex(key));
        if (row >= 0)
            selection.select(m_tableModel->index(row, 0), m_tableModel->index(row, 0));
    }
    m_selection->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::compareSelected()
{
    QString error;
    if (!compareAreas(selectedAreaKeys(), &error))
        QMessageBox::information(this, tr("Compare areas"), error);
}

bool MainWindow::saveView(const QString &name, QString *errorMessage)
{
    return m_views->saveAs(name, errorMessage);
}

bool MainWindow::restoreSavedView(const QString &name, QString *errorMessage)
{
    return m_views->restore(name, errorMessage);
}

void MainWindow::editTitle()
{
    if (!m_projectMap)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Map title"), tr("Title of the map and its legend (empty: the indicator's name):"),
        QLineEdit::Normal, m_map->snapshot().caption.title, &ok);
    if (!ok)
        return;
    const Indicator *ind = m_project->indicator(m_indicator);
    const bool german = QLocale().language() == QLocale::German;
    m_title = ind && text == ind->name(german) ? QString() : text.trimmed();
    refreshMap(false);
}

ProjectMap::View MainWindow::currentView() const
{
    ProjectMap::View view;
    view.indicator = m_indicator;
    view.period = m_period;
    view.title = m_title;
    m_controls->fill(view);
    return view;
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        m_statusProject->setText(tr("No project open"));
        m_statusFiction->clear();
        return;
    }
    const auto &meta = m_project->metadata();
    m_statusProject->setText(projectStatusText(*m_project, m_level));
    m_statusFiction->setText(meta.fictional ? tr("Fictional demo data – not a real city")
                                            : QString());
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Quartierswerkstatt projects (*.gpkg)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openDemo()
{
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const QString path = DemoProject::ensure();
        QApplication::restoreOverrideCursor();
        openProject(path);
    } catch (const StoreError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Cannot create the demo project"), e.message());
    }
}

void MainWindow::newFromGeoPackage()
{
    NewProjectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openProject(dialog.createdProject());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Quartierswerkstatt"),
                       tr("<h3>Quartierswerkstatt %1</h3><p>A planning workbench for municipal "
                          "education monitoring: maps of Sozialräume with indicator overlays and "
                          "side-by-side comparison of quarters.</p><p>The demo city Musterstadt "
                          "and all its data are fictional.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    if (path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)
        || (m_project && ImportController::isTable(path)))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // A project opens; a table dropped on an open project starts the import wizard.
    const QString path = event->mimeData()->urls().first().toLocalFile();
    if (m_project && ImportController::isTable(path))
        m_imports->importTable(path);
    else
        openProject(path);
}

} // namespace qw
