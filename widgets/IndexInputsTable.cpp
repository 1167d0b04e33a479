#include "IndexInputsTable.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>

#include <algorithm>

namespace qw {

IndexInputsTable::IndexInputsTable(std::vector<Indicator> candidates, bool german, QWidget *parent)
    : QTableWidget(int(candidates.size()), 3, parent), m_candidates(std::move(candidates))
{
    setHorizontalHeaderLabels({tr("Indicator"), tr("Direction"), tr("Weight")});
    horizontalHeader()->setSectionResizeMode(UseColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(DirectionColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    for (int r = 0; r < int(m_candidates.size()); ++r) {
        const Indicator &i = m_candidates[std::size_t(r)];
        auto *item = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(i.name(german), i.key));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, i.key);
        setItem(r, UseColumn, item);
        auto *direction = new QComboBox(this);
        direction->addItem(tr("more need"), 1);
        direction->addItem(tr("less need"), -1);
        // From the polarity. A neutral indicator gets no direction until the planner picks
        // one, as on the command line (+KEY or -KEY): the program cannot know which way
        // an indicator without a polarity points, and a guess would turn the index.
        direction->setPlaceholderText(tr("choose…"));
        direction->setCurrentIndex(i.polarity == Polarity::HigherIsBetter      ? 1
                                       : i.polarity == Polarity::HigherIsWorse ? 0
                                                                               : -1);
        setCellWidget(r, DirectionColumn, direction);
        connect(direction, &QComboBox::currentIndexChanged, this, &IndexInputsTable::emitChanged);
        auto *weight = new QDoubleSpinBox(this);
        weight->setRange(-100, 100);
        weight->setDecimals(2);
        weight->setSingleStep(0.5);
        weight->setValue(1.0); // equal weights by default
        setCellWidget(r, WeightColumn, weight);
        connect(weight, &QDoubleSpinBox::valueChanged, this, &IndexInputsTable::emitChanged);
    }
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const QString key = item->data(Qt::UserRole).toString();
        if (item->checkState() != Qt::Checked)
            m_order.removeAll(key);
        else if (!m_order.contains(key))
            m_order << key;
        emitChanged();
    });
}

void IndexInputsTable::emitChanged()
{
    if (!m_filling)
        Q_EMIT changed();
}

std::vector<IndexInput> IndexInputsTable::inputs() const
{
    std::vector<IndexInput> out;
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, UseColumn)->checkState() != Qt::Checked)
            continue;
        IndexInput in;
        in.key = item(row, UseColumn)->data(Qt::UserRole).toString();
        in.direction =
            static_cast<QComboBox *>(cellWidget(row, DirectionColumn))->currentData().toInt();
        in.weight = static_cast<QDoubleSpinBox *>(cellWidget(row, WeightColumn))->value();
        out.push_back(in);
    }
    const auto position = [this](const IndexInput &in) {
        const qsizetype i = m_order.indexOf(in.key);
        return i < 0 ? m_order.size() : i;
    };
    std::stable_sort(out.begin(), out.end(), [&](const IndexInput &a, const IndexInput &b) {
        return position(a) < position(b);
    });
    return out;
}

void IndexInputsTable::setInputs(const std::vector<IndexInput> &inputs)
{
    m_filling = true;
    m_order.clear();
    for (const IndexInput &in : inputs)
        m_order << in.key;
    int firstTicked = -1;
    for (int row = 0; row < rowCount(); ++row) {
        const QString key = item(row, UseColumn)->data(Qt::UserRole).toString();
        const auto in = std::find_if(inputs.begin(), inputs.end(),
                                     [&](const IndexInput &i) { return i.key == key; });
        item(row, UseColumn)->setCheckState(in == inputs.end() ? Qt::Unchecked : Qt::Checked);
        if (in == inputs.end())
            continue;
        auto *direction = static_cast<QComboBox *>(cellWidget(row, DirectionColumn));
        if (in->direction != 0)
            direction->setCurrentIndex(in->direction < 0 ? 1 : 0);
        static_cast<QDoubleSpinBox *>(cellWidget(row, WeightColumn))->setValue(in->weight);
        if (firstTicked < 0)
            firstTicked = row;
    }
    // The ticked rows may lie far down a long catalogue (Berlin's D1 after 18 others).
    if (firstTicked >= 0)
        scrollToItem(item(firstTicked, UseColumn), QAbstractItemView::PositionAtTop);
    m_filling = false;
}

} // namespace qw
