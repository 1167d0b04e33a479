#include "WrappedHeaderModel.h"

#include <QFontMetrics>

namespace qw {

WrappedHeaderModel::WrappedHeaderModel(const QFont &font, int width, QObject *parent)
    : QIdentityProxyModel(parent), m_font(font), m_width(width)
{ }

QVariant WrappedHeaderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QVariant source = QIdentityProxyModel::headerData(section, orientation, role);
    if (orientation != Qt::Horizontal)
        return source;
    if (role == Qt::ToolTipRole && !source.isValid())
        return QIdentityProxyModel::headerData(section, orientation, Qt::DisplayRole);
    if (role == Qt::DisplayRole && source.typeId() == QMetaType::QString)
        return wrapped(source.toString(), m_font, m_width);
    return source;
}

QString WrappedHeaderModel::wrapped(const QString &text, const QFont &font, int width)
{
    const QFontMetrics metrics(font);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (line.isEmpty() || metrics.horizontalAdvance(longer) <= width) {
            line = longer;
        } else {
            lines << line;
            line = word;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace qw
