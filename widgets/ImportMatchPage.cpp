#include "ImportMatchPage.h"

#include "ChoiceDelegate.h"
#include "ImportLog.h"
#include "ImportWizard.h"
#include "TableSource.h"
#include "UnmatchedKeyModel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace qw {

ImportMatchPage::ImportMatchPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Areas"));
    setSubTitle(tr("Keys stay text: \"05\" is not \"5\". Accept a suggestion or pick the area "
                   "for each key that matches none; the choice is remembered for this source."));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_model = new UnmatchedKeyModel(this);
    m_view = new QTableView;
    m_view->setModel(m_model);
    // "(not imported)", then every area by key and name.
    QList<ChoiceDelegate::Choice> areas {{QString(), UnmatchedKeyModel::tr("(not imported)")}};
    for (const Area &a : session->areas)
        areas.append({a.key, a.key + QLatin1Char(' ') + a.name});
    m_view->setItemDelegateForColumn(UnmatchedKeyModel::Assigned, new ChoiceDelegate(areas, this));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    auto *accept = new QPushButton(tr("&Accept all suggestions"));
    auto *again = new QPushButton(tr("&Check again"));
    connect(accept, &QPushButton::clicked, this, [this] {
        if (m_model->acceptSuggestions() > 0)
            checkAgain();
    });
    connect(again, &QPushButton::clicked, this, &ImportMatchPage::checkAgain);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(accept);
    buttons->addWidget(again);
    buttons->addStretch();
    m_report = new QPlainTextEdit;
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 2);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Report:")));
    layout->addWidget(m_report, 1);
}

void ImportMatchPage::initializePage()
{
    showPlan();
}

void ImportMatchPage::showPlan()
{
    const ImportPlan &plan = m_session->plan;
    // The same counts as the report below: rows not imported, then single cells.
    QString summary =
        tr("%1 rows read: %2 matched to areas, %3 rejected; %4 single cell(s) not imported. "
           "%5 values for %6 indicator(s). %7 of %8 areas get no value.")
            .arg(plan.rowsRead)
            .arg(plan.rowsMatched)
            .arg(plan.rowsRejected)
            .arg(plan.cellsRejected())
            .arg(plan.values.size())
            .arg(plan.indicators.size())
            .arg(plan.areasWithoutValue.size())
            .arg(plan.areasExpected(qint64(m_session->areas.size())));
    if (!plan.areasByAggregation.isEmpty())
        summary += QLatin1Char(' ')
            + tr("%n coarser area(s) get their values by summing their parts.", nullptr,
                 int(plan.areasByAggregation.size()));
    if (!plan.symbols.empty())
        summary += QLatin1Char(' ')
            + tr("%n cell(s) hold a symbol such as \"k.A.\" or \".\" instead of a number; the "
                 "report lists them with their rows.",
                 nullptr, int(plan.symbols.size()));
    m_summary->setText(summary);
    m_model->setKeys(plan.unmatched, m_session->areaNames);
    m_view->resizeColumnsToContents();
    m_report->setPlainText(ImportLog::reportText(plan, 2000));
}

bool ImportMatchPage::checkAgain()
{
    ImportSpec spec = m_session->spec;
    const auto mapping = m_model->mapping();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        spec.keyMapping.insert(it.key(), it.value());
    ImportPlan plan;
    if (!ImportWizard::analyse(this, *m_session, spec, &plan))
        return false;
    m_session->spec = spec;
    m_session->plan = std::move(plan);
    showPlan();
    return true;
}

bool ImportMatchPage::validatePage()
{
    // Assignments made since the last check are read in before going on.
    if (!m_model->mapping().isEmpty() && !checkAgain())
        return false;
    if (m_session->plan.values.empty()) {
        QMessageBox::warning(this, tr("Import"),
                             tr("No row of %1 matches an area of the project, so there is "
                                "nothing to import. Check the key column.")
                                 .arg(QFileInfo(m_session->filePath).fileName()));
        return false;
    }
    return true;
}

} // namespace qw
