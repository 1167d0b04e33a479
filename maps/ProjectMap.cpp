#include "ProjectMap.h"

#include "AreaGeometrySet.h"
#include "BivariateRenderer.h"
#include "Classification.h"
#include "IndexRecipe.h"
#include "ManualBreaks.h"
#include "Period.h"
#include "Project.h"
#include "ProportionalSymbols.h"
#include "Recipe.h"
#include "UiLanguage.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace qw {

namespace {

// The kind of change a recipe computes; nothing for other indicators.
std::optional<RecipeKind> changeKind(const std::optional<Recipe> &recipe)
{
    if (!recipe || !recipe->comparesPeriods())
        return std::nullopt;
    return recipe->kind;
}

// The subtitle of a change in words: "Veränderung 2019 → 2024 in Prozentpunkten"; empty
// where the unit has no such words (a change of a count keeps "Personen" beside it).
QString changeInUnit(std::optional<RecipeKind> kind, const Indicator &indicator,
                     const QString &from, const QString &to)
{
    if (!kind)
        return {};
    if (*kind == RecipeKind::RankChange)
        return QCoreApplication::translate(
                   "qw::ProjectMap",
                   "Change in rank %1 → %2 in places (positive = climbed towards rank 1)")
            .arg(from, to);
    if (*kind == RecipeKind::PctChange)
        return QCoreApplication::translate("qw::ProjectMap", "Change %1 → %2 in %").arg(from, to);
    if (indicator.unit == QLatin1String("Prozentpunkte"))
        return QCoreApplication::translate("qw::ProjectMap", "Change %1 → %2 in percentage points")
            .arg(from, to);
    return {};
}

// Why a change has no value in an area.
QString changeMissingLabel(std::optional<RecipeKind> kind, const QString &from, const QString &to)
{
    if (kind == RecipeKind::PctChange)
        return QCoreApplication::translate("qw::ProjectMap", "no value in %1 or %2, or 0 in %1")
            .arg(from, to);
    return QCoreApplication::translate("qw::ProjectMap", "no value in %1 or %2").arg(from, to);
}

bool isManual(const ChoroplethRenderer::Settings &settings)
{
    return settings.classification == QLatin1String("manual");
}

// Why manual breaks cannot classify these pooled values; empty when they can.
BreakProblem breaksProblem(const std::vector<double> &pooled, const std::vector<double> &breaks,
                           const QLocale &locale, int decimals)
{
    double lo = std::numeric_limits<double>::quiet_NaN(), hi = lo;
    for (double v : pooled)
        if (std::isfinite(v)) {
            lo = std::isnan(lo) ? v : std::min(lo, v);
            hi = std::isnan(hi) ? v : std::max(hi, v);
        }
    return ManualBreaks::check(breaks, lo, hi, locale, decimals);
}

} // namespace

ProjectMap::ProjectMap(std::shared_ptr<Project> project, const QString &levelKey)
    : m_project(std::move(project)), m_level(levelKey)
{
    m_base.areas = std::make_shared<AreaGeometrySet>(m_project, m_level);
    m_base.landmarks = std::make_shared<std::vector<Landmark>>(m_project->landmarks());
    m_base.facilities = std::make_shared<std::vector<Facility>>(m_project->facilities());
}

bool ProjectMap::zScores(const Indicator &indicator) const
{
    // The index or its dynamics, whose recipe is the index's.
    QString recipe = indicator.recipe;
    if (const auto part = IndexParts::parse(recipe))
        if (const Indicator *index = m_project->indicator(part->first))
            recipe = index->recipe;
    if (!IndexRecipe::isIndex(recipe))
        return false;
    const auto r = IndexRecipe::parse(recipe, nullptr);
    return r && (r->restandardise || r->standardisation == Standardisation::ZScore);
}

std::shared_ptr<const GroupAxes> ProjectMap::groupAxes(const Indicator &indicator) const
{
    const auto part = IndexParts::parse(indicator.recipe);
    if (!part || part->second != IndexPart::Group)
        return nullptr;
    const Indicator *status = m_project->indicator(IndexParts::key(part->first, IndexPart::Class));
    const Indicator *dynamics =
        m_project->indicator(IndexParts::key(part->first, IndexPart::DynamicsClass));
    if (!status || !dynamics || status->valueLabels.empty() || dynamics->valueLabels.empty())
        return nullptr;
    return std::make_shared<const GroupAxes>(
        GroupAxes {status->valueLabels, dynamics->valueLabels});
}

QString ProjectMap::basePeriod(const std::optional<Recipe> &recipe, const QString &period) const
{
    if (!recipe || recipe->inputs.isEmpty())
        return {};
    return recipe->basePeriod(period, m_project->periods(recipe->inputs.first()));
}

MapSnapshot ProjectMap::snapshot(const View &view, const QLocale &locale) const
{
    MapSnapshot s = m_base;
    s.showFacilities = view.showFacilities;
    s.facilityKinds = view.facilityKinds;
    s.labels = view.labels;
    s.locale = locale;
    const Indicator *ind = m_project->indicator(view.indicator);
    const QString period = ind ? m_project->periodFor(ind->key, view.period) : QString();
    const bool german = germanUi(locale);
    auto tr = [](const char *text) {
        return QCoreApplication::translate("qw::ProjectMap", text);
    };
    if (ind && !period.isEmpty()) {
        // Breaks pooled over all periods, so a colour means the same in every year;
        // diverging ramps centre on the city value (on zero for a change).
        const CityFigure figure = m_project->cityFigure(ind->key, period, m_level);
        // Named codes (an index's classes) have no city value: a mean class is no class;
        // nor has a composite index, whose mean over the areas is 0 by its making.
        const bool categorical = !ind->valueLabels.empty();
        const bool composite =
            IndexRecipe::isIndex(ind->recipe) || IndexParts::parse(ind->recipe).has_value();
        // The indicator's formula, read once for all that follows.
        const std::optional<Recipe> recipe =
            ind->recipe.isEmpty() ? std::nullopt : Recipe::parse(ind->recipe, nullptr);
        const std::optional<RecipeKind> change = changeKind(recipe);
        const bool measuresChange = recipe && recipe->measuresChange();
        // Nor has a rank change: the city has no rank among its areas.
        const bool ranks = change == RecipeKind::RankChange;
        const std::optional<double> city =
            categorical || composite || ranks ? std::nullopt : figure.value;
        ChoroplethRenderer::Settings settings = view.classification;
        settings.centre = city;
        if (measuresChange || (!categorical && zScores(*ind))) {
            // A change: rises one way, falls the other, "no change" in the neutral middle;
            // an index of z-scores: above and below the areas' mean, which is 0.
            settings.centre = 0.0;
            // Red where things got worse (the renderer turns the ramp by polarity); an
            // indicator without a direction gets a ramp that judges neither way.
            if (settings.ramp.isEmpty())
                settings.ramp = ind->polarity == Polarity::Neutral ? QStringLiteral("PuOr")
                                                                   : QStringLiteral("RdBu");
            // A rise and a fall never share a class (z-scores keep the method's classes:
            // their index classes have breaks of their own).
            settings.breakAtZero = measuresChange;
        }
        // A change is missing where either period has no value: the legend says so.
        const QString against = basePeriod(recipe, period);
        if (!against.isEmpty())
            settings.missingLabel = changeMissingLabel(change, against, period);
        const std::vector<double> pooled = m_project->pooledValues(ind->key, m_level);
        // Breaks made for another indicator or level (a pane of another indicator) do not
        // divide these values: such a map shows the default classes, and its legend says so.
        if (isManual(settings)
            && !breaksProblem(pooled, settings.breaks, locale, ind->decimals).isEmpty())
            settings.classification = QStringLiteral("quantile");
        s.groupAxes = groupAxes(*ind);
        s.choropleth = std::make_shared<ChoroplethRenderer>(
            *ind, m_project->values(ind->key, period), *m_base.areas, pooled, settings,
            s.groupAxes.get());
        s.caption.title = ind->name(german);
        s.caption.period =
            against.isEmpty() ? period : QStringLiteral("%1 → %2").arg(against, period);
        // A change names the period it is measured against: "Veränderung 2022 → 2024".
        // Across kinds (a school year against a calendar year) the kinds are named.
        const QString across = periodsAcrossKinds(period, against);
        QString periodWords = against.isEmpty() ? period
            : across.isEmpty()                  ? tr("Change %1 → %2").arg(against, period)
                                                : tr("Change: %1").arg(across);
        // A change across kinds holds only by the planner's mapping, which it states:
        // "Schuljahr 2019/20 gilt als Kalenderjahr 2019".
        QString mapping =
            recipe && !against.isEmpty() ? recipe->mappingWords(period, against) : QString();
        if (!mapping.isEmpty()) {
            mapping[0] = mapping[0].toUpper();
            periodWords += QStringLiteral(" (%1)").arg(mapping);
        }
        if (!categorical)
            s.caption.legendNote = tr("%1, classes fixed across all periods")
                                       .arg(ClassificationRegistry::instance()
                                                .method(s.choropleth->settings().classification)
                                                ->name());
        if (!against.isEmpty())
            s.caption.legendNote = periodWords
                + (s.caption.legendNote.isEmpty() ? QString() : QStringLiteral("; "))
                + s.caption.legendNote;
        // "Veränderung 2019 → 2024 in Prozentpunkten": a change says its unit in words.
        const QString changeWords =
            against.isEmpty() ? QString() : changeInUnit(change, *ind, against, period);
        QStringList sub {changeWords.isEmpty() ? periodWords : changeWords};
        if (!changeWords.isEmpty() && !mapping.isEmpty())
            sub << mapping;
        if (changeWords.isEmpty() && !ind->unitName(german).isEmpty())
            sub << ind->unitName(german);
        if (city) {
            s.caption.cityValue = ind->format(*city, locale);
            sub << (figure.differs
                        ? tr("City: %1 (official figure; the areas sum to %2)")
                              .arg(s.caption.cityValue, ind->format(*figure.sumOfAreas, locale))
                        : tr("City: %1").arg(s.caption.cityValue));
        }
        s.caption.subtitle = sub.join(QStringLiteral(" · "));
        if (!ind->source.isEmpty())
            s.caption.source = tr("Source: %1").arg(ind->source);
    } else {
        s.caption.title = m_project->metadata().titleIn(german);
    }
    const Indicator *second = m_project->indicator(view.overlayIndicator);
    if (second && view.overlay != Overlay::None) {
        const QString secondPeriod = m_project->periodFor(second->key, period);
        if (!secondPeriod.isEmpty()) {
            const auto values = m_project->values(second->key, secondPeriod);
            if (view.overlay == Overlay::Circles)
                s.circles = std::make_shared<ProportionalSymbols>(*second, *values, *m_base.areas);
            else if (s.choropleth)
                s.bivariate = std::make_shared<BivariateRenderer>(
                    *ind, *m_project->values(ind->key, period), *second, *values, *m_base.areas);
        }
    }
    if (!view.title.isEmpty())
        s.caption.title = view.title;
    if (m_project->metadata().fictional)
        s.caption.source += (s.caption.source.isEmpty() ? QString() : QStringLiteral(" · "))
            + tr("fictional demo data");
    if (view.classification.highContrast) {
        // A white ground and dark outlines: a washed-out projector keeps the areas apart.
        s.background = Qt::white;
        s.outline = QColor(0x1a, 0x1a, 0x1a);
        s.outlineWidth = 1.6;
    }
    return s;
}

namespace {

const std::pair<ProjectMap::Overlay, const char *> kOverlayWords[] = {
    {ProjectMap::Overlay::None, "none"},
    {ProjectMap::Overlay::Circles, "circles"},
    {ProjectMap::Overlay::Bivariate, "bivariate"}};
const std::pair<LabelMode, const char *> kLabelWords[] = {
    {LabelMode::None, "none"}, {LabelMode::Names, "names"}, {LabelMode::Values, "values"}};

template<typename E, std::size_t N>
QString wordOf(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &[e, word] : table)
        if (e == value)
            return QString::fromLatin1(word);
    return QString::fromLatin1(table[0].second);
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, const char *> (&table)[N], const QString &word)
{
    for (const auto &[e, w] : table)
        if (word == QLatin1String(w))
            return e;
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList wordsOf(const std::pair<E, const char *> (&table)[N])
{
    QStringList words;
    for (const auto &[e, w] : table)
        words << QString::fromLatin1(w);
    return words;
}

} // namespace

SavedView ProjectMap::toSaved(const View &view)
{
    SavedView s;
    s.indicator = view.indicator;
    s.period = view.period;
    s.classification = view.classification.classification;
    s.classes = view.classification.classes;
    if (isManual(view.classification))
        s.breaks = view.classification.breaks;
    s.ramp = view.classification.ramp;
    s.overlay = wordOf(kOverlayWords, view.overlay);
    s.overlayIndicator = view.overlayIndicator;
    s.labels = wordOf(kLabelWords, view.labels);
    s.showFacilities = view.showFacilities;
    s.title = view.title;
    s.facilityKinds.clear();
    for (std::size_t k = 0; k < view.facilityKinds.size(); ++k)
        if (view.facilityKinds[k])
            s.facilityKinds << toCode(FacilityKind(k));
    return s;
}

ProjectMap::View ProjectMap::fromSaved(const SavedView &s)
{
    View v;
    v.indicator = s.indicator;
    v.period = s.period;
    v.classification.classification = s.classification;
    v.classification.classes = s.classes;
    v.classification.breaks = s.breaks;
    v.classification.ramp = s.ramp;
    // Unknown words (from a newer program) fall back to the neutral choice.
    v.overlay = overlayFromWord(s.overlay).value_or(Overlay::None);
    v.overlayIndicator = s.overlayIndicator;
    v.labels = labelsFromWord(s.labels).value_or(LabelMode::None);
    v.showFacilities = s.showFacilities;
    v.title = s.title;
    v.facilityKinds = {false, false, false, false};
    for (const QString &code : s.facilityKinds)
        v.facilityKinds[std::size_t(facilityKindFromCode(code))] = true;
    return v;
}

QStringList ProjectMap::overlayWords()
{
    return wordsOf(kOverlayWords);
}

QStringList ProjectMap::labelWords()
{
    return wordsOf(kLabelWords);
}

std::optional<ProjectMap::Overlay> ProjectMap::overlayFromWord(const QString &word)
{
    return valueOf(kOverlayWords, word);
}

std::optional<LabelMode> ProjectMap::labelsFromWord(const QString &word)
{
    return valueOf(kLabelWords, word);
}

QString ProjectMap::check(const View &view) const
{
    if (!view.overlayIndicator.isEmpty())
        if (const QString error = check(*m_project, view.overlayIndicator, {}); !error.isEmpty())
            return error;
    if (!view.indicator.isEmpty() || !view.period.isEmpty())
        if (const QString error = check(*m_project, view.indicator, view.period); !error.isEmpty())
            return error;
    const Indicator *ind = m_project->indicator(view.indicator);
    if (ind && isManual(view.classification))
        if (const BreakProblem problem =
                breaksProblem(m_project->pooledValues(ind->key, m_level),
                              view.classification.breaks, QLocale(), ind->decimals);
            !problem.isEmpty())
            return QCoreApplication::translate("qw::ProjectMap", "Manual breaks for \"%1\": %2")
                .arg(ind->key, problem.message);
    return {};
}

QString ProjectMap::check(const Project &project, const QString &indicator, const QString &period)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("qw::ProjectMap", text);
    };
    if (!project.indicator(indicator))
        return tr("Unknown indicator \"%1\"; --list-indicators shows the keys.").arg(indicator);
    const QStringList periods = project.periods(indicator);
    if (!period.isEmpty() && !periods.contains(period))
        return tr("The indicator \"%1\" has no period \"%2\" (available: %3).")
            .arg(indicator, period, periods.join(QStringLiteral(", ")));
    return {};
}

} // namespace qw
