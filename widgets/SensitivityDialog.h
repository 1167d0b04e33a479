#pragma once

#include "Sensitivity.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace qw {

class Project;

// Analysis > Check the robustness of the index: the options (index, draws, spread, seed,
// leave-one-out), a run on a worker thread with progress and Cancel (BackgroundTask), then
// the rank chart with the 5th-95th percentile intervals, the table of the areas and export
// to CSV or PDF. Shares the window's project; reads it only on the GUI thread (the worker
// gets a prepared SensitivityInput).
class SensitivityDialog : public QDialog
{
    Q_OBJECT
public:
    // indexKey: the index to select first (empty: the first of the project's indices).
    SensitivityDialog(std::shared_ptr<Project> project, const QString &indexKey,
                      QWidget *parent = nullptr);
    ~SensitivityDialog() override;

    // The composite indices of the project (key, name), in catalogue order.
    static std::vector<std::pair<QString, QString>> indices(const Project &project, bool german);

    // Runs with the options shown; false when cancelled or refused (the reason in
    // lastError()). For the menu and the tests.
    bool runAnalysis();
    const std::optional<SensitivityResult> &result() const { return m_result; }
    // The lines over the table: the index, its period, the stable count, each input left out.
    QString summary() const;
    QString lastError() const { return m_error; }
    QTableWidget *table() const { return m_table; }
    // The map of stable and unstable areas, empty until a run.
    QWidget *stabilityMap() const { return m_map; }
    void setOptions(const QString &indexKey, const SensitivityOptions &options);

private:
    void showResult();
    void exportResult();

    std::shared_ptr<Project> m_project;
    QComboBox *m_index;
    QSpinBox *m_draws;
    QDoubleSpinBox *m_spread;
    QSpinBox *m_seed;
    QCheckBox *m_leaveOneOut;
    QPushButton *m_run;
    QPushButton *m_export;
    QLabel *m_summary;
    QWidget *m_chart;
    QWidget *m_map;
    QTableWidget *m_table;
    std::optional<SensitivityResult> m_result;
    QString m_error;
};

} // namespace qw
