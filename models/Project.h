#pragma once

#include "AreaShapes.h"
#include "Period.h"
#include "ProjectTypes.h"
#include "ValueSeries.h"

#include <QHash>
#include <QStringList>

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace qw {

class AreaAggregation;
class DisclosureControl;
class ProjectStore;

// The city's value of an indicator in a period: the official figure where an import
// brought one (the city row of a statistics office's table), else the areas' sum. Real
// city totals often differ from the sum of their areas by a few persons.
struct CityFigure
{
    std::optional<double> value; // what is shown as the city's value
    std::optional<double> sumOfAreas; // counts summed, rates from summed parts
    bool official = false; // value is the official figure
    bool differs = false; // ... and it differs from the sum beyond the indicator's rounding
};

// The publishable values of one indicator in one period, aligned with Project::areas():
// suppressed and missing values carry NaN, so no code path can show them by accident.
struct AreaValues
{
    QString indicatorKey;
    QString period;
    std::vector<double> values;
    std::vector<ValueStatus> status;
    // Per area, true where a shown value was withheld only so that a suppressed one cannot
    // be computed back from a sum (secondary suppression, see DisclosureControl); its status
    // is Suppressed. Empty when none was.
    std::vector<bool> complementary;

    bool isComplementary(std::size_t area) const
    {
        return area < complementary.size() && complementary[area];
    }
    bool isShown(std::size_t area) const
    {
        return status[area] == ValueStatus::Ok || status[area] == ValueStatus::Estimated;
    }
};

// An open project: metadata, areas (their outlines compactly), catalogue and facilities in
// memory, values loaded per indicator and period on demand (a national-scale project does
// not fit in memory whole).
// Owns its ProjectStore (or borrows one, see borrow()). Not thread-safe: use from the GUI thread
// and hand renderers copies (AreaValues is shared immutable data).
class Project
{
public:
    // Throws StoreError.
    static std::shared_ptr<Project> open(const QString &path);
    // The project in a store already open (e.g. read-only: then nothing is written to it).
    static std::shared_ptr<Project> open(std::unique_ptr<ProjectStore> store);
    // A project reading through a store the caller keeps open and owns, e.g. inside an
    // import's transaction to recompute derived indicators from what it wrote. Reads no
    // outlines eagerly; must not outlive the store.
    static std::shared_ptr<Project> borrow(ProjectStore &store);
    ~Project();

    QString path() const;
    const ProjectMetadata &metadata() const { return m_metadata; }
    const std::vector<AreaLevel> &levels() const { return m_levels; }
    const std::vector<AreaInfo> &areas() const { return m_areas; }
    // The outlines of one level's areas, in the order of areasOfLevel(). The finest level's
    // are read when the project opens, the others' on first use (from the GUI thread, like
    // the rest of this class): a coarser level not looked at costs no memory. Built from
    // the geometry once and then kept in the file (ProjectStore::writeShapes). Once read
    // they stay unchanged while the project lives, so render jobs on worker threads may
    // read them.
    const AreaShapes &shapes(const QString &levelKey) const;
    // Index into areas(), or -1.
    int areaIndex(const QString &key) const { return m_areaIndexUtf8.value(key.toUtf8(), -1); }
    // Indices of the areas of one level, in file order.
    const std::vector<int> &areasOfLevel(const QString &levelKey) const;
    // The finest level that has areas (the default map level).
    QString finestLevel() const;
    // The key of the level with areas named by key or (German or English) name, or empty.
    QString levelKey(const QString &keyOrName) const;

    const std::vector<Indicator> &indicators() const { return m_indicators; }
    // Indicator indices grouped by source department, both in catalogue order (the
    // department is empty for indicators without one).
    // The indicators of one department, grouped by its German name.
    struct IndicatorGroup
    {
        QString department;
        std::vector<int> indicators;
        QString departmentEn; // the first English name among its indicators, or empty
        QString name(bool german) const
        {
            return german || departmentEn.isEmpty() ? department : departmentEn;
        }
    };
    std::vector<IndicatorGroup> indicatorGroups() const;
    const Indicator *indicator(const QString &key) const;
    // The indicator a window shows first: the project's own choice, else the first with a
    // direction that has values (a need indicator reads best), else the first; empty
    // without indicators.
    QString defaultIndicator() const;
    QStringList periods(const QString &indicatorKey) const;
    // The indicator's period matching the chosen one (see qw::matchingPeriod), empty when
    // it has none: for the rows of a comparison or profile, which never show another year.
    QString matchingPeriod(const QString &indicatorKey, const QString &chosen) const;
    // The matching period, else the indicator's latest; empty when it has none (a map or a
    // pane switching to another indicator must show some period, and shows which).
    QString periodFor(const QString &indicatorKey, const QString &preferred) const;

    // Suppression (disclosure control) is applied here, once, so that the screen and every
    // export show the same: a value whose case count (numerator, or the value of a count)
    // is above 0 and below the indicator's minimum is marked suppressed and its number
    // dropped; then, for counts, shares and rates, the complementary values without which
    // a sum over the levels would give a suppressed one away (DisclosureControl).
    std::shared_ptr<const AreaValues> values(const QString &indicatorKey, const QString &period);
    // The shown values of an indicator over all its periods for the areas of one level, for
    // class breaks that mean the same in every year.
    std::vector<double> pooledValues(const QString &indicatorKey, const QString &levelKey);
    // The value for the whole city: counts summed, rates and shares recomputed from the
    // summed numerators and denominators (never averaged), other kinds as the mean.
    // The official city figure takes precedence (see CityFigure).
    std::optional<double> cityValue(const QString &indicatorKey, const QString &period,
                                    const QString &levelKey);
    CityFigure cityFigure(const QString &indicatorKey, const QString &period,
                          const QString &levelKey);

    // The stored values as read, before suppression by case count, coarser levels filled
    // from the areas inside: what derived indicators are computed from. Valid until the
    // next call that reads values.
    const ValueSeries &series(const QString &indicatorKey, const QString &period);
    // Reads an indicator's catalogue entry and periods again and forgets its cached
    // values, after its values were written (a derived indicator recomputed).
    void reloadIndicator(const QString &indicatorKey);

    const std::vector<Facility> &facilities() const { return m_facilities; }
    const std::vector<Landmark> &landmarks() const { return m_landmarks; }

    ProjectStore &store() { return *m_store; }

private:
    Project(std::unique_ptr<ProjectStore> owned, ProjectStore *borrowed);
    struct RawValues;
    const RawValues &raw(const QString &indicatorKey, const QString &period);
    std::optional<double> sumOfAreas(const Indicator &indicator, const RawValues &values,
                                     const QString &levelKey) const;
    void readValues(const QString &indicatorKey, const QString &period);
    // Secondary suppression of one indicator's values (see values()).
    void protectSums(const Indicator *indicator, AreaValues &out) const;
    // Keeps stored outlines of a level if they count its areas, else builds them from the
    // geometry and stores them for the next open.
    const AreaShapes &adoptShapes(const QString &levelKey,
                                  std::optional<AreaShapes> &&stored) const;
    // Drops the oldest cached values beyond a memory budget, never those of keep.
    void trimCaches(const std::pair<QString, QString> &keep);

    std::unique_ptr<ProjectStore> m_ownedStore; // empty for a borrowed store
    ProjectStore *m_store;
    std::unique_ptr<AreaAggregation> m_aggregation;
    std::unique_ptr<DisclosureControl> m_disclosure;
    ProjectMetadata m_metadata;
    std::vector<AreaLevel> m_levels;
    std::vector<AreaInfo> m_areas;
    mutable std::map<QString, std::unique_ptr<const AreaShapes>> m_shapes; // by level
    // Indices of the areas of each level, in project order (asked for per indicator and
    // period by comparisons and city values).
    QHash<QString, std::vector<int>> m_levelAreas;
    // Area keys as UTF-8, as SQLite hands them over: values are matched to areas without
    // decoding every row's key (and one index serves both, at a million areas).
    QHash<QByteArray, int> m_areaIndexUtf8;
    std::vector<Indicator> m_indicators;
    QHash<QString, QStringList> m_periods;
    std::vector<Facility> m_facilities;
    std::vector<Landmark> m_landmarks;
    std::map<std::pair<QString, QString>, std::shared_ptr<const AreaValues>> m_valueCache;
    std::map<std::pair<QString, QString>, std::shared_ptr<const RawValues>> m_rawCache;
    // (indicator, period) pairs in the caches, oldest first (see trimCaches()).
    std::deque<std::pair<QString, QString>> m_cacheOrder;
};

} // namespace qw
