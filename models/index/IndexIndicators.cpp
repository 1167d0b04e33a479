#include "IndexIndicators.h"

#include "DerivedIndicators.h"
#include "IndexCalculator.h"
#include "Project.h"
#include "ProjectStore.h"
#include "Sqlite.h"

#include <QLocale>
#include <QRegularExpression>

namespace qw {

namespace {

// Names go into the recipe text between separators.
bool namesFit(const QStringList &names)
{
    return std::none_of(names.begin(), names.end(), [](const QString &n) {
        return n.contains(QLatin1Char(';')) || n.contains(QLatin1Char('|'))
            || n.contains(QLatin1Char('"'));
    });
}

} // namespace

std::optional<IndexRecipe> IndexIndicators::resolve(const IndexRecipe &recipe, QString *error)
{
    const std::vector<Indicator> catalogue = m_store.indicators();
    IndexRecipe out = recipe;
    for (auto *list : {&out.inputs, &out.dynamicsInputs}) {
        for (IndexInput &in : *list) {
            const Indicator *i = findIndicator(catalogue, in.key);
            if (!i) {
                if (error)
                    *error = tr("unknown indicator \"%1\" (--list-indicators lists the keys)")
                                 .arg(in.key);
                return std::nullopt;
            }
            if (in.direction != 0)
                continue;
            if (i->polarity == Polarity::Neutral) {
                if (error)
                    *error = tr("\"%1\" (%2) has no direction: write +%1 if a higher value means "
                                "more need, -%1 if it means less")
                                 .arg(in.key, i->nameDe);
                return std::nullopt;
            }
            in.direction = i->polarity == Polarity::HigherIsWorse ? 1 : -1;
        }
    }
    return out;
}

std::vector<Indicator> IndexIndicators::entries(const Project &project, const QString &key,
                                                const QString &nameDe, const QString &nameEn,
                                                const IndexRecipe &recipe)
{
    const bool german = QLocale().language() == QLocale::German;
    QStringList sources;
    for (const QString &k : recipe.inputKeys())
        if (const Indicator *i = project.indicator(k);
            i && !i->source.isEmpty() && !sources.contains(i->source))
            sources << i->source;
    const auto nameOf = [&](const QString &k) {
        const Indicator *i = project.indicator(k);
        return i ? i->name(german) : k;
    };
    const QString en = nameEn.isEmpty() ? nameDe : nameEn;
    const auto make = [&](IndexPart part, const QString &de, const QString &english, int decimals) {
        Indicator i;
        i.key = IndexParts::key(key, part);
        i.nameDe = de;
        i.nameEn = english;
        i.kind = IndicatorKind::Index;
        // Every part rises with need: the index, class 1 = lowest index ("Status hoch").
        i.polarity = Polarity::HigherIsWorse;
        i.department = QStringLiteral("Sozialindex");
        i.departmentEn = QStringLiteral("Composite index");
        i.decimals = decimals;
        i.source = sources.join(QStringLiteral("; "));
        i.recipe = part == IndexPart::Index ? recipe.text() : IndexParts::recipeText(key, part);
        i.description = recipe.describe(nameOf);
        i.notComputedDe = recipe.notComputedText(true);
        i.notComputedEn = recipe.notComputedText(false);
        return i;
    };
    const auto labelled = [](Indicator i, const QStringList &de, const QStringList &english) {
        for (qsizetype k = 0; k < de.size(); ++k)
            i.valueLabels.push_back({double(k + 1), de[k], english.value(k)});
        return i;
    };
    std::vector<Indicator> out;
    out.push_back(make(IndexPart::Index, nameDe, en, 2));
    out.push_back(labelled(make(IndexPart::Class, nameDe + QStringLiteral(" – Klasse"),
                                en + QStringLiteral(" – class"), 0),
                           recipe.statusNames(true), recipe.statusNames(false)));
    if (recipe.dynamics == IndexRecipe::Dynamics::None)
        return out;
    out.push_back(make(IndexPart::Dynamics, nameDe + QStringLiteral(" – Dynamik"),
                       en + QStringLiteral(" – dynamics"), 2));
    out.push_back(
        labelled(make(IndexPart::DynamicsClass, nameDe + QStringLiteral(" – Dynamikklasse"),
                      en + QStringLiteral(" – dynamics class"), 0),
                 recipe.dynamicsClassNames(true), recipe.dynamicsClassNames(false)));
    Indicator group = make(IndexPart::Group, nameDe + QStringLiteral(" – Status und Dynamik"),
                           en + QStringLiteral(" – status and dynamics"), 0);
    const QStringList sDe = recipe.statusNames(true), sEn = recipe.statusNames(false);
    const QStringList dDe = recipe.dynamicsClassNames(true), dEn = recipe.dynamicsClassNames(false);
    for (qsizetype s = 0; s < sDe.size(); ++s)
        for (qsizetype d = 0; d < dDe.size(); ++d)
            group.valueLabels.push_back(
                {IndexParts::groupCode(int(s + 1), int(d + 1)),
                 QStringLiteral("Status %1, Dynamik %2").arg(sDe[s], dDe[d]),
                 QStringLiteral("status %1, dynamics %2").arg(sEn.value(s), dEn.value(d))});
    out.push_back(group);
    return out;
}

std::optional<IndexIndicators::Defined>
IndexIndicators::define(const QString &key, const QString &nameDe, const QString &nameEn,
                        const IndexRecipe &recipe, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<Defined>();
    };
    static const QRegularExpression validKey(QStringLiteral(R"(^[A-Za-z0-9_.\-]+$)"));
    if (!validKey.match(key).hasMatch())
        return fail(tr("\"%1\" is no indicator key: use letters, digits and _ (e.g. "
                       "sozialindex)")
                        .arg(key));
    if (nameDe.trimmed().isEmpty())
        return fail(tr("the index \"%1\" needs a name (--name)").arg(key));
    if (!namesFit(recipe.classNames) || !namesFit(recipe.dynamicsNames))
        return fail(tr("class names cannot contain ; | or \""));
    double weights = 0;
    for (const IndexInput &in : recipe.inputs)
        weights += in.weight;
    if (!(weights > 0))
        return fail(tr("the weights of the index sum to zero: give at least one input a weight"));
    QString message;
    const auto resolved = resolve(recipe, &message);
    if (!resolved)
        return fail(message);
    const std::vector<Indicator> catalogue = m_store.indicators();
    for (const IndexPart part : IndexParts::of(*resolved)) {
        const QString k = IndexParts::key(key, part);
        if (const Indicator *existing = findIndicator(catalogue, k))
            return fail(tr("the key \"%1\" is already in the catalogue (%2): choose another key "
                           "for the index")
                            .arg(k, existing->nameDe));
        if (resolved->inputKeys().contains(k))
            return fail(tr("\"%1\" cannot be computed from itself").arg(k));
    }

    SqliteTransaction tx = m_store.transaction();
    const auto project = Project::borrow(m_store);
    const auto computed = IndexCalculator::compute(*project, key, *resolved, &message);
    if (!computed)
        return fail(message); // nothing written: the transaction rolls back
    Defined out;
    out.indicators = entries(*project, key, nameDe.trimmed(), nameEn.trimmed(), *resolved);
    out.periods = computed->periods;
    out.kept = computed->kept;
    out.excluded = computed->excluded;
    m_store.catalogue().write(out.indicators);
    ValueRepository values = m_store.valueRepository();
    for (const Indicator &i : out.indicators) {
        m_store.catalogue().writeLabels(i);
        const auto it = computed->values.find(i.key);
        const std::vector<IndicatorValue> none;
        const std::vector<IndicatorValue> &rows = it == computed->values.end() ? none : it->second;
        values.replaceDerived(i.key, rows);
        out.values += rows.size();
    }
    m_store.touchModified();
    tx.commit();
    return out;
}

bool IndexIndicators::remove(const QString &key, QString *error)
{
    const std::vector<Indicator> catalogue = m_store.indicators();
    const Indicator *index = findIndicator(catalogue, key);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!index || !IndexRecipe::isIndex(index->recipe))
        return fail(tr("\"%1\" is no composite index").arg(key));
    const auto recipe = IndexRecipe::parse(index->recipe, nullptr);
    QStringList parts;
    for (const IndexPart part : recipe ? IndexParts::of(*recipe) : std::vector {IndexPart::Index})
        parts << IndexParts::key(key, part);
    for (const Indicator &other : catalogue) {
        if (parts.contains(other.key) || other.recipe.isEmpty())
            continue;
        for (const QString &in : DerivedIndicators::inputsOf(other.recipe))
            if (parts.contains(in))
                return fail(
                    tr("\"%1\" is computed from \"%2\": remove that first").arg(other.key, in));
    }
    SqliteTransaction tx = m_store.transaction();
    for (const QString &k : parts) {
        m_store.valueRepository().replaceDerived(k, {});
        m_store.catalogue().remove(k);
    }
    m_store.touchModified();
    tx.commit();
    return true;
}

QString IndexIndicators::recompute(Project &project, const Indicator &index)
{
    QString error;
    const auto recipe = IndexRecipe::parse(index.recipe, &error);
    std::optional<IndexCalculator::Output> computed;
    if (recipe)
        computed = IndexCalculator::compute(project, index.key, *recipe, &error);
    ValueRepository values = m_store.valueRepository();
    const std::vector<IndexPart> parts =
        recipe ? IndexParts::of(*recipe) : std::vector {IndexPart::Index};
    for (const IndexPart part : parts) {
        const QString k = IndexParts::key(index.key, part);
        std::vector<IndicatorValue> rows;
        if (computed)
            if (const auto it = computed->values.find(k); it != computed->values.end())
                rows = std::move(it->second);
        values.replaceDerived(k, rows);
        project.reloadIndicator(k);
    }
    return computed ? QString() : tr("%1: %2").arg(index.key, error);
}

} // namespace qw
