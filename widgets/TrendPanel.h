#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QItemSelectionModel;
class QLabel;

namespace qw {

class Project;
class TrendModel;

// "Entwicklung": the shown indicator over all its periods for the areas selected on the map
// or in the table (one line each, at most kMaxLines), with the city line and the level's
// band (range or middle half, a switch), drawn by TrendChart. Follows the shared area
// selection and the area model's changes (another indicator, period or level). Hovering a
// period, or stepping with Left/Right once the chart has the focus, shows its values under
// the chart. Owns its TrendModel; the selection model is the window's.
class TrendPanel : public QWidget
{
    Q_OBJECT
public:
    // What to draw: the window's project, the indicator, level and period it shows.
    struct Shown
    {
        std::shared_ptr<Project> project;
        QString indicator;
        QString level;
        QString period;
    };
    // More lines could not be told apart by their colours.
    static constexpr int kMaxLines = 6;

    explicit TrendPanel(QItemSelectionModel *selection, QWidget *parent = nullptr);
    ~TrendPanel() override;

    // Set by the window: asked on every refresh.
    void setSource(std::function<Shown()> source);
    void refresh();
    const TrendModel &model() const { return *m_model; }
    TrendModel &model() { return *m_model; }
    // The line over the chart: the indicator and how many areas it shows, or why nothing.
    QString headline() const;
    // The values of one period (the period, each line, the band), joined by separator: as
    // shown under the chart and in the tooltip while the period is hovered.
    QString valuesText(int column, const QString &separator) const;
    // The period shown on the map (a column of the model), -1: none.
    int shownColumn() const { return m_shownColumn; }

private:
    void showValues(int column);

    QItemSelectionModel *m_selection;
    std::function<Shown()> m_source;
    std::unique_ptr<TrendModel> m_model;
    QLabel *m_head;
    QComboBox *m_band;
    QWidget *m_chart;
    QLabel *m_values;
    QString m_note; // under the chart while no period is hovered
    bool m_german;
    int m_shownColumn = -1;
    // What the model was built from, so a period change only moves the shading.
    std::weak_ptr<Project> m_builtProject;
    QStringList m_builtKey; // indicator, level, then the area keys
};

} // namespace qw
