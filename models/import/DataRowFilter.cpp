#include "DataRowFilter.h"

namespace qw {

DataRowFilter::Verdict DataRowFilter::classify(const GridRow &record, const QStringList &fields)
{
    if (record.row < m_shape.dataRows.first)
        return Verdict::Before;
    if (m_shape.dataRows.last != 0 && record.row > m_shape.dataRows.last)
        return Verdict::After;
    if (record.isBlank())
        return Verdict::Blank;
    // Below a note, a further line of text is a note too ("Stichtag jeweils 31.12.").
    const bool afterGap = record.row - m_previous > 1 || m_previousWasNote;
    m_previous = record.row;
    m_previousWasNote = m_shape.passesOver(record, fields, m_numbers, afterGap);
    return m_previousWasNote ? Verdict::PassedOver : Verdict::Data;
}

} // namespace qw
