#pragma once

#include "ImportSession.h"

#include <QWizard>

namespace qw {

class ImportTablePage;
class ImportMatchPage;
class ImportCataloguePage;

// The import of a department table, step by step: file, format and columns with a
// preview; keys that match no area, with suggestions to accept or areas to pick; the
// catalogue entries of new indicators; then one transaction. Reading and writing run in
// the background with progress and Cancel. Nothing is written before Finish.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    // Reads the project's areas and indicators; throws StoreError when it cannot.
    ImportWizard(const QString &projectPath, const QString &filePath, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The id of the import written (0 if none).
    qint64 importId() const { return m_session.importId; }
    ImportSession &session() { return m_session; }

    // Reads the whole table with spec in the background (progress, Cancel). False when
    // cancelled or unreadable (the user was told why).
    static bool analyse(QWidget *parent, const ImportSession &session, const ImportSpec &spec,
                        ImportPlan *plan);

    ImportTablePage *tablePage() const { return m_tablePage; }
    ImportMatchPage *matchPage() const { return m_matchPage; }
    ImportCataloguePage *cataloguePage() const { return m_cataloguePage; }

private:
    ImportSession m_session;
    ImportTablePage *m_tablePage;
    ImportMatchPage *m_matchPage;
    ImportCataloguePage *m_cataloguePage;
};

} // namespace qw
