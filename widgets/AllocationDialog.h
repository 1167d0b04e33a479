#pragma once

#include "AllocationRepository.h"
#include "AllocationRule.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QVBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace qw {

class AllocationPinsEditor;
class AllocationTableModel;
class AllocationTableView;
class Project;
struct Allocation;

// "Mittel verteilen": every setting of an allocation rule (indicator, level, period, budget
// and unit, floor, cap, the shift's offset and need direction or the points per class of a
// class indicator, a population to multiply by, whole units, fixed amounts) and a saved
// allocation to compare against, with the result recomputed as the settings change: the
// table, its totals and the rule in words. Bad settings show the reason in place of the
// table, with OK and Save disabled. Reads the project (values and saved allocations) through
// models' API; writes nothing: the caller shows or saves allocation().
class AllocationDialog : public QDialog
{
    Q_OBJECT
public:
    // Shares the project for the computation; opens on its default indicator.
    AllocationDialog(std::shared_ptr<Project> project, bool german, QWidget *parent = nullptr);
    ~AllocationDialog() override;

    // Sets every field from a rule (an empty level or period: the finest, the latest) and
    // the saved allocation to compare against (empty: none).
    void setRule(const AllocationRule &rule, const QString &previous = {});
    // Starts on an indicator, level and period (the window's), the rest as it is; keys
    // the project lacks are passed over.
    void start(const QString &indicator, const QString &level, const QString &period);
    // The rule as the fields set it, level and period included.
    AllocationRule rule() const;
    // The saved allocation chosen to compare against, or empty.
    QString previousName() const;
    // The last result, or null while the settings give none.
    std::shared_ptr<const Allocation> allocation() const { return m_allocation; }
    // Why the settings give no allocation, empty while they give one.
    const QString &problem() const { return m_problem; }
    // True when the dialog was closed with "Save…" rather than OK.
    bool saveRequested() const { return m_saveRequested; }
    AllocationTableModel *model() const { return m_model; }

private:
    QWidget *buildForm();
    void indicatorChanged();
    void levelChanged();
    void unitChanged();
    void updateSuffix(QDoubleSpinBox *box);
    void rebuildPoints(int classes, const std::vector<double> &points);
    // The population's periods, the index period's (or the nearest year) chosen.
    void populationChanged();
    bool classIndicator() const;
    void update();

    std::shared_ptr<Project> m_project;
    bool m_german;
    bool m_updating = false; // while setRule() fills the fields
    QComboBox *m_indicator, *m_level, *m_period, *m_basis, *m_need, *m_population,
        *m_populationPeriod, *m_unit, *m_previous;
    QDoubleSpinBox *m_budget, *m_floor, *m_cap, *m_offset;
    QCheckBox *m_whole;
    QWidget *m_points; // one spin box per class
    QVBoxLayout *m_pointsLayout; // a box a class, each named by its class
    std::vector<QDoubleSpinBox *> m_pointBoxes;
    AllocationPinsEditor *m_pins;
    QFormLayout *m_form;
    AllocationTableModel *m_model;
    AllocationTableView *m_table;
    QStackedWidget *m_result; // the table, or the message
    QLabel *m_message, *m_words, *m_totals;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    std::shared_ptr<const Allocation> m_allocation;
    QString m_problem;
    bool m_saveRequested = false;
    // The saved allocation compared against, read once per name.
    std::optional<StoredAllocation> m_previousRead;
};

} // namespace qw
