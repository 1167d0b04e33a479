#include "AreaNameResolver.h"

#include "TableSource.h"

#include <algorithm>

namespace qw {

void AreaNameResolver::resolve(TableSource &source, int keyColumn, const AreaMatcher &matcher,
                               const QHash<QString, QString> &mapping,
                               QHash<qint64, QString> *areaOfLine,
                               QHash<qint64, QString> *ambiguous, QStringList *notes)
{
    struct Row
    {
        qint64 line;
        QString text;
        QStringList candidates;
    };
    std::vector<Row> rows;
    source.forEachRow([&](const QStringList &fields, qint64 line, double) {
        const QString text = fields.value(keyColumn).trimmed();
        QStringList candidates;
        const QString exact = matcher.match(text, mapping);
        if (!exact.isEmpty())
            candidates << exact;
        else
            candidates = matcher.byName(text);
        rows.push_back({line, text, candidates});
        return true;
    });
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        if (row.candidates.size() == 1) {
            areaOfLine->insert(row.line, row.candidates.front());
            continue;
        }
        if (row.candidates.isEmpty())
            continue;
        // What most of the rows around it that name one area have in common: their level,
        // then their district (empty when none).
        auto mostAround = [&](const QString &(AreaMatcher::*of)(const QString &) const) {
            QHash<QString, int> counts;
            for (size_t j = i >= 5 ? i - 5 : 0; j < std::min(rows.size(), i + 6); ++j)
                if (j != i && rows[j].candidates.size() == 1)
                    ++counts[(matcher.*of)(rows[j].candidates.front())];
            QString most;
            int best = 0;
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
                if (it.value() > best && !it.key().isEmpty()) {
                    best = it.value();
                    most = it.key();
                }
            return most;
        };
        const QString level = mostAround(&AreaMatcher::level);
        QStringList onLevel;
        QStringList described;
        for (const QString &k : row.candidates) {
            described << QStringLiteral("%1 (%2)").arg(k, matcher.level(k));
            if (matcher.level(k) == level)
                onLevel << k;
        }
        // Two areas of that level share the name: the one in the district of the rows
        // around it.
        QString district;
        if (onLevel.size() > 1) {
            district = mostAround(&AreaMatcher::parent);
            QStringList inDistrict;
            for (const QString &k : onLevel)
                if (!district.isEmpty() && matcher.parent(k) == district)
                    inDistrict << k;
            if (inDistrict.size() == 1)
                onLevel = inDistrict;
            else
                district.clear();
        }
        if (onLevel.size() == 1) {
            areaOfLine->insert(row.line, onLevel.front());
            const QString taken = QStringLiteral("%1 (%2)").arg(onLevel.front(), level);
            const QString names = described.join(tr(" and "));
            notes->append(
                district.isEmpty()
                    ? tr("Line %1: \"%2\" names %3; taken as %4, the level of the rows around "
                         "it.")
                          .arg(row.line)
                          .arg(row.text, names, taken)
                    : tr("Line %1: \"%2\" names %3; taken as %4, in %5 like the rows around "
                         "it.")
                          .arg(row.line)
                          .arg(row.text, names, taken, district));
        } else {
            ambiguous->insert(row.line,
                              tr("the name \"%1\" names several areas: %2; assign the row "
                                 "to one of them in the wizard, or import a table with keys")
                                  .arg(row.text, described.join(QStringLiteral(", "))));
        }
    }
}

} // namespace qw
