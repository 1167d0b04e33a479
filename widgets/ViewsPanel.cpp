#include "ViewsPanel.h"

#include "HelpSection.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qw {

ViewsPanel::ViewsPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_up(new QPushButton(QStringLiteral("▲"), this))
    , m_down(new QPushButton(QStringLiteral("▼"), this))
{
    HelpSection::set(this, HelpSection::Views);
    m_list->setAccessibleName(tr("Saved views"));
    m_list->setToolTip(tr("Double-click a view to show it again; drag views to put them in "
                          "the order of the presentation's slides"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_up->setToolTip(tr("Move the view up (Ctrl+Up)"));
    m_down->setToolTip(tr("Move the view down (Ctrl+Down)"));
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    for (QPushButton *b : {m_up, m_down}) {
        b->setAccessibleName(b->toolTip());
        b->setFixedWidth(b->sizeHint().height() + 4);
    }
    // Short labels: the dock's title says what they act on, and the left column stays
    // narrow enough for four map panes within 1,366 pixels.
    m_save->setToolTip(tr("Save what the map shows as a view"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    // The arrows beside the list: under it they would widen the left column.
    auto *arrows = new QVBoxLayout;
    arrows->addWidget(m_up);
    arrows->addWidget(m_down);
    arrows->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(arrows);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(listRow);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ViewsPanel::saveRequested);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (!currentName().isEmpty())
            Q_EMIT renameRequested(currentName());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!currentName().isEmpty())
            Q_EMIT deleteRequested(currentName());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT restoreRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &ViewsPanel::updateButtons);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    // A drop moves the row inside the list; the store follows.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            [this] { Q_EMIT orderChanged(order()); });
    updateButtons();
}

void ViewsPanel::setViews(const QStringList &names, const QStringList &brokenNames,
                          const QStringList &brokenReasons)
{
    const QString current = currentName(); // stays current where it is still listed
    m_list->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, name);
    }
    // Unreadable views stay listed, so they can be deleted; restoring one says why not.
    for (int i = 0; i < brokenNames.size(); ++i) {
        auto *item = new QListWidgetItem(tr("%1 (unreadable)").arg(brokenNames[i]), m_list);
        item->setData(Qt::UserRole, brokenNames[i]);
        item->setForeground(Qt::gray);
        item->setToolTip(brokenReasons.value(i));
    }
    for (int i = 0; i < m_list->count(); ++i)
        if (!current.isEmpty() && m_list->item(i)->data(Qt::UserRole).toString() == current)
            m_list->setCurrentRow(i);
    updateButtons();
}

QString ViewsPanel::currentName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ViewsPanel::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_rename->setEnabled(selected);
    m_delete->setEnabled(selected);
    const int row = m_list->currentRow();
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row + 1 < m_list->count());
}

QStringList ViewsPanel::order() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

void ViewsPanel::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QStringList names = order();
    names.move(row, to);
    // The store's order comes back through setViews, which keeps the view current.
    Q_EMIT orderChanged(names);
}

} // namespace qw
