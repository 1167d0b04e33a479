#include "ImportWizard.h"

#include "BackgroundTask.h"
#include "HelpSection.h"
#include "ImportCataloguePage.h"
#include "ImportMatchPage.h"
#include "ImportTablePage.h"

#include <QFileInfo>
#include <QMessageBox>

namespace qw {

ImportWizard::ImportWizard(const QString &projectPath, const QString &filePath, QWidget *parent)
    : QWizard(parent), m_session(ImportSession::open(projectPath, filePath))
{
    HelpSection::set(this, HelpSection::Import);
    setWindowTitle(tr("Import a table"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_tablePage = new ImportTablePage(&m_session);
    m_matchPage = new ImportMatchPage(&m_session);
    m_cataloguePage = new ImportCataloguePage(&m_session);
    addPage(m_tablePage);
    addPage(m_matchPage);
    addPage(m_cataloguePage);
    resize(980, 700);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::analyse(QWidget *parent, const ImportSession &session, const ImportSpec &spec,
                           ImportPlan *plan)
{
    QString error;
    const bool done = BackgroundTask::run(
        parent, tr("Reading %1…").arg(QFileInfo(session.filePath).fileName()),
        [&](const std::function<bool(double)> &progress) {
            *plan = session.analyse(spec, progress);
        },
        &error);
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Import"), error);
    return done && !plan->cancelled;
}

} // namespace qw
