#include "Project.h"

#include "AreaAggregation.h"
#include "DisclosureControl.h"
#include "Period.h"
#include "ProjectStore.h"
#include "Sqlite.h"
#include "StoreError.h"

#include <algorithm>
#include <cmath>
#include <future>

namespace qw {

// The stored values of one indicator and period by area index, with the official city
// figure where an import brought one.
struct Project::RawValues : ValueSeries
{
    // The official city figure, as the statistics office's table gave it (area key "").
    std::optional<double> official;
    bool hasOfficial = false;

    explicit RawValues(std::size_t n) : ValueSeries(n) { }
};

Project::Project(std::unique_ptr<ProjectStore> owned, ProjectStore *borrowed)
    : m_ownedStore(std::move(owned)), m_store(m_ownedStore ? m_ownedStore.get() : borrowed)
{
    m_metadata = m_store->metadata();
    m_levels = m_store->levels();
    // The finest level's outlines are read while opening (at the end): the first map shows them.
    const auto finest =
        std::max_element(m_levels.begin(), m_levels.end(),
                         [](const AreaLevel &a, const AreaLevel &b) { return a.rank < b.rank; });
    // A borrowed store computes, it does not draw: no outlines then.
    const QString eager = finest == m_levels.end() || !m_ownedStore ? QString() : finest->key;
    // The finest level's stored outlines are read on a connection of their own while this
    // one lists the areas: on two cores, opening takes the longer of the two, not the sum.
    auto stored = std::async(std::launch::async, [path = m_store->path(), eager] {
        try {
            return eager.isEmpty()
                ? std::optional<AreaShapes>()
                : ProjectStore::open(path, ProjectStore::Access::ReadOnly)->readShapes(eager);
        } catch (const StoreError &) {
            return std::optional<AreaShapes>(); // read again (and reported) below
        }
    });
    std::vector<int> rank; // of each area's level
    QString level; // the last area's, shared by the areas of that level
    int levelRank = 0;
    std::vector<int> *levelAreas = nullptr;
    const std::size_t expected = m_store->areaCountBound();
    m_areas.reserve(expected);
    m_areaIndexUtf8.reserve(qsizetype(expected));
    rank.reserve(expected);
    m_store->readAreaInfos([&](AreaInfo &&area, QByteArrayView keyUtf8) {
        // Areas come level by level, mostly: look the level up only when it changes.
        if (!levelAreas || area.level != level) {
            level = area.level;
            levelRank = 0;
            for (const AreaLevel &l : m_levels)
                if (l.key == area.level) {
                    level = l.key;
                    levelRank = l.rank;
                }
            levelAreas = &m_levelAreas[level];
        }
        area.level = level;
        const int i = int(m_areas.size());
        m_areaIndexUtf8.insert(keyUtf8.toByteArray(), i);
        levelAreas->push_back(i);
        rank.push_back(levelRank);
        m_areas.push_back(std::move(area));
    });
    m_areas.shrink_to_fit();
    // A parent's key is shared with the parent; neighbours mostly have the same parent.
    std::vector<int> parent(m_areas.size(), -1);
    for (std::size_t i = 0; i < m_areas.size(); ++i) {
        AreaInfo &a = m_areas[i];
        if (a.parentKey.isEmpty())
            continue;
        parent[i] = i > 0 && parent[i - 1] >= 0 && a.parentKey == m_areas[i - 1].parentKey
            ? parent[i - 1]
            : areaIndex(a.parentKey);
        if (parent[i] >= 0)
            a.parentKey = m_areas[std::size_t(parent[i])].key;
    }
    m_aggregation = std::make_unique<AreaAggregation>(parent, rank);
    m_disclosure = std::make_unique<DisclosureControl>(parent, rank);
    m_indicators = m_store->indicators();
    m_periods = m_store->valueRepository().indicatorPeriods();
    m_facilities = m_store->facilities();
    m_landmarks = m_store->landmarks();
    if (!eager.isEmpty())
        adoptShapes(eager, stored.get());
}

Project::~Project() = default;

std::shared_ptr<Project> Project::open(const QString &path)
{
    return open(ProjectStore::open(path));
}

std::shared_ptr<Project> Project::open(std::unique_ptr<ProjectStore> store)
{
    return std::shared_ptr<Project>(new Project(std::move(store), nullptr));
}

std::shared_ptr<Project> Project::borrow(ProjectStore &store)
{
    return std::shared_ptr<Project>(new Project(nullptr, &store));
}

const ValueSeries &Project::series(const QString &indicatorKey, const QString &period)
{
    return raw(indicatorKey, period);
}

void Project::reloadIndicator(const QString &indicatorKey)
{
    m_indicators = m_store->indicators();
    const QStringList periods = m_store->valueRepository().periods(indicatorKey);
    if (periods.isEmpty())
        m_periods.remove(indicatorKey);
    else
        m_periods.insert(indicatorKey, periods);
    for (auto it = m_cacheOrder.begin(); it != m_cacheOrder.end();) {
        if (it->first == indicatorKey) {
            m_rawCache.erase(*it);
            m_valueCache.erase(*it);
            it = m_cacheOrder.erase(it);
        } else {
            ++it;
        }
    }
}

QString Project::path() const
{
    return m_store->path();
}

const AreaShapes &Project::shapes(const QString &levelKey) const
{
    const auto it = m_shapes.find(levelKey);
    return it != m_shapes.end() ? *it->second
                                : adoptShapes(levelKey, m_store->readShapes(levelKey));
}

const AreaShapes &Project::adoptShapes(const QString &levelKey,
                                       std::optional<AreaShapes> &&stored) const
{
    // Stored with the project since the areas last changed, or built from the geometry
    // and stored for the next open.
    auto &slot = m_shapes[levelKey];
    if (stored && stored->count() == int(areasOfLevel(levelKey).size())) {
        slot = std::make_unique<const AreaShapes>(std::move(*stored));
    } else {
        auto built = std::make_unique<const AreaShapes>(m_store->shapesFromGeometry(levelKey));
        m_store->writeShapes(levelKey, *built);
        slot = std::move(built);
    }
    return *slot;
}

const std::vector<int> &Project::areasOfLevel(const QString &levelKey) const
{
    static const std::vector<int> none;
    const auto it = m_levelAreas.constFind(levelKey);
    return it == m_levelAreas.constEnd() ? none : *it;
}

QString Project::finestLevel() const
{
    for (auto it = m_levels.rbegin(); it != m_levels.rend(); ++it)
        if (!areasOfLevel(it->key).empty())
            return it->key;
    return m_areas.empty() ? QString() : m_areas.front().level;
}

QString Project::levelKey(const QString &keyOrName) const
{
    for (const AreaLevel &l : m_levels)
        if ((l.key == keyOrName || l.nameDe.compare(keyOrName, Qt::CaseInsensitive) == 0
             || (!l.nameEn.isEmpty() && l.nameEn.compare(keyOrName, Qt::CaseInsensitive) == 0))
            && !areasOfLevel(l.key).empty())
            return l.key;
    return {};
}

const Indicator *Project::indicator(const QString &key) const
{
    for (const auto &i : m_indicators)
        if (i.key == key)
            return &i;
    return nullptr;
}

std::vector<Project::IndicatorGroup> Project::indicatorGroups() const
{
    std::vector<IndicatorGroup> groups;
    for (int i = 0; i < int(m_indicators.size()); ++i) {
        const QString &dept = m_indicators[i].department;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const IndicatorGroup &g) { return g.department == dept; });
        if (it == groups.end())
            it = groups.insert(groups.end(), IndicatorGroup {dept, {}, {}});
        it->indicators.push_back(i);
        if (it->departmentEn.isEmpty())
            it->departmentEn = m_indicators[i].departmentEn;
    }
    return groups;
}

QString Project::matchingPeriod(const QString &indicatorKey, const QString &chosen) const
{
    return qw::matchingPeriod(periods(indicatorKey), chosen);
}

QString Project::defaultIndicator() const
{
    if (m_indicators.empty())
        return {};
    if (indicator(m_metadata.defaultIndicator))
        return m_metadata.defaultIndicator;
    for (const Indicator &i : m_indicators)
        if (i.polarity == Polarity::HigherIsWorse && !periods(i.key).isEmpty())
            return i.key;
    return m_indicators.front().key;
}

QString Project::periodFor(const QString &indicatorKey, const QString &preferred) const
{
    const QStringList all = periods(indicatorKey);
    if (const QString match = qw::matchingPeriod(all, preferred); !match.isEmpty())
        return match;
    return all.isEmpty() ? QString() : all.last();
}

QStringList Project::periods(const QString &indicatorKey) const
{
    return m_periods.value(indicatorKey);
}

const Project::RawValues &Project::raw(const QString &indicatorKey, const QString &period)
{
    if (const auto it = m_rawCache.find({indicatorKey, period}); it != m_rawCache.end())
        return *it->second;
    readValues(indicatorKey, period);
    auto &slot = m_rawCache[{indicatorKey, period}];
    if (!slot) {
        slot = std::make_shared<RawValues>(m_areas.size()); // no values: all missing
        m_cacheOrder.emplace_back(indicatorKey, period);
    }
    trimCaches({indicatorKey, period});
    return *slot;
}

void Project::trimCaches(const std::pair<QString, QString> &keep)
{
    // One indicator and period of a million areas take about 40 MB (as read and as shown):
    // keeping every one a comparison or a click ever read would soon take gigabytes. What
    // is dropped is read again when asked for; maps keep the values they show.
    constexpr std::size_t kBudget = std::size_t(256) << 20;
    constexpr std::size_t kBytesPerArea = 4 * sizeof(double) + 2 * sizeof(ValueStatus);
    const std::size_t keepAtMost = std::max<std::size_t>(
        4, kBudget / (kBytesPerArea * std::max<std::size_t>(1, m_areas.size())));
    while (m_cacheOrder.size() > keepAtMost) {
        std::pair<QString, QString> oldest = std::move(m_cacheOrder.front());
        m_cacheOrder.pop_front();
        if (oldest == keep) {
            m_cacheOrder.push_back(std::move(oldest));
            continue;
        }
        m_rawCache.erase(oldest);
        m_valueCache.erase(oldest);
    }
}

void Project::readValues(const QString &indicatorKey, const QString &period)
{
    // One period, or (empty period) every period of the indicator in one scan, for pooled
    // class breaks; periods already read are kept as they are.
    const std::size_t n = m_areas.size();
    std::vector<RawValues *> read;
    RawValues *current = nullptr;
    QByteArray currentPeriod;
    QByteArray lastStatusCode;
    ValueStatus lastStatus = ValueStatus::Missing;
    bool skip = false;
    // Keys, periods and status codes are compared as the bytes SQLite holds: a 10,000-area
    // indicator has 100,000 rows, and decoding three strings per row was most of the time.
    m_store->valueRepository().forEachRow(
        indicatorKey, period, [&](const ValueRepository::Row &row) {
            if (!current || row.period != currentPeriod) {
                currentPeriod = row.period.toByteArray(); // own copy: rows move on
                const QString period = QString::fromUtf8(currentPeriod);
                skip = m_rawCache.count({indicatorKey, period}) > 0;
                auto fresh = std::make_shared<RawValues>(n);
                current = fresh.get();
                if (!skip) {
                    read.push_back(current);
                    m_rawCache[{indicatorKey, period}] = std::move(fresh);
                    m_cacheOrder.emplace_back(indicatorKey, period);
                }
            }
            if (skip)
                return;
            if (row.areaKey.isEmpty()) {
                // The city row of an import: shown as the city's value, never if suppressed.
                current->hasOfficial = true;
                const bool shown = !std::isnan(row.value) && row.status != "suppressed";
                current->official = shown ? std::optional<double>(row.value) : std::nullopt;
                return;
            }
            const int i = m_areaIndexUtf8.value(
                QByteArray::fromRawData(row.areaKey.data(), row.areaKey.size()), -1);
            if (i < 0)
                return; // values for areas no longer in the project are kept but not shown
            if (row.status != lastStatusCode) {
                lastStatusCode = row.status.toByteArray();
                lastStatus = valueStatusFromCode(QString::fromUtf8(lastStatusCode))
                                 .value_or(ValueStatus::Missing);
            }
            current->value[i] = row.value;
            current->numerator[i] = row.numerator;
            current->denominator[i] = row.denominator;
            // Without a number only the statuses that explain its absence stay.
            current->status[i] = !std::isnan(row.value) || lastStatus == ValueStatus::Suppressed
                    || lastStatus == ValueStatus::NotComputed
                ? lastStatus
                : ValueStatus::Missing;
        });
    // Coarser levels without values of their own get them from the areas inside.
    const Indicator *ind = indicator(indicatorKey);
    if (!ind || !m_aggregation || m_aggregation->isEmpty())
        return;
    for (RawValues *r : read)
        m_aggregation->fill(*ind, r->value, r->numerator, r->denominator, r->status);
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
        const double cases = ind && ind->kind == IndicatorKind::Count ? r.value[i] : r.numerator[i];
        if (minCases > 0 && cases > 0 && cases < minCases) { // false for NaN
            out->status[i] = ValueStatus::Suppressed;
            continue;
        }
        out->values[i] = r.value[i];
    }
    protectSums(ind, *out);
    slot = out;
    trimCaches({indicatorKey, period});
    return out;
}

void Project::protectSums(const Indicator *indicator, AreaValues &out) const
{
    const bool additive = indicator
        && (indicator->kind == IndicatorKind::Count || indicator->kind == IndicatorKind::Share
            || indicator->kind == IndicatorKind::Rate);
    if (!additive || !m_disclosure
        || std::none_of(out.status.begin(), out.status.end(),
                        [](ValueStatus s) { return s == ValueStatus::Suppressed; }))
        return;
    const std::size_t n = out.values.size();
    std::vector<double> published(out.values);
    published.push_back(0); // the city's figure is always published
    std::vector<bool> secret(n + 1, false);
    for (std::size_t i = 0; i < n; ++i)
        secret[i] = out.status[i] == ValueStatus::Suppressed;
    const std::vector<std::size_t> withheld = m_disclosure->protect(published, secret);
    if (withheld.empty())
        return;
    out.complementary.assign(n, false);
    for (const std::size_t c : withheld) {
        out.status[c] = ValueStatus::Suppressed;
        out.values[c] = std::nan("");
        out.complementary[c] = true;
    }
}

std::vector<double> Project::pooledValues(const QString &indicatorKey, const QString &levelKey)
{
    const std::vector<int> rows = areasOfLevel(levelKey);
    // All periods in one scan, but only when one is not read yet: a film frame asks for the
    // pooled values again and again, and a scan of every row only to skip them all was
    // most of a frame's time.
    const QStringList all = periods(indicatorKey);
    if (std::any_of(all.begin(), all.end(), [&](const QString &p) {
            return !m_rawCache.count({indicatorKey, p});
        }))
        readValues(indicatorKey, QString());
    std::vector<double> pooled;
    for (const QString &period : all) {
        const auto v = values(indicatorKey, period);
        for (int i : rows)
            if (!std::isnan(v->values[i]))
                pooled.push_back(v->values[i]);
    }
    return pooled;
}

CityFigure Project::cityFigure(const QString &indicatorKey, const QString &period,
                               const QString &levelKey)
{
    CityFigure f;
    const Indicator *ind = indicator(indicatorKey);
    // A class number has no city figure: the mean of "hoch" and "niedrig" is no class.
    if (!ind || ind->isCategorical())
        return f;
    f.sumOfAreas = sumOfAreas(*ind, raw(indicatorKey, period), levelKey);
    const RawValues &r = raw(indicatorKey, period);
    f.official = r.hasOfficial;
    f.value = r.hasOfficial ? r.official : f.sumOfAreas;
    // Differences below the indicator's rounding are no difference to a reader.
    // Means and indices (a change in percentage points) have no sum to differ from.
    const bool summable = ind->kind == IndicatorKind::Count || ind->kind == IndicatorKind::Share
        || ind->kind == IndicatorKind::Rate;
    f.differs = summable && r.hasOfficial && r.official && f.sumOfAreas
        && std::abs(*r.official - *f.sumOfAreas)
            >= 0.5 * std::pow(10.0, -std::max(0, ind->decimals));
    return f;
}

std::optional<double> Project::cityValue(const QString &indicatorKey, const QString &period,
                                         const QString &levelKey)
{
    return cityFigure(indicatorKey, period, levelKey).value;
}

std::optional<double> Project::sumOfAreas(const Indicator &indicator, const RawValues &r,
                                          const QString &levelKey) const
{
    const Indicator *ind = &indicator;
    double sum = 0, num = 0, den = 0, scale = 0;
    int count = 0, ratioCount = 0;
    for (int i : areasOfLevel(levelKey)) {
        if (std::isnan(r.value[i]))
            continue;
        sum += r.value[i];
        ++count;
        if (!std::isnan(r.numerator[i]) && r.denominator[i] > 0) {
            num += r.numerator[i];
            den += r.denominator[i];
            ++ratioCount;
            // The unit's scale (100 for %, 1000 for per mille) as the data show it.
            if (scale == 0 && r.numerator[i] > 0)
                scale = r.value[i] / (r.numerator[i] / r.denominator[i]);
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
