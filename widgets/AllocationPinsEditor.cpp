#include "AllocationPinsEditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace qw {

namespace {
constexpr double kMaxAmount = 1e12;
}

AllocationPinsEditor::AllocationPinsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add fixed amount"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Area"), tr("Fixed amount")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMaximumHeight(110);
    m_add->setToolTip(tr("An area given a fixed amount outside the key, e.g. a school with a "
                         "contract of its own"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &AllocationPinsEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        updateButtons();
        Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &AllocationPinsEditor::updateButtons);
    updateButtons();
}

void AllocationPinsEditor::setAreas(const std::vector<QString> &keys,
                                    const std::vector<QString> &names)
{
    const std::vector<AllocationPin> kept = pins();
    m_keys = keys;
    m_names = names;
    const QSignalBlocker block(this);
    m_table->setRowCount(0);
    for (const AllocationPin &p : kept)
        addRowFor(std::find(m_keys.begin(), m_keys.end(), p.areaKey) != m_keys.end() ? p.areaKey
                                                                                     : QString(),
                  p.amount);
    updateButtons();
}

void AllocationPinsEditor::setUnit(const QString &suffix, int decimals)
{
    m_suffix = suffix;
    m_decimals = decimals;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(r, 1))) {
            const QSignalBlocker block(spin);
            spin->setSuffix(suffix);
            spin->setDecimals(decimals);
        }
}

void AllocationPinsEditor::setPins(const std::vector<AllocationPin> &pins)
{
    {
        const QSignalBlocker block(this);
        m_table->setRowCount(0);
        for (const AllocationPin &p : pins)
            addRowFor(p.areaKey, p.amount);
    }
    updateButtons();
    Q_EMIT changed();
}

std::vector<AllocationPin> AllocationPinsEditor::pins() const
{
    std::vector<AllocationPin> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto *area = qobject_cast<QComboBox *>(m_table->cellWidget(r, 0));
        const auto *amount = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(r, 1));
        if (area && amount)
            out.push_back({area->currentData().toString(), amount->value()});
    }
    return out;
}

int AllocationPinsEditor::rowCount() const
{
    return m_table->rowCount();
}

void AllocationPinsEditor::addRow()
{
    QSet<QString> taken;
    for (const AllocationPin &p : pins())
        taken.insert(p.areaKey);
    for (const QString &key : m_keys)
        if (!taken.contains(key)) {
            addRowFor(key, 0);
            m_table->setCurrentCell(m_table->rowCount() - 1, 0);
            updateButtons();
            Q_EMIT changed();
            return;
        }
}

void AllocationPinsEditor::addRowFor(const QString &key, double amount)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *area = new QComboBox(m_table);
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        area->addItem(QStringLiteral("%1 (%2)").arg(m_names[i], m_keys[i]), m_keys[i]);
    if (const int i = area->findData(key); i >= 0)
        area->setCurrentIndex(i);
    auto *spin = new QDoubleSpinBox(m_table);
    spin->setRange(0, kMaxAmount);
    spin->setDecimals(m_decimals);
    spin->setSuffix(m_suffix);
    spin->setGroupSeparatorShown(true);
    spin->setValue(amount);
    m_table->setCellWidget(row, 0, area);
    m_table->setCellWidget(row, 1, spin);
    connect(area, &QComboBox::currentIndexChanged, this, &AllocationPinsEditor::changed);
    connect(spin, &QDoubleSpinBox::valueChanged, this, &AllocationPinsEditor::changed);
}

void AllocationPinsEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
    m_add->setEnabled(std::size_t(m_table->rowCount()) < m_keys.size());
}

} // namespace qw
