#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace qw {

class PriorityRankingModel;

// "Prioritäten": the workshop's dot voting. The planner picks or types the voter (a person
// or a table), sees the points left ("Noch 2 von 5 Punkten") and gives or takes back a
// point for the area selected on the map; below, the ranking of the areas (a click selects
// the area) and the button that puts the map of the points beside the data map. It only
// shows and asks; the window's controller writes, through its undo stack.
class PrioritiesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PrioritiesPanel(PriorityRankingModel *ranking, QWidget *parent = nullptr);

    QString voter() const;
    // The voters to choose from, and the one chosen (typed names are kept).
    void setVoters(const QStringList &voters, const QString &current);
    void setPointsPerVoter(int points);
    // What the voter has left, what the selected area has, and which buttons work.
    void showState(const QString &budget, const QString &area, bool canGive, bool canTake);
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void voterChosen(const QString &voter);
    void pointsPerVoterChosen(int points);
    void giveRequested();
    void takeRequested();
    void areaChosen(const QString &areaKey); // a row of the ranking clicked
    void besideMapRequested();

private:
    PriorityRankingModel *m_ranking;
    QComboBox *m_voter;
    QSpinBox *m_perVoter;
    QLabel *m_budget;
    QLabel *m_area;
    QPushButton *m_give;
    QPushButton *m_take;
    QTableView *m_table;
    QPushButton *m_beside;
};

} // namespace qw
