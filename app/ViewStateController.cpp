#include "ViewStateController.h"

#include "AreaTableModel.h"
#include "ChoroplethRenderer.h"
#include "ComparisonController.h"
#include "IndicatorPanel.h"
#include "MapPanesController.h"
#include "MapViewControls.h"
#include "MapWidget.h"
#include "Project.h"
#include "UiLanguage.h"

#include <QTableView>

namespace qw {

namespace {

// Whether two views give the same map (SavedView leaves out the classification settings
// that the toolbar fills in and a view of the archive does not keep).
bool sameView(const ProjectMap::View &a, const ProjectMap::View &b)
{
    const ChoroplethRenderer::Settings &x = a.classification, &y = b.classification;
    return ProjectMap::toSaved(a) == ProjectMap::toSaved(b) && x.breaks == y.breaks
        && x.centre == y.centre && x.breakAtZero == y.breakAtZero
        && x.missingLabel == y.missingLabel && a.overlay == b.overlay && a.labels == b.labels
        && a.facilityKinds == b.facilityKinds;
}

} // namespace

ViewStateController::ViewStateController(QObject *parent, const Widgets &widgets)
    : QObject(parent), m_w(widgets)
{ }

void ViewStateController::setProject(std::shared_ptr<Project> project)
{
    m_project = std::move(project);
    m_indicator.clear();
    m_period.clear();
    m_title.clear();
    m_projectMap.reset();
    m_aheadView.reset();
    m_aheadSnapshot = {};
    m_level.clear();
    if (!m_project) {
        m_w.areas->setAreas(nullptr, {});
        m_w.map->setSnapshot({}, true);
        return;
    }
    m_w.controls->setProject(m_project, germanUi());
    showLevel(m_project->finestLevel());
    if (const QString first = m_project->defaultIndicator(); !first.isEmpty())
        selectIndicator(first);
    refreshMap(true);
}

void ViewStateController::showLevel(const QString &key)
{
    m_level = key;
    m_aheadView.reset(); // its snapshot is of the last level's areas
    m_aheadSnapshot = {};
    m_projectMap = std::make_unique<ProjectMap>(m_project, m_level);
    m_w.areas->setAreas(m_project, m_level);
    m_w.areaTable->sortByColumn(AreaTableModel::KeyColumn, Qt::AscendingOrder);
    m_w.controls->setLevels(m_project, m_level);
}

bool ViewStateController::setIndicator(const QString &key, QString *errorMessage)
{
    if (!m_project || !m_project->indicator(key)) {
        if (errorMessage)
            *errorMessage = tr("Unknown indicator \"%1\".").arg(key);
        return false;
    }
    if (key != m_indicator && m_w.controls->leaveManualBreaks())
        Q_EMIT notice(tr("Manual class breaks belong to the previous indicator."));
    selectIndicator(key);
    refreshMap(false);
    return true;
}

void ViewStateController::selectIndicator(const QString &key)
{
    if (key != m_indicator)
        m_title.clear(); // a title written for one indicator does not fit another
    m_indicator = key;
    // Keep the period when the new indicator has it, else take its latest.
    m_period = m_project->periodFor(key, m_period);
    m_w.controls->setPeriods(m_project->periods(key), m_period);
    const Indicator *shown = m_project->indicator(key);
    m_w.controls->showCodes(shown && shown->isCategorical());
    m_w.indicators->setCurrentIndicator(key);
}

bool ViewStateController::setPeriod(const QString &period, QString *errorMessage)
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
    m_w.controls->setPeriods(m_project->periods(m_indicator), period);
    refreshMap(false);
    return true;
}

bool ViewStateController::setLevel(const QString &level, QString *errorMessage)
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
    showLevel(key);
    refreshMap(true);
    Q_EMIT levelChanged(); // the area count in the status bar is the level's
    return true;
}

void ViewStateController::refreshMap(bool resetView)
{
    if (!m_project || !m_projectMap)
        return;
    m_w.comparison->followPeriod(m_project, m_period);
    const ProjectMap::View view = currentView();
    const bool ahead = m_aheadView && sameView(*m_aheadView, view);
    const MapSnapshot snapshot = ahead ? m_aheadSnapshot : m_projectMap->snapshot(view, QLocale());
    m_aheadView.reset();
    m_aheadSnapshot = {};
    if (snapshot.choropleth)
        m_w.areas->setValues(snapshot.choropleth->indicator(),
                             m_project->values(m_indicator, m_period));
    // The hidden single map is not drawn while the panes show; it catches up when it
    // comes back (MapPanesController::showSingle).
    if (m_w.panes->shown())
        m_w.panes->refresh();
    else
        m_w.map->setSnapshot(snapshot, resetView);
    Q_EMIT mapRefreshed();
}

void ViewStateController::renderAhead(const QString &period)
{
    m_aheadView.reset();
    m_aheadSnapshot = {};
    // The panes draw their own maps; a film plays on the single map.
    if (!m_project || !m_projectMap || period.isEmpty() || m_w.panes->shown())
        return;
    ProjectMap::View view = currentView();
    view.period = period;
    m_aheadSnapshot = m_projectMap->snapshot(view, QLocale());
    m_aheadView = view;
    m_w.map->renderAhead(m_aheadSnapshot);
}

bool ViewStateController::applyView(const ProjectMap::View &requested, QString *errorMessage)
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
    m_w.controls->apply(view);
    if (!view.indicator.isEmpty())
        selectIndicator(view.indicator);
    m_title = view.title;
    if (!view.period.isEmpty()) {
        m_period = view.period;
        m_w.controls->setPeriods(m_project->periods(m_indicator), m_period);
    }
    refreshMap(false);
    return true;
}

void ViewStateController::setTitle(const QString &title)
{
    const Indicator *ind = m_project ? m_project->indicator(m_indicator) : nullptr;
    m_title = ind && title == ind->name(germanUi()) ? QString() : title.trimmed();
    refreshMap(false);
}

ProjectMap::View ViewStateController::currentView() const
{
    ProjectMap::View view;
    view.indicator = m_indicator;
    view.period = m_period;
    view.title = m_title;
    m_w.controls->fill(view);
    return view;
}

} // namespace qw
