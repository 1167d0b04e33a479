#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QItemSelectionModel;
class QLabel;

namespace qw {

class IndexContributions;
class Project;

// "Beitrag zum Index": why the selected area ranks where it does. Above, the area's index
// value, rank and class; below, one horizontal bar per input, its contribution to the index
// (weight x directed standardised value / sum of weights): red to the right = more need,
// blue to the left = less. Follows the shared area selection (the area clicked on the map
// or in the table) and the model's resets (a project reopened, another indicator shown).
// Owns its contributions model; the selection model is the window's.
class IndexContributionsPanel : public QWidget
{
    Q_OBJECT
public:
    // What to explain: the window's project, the indicator shown and its period.
    struct Shown
    {
        std::shared_ptr<Project> project;
        QString indicator;
        QString period;
    };
    IndexContributionsPanel(QItemSelectionModel *selection, QWidget *parent = nullptr);
    ~IndexContributionsPanel() override;

    // Set by the window's controller: asked on every refresh.
    void setSource(std::function<Shown()> source);
    const IndexContributions &contributions() const { return *m_model; }
    // The header text (area, index value, rank, class) or the reason nothing is shown.
    QString headline() const;
    // The text under the bars: what a bar is, and how they add up to the index shown above
    // (the sum, and the re-standardisation with its mean and deviation where the recipe has one).
    QString legendText() const;
    void refresh();

Q_SIGNALS:
    // Whether the open project has a composite index to explain, when that changes: the
    // window shows the panel only then (without an index it would only take room).
    void indexAvailable(bool available);

private:
    QItemSelectionModel *m_selection;
    std::function<Shown()> m_source;
    std::unique_ptr<IndexContributions> m_model;
    QLabel *m_head;
    QLabel *m_legend;
    QWidget *m_bars;
    bool m_german;
    int m_available = -1; // last indexAvailable: -1 none yet, 0 or 1
};

} // namespace qw
