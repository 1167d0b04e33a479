#pragma once

#include "ChoroplethRenderer.h"
#include "ManualBreaks.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <limits>
#include <vector>

namespace qw {

// The classes of a manual classification being edited, one row per class: its upper break
// (editable; the last class ends at the largest value), its legend words with its colour and how
// many areas of the chosen period fall in it. Checks the breaks on every change
// (ManualBreaks::check) and counts live; the breaks dialog is a view of it, so the whole editing
// logic runs in tests without a widget.
class ManualBreaksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The break first: it names the row, so adding or removing one leaves the other rows'.
    enum Column { BreakColumn, ClassColumn, AreasColumn, ColumnCount };

    // What the breaks are made for.
    struct Input
    {
        Indicator indicator;
        QString period;
        std::vector<double> values; // the period's shown values, one per area that has one
        // The range the classes cover (the values of all periods pooled, as the map's).
        double min = std::numeric_limits<double>::quiet_NaN();
        double max = std::numeric_limits<double>::quiet_NaN();
        std::vector<double> edges; // the classification shown now: the breaks to start from
        std::vector<double> breaks; // when it is manual: its breaks, exactly as given
        ChoroplethRenderer::Settings settings; // ramp and centre, for the class colours
    };
    // The input for the map a renderer draws.
    static Input inputFrom(const ChoroplethRenderer &renderer);

    ManualBreaksModel(Input input, const QLocale &locale, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Splits class row at a round value in its middle: the new row is its lower part (false
    // at the most breaks).
    bool addBreak(int row);
    // Removes the upper break of class row (the last class: the break below it) and its
    // row, joining two classes; false when only one break is left.
    bool removeBreak(int row);
    bool canAdd() const;
    bool canRemove() const;
    // Sets the break at index (the upper break of class index) as typed.
    bool setBreakText(int index, const QString &text);

    // The first problem of the breaks; empty when they can be applied.
    BreakProblem problem() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }
    // The breaks as numbers (NaN where the text is no number).
    std::vector<double> breaks() const;
    // Edges, counts and colours of the classes (empty while the breaks are invalid).
    const std::vector<double> &edges() const { return m_edges; }
    const std::vector<int> &counts() const { return m_counts; }
    const std::vector<QColor> &colors() const { return m_colors; }
    const Input &input() const { return m_input; }
    // Count and extremes of the period's values and the range the classes cover, in words.
    QString summary() const;

Q_SIGNALS:
    // After every change of the breaks (rows, problem, counts updated).
    void breaksChanged();

private:
    struct Break
    {
        double value;
        QString text; // as typed; not a number when value is NaN
    };
    void update();
    double lowerOf(int row) const;
    double upperOf(int row) const;

    Input m_input;
    QLocale m_locale;
    std::vector<Break> m_breaks;
    BreakProblem m_problem;
    std::vector<double> m_edges;
    std::vector<int> m_counts;
    std::vector<QColor> m_colors;
};

} // namespace qw
