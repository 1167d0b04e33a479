#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace qw {

class StartPage;

// The projects opened last, newest first, kept in QSettings: the File > Recent projects
// menu and the start page's list. Owned by the window; does not own the menu or the page.
class RecentProjects : public QObject
{
    Q_OBJECT
public:
    RecentProjects(QMenu *menu, StartPage *startPage, QObject *parent);

    QStringList list() const;
    // Puts path first (and remembers it as the last project opened).
    void add(const QString &path);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void update();

    QMenu *m_menu;
    StartPage *m_startPage;
};

} // namespace qw
