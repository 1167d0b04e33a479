#include "DemoCityEnglish.h"

#include <utility>

namespace qw::DemoCityEnglish {

QString department(const QString &german)
{
    static const std::pair<const char *, const char *> names[] = {
        {"Statistikstelle", "Statistics office"},
        {"Jobcenter / Sozialamt", "Jobcentre / Welfare"},
        {"Jugendamt", "Youth welfare office"},
        {"Gesundheitsamt", "Public health office"},
        {"Schulverwaltung", "School administration"},
        {"Bildungsbüro", "Education office"}};
    for (const auto &[de, en] : names)
        if (german == QString::fromUtf8(de))
            return QString::fromUtf8(en);
    return german;
}

QString unit(const QString &german)
{
    if (german == QLatin1String("je 1.000"))
        return QStringLiteral("per 1,000");
    if (german == QLatin1String("je 100"))
        return QStringLiteral("per 100");
    if (german == QLatin1String("Personen"))
        return QStringLiteral("persons");
    return german;
}

QString title(const QString &german)
{
    if (german == QStringLiteral("Musterstadt – Bildungsmonitoring (fiktive Demodaten)"))
        return QStringLiteral("Musterstadt – education monitoring (fictional demo data)");
    return german;
}

} // namespace qw::DemoCityEnglish
