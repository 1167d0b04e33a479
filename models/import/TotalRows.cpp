#include "TotalRows.h"

#include "TableImport.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace qw {

bool TotalRows::looksLikeTotal(const QString &text)
{
    static const QRegularExpression words(
        QStringLiteral(R"(\b(?:insgesamt|zusammen|summe|gesamt|total|bezirk|stadtbezirk)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return !text.isEmpty() && words.match(text).hasMatch();
}

bool TotalRows::isCityTotal(const QString &text, const QString &cityName)
{
    const QString n = AreaMatcher::normaliseName(text);
    if (n.isEmpty())
        return false;
    static const QSet<QString> words {
        QStringLiteral("insgesamt"),     QStringLiteral("gesamt"),
        QStringLiteral("gesamtstadt"),   QStringLiteral("stadtinsgesamt"),
        QStringLiteral("stadtgesamt"),   QStringLiteral("stadt"),
        QStringLiteral("summe"),         QStringLiteral("gesamtsumme"),
        QStringLiteral("total"),         QStringLiteral("citytotal"),
        QStringLiteral("city"),          QStringLiteral("alle"),
        QStringLiteral("allegebiete"),   QStringLiteral("gesamtergebnis"),
        QStringLiteral("stadtzusammen"), QStringLiteral("zusammen")};
    if (words.contains(n))
        return true;
    const QString city = AreaMatcher::normaliseName(cityName);
    return !city.isEmpty()
        && (n == city || n == city + QLatin1String("insgesamt")
            || n == QLatin1String("stadt") + city || n == city + QLatin1String("gesamt"));
}

bool TotalRows::namesCity(const QString &text, const AreaMatcher &matcher, const QString &cityName)
{
    if (isCityTotal(text, cityName))
        return true;
    static const QRegularExpression total(QStringLiteral(R"(^(\S+)\s+(?:insgesamt|gesamt)$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = total.match(text.trimmed());
    return m.hasMatch() && matcher.byName(m.captured(1)).isEmpty()
        && !looksLikeTotal(m.captured(1));
}

void TotalRows::separate(ImportPlan &plan, const AreaMatcher &matcher,
                         std::vector<std::vector<size_t>> &rejectionsOf)
{
    // Unmatched rows that sum other rows (a district the project has no level for) are
    // totals, not errors: "Bezirk Nord", "Summe Süd", or a key that begins the keys of
    // matched rows ("01" above "0101", "0102").
    {
        QSet<QString> matchedKeys;
        for (const IndicatorValue &v : plan.values)
            matchedKeys.insert(v.areaKey);
        QSet<size_t> dropped;
        for (size_t u = 0; u < plan.unmatched.size(); ++u) {
            const UnmatchedKey &k = plan.unmatched[u];
            int prefixOf = 0;
            for (auto it = matchedKeys.constBegin(); it != matchedKeys.constEnd() && prefixOf < 2;
                 ++it)
                prefixOf += it->size() > k.fileKey.size() && it->startsWith(k.fileKey);
            // A key without its leading zero ("1" for "01") is a mismatch to suggest, not a
            // total.
            const bool prefixTotal =
                prefixOf >= 2 && matcher.suggest(k.fileKey, k.fileName).empty();
            if (!(looksLikeTotal(k.fileKey) || looksLikeTotal(k.fileName) || prefixTotal))
                continue;
            for (size_t r : rejectionsOf[u])
                dropped.insert(r);
            plan.totals.push_back({k.firstLine, k.fileKey, k.fileName, false});
            plan.rowsRejected -= k.rows;
            rejectionsOf[u].clear();
        }
        if (!dropped.isEmpty()) {
            std::vector<Rejection> kept;
            std::vector<size_t> newIndex(plan.rejections.size(), 0);
            for (size_t r = 0; r < plan.rejections.size(); ++r) {
                newIndex[r] = kept.size();
                if (!dropped.contains(r))
                    kept.push_back(std::move(plan.rejections[r]));
            }
            plan.rejections = std::move(kept);
            for (auto &list : rejectionsOf)
                for (size_t &r : list)
                    r = newIndex[r];
            std::vector<UnmatchedKey> stillUnmatched;
            std::vector<std::vector<size_t>> stillRejections;
            for (size_t u = 0; u < plan.unmatched.size(); ++u)
                if (!rejectionsOf[u].empty()) {
                    stillUnmatched.push_back(std::move(plan.unmatched[u]));
                    stillRejections.push_back(std::move(rejectionsOf[u]));
                }
            plan.unmatched = std::move(stillUnmatched);
            rejectionsOf = std::move(stillRejections);
        }
        std::sort(plan.totals.begin(), plan.totals.end(),
                  [](const TotalRow &a, const TotalRow &b) { return a.line < b.line; });
    }
}

} // namespace qw
