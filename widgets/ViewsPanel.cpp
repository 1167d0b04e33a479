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
{
    HelpSection::set(this, HelpSection::Views);
    m_list->setAccessibleName(tr("Saved views"));
    m_list->setToolTip(tr("Double-click a view to show it again"));
    // Short labels: the dock's title says what they act on, and the left column stays
    // narrow enough for four map panes within 1,366 pixels.
    m_save->setToolTip(tr("Save what the map shows as a view"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
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
    updateButtons();
}

void ViewsPanel::setViews(const QStringList &names, const QStringList &brokenNames,
                          const QStringList &brokenReasons)
{
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
}

} // namespace qw
