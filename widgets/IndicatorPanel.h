#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace qw {

class IndicatorTreeModel;

// The indicator catalogue grouped by source department, with a search field.
// Does not own the model.
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

Q_SIGNALS:
    void indicatorChosen(const QString &key);

private:
    IndicatorTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QHBoxLayout *m_searchRow;
    QTreeView *m_view;
};

} // namespace qw
