#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace qw {

// The project's saved views as a list with save, rename and delete. It only shows names
// and asks; the window does the storing and restoring.
class ViewsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ViewsPanel(QWidget *parent = nullptr);

    // Names in saved order; unreadable views are listed greyed out with their reason.
    void setViews(const QStringList &names, const QStringList &brokenNames = {},
                  const QStringList &brokenReasons = {});
    QString currentName() const;

Q_SIGNALS:
    void saveRequested();
    void restoreRequested(const QString &name);
    void renameRequested(const QString &name);
    void deleteRequested(const QString &name);
    // The planner put the views in this order (drag and drop, or the arrow buttons).
    void orderChanged(const QStringList &names);

private:
    void updateButtons();
    // Moves the current view by step rows (-1 up, +1 down) and reports the new order.
    void moveCurrent(int step);
    QStringList order() const;

    QListWidget *m_list;
    QPushButton *m_save;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace qw
