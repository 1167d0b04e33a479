#pragma once

#include <QWidget>

class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;

namespace qw {

class AreaTableModel;

// The area list: a search field over name and key, the table of areas with the shown
// indicator's value and rank, and a button that compares the selected areas. Searching
// hides the rows that do not match (the rows stay in the model, so the selection shared
// with the map is untouched); Enter selects the first match, Ctrl+Enter adds it.
// Does not own the model or the selection.
class AreaListPanel : public QWidget
{
    Q_OBJECT
public:
    AreaListPanel(AreaTableModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Filters the list ("" shows every area); returns how many rows match.
    int setFilter(const QString &text);
    void focusSearch();
    // The right-click menu of a model row (the caller owns it).
    QMenu *contextMenuForRow(int row);

    static constexpr int kMinCompared = 2;
    static constexpr int kMaxCompared = 6;

Q_SIGNALS:
    void compareRequested();
    void zoomRequested(); // double click on a row
    // From the right-click menu (project area indexes).
    void profileRequested(int projectIndex);
    void zoomToAreaRequested(int projectIndex);
    void noteRequested(int projectIndex);
    void pointRequested(int projectIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void pickFirstMatch(bool add);
    void updateCompareButton();

    AreaTableModel *m_model;
    QItemSelectionModel *m_selection;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_compare;
    QLabel *m_count;
};

} // namespace qw
