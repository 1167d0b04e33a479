#include "DemoCityGenerator.h"

#include "DemoCityCatalogue.h"
#include "DemoCityEnglish.h"
#include "DemoCityLayout.h"
#include "ProjectStore.h"
#include "Random.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace qw {

namespace {

using namespace demo;

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}
double logit(double p)
{
    return std::log(p / (1.0 - p));
}

QString padded(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

int digits(int n)
{
    int d = 1;
    while (n >= 10) {
        n /= 10;
        ++d;
    }
    return d;
}

QString periodLabel(PeriodStyle style, int year)
{
    if (style == PeriodStyle::Year || (style == PeriodStyle::SchoolYearThenYear && year >= 2020))
        return QString::number(year);
    return QStringLiteral("%1/%2").arg(year).arg(padded((year + 1) % 100, 2));
}

double valueScale(const char *unit)
{
    const QString u = QString::fromUtf8(unit);
    return u == QLatin1String("je 1.000") ? 1000.0 : 100.0;
}

} // namespace

DemoCityGenerator::DemoCityGenerator(Options options) : m_options(options) { }

QString DemoCityGenerator::generatorTag()
{
    return QStringLiteral("Musterstadt demo generator %1").arg(kVersion);
}

DemoCityGenerator::City DemoCityGenerator::generate() const
{
    const Options &o = m_options;
    Random rng(o.seed);
    City city;
    city.metadata.title = QStringLiteral("Musterstadt – Bildungsmonitoring (fiktive Demodaten)");
    city.metadata.titleEn = DemoCityEnglish::title(city.metadata.title);
    city.metadata.city = QStringLiteral("Musterstadt");
    city.metadata.srsId = 25832;
    city.metadata.fictional = true;
    city.metadata.generator = generatorTag();
    city.metadata.defaultIndicator = QStringLiteral("child_poverty");

    DemoCityLayout::Options lo;
    lo.areaCount = o.areaCount;
    lo.districtCount = o.districtCount;
    lo.verticesPerArea = o.verticesPerArea;
    lo.totalAreaKm2 = 280.0 * std::sqrt(std::max(1.0, o.areaCount / 39.0));
    lo.seed = o.seed;
    const DemoCityLayout layout = DemoCityLayout::build(lo);
    const int n = int(layout.areas.size());
    const int districts = int(layout.districts.size());

    city.levels = {{QStringLiteral("stadtbezirk"), QStringLiteral("Stadtbezirk"),
                    QStringLiteral("District"), 0},
                   {QStringLiteral("sozialraum"), QStringLiteral("Sozialraum"),
                    QStringLiteral("Social area"), 1}};

    // Districts numbered from the centre outwards, clockwise.
    std::vector<int> districtRank(districts);
    {
        std::vector<int> dOrder(districts);
        for (int d = 0; d < districts; ++d)
            dOrder[d] = d;
        auto polar = [&](int d) {
            const Point c = layout.districtCentres[d];
            const double r = std::hypot(c.x - layout.centre.x, c.y - layout.centre.y);
            const double a = std::atan2(c.x - layout.centre.x, c.y - layout.centre.y);
            return std::pair(r < 0.3 * layout.radius ? 0 : 1, a < 0 ? a + 2 * std::numbers::pi : a);
        };
        std::stable_sort(dOrder.begin(), dOrder.end(),
                         [&](int a, int b) { return polar(a) < polar(b); });
        for (int r = 0; r < districts; ++r)
            districtRank[dOrder[r]] = r;
    }
    // Order small areas by district, then north to south, for readable keys.
    std::vector<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int da = districtRank[layout.districtOfArea[a]];
        const int db = districtRank[layout.districtOfArea[b]];
        if (da != db)
            return da < db;
        return layout.seeds[a].y > layout.seeds[b].y;
    });
    const int dWidth = std::max(2, digits(districts));
    std::vector<QString> districtKey(districts);
    for (int d = 0; d < districts; ++d) {
        const int rank = districtRank[d];
        districtKey[d] = padded(rank + 1, dWidth);
        Area a;
        a.key = districtKey[d];
        a.name = rank < int(districtNames().size())
            ? QString::fromUtf8(districtNames()[std::size_t(rank)])
            : QStringLiteral("Bezirk %1").arg(rank + 1);
        a.level = QStringLiteral("stadtbezirk");
        a.geometry = layout.districts[d];
        city.areas.push_back(std::move(a));
    }
    std::stable_sort(city.areas.begin(), city.areas.end(),
                     [](const Area &a, const Area &b) { return a.key < b.key; });

    // Unique area names from stems and endings, shuffled deterministically.
    std::vector<QString> names;
    for (const char *stem : areaStems())
        for (const char *ending : areaEndings())
            names.push_back(QString::fromUtf8(stem) + QString::fromUtf8(ending));
    for (std::size_t i = names.size() - 1; i > 0; --i)
        std::swap(names[i], names[std::size_t(rng.below(int(i + 1)))]);

    std::vector<int> localCount(districts, 0);
    int maxLocal = 0;
    for (int i = 0; i < n; ++i)
        maxLocal = std::max(maxLocal, ++localCount[layout.districtOfArea[i]]);
    std::fill(localCount.begin(), localCount.end(), 0);
    const int lWidth = std::max(2, digits(maxLocal));
    const int firstSmall = int(city.areas.size());
    std::vector<int> areaOrder(n);
    for (int k = 0; k < n; ++k) {
        const int i = order[k];
        const int d = layout.districtOfArea[i];
        Area a;
        a.key = districtKey[d] + padded(++localCount[d], lWidth);
        const std::size_t nameIndex = std::size_t(k) % names.size();
        a.name = names[nameIndex];
        if (std::size_t(k) >= names.size())
            a.name += QStringLiteral(" %1").arg(std::size_t(k) / names.size() + 1);
        a.level = QStringLiteral("sozialraum");
        a.parentKey = districtKey[d];
        a.geometry = layout.areas[i];
        areaOrder[k] = i;
        city.areas.push_back(std::move(a));
    }

    // The social gradient: a smooth field (north and inner city poorer, like many
    // Ruhr cities) plus area noise, standardised.
    NoiseField field(o.seed ^ 0xabcdef);
    std::vector<double> dep(n), popBase(n), growth(n);
    double mean = 0, sq = 0;
    for (int k = 0; k < n; ++k) {
        const Point p = layout.seeds[areaOrder[k]];
        const double nx = (p.x - layout.centre.x) / layout.radius;
        const double ny = (p.y - layout.centre.y) / layout.radius;
        const double r = std::hypot(nx, ny);
        dep[k] =
            0.9 * ny + 0.8 * (0.6 - r) + 0.9 * field.at(nx * 1.7, ny * 1.7) + 0.35 * rng.normal();
        mean += dep[k];
        sq += dep[k] * dep[k];
    }
    mean /= n;
    const double sd = std::sqrt(std::max(1e-9, sq / n - mean * mean));
    double popSum = 0;
    for (int k = 0; k < n; ++k) {
        dep[k] = (dep[k] - mean) / sd;
        const MultiPolygon &g = city.areas[firstSmall + k].geometry;
        // Denser inner city, more inhabitants in poorer (denser-built) quarters.
        popBase[k] = std::sqrt(g.area()) * std::exp(0.15 * dep[k] + 0.3 * rng.normal());
        popSum += popBase[k];
        growth[k] = rng.normal(0.003, 0.006);
    }
    for (int k = 0; k < n; ++k)
        popBase[k] *= o.population / popSum;

    // Catalogue.
    for (const auto &c : demo::counts()) {
        Indicator ind;
        ind.key = QString::fromLatin1(c.key);
        ind.nameDe = QString::fromUtf8(c.nameDe);
        ind.nameEn = QString::fromUtf8(c.nameEn);
        ind.unit = QStringLiteral("Personen");
        ind.kind = IndicatorKind::Count;
        ind.polarity = Polarity::Neutral;
        ind.department = QString::fromUtf8(kStat);
        ind.source = QStringLiteral("Statistikstelle, Einwohnermelderegister (31.12.)");
        ind.description = ind.nameDe + QStringLiteral(" mit Hauptwohnsitz am 31.12.");
        ind.decimals = 0;
        city.indicators.push_back(ind);
    }
    for (const auto &r : demo::rates()) {
        Indicator ind;
        ind.key = QString::fromLatin1(r.key);
        ind.nameDe = QString::fromUtf8(r.nameDe);
        ind.nameEn = QString::fromUtf8(r.nameEn);
        ind.unit = QString::fromUtf8(r.unit);
        ind.kind = r.kind;
        ind.polarity = r.polarity;
        ind.department = QString::fromUtf8(r.department);
        ind.source = QString::fromUtf8(r.source);
        ind.description = QString::fromUtf8(r.description);
        ind.minCases = r.minCases;
        ind.decimals = 1;
        if (r.denominatorKey)
            ind.denominatorKey = QString::fromLatin1(r.denominatorKey);
        city.indicators.push_back(ind);
    }
    {
        Indicator ind;
        ind.key = QStringLiteral("social_index");
        ind.nameDe = QStringLiteral("Sozialindex");
        ind.nameEn = QStringLiteral("Social index");
        ind.unit = QStringLiteral("z");
        ind.kind = IndicatorKind::Index;
        ind.polarity = Polarity::HigherIsWorse;
        ind.department = QString::fromUtf8(kEduOffice);
        ind.source = QStringLiteral("Bildungsbüro, eigene Berechnung");
        ind.description = QStringLiteral(
            "Mittelwert der z-Werte von SGB-II-Quote, Kinderarmut, Arbeitslosenquote und "
            "Alleinerziehenden; 0 = Stadtdurchschnitt, höher = größerer Unterstützungsbedarf");
        ind.decimals = 2;
        city.indicators.push_back(ind);
    }

    for (Indicator &ind : city.indicators) { // the catalogue in English as well
        ind.unitEn = DemoCityEnglish::unit(ind.unit);
        ind.departmentEn = DemoCityEnglish::department(ind.department);
    }

    // Values.
    const int periods = o.periodCount;
    std::map<QString, std::vector<std::vector<double>>> rateValues; // key -> [period][area]
    // Made once: sizing them inside the loops built an n-long vector per area and indicator.
    for (const auto &r : demo::rates())
        rateValues[QString::fromLatin1(r.key)].assign(
            std::size_t(periods), std::vector<double>(std::size_t(n), std::nan("")));
    for (int t = 0; t < periods; ++t) {
        const int year = o.firstYear + t;
        for (int k = 0; k < n; ++k) {
            const QString areaKey = city.areas[firstSmall + k].key;
            const double pop = popBase[k] * (1.0 + growth[k] * t);
            const double d = dep[k];
            auto share = [&](double base, double slope) {
                return std::max(0.002, base * (1.0 + slope * d) * (1.0 + 0.02 * rng.normal()));
            };
            std::map<Base, double> counts;
            counts[Base::Population] = std::round(pop);
            counts[Base::Under3] = std::round(pop * share(0.028, 0.18));
            counts[Base::Age3to6] = std::round(pop * share(0.028, 0.18));
            counts[Base::Age6to10] = std::round(pop * share(0.037, 0.16));
            counts[Base::Age10to18] = std::round(pop * share(0.074, 0.14));
            counts[Base::EntryExam] = std::round(counts[Base::Age3to6] / 3.0);
            counts[Base::Class4] = std::round(counts[Base::Age6to10] / 4.0);
            counts[Base::Leavers] = std::round(counts[Base::Age10to18] / 8.5);
            counts[Base::Pupils] =
                counts[Base::Age6to10] + std::round(0.9 * counts[Base::Age10to18]);
            counts[Base::FamilyHouseholds] =
                std::round((counts[Base::Under3] + counts[Base::Age3to6] + counts[Base::Age6to10]
                            + counts[Base::Age10to18])
                           / 1.7);
            counts[Base::Age15to25] = std::round(pop * share(0.105, 0.05));
            counts[Base::WorkingAge] = std::round(pop * share(0.80, 0.02));
            counts[Base::Under21] = counts[Base::Under3] + counts[Base::Age3to6]
                + counts[Base::Age6to10] + counts[Base::Age10to18] + std::round(pop * 0.033);
            counts[Base::Under15] = counts[Base::Under3] + counts[Base::Age3to6]
                + counts[Base::Age6to10] + std::round(0.6 * counts[Base::Age10to18]);

            for (const auto &c : demo::counts()) {
                IndicatorValue v;
                v.areaKey = areaKey;
                v.indicatorKey = QString::fromLatin1(c.key);
                v.period = QString::number(year);
                v.value = counts[c.base];
                city.values.push_back(v);
            }
            for (const auto &r : demo::rates()) {
                if (t < r.firstPeriod)
                    continue;
                // The series that changed its kind of period was added later and draws
                // nothing from the random stream, so every other demo value stayed as it was.
                const bool drawn = r.periods != PeriodStyle::SchoolYearThenYear;
                const double den = std::round(counts[r.base] * r.baseFactor);
                const double lp = logit(r.baseShare) + r.slope * d
                    + r.trend * t / std::max(1, periods - 1) + (drawn ? 0.08 * rng.normal() : 0.0);
                const double p = logistic(lp);
                double num = std::round(
                    den * p
                    + (drawn ? rng.normal() * std::sqrt(std::max(0.0, den * p * (1 - p))) : 0.0));
                num = std::clamp(num, 0.0, den);
                IndicatorValue v;
                v.areaKey = areaKey;
                v.indicatorKey = QString::fromLatin1(r.key);
                v.period = periodLabel(r.periods, year);
                if ((drawn && rng.uniform() < 0.004) || den <= 0) {
                    v.status = ValueStatus::Missing;
                } else {
                    v.numerator = num;
                    v.denominator = den;
                    v.value = num / den * valueScale(r.unit);
                    if (t == periods - 1 && std::string_view(r.key) == "youth_unemployment"
                        && rng.uniform() < 0.1)
                        v.status = ValueStatus::Estimated;
                }
                rateValues[v.indicatorKey][t][k] = v.value.value_or(std::nan(""));
                city.values.push_back(v);
            }
        }
        // Social index: mean z-score of four social indicators in this period.
        const char *parts[] = {"sgb2_rate", "child_poverty", "unemployment", "single_parents"};
        std::vector<double> index(n, 0.0);
        std::vector<int> used(n, 0);
        for (const char *key : parts) {
            const auto &vals = rateValues[QString::fromLatin1(key)][t];
            double m = 0, s2 = 0;
            int cnt = 0;
            for (double v : vals)
                if (!std::isnan(v)) {
                    m += v;
                    s2 += v * v;
                    ++cnt;
                }
            if (cnt < 2)
                continue;
            m /= cnt;
            const double s = std::sqrt(std::max(1e-12, s2 / cnt - m * m));
            for (int k = 0; k < n; ++k)
                if (!std::isnan(vals[k])) {
                    index[k] += (vals[k] - m) / s;
                    ++used[k];
                }
        }
        for (int k = 0; k < n; ++k) {
            IndicatorValue v;
            v.areaKey = city.areas[firstSmall + k].key;
            v.indicatorKey = QStringLiteral("social_index");
            v.period = QString::number(year);
            if (used[k] >= 3)
                v.value = std::round(index[k] / used[k] * 100.0) / 100.0;
            else
                v.status = ValueStatus::Missing;
            city.values.push_back(v);
        }
    }

    // Facilities, placed where the children live.
    struct FacilityType
    {
        FacilityKind kind;
        const char *subkind;
        double share;
    };
    const FacilityType types[] = {
        {FacilityKind::School, "Grundschule", 0.24},
        {FacilityKind::School, "Gymnasium", 0.052},
        {FacilityKind::School, "Gesamtschule", 0.04},
        {FacilityKind::School, "Realschule", 0.028},
        {FacilityKind::School, "Hauptschule", 0.02},
        {FacilityKind::School, "Förderschule", 0.02},
        {FacilityKind::Kita, "Kita", 0.50},
        {FacilityKind::YouthCentre, "Jugendfreizeitstätte", 0.10},
    };
    // Cumulative weights: a facility's area is found by binary search, not by a walk over
    // all areas (which made a city of 1,000,000 areas take hours).
    std::vector<double> cumulative(n);
    double weightSum = 0;
    for (int k = 0; k < n; ++k) {
        weightSum += popBase[k] * (1.0 + 0.1 * dep[k]);
        cumulative[k] = weightSum;
    }
    std::map<QString, int> nameUse;
    int serial = 0;
    for (const auto &type : types) {
        const int count = std::max(1, int(std::lround(type.share * o.facilityCount)));
        for (int c = 0; c < count; ++c) {
            const double pick = rng.uniform() * weightSum;
            const int k =
                std::min<int>(n - 1,
                              int(std::lower_bound(cumulative.begin(), cumulative.end(), pick)
                                  - cumulative.begin()));
            const Area &area = city.areas[firstSmall + k];
            const Bounds &b = area.geometry.bounds();
            Point pos = area.geometry.labelPoint();
            for (int attempt = 0; attempt < 200; ++attempt) {
                const Point cand {rng.uniform(b.minX, b.maxX), rng.uniform(b.minY, b.maxY)};
                if (area.geometry.contains(cand.x, cand.y)) {
                    pos = cand;
                    break;
                }
            }
            Facility f;
            f.kind = type.kind;
            f.subkind = QString::fromUtf8(type.subkind);
            f.areaKey = area.key;
            f.position = pos;
            QJsonObject attrs;
            if (type.kind == FacilityKind::Kita) {
                f.name = QStringLiteral("Kita %1 %2")
                             .arg(QString::fromUtf8(
                                      kitaNames()[std::size_t(rng.below(int(kitaNames().size())))]),
                                  area.name);
                attrs[QStringLiteral("plaetze")] = 40 + 10 * rng.below(10);
                attrs[QStringLiteral("traeger")] =
                    rng.uniform() < 0.4 ? QStringLiteral("städtisch") : QStringLiteral("frei");
            } else if (type.kind == FacilityKind::School) {
                f.name = QStringLiteral("%1 %2").arg(f.subkind, area.name);
                attrs[QStringLiteral("schueler")] =
                    (f.subkind == QLatin1String("Grundschule") ? 150 : 500) + 10 * rng.below(40);
            } else {
                f.name = QStringLiteral("Jugendfreizeitstätte %1").arg(area.name);
            }
            const int use = ++nameUse[f.name];
            if (use > 1)
                f.name += QStringLiteral(" %1").arg(use);
            f.key = QStringLiteral("F%1").arg(padded(++serial, 4));
            f.attributes = QString::fromUtf8(QJsonDocument(attrs).toJson(QJsonDocument::Compact));
            city.facilities.push_back(std::move(f));
        }
    }

    if (!layout.river.isEmpty())
        city.landmarks.push_back({LandmarkKind::Water, QStringLiteral("Rauhe Aue"), layout.river});
    return city;
}

void DemoCityGenerator::writeProject(const QString &path) const
{
    const City city = generate();
    ProjectStore::create(path, city.metadata, [&](ProjectStore &store) {
        store.writeLevels(city.levels);
        store.writeAreas(city.areas);
        store.writeIndicators(city.indicators);
        store.valueRepository().upsert(city.values);
        store.writeFacilities(city.facilities);
        store.writeLandmarks(city.landmarks);
    });
}

} // namespace qw
