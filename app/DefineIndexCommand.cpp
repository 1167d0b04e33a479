#include "DefineIndexCommand.h"

#include "BackgroundTask.h"
#include "ImportController.h"
#include "IndexIndicators.h"
#include "ProjectStore.h"
#include "ProjectTypes.h"
#include "StoreError.h"
#include "UiLanguage.h"

namespace qw {

namespace {

// The index's name in the window's language, for the status bar and Edit > Undo.
QString shownName(const DefineIndexCommand::Definition &d)
{
    return germanUi() || d.nameEn.isEmpty() ? d.nameDe : d.nameEn;
}

} // namespace

DefineIndexCommand::DefineIndexCommand(ImportController *reloader, Definition definition,
                                       std::optional<Definition> previous)
    : m_reloader(reloader), m_definition(std::move(definition)), m_previous(std::move(previous))
{
    setText((m_previous ? tr("Change index %1") : tr("New index %1")).arg(shownName(m_definition)));
}

bool DefineIndexCommand::define(const Definition *definition, const QString &label)
{
    m_error.clear();
    const QString path = m_reloader->projectPath();
    const QString key = m_definition.key;
    bool ok = false;
    QString message;
    const bool ran = BackgroundTask::run(
        m_reloader->window(), label,
        [&](const std::function<bool(double)> &progress) {
            progress(0);
            auto store = ProjectStore::open(path);
            IndexIndicators indices(*store);
            // Removing first and defining then are two transactions; when the definition
            // fails the old one is put back below, so nothing is lost.
            if (findIndicator(store->indicators(), key) && !indices.remove(key, &message))
                return;
            progress(0.3);
            if (!definition) {
                ok = true;
                return;
            }
            ok = indices
                     .define(key, definition->nameDe, definition->nameEn, definition->recipe,
                             &message)
                     .has_value();
            progress(1);
        },
        &message);
    if (!ran || !ok) {
        m_error = message.isEmpty() ? tr("The index was not computed.") : message;
        return false;
    }
    return true;
}

void DefineIndexCommand::redo()
{
    if (!define(&m_definition, tr("Computing the index %1 …").arg(shownName(m_definition)))) {
        setObsolete(true);
        if (m_previous) // put back what was there
            define(&*m_previous, tr("Computing the index %1 …").arg(shownName(*m_previous)));
        m_reloader->reload(
            tr("The index %1 was not computed: %2").arg(shownName(m_definition), m_error));
        return;
    }
    m_reloader->reload(tr("The index %1 was computed.").arg(shownName(m_definition)));
}

void DefineIndexCommand::undo()
{
    const Definition *back = m_previous ? &*m_previous : nullptr;
    if (!define(back, tr("Removing the index %1 …").arg(shownName(m_definition)))) {
        setObsolete(true);
        m_reloader->reload(
            tr("The index %1 was not removed: %2").arg(shownName(m_definition), m_error));
        return;
    }
    m_reloader->reload(m_previous ? tr("The index %1 was put back.").arg(shownName(*m_previous))
                                  : tr("The index %1 was removed.").arg(shownName(m_definition)));
}

} // namespace qw
