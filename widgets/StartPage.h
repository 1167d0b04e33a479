#pragma once

#include <QWidget>

class QListWidget;

namespace qw {

// Shown when no project is open: open a project, recent projects, the demo city.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecentProjects(const QStringList &paths);

Q_SIGNALS:
    void openRequested();
    void newFromGeoPackageRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace qw
