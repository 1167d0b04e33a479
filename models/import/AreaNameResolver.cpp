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
        // The level most rows around it belong to.
        QHash<QString, int> levels;
        for (size_t j = i >= 5 ? i - 5 : 0; j < std::min(rows.size(), i + 6); ++j)
            if (j != i && rows[j].candidates.size() == 1)
                ++levels[matcher.level(rows[j].candidates.front())];
        QString level;
        int best = 0;
        for (auto it = levels.constBegin(); it != levels.constEnd(); ++it)
            if (it.value() > best) {
                best = it.value();
                level = it.key();
            }
        QStringList onLevel;
        QStringList described;
        for (const QString &k : row.candidates) {
            described << QStringLiteral("%1 (%2)").arg(k, matcher.level(k));
            if (matcher.level(k) == level)
                onLevel << k;
        }
        // Two areas of that level share the name: the one in the district of the rows
        // around it.
        if (onLevel.size() > 1) {
            QHash<QString, int> parents;
            for (size_t j = i >= 5 ? i - 5 : 0; j < std::min(rows.size(), i + 6); ++j)
                if (j != i && rows[j].candidates.size() == 1)
                    ++parents[matcher.parent(rows[j].candidates.front())];
            QStringList inDistrict;
            int most = 0;
            QString district;
            for (auto it = parents.constBegin(); it != parents.constEnd(); ++it)
                if (it.value() > most && !it.key().isEmpty()) {
                    most = it.value();
                    district = it.key();
                }
            for (const QString &k : onLevel)
                if (!district.isEmpty() && matcher.parent(k) == district)
                    inDistrict << k;
            if (inDistrict.size() == 1)
                onLevel = inDistrict;
        }
        if (onLevel.size() == 1) {
            areaOfLine->insert(row.line, onLevel.front());
            notes->append(tr("Line %1: \"%2\" names %3; taken as %4, the level of the rows "
                             "around it.")
                              .arg(row.line)
                              .arg(row.text, described.join(tr(" and ")),
                                   QStringLiteral("%1 (%2)").arg(onLevel.front(), level)));
        } else {
            ambiguous->insert(row.line,
                              tr("the name \"%1\" names several areas: %2; assign the row "
                                 "to one of them in the wizard, or import a table with keys")
                                  .arg(row.text, described.join(QStringLiteral(", "))));
        }
    }
}

} // namespace qw
