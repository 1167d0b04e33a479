#include "ImportUndoCommand.h"

#include "ImportController.h"
#include "ImportLog.h"
#include "ProjectStore.h"
#include "StoreError.h"

#include <QLocale>
#include <QMessageBox>

namespace qw {

ImportUndoCommand::ImportUndoCommand(ImportController *imports, qint64 importId,
                                     const QString &fileName, Recommit recommit,
                                     const QDateTime &time)
    : QUndoCommand(tr("Import of %1").arg(fileName))
    , m_imports(imports)
    , m_id(importId)
    , m_fileName(fileName)
    , m_recommit(std::move(recommit))
    , m_time(time)
{
}

QString ImportUndoCommand::oneWayQuestion() const
{
    if (m_recommit)
        return {};
    return tr("Undo the import of %1 (%2)? It was made before the project was opened, so "
              "Redo cannot bring it back; import the file again for that.")
        .arg(m_fileName, QLocale().toString(m_time.toLocalTime(), QLocale::ShortFormat));
}

void ImportUndoCommand::undo()
{
    QString message;
    try {
        auto store = ProjectStore::open(m_imports->projectPath());
        ImportLog log(*store);
        const auto last = log.lastImport();
        if (!last || last->id != m_id) {
            // Another program (or the command line) imported since: undoing this one would
            // take back the wrong data.
            QMessageBox::warning(m_imports->window(), tr("Undo"),
                                 tr("The import of %1 is no longer the newest import of the "
                                    "project; it is left as it is.")
                                     .arg(m_fileName));
            setObsolete(true);
            return;
        }
        log.undoLast();
        message = tr("Import of %1 undone.").arg(m_fileName);
    } catch (const StoreError &e) {
        QMessageBox::warning(m_imports->window(), tr("Undo"), e.message());
        setObsolete(true);
        return;
    }
    m_written = false;
    if (!m_recommit)
        setObsolete(true); // nothing in memory to redo it with
    m_imports->reload(message);
}

void ImportUndoCommand::redo()
{
    if (m_written)
        return; // pushed after the import was written
    try {
        auto store = ProjectStore::open(m_imports->projectPath());
        m_id = m_recommit(*store);
    } catch (const StoreError &e) {
        QMessageBox::warning(m_imports->window(), tr("Redo"), e.message());
        setObsolete(true);
        return;
    }
    m_written = true;
    m_imports->reload(tr("Import of %1 done again.").arg(m_fileName));
}

} // namespace qw
