#include "ComparisonController.h"

#include "AreaKeyLevel.h"
#include "ComparisonChartsView.h"
#include "ComparisonModel.h"
#include "ComparisonView.h"
#include "HelpSection.h"
#include "MainWindow.h"
#include "Project.h"
#include "UiLanguage.h"

#include <QDockWidget>
#include <QMessageBox>
#include <QTabWidget>

namespace qw {

ComparisonController::ComparisonController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_model(new ComparisonModel(this))
    , m_dock(new QDockWidget(tr("Comparison"), window))
{
    m_dock->setObjectName(QStringLiteral("comparisonDock"));
    // Table and charts of the same comparison, as tabs (Ctrl+PgUp/PgDown switch).
    auto *tabs = new QTabWidget(m_dock);
    tabs->setDocumentMode(true);
    auto *table = new ComparisonView(m_model, tabs);
    tabs->addTab(table, tr("&Table"));
    connect(table, &ComparisonView::profileRequested, this,
            &ComparisonController::profileRequested);
    m_charts = new ComparisonChartsView(m_model, tabs);
    tabs->addTab(m_charts, tr("Cha&rts"));
    m_dock->setWidget(tabs);
    HelpSection::set(m_dock, HelpSection::Compare);
    m_dock->hide();
}

bool ComparisonController::compare(const QStringList &keys, QString *errorMessage)
{
    const std::shared_ptr<Project> project = m_window->project();
    if (!project)
        return false;
    // The keys name their level (one level per comparison); the map switches to it.
    QString levelError;
    const QString level = AreaKeyLevel::of(*project, keys, germanUi(), &levelError);
    if (level.isEmpty() || keys.size() < 2 || keys.size() > 6) {
        if (errorMessage)
            *errorMessage = !levelError.isEmpty()
                ? levelError
                : tr("Choose 2 to 6 areas to compare (%1 chosen).").arg(keys.size());
        return false;
    }
    m_window->setLevel(level);
    m_model->setComparison(project, m_window->currentLevel(), keys, m_window->currentPeriod(),
                           germanUi(), QLocale());
    m_charts->setBarIndicator(m_window->currentIndicator());
    m_dock->show();
    m_window->selectAreas(keys);
    return true;
}

void ComparisonController::compareSelected()
{
    QString error;
    if (!compare(m_window->selectedAreaKeys(), &error))
        QMessageBox::information(m_window, tr("Compare areas"), error);
}

QStringList ComparisonController::shownAreaKeys() const
{
    return m_dock->isVisible() ? m_model->areaKeys() : QStringList();
}

void ComparisonController::followPeriod(const std::shared_ptr<Project> &project,
                                        const QString &period)
{
    if (m_dock->isVisible() && m_model->chosenPeriod() != period)
        m_model->setComparison(project, m_model->levelKey(), m_model->areaKeys(), period,
                               germanUi(), QLocale());
}

void ComparisonController::close()
{
    m_model->setComparison(nullptr, {}, {}, {}, true, QLocale());
    m_dock->hide();
}

} // namespace qw
