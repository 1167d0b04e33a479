#pragma once

#include "ManualBreaksModel.h"

#include <QDialog>

#include <optional>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace qw {

class BreaksHistogram;
struct MapSnapshot;

// Manual class breaks for the shown indicator: a histogram of the chosen period's values
// with the breaks, the classes as rows (legend words, editable upper break, areas per
// class, updated as one types), add and remove, and what is wrong with the breaks; OK only
// when they can be applied. Owns its model; changes nothing itself: the caller applies
// breaks() after exec().
class ManualBreaksDialog : public QDialog
{
    Q_OBJECT
public:
    ManualBreaksDialog(ManualBreaksModel::Input input, QWidget *parent = nullptr);

    // The breaks for the map of snapshot, or nothing when cancelled (or when the map shows
    // no indicator, which it says).
    static std::optional<std::vector<double>> ask(const MapSnapshot &snapshot, QWidget *parent);

    ManualBreaksModel *model() const { return m_model; }
    std::vector<double> breaks() const { return m_model->breaks(); }

private:
    void updateState();
    int currentRow() const;

    ManualBreaksModel *m_model;
    BreaksHistogram *m_histogram;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace qw
