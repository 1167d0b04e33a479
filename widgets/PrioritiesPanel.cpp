#include "PrioritiesPanel.h"

#include "HelpSection.h"
#include "PriorityRankingModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace qw {

PrioritiesPanel::PrioritiesPanel(PriorityRankingModel *ranking, QWidget *parent)
    : QWidget(parent)
    , m_ranking(ranking)
    , m_voter(new QComboBox(this))
    , m_perVoter(new QSpinBox(this))
    , m_budget(new QLabel(this))
    , m_area(new QLabel(this))
    , m_give(new QPushButton(tr("+1 point"), this))
    , m_take(new QPushButton(tr("−1"), this))
    , m_table(new QTableView(this))
    , m_beside(new QPushButton(tr("Priorities beside the map"), this))
{
    setObjectName(QStringLiteral("prioritiesPanel"));
    HelpSection::set(this, HelpSection::Notes);
    m_voter->setEditable(true);
    m_voter->setInsertPolicy(QComboBox::NoInsert);
    m_voter->setToolTip(tr("Who gives the points: a participant or a workshop table"));
    m_voter->lineEdit()->setPlaceholderText(tr("e.g. Tisch 1"));
    m_perVoter->setRange(1, 99);
    m_perVoter->setToolTip(tr("How many points each participant or table has"));
    m_budget->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_area->setWordWrap(true);
    m_give->setToolTip(tr("Give the selected area a point of this voter (P)"));
    m_take->setToolTip(tr("Take back a point this voter gave the selected area (Shift+P)"));
    m_beside->setToolTip(tr("Two linked maps: the indicator shown and the points of the workshop"));

    m_table->setModel(ranking);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PriorityRankingModel::AreaColumn,
                                                      QHeaderView::Stretch);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Voter:"), m_voter);
    form->addRow(tr("Points each:"), m_perVoter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_give, 1);
    buttons->addWidget(m_take);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_budget);
    layout->addWidget(m_area);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_beside);

    connect(m_voter, &QComboBox::currentTextChanged, this,
            [this](const QString &text) { Q_EMIT voterChosen(text.trimmed()); });
    connect(m_perVoter, &QSpinBox::valueChanged, this, &PrioritiesPanel::pointsPerVoterChosen);
    connect(m_give, &QPushButton::clicked, this, &PrioritiesPanel::giveRequested);
    connect(m_take, &QPushButton::clicked, this, &PrioritiesPanel::takeRequested);
    connect(m_beside, &QPushButton::clicked, this, &PrioritiesPanel::besideMapRequested);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT areaChosen(index.data(PriorityRankingModel::AreaKeyRole).toString());
    });
}

QString PrioritiesPanel::voter() const
{
    return m_voter->currentText().trimmed();
}

void PrioritiesPanel::setVoters(const QStringList &voters, const QString &current)
{
    // Called on every change of the state, also while the planner types a name: the list
    // is refilled only when the voters changed, and the text only when it is another, so
    // the cursor stays where the planner types.
    const QSignalBlocker block(m_voter);
    QStringList shown;
    for (int i = 0; i < m_voter->count(); ++i)
        shown << m_voter->itemText(i);
    if (shown != voters) {
        const QString typed = m_voter->currentText();
        m_voter->clear();
        m_voter->addItems(voters);
        m_voter->setCurrentText(typed);
    }
    if (m_voter->currentText().trimmed() != current)
        m_voter->setCurrentText(current);
}

void PrioritiesPanel::setPointsPerVoter(int points)
{
    const QSignalBlocker block(m_perVoter);
    m_perVoter->setValue(points);
}

void PrioritiesPanel::showState(const QString &budget, const QString &area, bool canGive,
                                bool canTake)
{
    m_budget->setText(budget);
    m_area->setText(area);
    m_give->setEnabled(canGive);
    m_take->setEnabled(canTake);
    m_beside->setEnabled(m_ranking->rowCount() > 0);
}

} // namespace qw
