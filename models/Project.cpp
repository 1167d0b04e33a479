#include "Project.h"

#include "ProjectStore.h"
#include "Sqlite.h"

#include <cmath>

namespace qw {

struct Project::RawValues
{
    std::vector<std::optional<double>> value, numerator, denominator;
    std::vector<ValueStatus> status;
};

Project::Project(std::unique_ptr<ProjectStore> store) : m_store(std::move(store))
{
    m_metadata = m_store->metadata();
    m_levels = m_store->levels();
    m_areas = m_store->areas();
    for (int i = 0; i < int(m_areas.size()); ++i)
        m_areaIndex.insert(m_areas[i].key, i);
    m_indicators = m_store->indicators();
    auto st = m_store->database().prepare(QStringLiteral(
        "SELECT DISTINCT indicator_key, period FROM qw_values ORDER BY indicator_key, period"));
    while (st.step())
        m_periods[st.text(0)] << st.text(1);
    m_facilities = m_store->facilities();
    m_landmarks = m_store->landmarks();
}

Project::~Project() = default;

std::shared_ptr<Project> Project::open(const QString &path)
{
    return std::shared_ptr<Project>(new Project(ProjectStore::open(path)));
}

QString Project::path() const
{
    return m_store->path();
}

std::vector<int> Project::areasOfLevel(const QString &levelKey) const
{
    std::vector<int> result;
    for (int i = 0; i < int(m_areas.size()); ++i)
        if (m_areas[i].level == levelKey)
            result.push_back(i);
    return result;
}

QString Project::finestLevel() const
{
    for (auto it = m_levels.rbegin(); it != m_levels.rend(); ++it)
        if (!areasOfLevel(it->key).empty())
            return it->key;
    return m_areas.empty() ? QString() : m_areas.front().level;
}

const Indicator *Project::indicator(const QString &key) const
{
    for (const auto &i : m_indicators)
        if (i.key == key)
            return &i;
    return nullptr;
}

QStringList Project::periods(const QString &indicatorKey) const
{
    return m_periods.value(indicatorKey);
}

const Project::RawValues &Project::raw(const QString &indicatorKey, const QString &period)
{
    auto &slot = m_rawCache[{indicatorKey, period}];
    if (slot)
        return *slot;
    auto raw = std::make_shared<RawValues>();
    const std::size_t n = m_areas.size();
    raw->value.resize(n);
    raw->numerator.resize(n);
    raw->denominator.resize(n);
    raw->status.assign(n, ValueStatus::Missing);
    for (const IndicatorValue &v : m_store->values(indicatorKey, period)) {
        const int i = areaIndex(v.areaKey);
        if (i < 0)
            continue; // values for areas no longer in the project are kept but not shown
        raw->value[i] = v.value;
        raw->numerator[i] = v.numerator;
        raw->denominator[i] = v.denominator;
        raw->status[i] = v.value ? v.status
                                 : (v.status == ValueStatus::Suppressed ? ValueStatus::Suppressed
                                                                        : ValueStatus::Missing);
    }
    slot = raw;
    return *slot;
}

std::shared_ptr<const AreaValues> Project::values(const QString &indicatorKey,
                                                  const QString &period)
{
    auto &slot = m_valueCache[{indicatorKey, period}];
    if (slot)
        return slot;
    const Indicator *ind = indicator(indicatorKey);
    const RawValues &r = raw(indicatorKey, period);
    auto out = std::make_shared<AreaValues>();
    out->indicatorKey = indicatorKey;
    out->period = period;
    const std::size_t n = m_areas.size();
    out->values.assign(n, std::nan(""));
    out->status = r.status;
    const int minCases = ind ? ind->minCases : 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!out->isShown(i))
            continue;
        const std::optional<double> cases =
            ind && ind->kind == IndicatorKind::Count ? r.value[i] : r.numerator[i];
        if (minCases > 0 && cases && *cases > 0 && *cases < minCases) {
            out->status[i] = ValueStatus::Suppressed;
            continue;
        }
        out->values[i] = *r.value[i];
    }
    slot = out;
    return slot;
}

std::vector<double> Project::pooledValues(const QString &indicatorKey, const QString &levelKey)
{
    const std::vector<int> rows = areasOfLevel(levelKey);
    std::vector<double> pooled;
    for (const QString &period : periods(indicatorKey)) {
        const auto v = values(indicatorKey, period);
        for (int i : rows)
            if (!std::isnan(v->values[i]))
                pooled.push_back(v->values[i]);
    }
    return pooled;
}

std::optional<double> Project::cityValue(const QString &indicatorKey, const QString &period,
                                         const QString &levelKey)
{
    const Indicator *ind = indicator(indicatorKey);
    if (!ind)
        return std::nullopt;
    const RawValues &r = raw(indicatorKey, period);
    double sum = 0, num = 0, den = 0, scale = 0;
    int count = 0, ratioCount = 0;
    for (int i : areasOfLevel(levelKey)) {
        if (!r.value[i])
            continue;
        sum += *r.value[i];
        ++count;
        if (r.numerator[i] && r.denominator[i] && *r.denominator[i] > 0) {
            num += *r.numerator[i];
            den += *r.denominator[i];
            ++ratioCount;
            // The unit's scale (100 for %, 1000 for per mille) as the data show it.
            if (scale == 0 && *r.numerator[i] > 0)
                scale = *r.value[i] / (*r.numerator[i] / *r.denominator[i]);
        }
    }
    if (count == 0)
        return std::nullopt;
    switch (ind->kind) {
    case IndicatorKind::Count:
        return sum;
    case IndicatorKind::Share:
    case IndicatorKind::Rate:
        if (ratioCount == count && den > 0)
            return num / den * (scale > 0 ? std::round(scale) : 100.0);
        return std::nullopt; // without numerators a city rate cannot be computed honestly
    case IndicatorKind::Mean:
    case IndicatorKind::Index:
        return sum / count;
    }
    return std::nullopt;
}

} // namespace qw
