#pragma once

#include "TableShape.h"

namespace qw {

// Goes through the records of a sheet in order and says what each is to the table:
// above the data, data, passed over (a note, a repeated header), or after the data.
// One instance per pass, as a note makes the next line of text a note too.
class DataRowFilter
{
public:
    enum class Verdict { Before, Data, Blank, PassedOver, After };

    DataRowFilter(const TableShape &shape, const NumberParser &numbers)
        : m_shape(shape), m_numbers(numbers), m_previous(shape.headerRows.last)
    { }
    // fields: the record's cells in the table's columns (TableShape::fieldsOf).
    Verdict classify(const GridRow &record, const QStringList &fields);

private:
    const TableShape &m_shape;
    const NumberParser &m_numbers;
    qint64 m_previous;
    bool m_previousWasNote = false;
};

} // namespace qw
