#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace qw {

class IndicatorTreeModel;

// The indicator catalogue grouped by source department, with a search field that finds
// both the German and the English name. In the search field, Enter shows the first match
// and Down moves into the list. Does not own the model.
class IndicatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorPanel(IndicatorTreeModel *model, QWidget *parent = nullptr);

    void setCurrentIndicator(const QString &key);
    void focusSearch();
    // A command on the catalogue (e.g. a new derived indicator), as a button beside the
    // search field. The action stays the caller's.
    void addCatalogueAction(QAction *action);
    // A command on one indicator (e.g. its ranks over time), in the list's context menu. While
    // the menu is open the action's data() is the key of the indicator under the cursor;
    // otherwise it is empty (the command then takes the indicator on the map). The action
    // stays the caller's.
    void addIndicatorAction(QAction *action);
    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void indicatorChosen(const QString &key);

private:
    // The unit column as wide as its units, at most 30 % of the width.
    void fitUnitColumn();
    // The first indicator row the search leaves, in the order shown; invalid when none.
    QModelIndex firstMatch() const;

    IndicatorTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QHBoxLayout *m_searchRow;
    QTreeView *m_view;
    QList<QAction *> m_indicatorActions;
};

} // namespace qw
