#include "ManualBreaksDialog.h"

#include "BreaksHistogram.h"
#include "MapSnapshot.h"
#include "UiLanguage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace qw {

ManualBreaksDialog::ManualBreaksDialog(ManualBreaksModel::Input input, QWidget *parent)
    : QDialog(parent)
    , m_model(new ManualBreaksModel(std::move(input), QLocale(), this))
    , m_histogram(new BreaksHistogram(m_model, this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add break"), this))
    , m_remove(new QPushButton(tr("&Remove break"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Manual class breaks"));
    const ManualBreaksModel::Input &in = m_model->input();
    const bool german = germanUi();
    auto *title = new QLabel(
        in.indicator.unit.isEmpty()
            ? tr("%1 · %2").arg(in.indicator.name(german), in.period)
            : tr("%1 · %2 · %3").arg(in.indicator.name(german), in.period, in.indicator.unit),
        this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *summary = new QLabel(m_model->summary(), this);
    summary->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setAccessibleName(tr("Classes and their upper breaks"));
    m_table->horizontalHeader()->setSectionResizeMode(ManualBreaksModel::ClassColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ManualBreaksModel::BreakColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ManualBreaksModel::AreasColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setCurrentIndex(m_model->index(0, ManualBreaksModel::BreakColumn));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    m_add->setToolTip(tr("Splits the selected class in the middle (Ctrl++)"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_remove->setToolTip(tr("Joins the selected class with the next one (Ctrl+-)"));
    m_remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    auto *rows = new QHBoxLayout;
    rows->addWidget(m_table, 1);
    rows->addLayout(buttons);

    auto *help = new QLabel(tr("Each class includes its upper break. Type a number in the "
                               "Upper break column (F2 or a double click edits it)."),
                            this);
    help->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addWidget(m_histogram, 1);
    layout->addLayout(rows, 1);
    layout->addWidget(help);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (m_model->addBreak(row))
            m_table->setCurrentIndex(m_model->index(row, ManualBreaksModel::BreakColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (m_model->removeBreak(row))
            m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1),
                                                    ManualBreaksModel::BreakColumn));
    });
    connect(m_model, &ManualBreaksModel::breaksChanged, this, &ManualBreaksDialog::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ManualBreaksDialog::updateState);
    updateState();
    resize(640, 600);
}

int ManualBreaksDialog::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : 0;
}

void ManualBreaksDialog::updateState()
{
    const ManualBreaksModel::Input &in = m_model->input();
    m_add->setEnabled(m_model->canAdd());
    m_remove->setEnabled(m_model->canRemove());
    m_problem->setText(m_model->problem().message);
    m_problem->setVisible(!m_model->isValid());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_model->isValid() && in.min < in.max);
}

std::optional<std::vector<double>> ManualBreaksDialog::ask(const MapSnapshot &snapshot,
                                                           QWidget *parent)
{
    if (!snapshot.choropleth) {
        QMessageBox::information(parent, tr("Manual class breaks"),
                                 tr("Choose an indicator first: the breaks divide its values."));
        return std::nullopt;
    }
    ManualBreaksDialog dialog(ManualBreaksModel::inputFrom(*snapshot.choropleth), parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.model()->isValid())
        return std::nullopt;
    return dialog.breaks();
}

} // namespace qw
