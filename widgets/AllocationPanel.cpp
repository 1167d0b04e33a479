#include "AllocationPanel.h"

#include "AllocationMap.h"
#include "AllocationMapView.h"
#include "AllocationTableModel.h"
#include "AllocationTableView.h"
#include "AreaTableModel.h"
#include "HelpSection.h"
#include "ReportDocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace qw {

AllocationPanel::AllocationPanel(AreaTableModel *areas, QItemSelectionModel *selection,
                                 QWidget *parent)
    : QWidget(parent)
    , m_areas(areas)
    , m_selection(selection)
    , m_model(new AllocationTableModel(this))
    , m_map(new AllocationMapView(this))
    , m_title(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_saved(new QComboBox(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_change(new QPushButton(tr("Chan&ge…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_save(new QPushButton(tr("&Save as…"), this))
    , m_notice(new QLabel(this))
{
    HelpSection::set(this, HelpSection::Allocation);
    m_table = new AllocationTableView(m_model, this);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAccessibleName(tr("Allocation"));
    m_title->setWordWrap(true);
    m_totals->setWordWrap(true);
    m_saved->setMinimumContentsLength(18);
    m_saved->setAccessibleName(tr("Saved allocations"));
    m_change->setToolTip(tr("Opens the settings of the shown allocation (Analysis > Allocate a "
                            "budget)"));
    m_export->setToolTip(tr("PDF with the rule in words, the map and the table; Excel; CSV"));
    m_delete->setToolTip(tr("Deletes the chosen saved allocation (Edit > Undo brings it back)"));

    // The buttons above the table, in two rows: docked at the foot of a 768-pixel screen the
    // panel is short, and a row below the table was the first thing cut off.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_change);
    actions->addWidget(m_export);
    actions->addWidget(m_save);
    actions->addStretch();
    auto *saved = new QHBoxLayout;
    saved->addWidget(new QLabel(tr("Saved:"), this));
    saved->addWidget(m_saved, 1);
    saved->addWidget(m_open);
    saved->addWidget(m_delete);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #b2182b"));
    m_notice->hide();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_map);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addLayout(actions);
    layout->addLayout(saved);
    layout->addWidget(m_notice);
    layout->addWidget(m_totals);
    layout->addWidget(split, 1);

    connect(m_open, &QPushButton::clicked, this,
            [this] { Q_EMIT openRequested(m_saved->currentText()); });
    connect(m_delete, &QPushButton::clicked, this,
            [this] { Q_EMIT deleteRequested(m_saved->currentText()); });
    connect(m_change, &QPushButton::clicked, this, &AllocationPanel::changeRequested);
    connect(m_export, &QPushButton::clicked, this, &AllocationPanel::exportRequested);
    connect(m_save, &QPushButton::clicked, this, &AllocationPanel::saveRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AllocationPanel::shareTableSelection);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this,
            &AllocationPanel::followSharedSelection);
    connect(m_selection, &QItemSelectionModel::modelChanged, this,
            &AllocationPanel::followSharedSelection);
    connect(m_map, &AllocationMapView::rowClicked, this, &AllocationPanel::selectOnMap);
    clear();
}

std::shared_ptr<const Allocation> AllocationPanel::allocation() const
{
    return m_model->allocation();
}

void AllocationPanel::setAllocation(std::shared_ptr<const Allocation> allocation,
                                    const std::shared_ptr<const Project> &project,
                                    const QString &savedName)
{
    const QLocale locale;
    m_savedName = savedName;
    setNotice({}); // the caller tells, after, what is wrong with this one
    m_map->setMap(allocation && project ? std::make_shared<const AllocationMap>(
                      project, *allocation, locale, ReportDocument::font(8))
                                        : nullptr);
    m_model->setAllocation(std::move(allocation), locale);
    m_totals->setText(m_model->allocation()
                          ? AllocationTableView::summary(*m_model->allocation(), locale)
                          : QString());
    m_totals->setVisible(m_model->allocation() != nullptr);
    updateTitle();
    followSharedSelection();
    updateButtons();
}

void AllocationPanel::clear()
{
    setAllocation(nullptr, nullptr, QString());
}

void AllocationPanel::setSavedNames(const QStringList &names)
{
    const QString current = m_saved->currentText();
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    m_saved->addItems(names);
    const QString keep = names.contains(m_savedName) ? m_savedName : current;
    if (const int i = m_saved->findText(keep); i >= 0)
        m_saved->setCurrentIndex(i);
    // A deleted allocation stays on screen, but no longer as saved.
    if (!m_savedName.isEmpty() && !names.contains(m_savedName)) {
        m_savedName.clear();
        updateTitle();
    }
    updateButtons();
}

QStringList AllocationPanel::savedNames() const
{
    QStringList names;
    for (int i = 0; i < m_saved->count(); ++i)
        names << m_saved->itemText(i);
    return names;
}

void AllocationPanel::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString AllocationPanel::notice() const
{
    return m_notice->text();
}

void AllocationPanel::updateTitle()
{
    const auto a = m_model->allocation();
    if (!a) {
        m_title->setText(tr("No allocation shown. Analysis > Allocate a budget… computes one; a "
                            "saved one opens from the list below."));
        return;
    }
    const QString what = tr("%1, %2 · %3").arg(a->indicatorName, a->rule.period, a->levelName);
    m_title->setText(
        m_savedName.isEmpty()
            ? tr("<b>Allocation by %1</b> (not saved)").arg(what.toHtmlEscaped())
            : tr("<b>%1</b> – by %2").arg(m_savedName.toHtmlEscaped(), what.toHtmlEscaped()));
}

void AllocationPanel::updateButtons()
{
    const bool shown = m_model->allocation() != nullptr;
    m_change->setEnabled(shown);
    m_export->setEnabled(shown);
    m_save->setEnabled(shown);
    m_open->setEnabled(m_saved->count() > 0);
    m_delete->setEnabled(m_saved->count() > 0);
    m_saved->setEnabled(m_saved->count() > 0);
}

void AllocationPanel::followSharedSelection()
{
    if (m_syncing)
        return;
    QSet<QString> keys;
    for (const QModelIndex &row : m_selection->selectedRows())
        keys.insert(row.data(AreaTableModel::AreaKeyRole).toString());
    QItemSelection rows;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (keys.contains(
                m_model->index(r, 0).data(AllocationTableModel::AreaKeyRole).toString())) {
            const QModelIndex i = m_table->proxy()->mapFromSource(m_model->index(r, 0));
            rows.select(i, i);
        }
    m_syncing = true;
    m_table->selectionModel()->select(
        rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!rows.isEmpty())
        m_table->scrollTo(rows.indexes().last());
    m_syncing = false;
    updateMapSelection();
}

void AllocationPanel::shareTableSelection()
{
    if (m_syncing)
        return;
    QStringList keys;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        keys << row.data(AllocationTableModel::AreaKeyRole).toString();
    m_syncing = true;
    m_selection->select(m_areas->rowsOf(keys),
                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncing = false;
    updateMapSelection();
}

void AllocationPanel::selectOnMap(int row, bool add)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QString key = m_model->index(row, 0).data(AllocationTableModel::AreaKeyRole).toString();
    // Through the shared selection: the main map, the area list and this table follow it.
    m_selection->select(m_areas->rowsOf({key}),
                        (add ? QItemSelectionModel::Toggle : QItemSelectionModel::ClearAndSelect)
                            | QItemSelectionModel::Rows);
}

void AllocationPanel::updateMapSelection()
{
    std::vector<bool> selected(std::size_t(m_model->rowCount()), false);
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        selected[std::size_t(m_table->proxy()->mapToSource(row).row())] = true;
    m_map->setSelected(std::move(selected));
}

} // namespace qw
