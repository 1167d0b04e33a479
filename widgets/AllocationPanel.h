#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QComboBox;
class QItemSelectionModel;
class QLabel;
class QPushButton;

namespace qw {

class AllocationMapView;
class AllocationTableModel;
class AllocationTableView;
class AreaTableModel;
class Project;
struct Allocation;

// The "Mittelverteilung" panel: the allocation shown in the window as a sortable table and
// a map of the amounts, its totals, the buttons that change, export and save it, and the
// project's saved allocations to open or delete. Rows and map areas follow the window's
// shared area selection both ways: selecting an allocation row selects that area on the map
// (when the map shows the allocation's level). Owns its model and widgets; does not own the
// area model or the selection. The controller behind the buttons acts on its signals.
class AllocationPanel : public QWidget
{
    Q_OBJECT
public:
    AllocationPanel(AreaTableModel *areas, QItemSelectionModel *selection,
                    QWidget *parent = nullptr);

    // Shows an allocation of the project's areas; savedName: the saved allocation it is
    // (empty: computed, not saved).
    void setAllocation(std::shared_ptr<const Allocation> allocation,
                       const std::shared_ptr<const Project> &project, const QString &savedName);
    void clear();
    // A warning over the table (a saved allocation its data no longer give), or none.
    void setNotice(const QString &notice);
    QString notice() const;
    std::shared_ptr<const Allocation> allocation() const;
    const QString &savedName() const { return m_savedName; }
    // The project's saved allocations, for the list to open from.
    void setSavedNames(const QStringList &names);
    QStringList savedNames() const;

    AllocationTableModel *model() const { return m_model; }
    AllocationTableView *table() const { return m_table; }
    AllocationMapView *mapView() const { return m_map; }

Q_SIGNALS:
    void changeRequested(); // the dialog, with the shown rule
    void exportRequested();
    void saveRequested();
    void openRequested(const QString &name);
    void deleteRequested(const QString &name);

private:
    void updateTitle();
    void updateButtons();
    // The shared selection into the table and map, and the table's into the shared one.
    void followSharedSelection();
    void shareTableSelection();
    void selectOnMap(int row, bool add);
    void updateMapSelection();

    AreaTableModel *m_areas;
    QItemSelectionModel *m_selection;
    AllocationTableModel *m_model;
    AllocationTableView *m_table;
    AllocationMapView *m_map;
    QLabel *m_title, *m_totals;
    QComboBox *m_saved;
    QPushButton *m_open, *m_delete, *m_change, *m_export, *m_save;
    QLabel *m_notice;
    QString m_savedName;
    bool m_syncing = false;
};

} // namespace qw
