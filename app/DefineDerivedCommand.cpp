#include "DefineDerivedCommand.h"

#include "DerivedIndicators.h"
#include "ImportController.h"
#include "ProjectStore.h"
#include "StoreError.h"
#include "UiLanguage.h"

namespace qw {

DefineDerivedCommand::DefineDerivedCommand(ImportController *reloader, const QString &key,
                                           const QString &nameDe, const QString &nameEn,
                                           const Recipe &recipe)
    : m_reloader(reloader), m_key(key), m_nameDe(nameDe), m_nameEn(nameEn), m_recipe(recipe)
{
    setText(tr("New derived indicator %1").arg(shownName()));
}

void DefineDerivedCommand::redo()
{
    m_error.clear();
    try {
        auto store = ProjectStore::open(m_reloader->projectPath());
        m_written = DerivedIndicators(*store).define(m_key, m_nameDe, m_nameEn, m_recipe, &m_error);
    } catch (const StoreError &e) {
        m_error = e.message();
        m_written = -1;
    }
    if (m_written < 0) {
        setObsolete(true);
        return;
    }
    m_reloader->reload(tr("%1: %n value(s) computed.", nullptr, m_written).arg(shownName()));
}

QString DefineDerivedCommand::shownName() const
{
    // The name in the window's language: the English window says "Change in child poverty".
    return germanUi() || m_nameEn.isEmpty() ? m_nameDe : m_nameEn;
}

void DefineDerivedCommand::undo()
{
    m_error.clear();
    bool removed = false;
    try {
        auto store = ProjectStore::open(m_reloader->projectPath());
        removed = DerivedIndicators(*store).remove(m_key, &m_error);
    } catch (const StoreError &e) {
        m_error = e.message();
    }
    if (!removed) {
        setObsolete(true);
        m_reloader->reload(
            tr("The derived indicator %1 was not removed: %2").arg(shownName(), m_error));
        return;
    }
    m_reloader->reload(tr("The derived indicator %1 was removed.").arg(shownName()));
}

} // namespace qw
