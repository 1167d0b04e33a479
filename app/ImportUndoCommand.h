#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QUndoCommand>

#include <functional>

namespace qw {

class ImportController;
class ProjectStore;

// One import on the undo stack. Undo goes through the project's persisted import log
// (ImportLog::undoLast), so it works for an import of an earlier session too; it refuses
// when the import is no longer the newest one of the log. Redo writes the same data again
// through recommit (a new log entry); an import of an earlier session has no data in
// memory and cannot be redone: it leaves the stack when undone, and Undo asks first.
class ImportUndoCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(qw::ImportUndoCommand)

public:
    // Writes the import again and returns its new log id (ImportLog::commit or
    // FacilityImport::commit of the plan kept in memory).
    using Recommit = std::function<qint64(ProjectStore &store)>;

    // An import that is already written (its first redo() does nothing). recommit empty:
    // an import of an earlier session, whose undo cannot be redone.
    ImportUndoCommand(ImportController *imports, qint64 importId, const QString &fileName,
                      Recommit recommit, const QDateTime &time = {});

    qint64 importId() const { return m_id; }
    // The question Undo asks before an undo that cannot be redone; empty when it can.
    QString oneWayQuestion() const;

    void undo() override;
    void redo() override;

private:
    ImportController *m_imports;
    qint64 m_id;
    QString m_fileName;
    Recommit m_recommit;
    QDateTime m_time;
    bool m_written = true;
};

} // namespace qw
