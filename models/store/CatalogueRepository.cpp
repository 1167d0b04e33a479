#include "CatalogueRepository.h"

#include "Sqlite.h"
#include "StoreError.h"

#include <QCoreApplication>

#include <algorithm>

namespace qw {

std::vector<Indicator> CatalogueRepository::indicators()
{
    std::vector<Indicator> result;
    auto st = m_db.prepare(QStringLiteral(
        "SELECT indicator_key, name_de, name_en, unit, kind, polarity, department, description, "
        "numerator_key, denominator_key, min_cases, decimals, source, recipe, unit_en, "
        "department_en FROM qw_indicators ORDER BY fid"));
    while (st.step()) {
        Indicator i;
        i.key = st.text(0);
        i.nameDe = st.text(1);
        i.nameEn = st.text(2);
        i.unit = st.text(3);
        const auto kind = indicatorKindFromCode(st.text(4));
        const auto polarity = polarityFromCode(st.text(5));
        if (!kind || !polarity)
            throw StoreError(
                StoreErrorKind::InvalidContent,
                QCoreApplication::translate(
                    "qw::Store",
                    "%1: indicator %2 has an unknown kind or polarity (\"%3\", \"%4\").")
                    .arg(m_db.path(), i.key, st.text(4), st.text(5)));
        i.kind = *kind;
        i.polarity = *polarity;
        i.department = st.text(6);
        i.description = st.text(7);
        i.numeratorKey = st.text(8);
        i.denominatorKey = st.text(9);
        i.minCases = int(st.integer(10));
        // 0 to 6 whatever the file says: a million decimals froze the text layout.
        i.decimals = int(std::clamp<std::int64_t>(st.integer(11), 0, 6));
        i.source = st.text(12);
        i.recipe = st.text(13);
        i.unitEn = st.text(14);
        i.departmentEn = st.text(15);
        result.push_back(std::move(i));
    }
    auto labels = m_db.prepare(QStringLiteral(
        "SELECT indicator_key, value, status, label_de, label_en FROM qw_value_labels "
        "ORDER BY indicator_key, value"));
    while (labels.step()) {
        const QString key = labels.text(0);
        const auto it = std::find_if(result.begin(), result.end(),
                                     [&](const Indicator &i) { return i.key == key; });
        if (it == result.end())
            continue; // labels of an entry removed by another program
        if (labels.isNull(1)) {
            if (labels.text(2) == toCode(ValueStatus::NotComputed)) {
                it->notComputedDe = labels.text(3);
                it->notComputedEn = labels.text(4);
            }
            continue;
        }
        it->valueLabels.push_back({labels.real(1), labels.text(3), labels.text(4)});
    }
    return result;
}

void CatalogueRepository::writeLabels(const Indicator &indicator)
{
    m_db.prepare(QStringLiteral("DELETE FROM qw_value_labels WHERE indicator_key = ?1"))
        .bind(1, indicator.key)
        .run();
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO qw_value_labels (indicator_key, value, status, label_de, label_en) "
        "VALUES (?1, ?2, ?3, ?4, ?5)"));
    for (const ValueLabel &l : indicator.valueLabels) {
        st.bind(1, indicator.key).bind(2, l.value).bindNull(3).bind(4, l.nameDe);
        st.bindOptionalText(5, l.nameEn).run();
    }
    if (!indicator.notComputedDe.isEmpty()) {
        st.bind(1, indicator.key).bindNull(2).bind(3, toCode(ValueStatus::NotComputed));
        st.bind(4, indicator.notComputedDe).bindOptionalText(5, indicator.notComputedEn).run();
    }
}

void CatalogueRepository::write(const std::vector<Indicator> &indicators, std::int64_t importId)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO qw_indicators (indicator_key, name_de, name_en, unit, kind, polarity, "
        "department, description, numerator_key, denominator_key, min_cases, decimals, source, "
        "import_id, recipe, unit_en, department_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
        "ON CONFLICT (indicator_key) DO UPDATE SET name_de = excluded.name_de, "
        "name_en = excluded.name_en, unit = excluded.unit, kind = excluded.kind, "
        "polarity = excluded.polarity, department = excluded.department, "
        "description = excluded.description, numerator_key = excluded.numerator_key, "
        "denominator_key = excluded.denominator_key, min_cases = excluded.min_cases, "
        "decimals = excluded.decimals, source = excluded.source, recipe = excluded.recipe, "
        "unit_en = excluded.unit_en, department_en = excluded.department_en"));
    for (const auto &i : indicators) {
        st.bind(1, i.key)
            .bind(2, i.nameDe)
            .bindOptionalText(3, i.nameEn)
            .bindOptionalText(4, i.unit)
            .bind(5, toCode(i.kind))
            .bind(6, toCode(i.polarity))
            .bindOptionalText(7, i.department)
            .bindOptionalText(8, i.description)
            .bindOptionalText(9, i.numeratorKey)
            .bindOptionalText(10, i.denominatorKey)
            .bind(11, i.minCases)
            .bind(12, i.decimals)
            .bindOptionalText(13, i.source);
        if (importId > 0)
            st.bind(14, importId);
        else
            st.bindNull(14);
        st.bindOptionalText(15, i.recipe);
        st.bindOptionalText(16, i.unitEn).bindOptionalText(17, i.departmentEn);
        st.run();
    }
}

void CatalogueRepository::remove(const QString &indicatorKey)
{
    m_db.prepare(QStringLiteral("DELETE FROM qw_value_labels WHERE indicator_key = ?1"))
        .bind(1, indicatorKey)
        .run();
    m_db.prepare(QStringLiteral("DELETE FROM qw_indicators WHERE indicator_key = ?1"))
        .bind(1, indicatorKey)
        .run();
}

void CatalogueRepository::removeUnusedOf(std::int64_t importId)
{
    m_db.prepare(QStringLiteral("DELETE FROM qw_indicators WHERE import_id = ?1 AND NOT EXISTS "
                                "(SELECT 1 FROM qw_values v WHERE v.indicator_key = "
                                "qw_indicators.indicator_key)"))
        .bind(1, importId)
        .run();
}

} // namespace qw
