#pragma once

#include "IndexRecipe.h"
#include "ProjectTypes.h"

#include <QTableWidget>

#include <vector>

namespace qw {

// The inputs of an index as a table the planner ticks: one row per candidate indicator,
// with its direction ("more need" / "less need", from the polarity) and its weight (1 by
// default). The builder uses one for the status inputs and one for ready-made dynamics
// inputs. The inputs keep the order in which they were ticked, which is the recipe's.
// Owns its cell widgets; the candidates are copied.
class IndexInputsTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { UseColumn, DirectionColumn, WeightColumn };

    IndexInputsTable(std::vector<Indicator> candidates, bool german, QWidget *parent = nullptr);

    // The ticked inputs in the order they were ticked; direction 0 where the indicator has
    // no polarity and the planner has not chosen one yet.
    std::vector<IndexInput> inputs() const;
    // Ticks exactly these inputs (a direction of 0 keeps the polarity's) and sets their
    // direction and weight. Emits no changed().
    void setInputs(const std::vector<IndexInput> &inputs);

Q_SIGNALS:
    // A tick, a direction or a weight changed by the user.
    void changed();

private:
    void emitChanged();

    std::vector<Indicator> m_candidates; // the rows
    QStringList m_order; // the ticked keys in the order they were ticked
    bool m_filling = false; // setInputs() runs
};

} // namespace qw
