#pragma once

#include <QWidget>

#include <memory>
#include <vector>

namespace qw {

class AllocationMap;

// The map of an allocation's amounts in the allocation panel, drawn by maps' AllocationMap
// with the selected areas outlined; a click selects the area under the mouse (Ctrl adds
// it). Shares the map; an empty view shows nothing.
class AllocationMapView : public QWidget
{
    Q_OBJECT
public:
    explicit AllocationMapView(QWidget *parent = nullptr);

    void setMap(std::shared_ptr<const AllocationMap> map);
    // Which rows of the allocation are selected (may be shorter than its rows).
    void setSelected(std::vector<bool> selected);
    const std::vector<bool> &selected() const { return m_selected; }
    QSize sizeHint() const override { return {360, 240}; }

Q_SIGNALS:
    // A click on the area of this row of the allocation; add: with Ctrl.
    void rowClicked(int row, bool add);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    std::shared_ptr<const AllocationMap> m_map;
    std::vector<bool> m_selected;
};

} // namespace qw
