#include "IndicatorPanel.h"

#include "HelpSection.h"
#include "IndicatorTreeModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace qw {

IndicatorPanel::IndicatorPanel(IndicatorTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    HelpSection::set(this, HelpSection::Indicators);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true); // "Jugendamt" lists that department's indicators
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterRole(IndicatorTreeModel::SearchTextRole);
    m_search->setPlaceholderText(tr("Search indicators…"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(false);
    m_view->setUniformRowHeights(true);
    // Names such as "Betreuungsquote unter 3" and "Betreuungsquote 3 bis 6" differ at the
    // end: cut in the middle, so two rows never look the same in a narrow dock, and the
    // name takes the width the unit (at most 30 %: "je 1.000" whole) leaves. The whole name is
    // the tooltip.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setIndentation(12);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_view->header()->setStretchLastSection(false);
    m_view->viewport()->installEventFilter(this);
    m_view->setAccessibleName(tr("Indicators"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_searchRow = new QHBoxLayout;
    m_searchRow->addWidget(m_search, 1);
    layout->addLayout(m_searchRow);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::modelReset, this, &IndicatorPanel::fitUnitColumn);
    auto choose = [this](const QModelIndex &index) {
        const QString key =
            index.siblingAtColumn(0).data(IndicatorTreeModel::IndicatorKeyRole).toString();
        if (!key.isEmpty())
            Q_EMIT indicatorChosen(key);
    };
    connect(m_view, &QTreeView::activated, this, choose);
    connect(m_view, &QTreeView::clicked, this, choose);
    connect(m_search, &QLineEdit::returnPressed, this, [this, choose] {
        const QModelIndex first = firstMatch();
        if (!first.isValid())
            return;
        m_view->setCurrentIndex(first);
        m_view->scrollTo(first);
        choose(first);
    });
    m_search->installEventFilter(this);
    m_view->expandAll();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QString key = m_view->indexAt(at)
                                .siblingAtColumn(0)
                                .data(IndicatorTreeModel::IndicatorKeyRole)
                                .toString();
        if (key.isEmpty() || m_indicatorActions.isEmpty())
            return;
        QMenu menu(this);
        for (QAction *a : std::as_const(m_indicatorActions)) {
            a->setData(key);
            menu.addAction(a);
        }
        menu.exec(m_view->viewport()->mapToGlobal(at));
        // Triggered actions ran inside exec(); afterwards they take the shown indicator.
        for (QAction *a : std::as_const(m_indicatorActions))
            a->setData(QVariant());
    });
}

void IndicatorPanel::addIndicatorAction(QAction *action)
{
    m_indicatorActions << action;
}

void IndicatorPanel::fitUnitColumn()
{
    int wanted = m_view->header()->sectionSizeHint(1);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int margins = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 4;
    for (int d = 0; d < m_proxy->rowCount(); ++d) {
        const QModelIndex department = m_proxy->index(d, 0);
        for (int r = 0; r < m_proxy->rowCount(department); ++r)
            wanted = std::max(
                wanted,
                metrics.horizontalAdvance(m_proxy->index(r, 1, department).data().toString())
                    + margins);
    }
    m_view->setColumnWidth(1, std::min(wanted, m_view->viewport()->width() * 3 / 10));
}

bool IndicatorPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitUnitColumn();
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        const QModelIndex first = firstMatch();
        if (first.isValid()) {
            // Down goes to the first match; further keys move in the list.
            m_view->setFocus(Qt::TabFocusReason);
            m_view->setCurrentIndex(first);
            m_view->scrollTo(first);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QModelIndex IndicatorPanel::firstMatch() const
{
    for (int d = 0; d < m_proxy->rowCount(); ++d) {
        const QModelIndex department = m_proxy->index(d, 0);
        if (m_proxy->rowCount(department) > 0)
            return m_proxy->index(0, 0, department);
    }
    return {};
}

void IndicatorPanel::setCurrentIndicator(const QString &key)
{
    const QModelIndex source = m_model->indexOfIndicator(key);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void IndicatorPanel::addCatalogueAction(QAction *action)
{
    // Not the action as default action: that would put its long menu text on the button.
    auto *button = new QToolButton(this);
    button->setText(QStringLiteral("+"));
    button->setEnabled(action->isEnabled());
    connect(button, &QToolButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::enabledChanged, button, &QToolButton::setEnabled);
    button->setToolTip(action->text().remove(QLatin1Char('&')));
    button->setAccessibleName(button->toolTip());
    m_searchRow->addWidget(button);
}

void IndicatorPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace qw
