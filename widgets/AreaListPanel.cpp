#include "AreaListPanel.h"

#include "AreaContextMenu.h"
#include "AreaMatcher.h"
#include "AreaTableModel.h"
#include "HelpSection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace qw {

namespace {

bool isSearchEditingKey(const QKeyEvent *key)
{
    for (const auto standard :
         {QKeySequence::Undo, QKeySequence::Redo, QKeySequence::Copy, QKeySequence::Cut,
          QKeySequence::Paste, QKeySequence::SelectAll, QKeySequence::Deselect,
          QKeySequence::MoveToNextWord, QKeySequence::MoveToPreviousWord,
          QKeySequence::SelectNextWord, QKeySequence::SelectPreviousWord,
          QKeySequence::DeleteStartOfWord, QKeySequence::DeleteEndOfWord})
        if (key->matches(standard))
            return true;
    // Home/End and Backspace/Delete with Ctrl: plain editing, never a window shortcut
    switch (key->key()) {
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return true;
    default:
        return false;
    }
}

} // namespace

AreaListPanel::AreaListPanel(AreaTableModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_model(model), m_selection(selection)
{
    HelpSection::set(this, HelpSection::Compare);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find area (name or key) …"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find area"));
    m_search->setToolTip(tr("Enter selects the first match, Ctrl+Enter adds it to the selection"));
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_table = new QTableView(this);
    m_table->setModel(model);
    m_table->setSelectionModel(selection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AreaTableModel::KeyColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AreaTableModel::NameColumn,
                                                      QHeaderView::Stretch);
    // The value column as wide as a number, not as the longest words a value can have
    // ("nicht berechnet (unter 300 EW)" pushed the values out of a 320 pixel dock); those
    // are cut, and the cell's tooltip has them whole.
    m_table->horizontalHeader()->setSectionResizeMode(AreaTableModel::ValueColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(
        AreaTableModel::ValueColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("−000.000,00")) + 16);
    // No rank column for codes (an index's classes): its room goes to the names.
    const auto showRanks = [this, model] {
        m_table->setColumnHidden(AreaTableModel::RankColumn, model->rankedCount() == 0);
    };
    connect(model, &QAbstractItemModel::headerDataChanged, this, showRanks);
    connect(model, &QAbstractItemModel::modelReset, this, showRanks);
    m_table->setMinimumWidth(320);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Areas"));
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_compare = new QPushButton(this);
    m_compare->setToolTip(tr("Compare the selected areas with the city (Ctrl+K)"));
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_compare);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, this, &AreaListPanel::applyFilter);
    connect(m_compare, &QPushButton::clicked, this, &AreaListPanel::compareRequested);
    connect(m_table, &QTableView::doubleClicked, this, &AreaListPanel::zoomRequested);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->viewport()->installEventFilter(this);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        std::unique_ptr<QMenu> menu(contextMenuForRow(index.row()));
        menu->exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_selection, &QItemSelectionModel::selectionChanged, this,
            &AreaListPanel::updateCompareButton);
    // Hidden rows are positions in the view: sorting and new areas move the rows under
    // them, so filter again.
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &AreaListPanel::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AreaListPanel::applyFilter);
    applyFilter();
}

int AreaListPanel::setFilter(const QString &text)
{
    if (m_search->text() == text)
        applyFilter(); // setText() would not signal
    else
        m_search->setText(text); // filters through textChanged
    int shown = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        shown += m_table->isRowHidden(r) ? 0 : 1;
    return shown;
}

void AreaListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QMenu *AreaListPanel::contextMenuForRow(int row)
{
    using AreaContextMenu::Command;
    const int projectIndex = m_model->projectIndexOfRow(row);
    return AreaContextMenu::forArea(
        AreaContextMenu::stateOf(*m_model, *m_selection, row),
        [this, projectIndex](Command command) {
            if (AreaContextMenu::applySelection(command, *m_selection, *m_model, projectIndex))
                return;
            switch (command) {
            case Command::Profile:
                Q_EMIT profileRequested(projectIndex);
                break;
            case Command::ZoomToArea:
                Q_EMIT zoomToAreaRequested(projectIndex);
                break;
            case Command::CompareSelected:
                Q_EMIT compareRequested();
                break;
            case Command::ZoomToSelection:
                Q_EMIT zoomRequested();
                break;
            case Command::AddNote:
                Q_EMIT noteRequested(projectIndex);
                break;
            case Command::GivePoint:
                Q_EMIT pointRequested(projectIndex);
                break;
            default: // the map's own commands are not in this menu
                break;
            }
        },
        this);
}

void AreaListPanel::applyFilter()
{
    const QString text = m_search->text().trimmed();
    const QString name = AreaMatcher::normaliseName(text);
    int shown = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        bool match = text.isEmpty();
        if (!match) {
            const QString key = m_model->index(r, AreaTableModel::KeyColumn)
                                    .data(AreaTableModel::AreaKeyRole)
                                    .toString();
            const QString areaName =
                m_model->index(r, AreaTableModel::NameColumn).data().toString();
            match = key.startsWith(text, Qt::CaseInsensitive)
                || (!name.isEmpty() && AreaMatcher::normaliseName(areaName).contains(name));
        }
        m_table->setRowHidden(r, !match);
        shown += match ? 1 : 0;
    }
    m_count->setText(text.isEmpty()
                         ? tr("%n area(s)", nullptr, m_model->rowCount())
                         : tr("%1 of %n area(s)", nullptr, m_model->rowCount()).arg(shown));
    updateCompareButton();
}

void AreaListPanel::pickFirstMatch(bool add)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_table->isRowHidden(r))
            continue;
        const QModelIndex idx = m_model->index(r, 0);
        m_selection->select(
            idx,
            QItemSelectionModel::Rows
                | (add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect));
        m_selection->setCurrentIndex(idx, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(idx);
        return;
    }
}

void AreaListPanel::updateCompareButton()
{
    const int n = int(m_selection->selectedRows().size());
    m_compare->setText(tr("Compare (%1)").arg(n));
    m_compare->setEnabled(n >= kMinCompared && n <= kMaxCompared);
}

bool AreaListPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The line edit claims Ctrl+E (end of line) and Ctrl+K (delete to its end) on X11, which
    // would take Export map and Compare away while the planner searches. It keeps only the
    // editing keys a search field needs; every other Ctrl key goes to the window's shortcuts
    // (and, when the window has none for it, reaches the field as a plain key press).
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers().testFlag(Qt::ControlModifier) && !isSearchEditingKey(key)) {
            key->ignore();
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            pickFirstMatch(key->modifiers() & Qt::ControlModifier);
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_table->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    // A right-click opens the row's menu and keeps the selection, as on the map: the menu
    // acts on the selection ("Vergleichen (3)"), so the press must not replace it.
    if (watched == m_table->viewport() && event->type() == QEvent::MouseButtonPress
        && static_cast<QMouseEvent *>(event)->button() == Qt::RightButton)
        return true;
    return QWidget::eventFilter(watched, event);
}

} // namespace qw
