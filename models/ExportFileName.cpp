#include "ExportFileName.h"

#include <QRegularExpression>

namespace qw::ExportFileName {

QString safe(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.unicode() < 32 || QStringLiteral("<>:\"/\\|?*").contains(c))
            out += QLatin1Char('-');
        else
            out += c;
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    out.replace(spaces, QStringLiteral(" "));
    out = out.left(120).trimmed();
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    // Windows refuses these as a name, with any extension ("CON.pdf" too).
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(out).hasMatch())
        out += QLatin1Char('_');
    return out.isEmpty() ? QStringLiteral("export") : out;
}

QString forMap(const Indicator &indicator, bool german, const QString &period,
               const QString &suffix)
{
    const QString name = indicator.name(german).isEmpty() ? indicator.key : indicator.name(german);
    return safe(period.isEmpty() ? name : name + QLatin1Char('_') + period) + QLatin1Char('.')
        + suffix;
}

QString forMap(const Indicator *indicator, const QString &key, const QString &period, bool german)
{
    Indicator named;
    named.key = key;
    return forMap(indicator ? *indicator : named, german, period);
}

} // namespace qw::ExportFileName
