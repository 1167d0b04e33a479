#pragma once

#include <QTreeView>

class QMenu;

namespace qw {

class ComparisonModel;

// The comparison table: indicators by department against the chosen areas and the city,
// each value cell tinted by how far it lies from the city value, blue where the area
// does better and orange-red where it does worse (colour-blind safe), stronger with the
// distance; a sparkline shows each value's last periods. Does not own the model.
class ComparisonView : public QTreeView
{
    Q_OBJECT
public:
    explicit ComparisonView(ComparisonModel *model, QWidget *parent = nullptr);

    // The right-click menu of a cell: copy its value or its row (tab-separated, for a
    // spreadsheet), open the profile of its area. The caller owns it.
    QMenu *contextMenuFor(const QModelIndex &index);

Q_SIGNALS:
    void profileRequested(const QString &areaKey);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    ComparisonModel *m_model;
};

} // namespace qw
