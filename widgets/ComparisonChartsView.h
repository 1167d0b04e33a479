#pragma once

#include "ComparisonCharts.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QScrollArea;

namespace qw {

class ComparisonModel;

// The charts of the open comparison in the window: bars of one chosen indicator for the
// areas against the city line (left) and the spine chart of every indicator (right), the
// same pictures the printed comparison has (ComparisonCharts paints both). Follows the
// model; does not own it.
class ComparisonChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonChartsView(ComparisonModel *model, QWidget *parent = nullptr);

    // The indicator of the bar chart (kept across new comparisons while it is in them).
    void setBarIndicator(const QString &key);
    QString barIndicator() const;

private:
    class Canvas;
    void rebuild();
    void updateBars();

    ComparisonModel *m_model;
    QComboBox *m_indicator;
    Canvas *m_canvas;
    QString m_wanted; // the indicator asked for, kept while a comparison lacks it
};

} // namespace qw
