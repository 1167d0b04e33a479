#include "TimeAnalysisController.h"

#include "ChangeMapDialog.h"
#include "DefineDerivedCommand.h"
#include "MainWindow.h"
#include "PeriodChange.h"
#include "Project.h"
#include "RankHistoryDialog.h"
#include "UiLanguage.h"
#include "UndoController.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace qw {

TimeAnalysisController::TimeAnalysisController(MainWindow *window, QMenu *menu,
                                               ImportController *reloader, UndoController *undo)
    : QObject(window), m_window(window), m_reloader(reloader), m_undo(undo)
{
    m_change = menu->addAction(tr("C&hange between two periods…"), this,
                               [this] { changeMap(m_change->data().toString()); });
    m_change->setStatusTip(tr("A map of the change of an indicator from one period to another: "
                              "absolute, in % or in rank, red where things got worse"));
    m_ranks = menu->addAction(tr("Ran&ks over time…"), this,
                              [this] { ranksOverTime(m_ranks->data().toString()); });
    m_ranks->setStatusTip(tr("The 10 highest and the 10 lowest areas of an indicator across "
                             "its periods: who climbed, who fell"));
}

void TimeAnalysisController::changeMap(const QString &key)
{
    const auto project = m_window->project();
    if (!project)
        return;
    std::map<QString, QStringList> periods;
    for (const Indicator &i : project->indicators())
        periods[i.key] = project->periods(i.key);
    const QString shown = key.isEmpty() ? m_window->currentIndicator() : key;
    // From the period on the map, where the indicator has it.
    ChangeMapDialog dialog(project->indicators(), periods, shown, m_window->currentPeriod(),
                           germanUi(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const auto recipe = dialog.recipe(&error);
    const Indicator *input = project->indicator(dialog.indicatorKey());
    if (!recipe || !input) {
        QMessageBox::warning(m_window, dialog.windowTitle(), error);
        return;
    }
    const QString to = dialog.toPeriod();
    // The same change again is the one the project has: shown, nothing defined twice.
    QString target;
    if (const Indicator *existing = PeriodChange::existing(project->indicators(), *recipe)) {
        target = existing->key;
    } else {
        target = PeriodChange::freeKey(project->indicators(), *recipe);
        auto *command =
            new DefineDerivedCommand(m_reloader, target, PeriodChange::nameDe(*input, *recipe, to),
                                     PeriodChange::nameEn(*input, *recipe, to), *recipe);
        m_undo->push(command); // runs it; a failed one is obsolete and dropped
    }
    if (!m_window->project() || !m_window->project()->indicator(target)) {
        QMessageBox::warning(m_window, dialog.windowTitle(), tr("The change map was not created."));
        return;
    }
    m_window->setIndicator(target);
    m_window->setPeriod(to);
}

void TimeAnalysisController::ranksOverTime(const QString &key)
{
    const auto project = m_window->project();
    if (!project)
        return;
    auto *dialog =
        new RankHistoryDialog(project, key.isEmpty() ? m_window->currentIndicator() : key,
                              m_window->currentLevel(), germanUi(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace qw
