#include "ImportCataloguePage.h"

#include "BackgroundTask.h"
#include "ChoiceDelegate.h"
#include "ImportWizard.h"
#include "IndicatorCatalogueModel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace qw {

ImportCataloguePage::ImportCataloguePage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("New indicators"));
    setSubTitle(tr("Each new indicator gets a catalogue entry. Polarity decides the colours: "
                   "darker and redder always means worse. Values below the minimum case count "
                   "are suppressed on maps and in exports."));
    setFinalPage(true);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_model = new IndicatorCatalogueModel(this);
    m_view = new QTableView;
    m_view->setModel(m_model);
    QList<ChoiceDelegate::Choice> kinds, polarities;
    for (auto k : {IndicatorKind::Count, IndicatorKind::Share, IndicatorKind::Rate,
                   IndicatorKind::Mean, IndicatorKind::Index})
        kinds.append({toCode(k), IndicatorCatalogueModel::kindName(k)});
    for (auto p : {Polarity::HigherIsWorse, Polarity::HigherIsBetter, Polarity::Neutral})
        polarities.append({toCode(p), IndicatorCatalogueModel::polarityName(p)});
    m_view->setItemDelegateForColumn(IndicatorCatalogueModel::Kind,
                                     new ChoiceDelegate(kinds, this));
    m_view->setItemDelegateForColumn(IndicatorCatalogueModel::Polarity,
                                     new ChoiceDelegate(polarities, this));
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
}

void ImportCataloguePage::initializePage()
{
    const ImportPlan &plan = m_session->plan;
    m_model->setIndicators(plan.indicators);
    int existing = 0;
    for (const auto &p : plan.indicators)
        existing += !p.isNew;
    // The button as this language labels it ("Abschließen" under German, "Finish" or
    // "Done" elsewhere), without its mnemonic.
    QString finish = wizard() ? wizard()->buttonText(QWizard::FinishButton) : QString();
    finish.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    m_summary->setText(tr("%1 new indicator(s); %2 existing indicator(s) get new values. "
                          "\"%4\" writes %3 values in one step; it can be undone with "
                          "File > Undo last import.")
                           .arg(m_model->rowCount())
                           .arg(existing)
                           .arg(plan.values.size())
                           .arg(finish));
    m_view->resizeColumnsToContents();
}

bool ImportCataloguePage::validatePage()
{
    // The edited entries go into the plan and are remembered with the source.
    const auto catalogue = m_model->catalogue();
    ImportPlan &plan = m_session->plan;
    for (PlannedIndicator &p : plan.indicators)
        if (p.isNew && catalogue.contains(p.label))
            p.indicator = catalogue.value(p.label);
    plan.spec = m_session->spec;
    plan.spec.catalogue = catalogue;
    qint64 id = 0;
    QString error;
    const bool done = BackgroundTask::run(
        this, tr("Writing the import into %1…").arg(QFileInfo(m_session->projectPath).fileName()),
        [&](const std::function<bool(double)> &progress) { id = m_session->commit(progress); },
        &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Import"), tr("Nothing was imported: %1").arg(error));
        return false;
    }
    if (!done || id == 0)
        return false;
    return true;
}

} // namespace qw
