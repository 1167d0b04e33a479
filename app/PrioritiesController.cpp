#include "PrioritiesController.h"

#include "AreaListPanel.h"
#include "IndicatorTreeModel.h"
#include "MainWindow.h"
#include "MapPanes.h"
#include "MapPanesController.h"
#include "MapWidget.h"
#include "NotesController.h"
#include "PrioritiesPanel.h"
#include "PriorityCommand.h"
#include "PriorityRankingModel.h"
#include "Project.h"
#include "ProjectStore.h"
#include "StoreError.h"
#include "UiLanguage.h"
#include "UndoController.h"
#include "WorkbenchDocks.h"

#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace qw {

namespace {
const QString kPoints = QLatin1String(PriorityRepository::kPointsIndicator);
}

PrioritiesController::PrioritiesController(MainWindow *window, UndoController *undo,
                                           WorkbenchDocks &docks, IndicatorTreeModel *indicators,
                                           QMenu *edit, QMenu *view)
    : QObject(window)
    , m_window(window)
    , m_undo(undo)
    , m_indicators(indicators)
    , m_model(docks.prioritiesModel())
    , m_panel(docks.prioritiesPanel())
    , m_dock(docks.prioritiesDock())
{
    QAction *give =
        edit->addAction(tr("Give a &point"), this, [this] { givePoint(selectedArea()); });
    give->setShortcut(QKeySequence(Qt::Key_P));
    give->setObjectName(QStringLiteral("givePoint")); // the presentation takes both too
    give->setStatusTip(tr("A point of the workshop's voting for the selected area"));
    QAction *take =
        edit->addAction(tr("Take &back a point"), this, [this] { takePoint(selectedArea()); });
    take->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_P));
    take->setObjectName(QStringLiteral("takePoint"));
    QAction *panel = m_dock->toggleViewAction();
    panel->setText(tr("P&riorities panel"));
    view->addAction(panel);
    QAction *beside =
        view->addAction(tr("Priorities besi&de the map"), this, [this] { showBesideMap(); });
    beside->setStatusTip(tr("The indicator shown and the points of the workshop on linked maps"));
    m_actions << give << take << panel << beside;

    QSettings settings;
    m_voter = settings.value(QLatin1String(kVoterKey)).toString();
    if (m_voter.isEmpty()) // the table's name, typed once for the notes
        m_voter = settings.value(QLatin1String(NotesController::kAuthorKey)).toString();

    connect(m_window->mapWidget(), &MapWidget::pointRequested, this,
            &PrioritiesController::givePoint);
    connect(m_window->panes()->panesWidget(), &MapPanes::pointRequested, this,
            &PrioritiesController::givePoint);
    connect(docks.areaPanel(), &AreaListPanel::pointRequested, this,
            &PrioritiesController::givePoint);
    connect(docks.areaTable()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PrioritiesController::updateState);
    connect(m_panel, &PrioritiesPanel::voterChosen, this, &PrioritiesController::setVoter);
    connect(m_panel, &PrioritiesPanel::pointsPerVoterChosen, this,
            &PrioritiesController::setPointsPerVoter);
    connect(m_panel, &PrioritiesPanel::giveRequested, this, [this] { givePoint(selectedArea()); });
    connect(m_panel, &PrioritiesPanel::takeRequested, this, [this] { takePoint(selectedArea()); });
    connect(m_panel, &PrioritiesPanel::besideMapRequested, this, [this] { showBesideMap(); });
    connect(m_panel, &PrioritiesPanel::areaChosen, this,
            [this](const QString &key) { m_window->selectAreas({key}); });
}

void PrioritiesController::setProject(std::shared_ptr<Project> project)
{
    m_project = std::move(project);
    readVotes();
}

void PrioritiesController::readVotes()
{
    if (!m_project) {
        m_tally = PriorityTally(0);
        m_model->clear();
        updateState();
        return;
    }
    try {
        m_tally = m_project->store().priorities().tally();
    } catch (const StoreError &e) {
        m_tally = PriorityTally(PriorityRepository::kDefaultPointsPerVoter);
        QMessageBox::warning(m_window, tr("Priorities"), e.fullText());
    }
    QHash<QString, QString> names;
    for (const AreaInfo &a : m_project->areas())
        names.insert(a.key, a.name);
    m_model->setTally(m_tally, std::move(names));
    m_panel->setPointsPerVoter(m_tally.pointsPerVoter());
    updateState();
}

int PrioritiesController::selectedArea() const
{
    if (!m_project)
        return -1;
    const QStringList keys = m_window->selectedAreaKeys();
    return keys.isEmpty() ? -1 : m_project->areaIndex(keys.first());
}

void PrioritiesController::setVoter(const QString &voter)
{
    if (voter == m_voter)
        return;
    m_voter = voter;
    QSettings().setValue(QLatin1String(kVoterKey), voter);
    updateState();
}

void PrioritiesController::givePoint(int projectIndex)
{
    if (!m_project)
        return;
    QString why;
    if (projectIndex < 0 || projectIndex >= int(m_project->areas().size())) {
        why = tr("Select an area first (click it on the map), then give it a point.");
    } else if (m_voter.isEmpty()) {
        why = tr("Who gives the point? Type the participant's or table's name in the "
                 "Priorities panel.");
    } else {
        const AreaInfo &area = m_project->areas()[std::size_t(projectIndex)];
        const PriorityVote vote {m_voter, area.key, 1};
        PriorityTally check = m_tally;
        if (check.add(vote, &why)) { // else why says how many points are left
            m_undo->push(new PriorityCommand(
                this, tr("Point from %1 for %2").arg(m_voter, area.name), {vote}));
            return;
        }
    }
    m_dock->show();
    m_dock->raise();
    m_window->statusBar()->showMessage(why, 8000);
}

void PrioritiesController::takePoint(int projectIndex)
{
    if (!m_project)
        return;
    QString why;
    if (projectIndex < 0 || projectIndex >= int(m_project->areas().size())) {
        why = tr("Select an area first (click it on the map), then take back its point.");
    } else {
        const AreaInfo &area = m_project->areas()[std::size_t(projectIndex)];
        PriorityTally check = m_tally;
        if (check.take({m_voter, area.key, 1}, &why)) {
            m_undo->push(new PriorityCommand(
                this, tr("Point of %1 for %2 taken back").arg(m_voter, area.name),
                {{m_voter, area.key, -1}}));
            return;
        }
    }
    m_window->statusBar()->showMessage(why, 8000);
}

void PrioritiesController::setPointsPerVoter(int points)
{
    if (!m_project || points == m_tally.pointsPerVoter() || points < 1)
        return;
    m_undo->push(new PriorityCommand(this, tr("%n point(s) per voter", nullptr, points), {},
                                     PriorityCommand::PerVoter {m_tally.pointsPerVoter(), points}));
}

void PrioritiesController::apply(const std::vector<PriorityVote> &deltas,
                                 std::optional<int> pointsPerVoter)
{
    if (!m_project)
        return;
    ProjectStore &store = m_project->store();
    try {
        auto transaction = store.transaction();
        PriorityRepository priorities = store.priorities();
        if (pointsPerVoter)
            priorities.setPointsPerVoter(*pointsPerVoter);
        if (!deltas.empty())
            priorities.changeAll(deltas);
        transaction.commit();
    } catch (const StoreError &e) {
        QMessageBox::warning(m_window, tr("Priorities"), e.fullText());
        return;
    }
    readVotes();
    if (deltas.empty())
        return;
    const bool had = m_project->indicator(kPoints) != nullptr;
    m_project->reloadIndicator(kPoints);
    const bool has = m_project->indicator(kPoints) != nullptr;
    if (had != has) // the points map comes into the indicator list, or leaves it
        m_indicators->setProject(m_project, germanUi());
    if (!has && m_window->mapPanesShown())
        m_window->showSingleMap();
    if (!has && m_window->currentIndicator() == kPoints)
        m_window->setIndicator(m_project->defaultIndicator());
    else if (m_window->mapPanesShown() || m_window->currentIndicator() == kPoints)
        m_window->refreshMap(false);
}

bool PrioritiesController::showBesideMap(QString *errorMessage)
{
    if (!m_project)
        return false;
    const QStringList periods = m_project->periods(kPoints);
    if (periods.isEmpty()) {
        const QString why = tr("No points given yet: select an area and press P (or \"+1 "
                               "point\" in the Priorities panel).");
        if (errorMessage)
            *errorMessage = why;
        m_window->statusBar()->showMessage(why, 8000);
        m_dock->show();
        m_dock->raise();
        return false;
    }
    QString data = m_window->currentIndicator();
    QString period = m_window->currentPeriod();
    if (data == kPoints || data.isEmpty()) {
        data = m_project->defaultIndicator();
        period = m_project->periodFor(data, period);
    }
    QString error;
    const bool shown = m_window->showMapPanes(
        {data + QLatin1Char('@') + period, kPoints + QLatin1Char('@') + periods.last()}, &error);
    if (!shown) {
        if (errorMessage)
            *errorMessage = error;
        QMessageBox::warning(m_window, tr("Priorities"), error);
    }
    return shown;
}

void PrioritiesController::updateState()
{
    m_panel->setVoters(m_tally.voters(), m_voter);
    const int perVoter = m_tally.pointsPerVoter();
    const int left = m_voter.isEmpty() ? 0 : m_tally.remaining(m_voter);
    const QString budget = !m_project ? QString()
        : m_voter.isEmpty()
        ? tr("Who gives the points? Type a name above.")
        : tr("%1: %2 of %3 points left").arg(m_voter).arg(std::max(0, left)).arg(perVoter);
    const int index = selectedArea();
    QString area = tr("Select an area on the map to give it a point.");
    int given = 0;
    if (index >= 0) {
        const AreaInfo &a = m_project->areas()[std::size_t(index)];
        given = m_voter.isEmpty() ? 0 : m_tally.given(m_voter, a.key);
        const int all = m_tally.pointsByArea().value(a.key);
        area = tr("%1: %2 from %3, %4 in all")
                   .arg(a.name)
                   .arg(given)
                   .arg(m_voter.isEmpty() ? tr("this voter") : m_voter)
                   .arg(all);
    }
    m_panel->showState(budget, area, index >= 0 && !m_voter.isEmpty() && left > 0, given > 0);
    if (const int row =
            index >= 0 ? m_model->rowOf(m_project->areas()[std::size_t(index)].key) : -1;
        row >= 0)
        m_panel->table()->selectRow(row);
    else
        m_panel->table()->clearSelection();
}

} // namespace qw
