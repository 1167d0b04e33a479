#include "IndexController.h"

#include "DefineIndexCommand.h"
#include "IndexBuilderDialog.h"
#include "IndexContributionsPanel.h"
#include "IndexRecipe.h"
#include "MainWindow.h"
#include "Project.h"
#include "UiLanguage.h"
#include "UndoController.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace qw {

namespace {

// The index the shown indicator belongs to (itself or one of its parts), or empty.
QString indexOf(const Project &project, const QString &shown)
{
    const Indicator *i = project.indicator(shown);
    if (!i)
        return {};
    if (IndexRecipe::isIndex(i->recipe))
        return i->key;
    if (const auto part = IndexParts::parse(i->recipe))
        return part->first;
    return {};
}

} // namespace

IndexController::IndexController(MainWindow *window, QMenu *menu, ImportController *reloader,
                                 UndoController *undo, IndexContributionsPanel *contributions)
    : QObject(window), m_window(window), m_reloader(reloader), m_undo(undo)
{
    contributions->setSource([window] {
        return IndexContributionsPanel::Shown {window->project(), window->currentIndicator(),
                                               window->currentPeriod()};
    });
    m_build = menu->addAction(tr("Build a &needs index…"), this, &IndexController::buildIndex);
    m_build->setStatusTip(tr("A composite index (Sozialindex) of several indicators: "
                             "standardised, weighted, in classes, kept up to date"));
    m_edit = menu->addAction(tr("Edi&t the needs index…"), this, &IndexController::editIndex);
    m_edit->setStatusTip(tr("Change the recipe of the index shown on the map"));
}

void IndexController::buildIndex()
{
    run(QString());
}

void IndexController::editIndex()
{
    const auto project = m_window->project();
    if (!project)
        return;
    const QString key = indexOf(*project, m_window->currentIndicator());
    if (key.isEmpty()) {
        QMessageBox::information(m_window, tr("Edit the needs index"),
                                 tr("Show a composite index or one of its classes on the map "
                                    "first."));
        return;
    }
    run(key);
}

void IndexController::run(const QString &editKey)
{
    const auto project = m_window->project();
    if (!project)
        return;
    IndexBuilderDialog dialog(project, germanUi(), m_window);
    std::optional<DefineIndexCommand::Definition> previous;
    if (!editKey.isEmpty()) {
        const Indicator *index = project->indicator(editKey);
        QString error;
        const auto recipe = index ? IndexRecipe::parse(index->recipe, &error) : std::nullopt;
        if (!recipe) {
            QMessageBox::warning(m_window, tr("Edit the needs index"), error);
            return;
        }
        previous = DefineIndexCommand::Definition {editKey, index->nameDe, index->nameEn, *recipe};
        dialog.setKey(editKey, index->nameDe, index->nameEn, true);
        dialog.setRecipe(*recipe);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString key = dialog.key();
    auto *command = new DefineIndexCommand(
        m_reloader, {key, dialog.nameDe(), dialog.nameEn(), dialog.recipe()}, previous);
    m_undo->push(command); // runs it; a failed one is obsolete and dropped
    const QString classes = IndexParts::key(key, IndexPart::Class);
    if (m_window->project() && m_window->project()->indicator(classes)) {
        m_window->setIndicator(classes);
        return;
    }
    QMessageBox::warning(m_window, tr("Build a needs index"), tr("The index was not created."));
}

} // namespace qw
