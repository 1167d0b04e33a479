#include "StartPage.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qw {

StartPage::StartPage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("Quartierswerkstatt"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Maps and comparisons of education indicators by Sozialraum, for "
                                "education monitoring and planning workshops."),
                             this);
    intro->setWordWrap(true);

    auto *open = new QPushButton(tr("Open project…"), this);
    auto *create = new QPushButton(tr("New project from GeoPackage…"), this);
    auto *demo = new QPushButton(tr("Open the demo city Musterstadt (fictional data)"), this);
    for (QPushButton *b : {open, create, demo})
        b->setMinimumHeight(36);
    auto *recentLabel = new QLabel(tr("Recent projects"), this);
    m_recent->setAccessibleName(tr("Recent projects"));

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(16);
    column->addWidget(open);
    column->addWidget(create);
    column->addWidget(demo);
    column->addSpacing(16);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 1);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);

    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(create, &QPushButton::clicked, this, &StartPage::newFromGeoPackageRequested);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
}

void StartPage::setRecentProjects(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(
            QFileInfo(path).fileName() + QStringLiteral("  —  ") + path, m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (paths.isEmpty())
        m_recent->addItem(tr("(none yet)"));
}

} // namespace qw
