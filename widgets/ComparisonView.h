#pragma once

#include <QTreeView>

namespace qw {

class ComparisonModel;

// The comparison table: indicators by department against the chosen areas and the city,
// each value cell tinted by how far it lies from the city value, blue where the area
// does better and orange-red where it does worse (colour-blind safe), stronger with the
// distance; a sparkline shows each value's last periods. Does not own the model.
class ComparisonView : public QTreeView
{
    Q_OBJECT
public:
    explicit ComparisonView(ComparisonModel *model, QWidget *parent = nullptr);
};

} // namespace qw
