#include "SheetGrid.h"

#include <QRegularExpression>

namespace qw {

SheetRange SheetRange::parse(const QString &text)
{
    static const QRegularExpression range(QStringLiteral(R"(^\s*(\d+)\s*(?:(-)\s*(\d*))?\s*$)"));
    const auto m = range.match(text);
    if (!m.hasMatch())
        return {};
    SheetRange r;
    r.first = m.captured(1).toLongLong();
    if (m.captured(2).isEmpty())
        r.last = r.first;
    else
        r.last = m.captured(3).isEmpty() ? 0 : m.captured(3).toLongLong();
    if (r.first < 1 || (r.last != 0 && r.last < r.first))
        return {};
    return r;
}

QString SheetRange::toString() const
{
    if (!isSet())
        return {};
    if (last == first)
        return QString::number(first);
    return last == 0 ? QStringLiteral("%1-").arg(first) : QStringLiteral("%1-%2").arg(first).arg(last);
}

} // namespace qw
