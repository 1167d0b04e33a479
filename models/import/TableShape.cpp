#include "TableShape.h"

#include "HeaderDetector.h"

namespace qw {

void TableShape::fieldsOf(const GridRow &record, QStringList *out) const
{
    out->resize(qsizetype(columns.size()));
    for (size_t i = 0; i < columns.size(); ++i) {
        const int c = columns[i];
        (*out)[qsizetype(i)] = c < record.cells.size() ? record.cells[c] : QString();
    }
}

bool TableShape::passesOver(const GridRow &record, const QStringList &fields,
                            const NumberParser &numbers, bool afterGap) const
{
    if (dataRowsGiven)
        return false; // every row the planner chose counts
    if (fields == lastHeaderCells && columns.size() > 1)
        return true;
    return HeaderDetector::isNoteRow(record.cells, numbers, afterGap);
}

} // namespace qw
