#pragma once

#include "MapSnapshot.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace qw {

class LegendBlock;

// The legend column beside linked map panes: one class legend for panes that share their
// classes (with each pane's area counts) and the facility key once, instead of a copy in
// every pane that leaves small panes no room for the city. Hidden while it has nothing to
// show. Keeps copies of the
// maps' snapshots, whose renderers its blocks refer to.
class LegendStackView : public QWidget
{
    Q_OBJECT
public:
    explicit LegendStackView(QWidget *parent = nullptr);
    ~LegendStackView() override;

    // The legends of these maps (MapPanesLayout::sharedLegends), the class legend titled
    // title (elided to the column's width). everyMap: also each map's own class legend,
    // for maps that share no classes (three or four panes are too small to carry theirs).
    void setMaps(const std::vector<MapSnapshot> &maps, const QString &title, bool everyMap = false);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr double kSpacing = 8;
    static constexpr int kMargin = 4;
    static constexpr int kMaxTitleWidth = 220;

    std::vector<MapSnapshot> m_maps;
    std::vector<std::unique_ptr<LegendBlock>> m_blocks;
};

} // namespace qw
