#include "RecentProjects.h"

#include "StartPage.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace qw {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentProjects");
const QString kLastKey = QStringLiteral("lastProject");
} // namespace

RecentProjects::RecentProjects(QMenu *menu, StartPage *startPage, QObject *parent)
    : QObject(parent), m_menu(menu), m_startPage(startPage)
{
    connect(m_startPage, &StartPage::recentRequested, this, &RecentProjects::openRequested);
    update();
}

QStringList RecentProjects::list() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void RecentProjects::add(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList projects = list();
    projects.removeAll(abs);
    projects.prepend(abs);
    while (projects.size() > kMaxRecent)
        projects.removeLast();
    QSettings settings;
    settings.setValue(kRecentKey, projects);
    settings.setValue(kLastKey, abs);
    update();
}

void RecentProjects::update()
{
    m_menu->clear();
    const QStringList projects = list();
    for (const QString &path : projects)
        m_menu
            ->addAction(QFileInfo(path).fileName(), this,
                        [this, path] { Q_EMIT openRequested(path); })
            ->setToolTip(path);
    m_menu->setEnabled(!projects.isEmpty());
    m_startPage->setRecentProjects(projects);
}

} // namespace qw
