#pragma once

#include "BumpChart.h"

#include <QDialog>

#include <memory>

class QComboBox;

namespace qw {

class Project;

// Analysis > Ranks over time: the bump chart (maps/BumpChart) of the top and bottom areas
// of an indicator on the shown level across its periods, with a choice of indicator.
// Shares the project (reads its values on the GUI thread); not modal, so the map stays
// in reach.
class RankHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    RankHistoryDialog(std::shared_ptr<Project> project, const QString &indicatorKey,
                      const QString &levelKey, bool german, QWidget *parent = nullptr);

    QString indicatorKey() const;
    void setIndicator(const QString &key);
    // What the chart shows now (for tests and for copying).
    const BumpChart::Content &content() const;
    // The chart as an image of the given size.
    QImage image(const QSize &size) const;
    // The chart as a PNG (twice the size on screen, sharp on a projector) or as an A4 page
    // in a PDF; an error message naming the file, or empty.
    QString savePng(const QString &path) const;
    QString savePdf(const QString &path) const;

    static constexpr int kCount = 10; // areas at the top and at the bottom

private:
    void rebuild();
    void saveAs(bool pdf);

    std::shared_ptr<Project> m_project;
    QString m_level;
    bool m_german;
    QComboBox *m_indicator;
    class ChartView *m_chart;
};

} // namespace qw
