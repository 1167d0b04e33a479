#include "IndexRecipe.h"

#include "Recipe.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace qw {

namespace {

constexpr std::pair<Standardisation, const char *> kStandardisations[] = {
    {Standardisation::ZScore, "z"},
    {Standardisation::MinMax, "minmax"},
    {Standardisation::Rank, "rank"},
    {Standardisation::Percentile, "percentile"},
};
constexpr std::pair<ClassScheme, const char *> kSchemes[] = {
    {ClassScheme::StandardDeviations, "sd"},
    {ClassScheme::Quantiles, "quantile"},
    {ClassScheme::Manual, "manual"},
};
constexpr std::pair<IndexPart, const char *> kParts[] = {
    {IndexPart::Class, "class"},
    {IndexPart::Dynamics, "dynamics"},
    {IndexPart::DynamicsClass, "dynamics_class"},
    {IndexPart::Group, "group"},
};

QString number(double v)
{
    return QString::number(v, 'g', 15); // C locale: "1.5", never "1,5"
}

bool toNumber(const QString &text, double *out)
{
    bool ok = false;
    *out = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(*out);
}

QString inputText(const IndexInput &in)
{
    const QString sign = in.direction > 0 ? QStringLiteral("+")
        : in.direction < 0                ? QStringLiteral("-")
                                          : QString();
    return sign + RecipeText::quoted(in.key);
}

// "+s1, -gq, s4": keys with their directions (unsigned: 0, resolved later).
bool parseInputs(const QString &text, std::vector<IndexInput> *out, QString *error)
{
    QStringList parts;
    if (!RecipeText::split(text, QLatin1Char(','), &parts)) {
        *error = IndexRecipe::tr("a quote in \"%1\" is not closed").arg(text);
        return false;
    }
    for (QString p : parts) {
        IndexInput in;
        if (p.startsWith(QLatin1Char('+')) || p.startsWith(QLatin1Char('-'))) {
            in.direction = p.startsWith(QLatin1Char('+')) ? 1 : -1;
            p = p.mid(1);
        }
        in.key = RecipeText::unquoted(p);
        if (in.key.isEmpty()) {
            *error = IndexRecipe::tr("an input of the index is empty in \"%1\"").arg(text);
            return false;
        }
        out->push_back(in);
    }
    return true;
}

bool parseWeights(const QString &text, std::vector<IndexInput> *inputs, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != qsizetype(inputs->size())) {
        *error = IndexRecipe::tr("%n weight(s) given for %1 input(s): give one per input, "
                                 "e.g. weights=1,1,1",
                                 nullptr, int(parts.size()))
                     .arg(inputs->size());
        return false;
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        double w = 0;
        if (!toNumber(parts[i], &w) || w < 0) {
            *error = IndexRecipe::tr("the weight \"%1\" is no number of 0 or more (turn an "
                                     "input round with its direction, -KEY, instead)")
                         .arg(parts[i].trimmed());
            return false;
        }
        (*inputs)[std::size_t(i)].weight = w;
    }
    return true;
}

QString weightsText(const std::vector<IndexInput> &inputs)
{
    QStringList w;
    for (const IndexInput &in : inputs)
        w << number(in.weight);
    return w.join(QLatin1Char(','));
}

bool parseNames(const QString &text, QStringList *out, QString *error)
{
    *out = text.split(QLatin1Char('|'));
    for (QString &n : *out) {
        n = n.trimmed();
        if (n.isEmpty()) {
            *error =
                IndexRecipe::tr("a class name is empty in \"%1\" (separate them with |)").arg(text);
            return false;
        }
    }
    return true;
}

template<typename E, std::size_t N>
std::optional<E> fromWord(const std::pair<E, const char *> (&table)[N], const QString &word)
{
    for (const auto &[e, w] : table)
        if (word == QLatin1String(w))
            return e;
    return std::nullopt;
}

template<typename E, std::size_t N>
QString wordOf(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &[e, w] : table)
        if (e == value)
            return QString::fromLatin1(w);
    return {};
}

bool isMss(const ClassRule &rule, std::vector<double> thresholds)
{
    return rule.scheme == ClassScheme::StandardDeviations && rule.thresholds == thresholds;
}

QStringList numbered(int n, bool german)
{
    QStringList names;
    for (int i = 1; i <= n; ++i)
        names << (german ? QStringLiteral("Klasse %1") : QStringLiteral("class %1")).arg(i);
    return names;
}

} // namespace

std::optional<ClassRule> ClassRule::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<ClassRule>();
    };
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const auto scheme = fromWord(kSchemes, text.left(colon).trimmed().toLower());
    if (colon < 0 || !scheme)
        return fail(tr("\"%1\" are no classes: write sd:-1,1,1.5 (standard deviations), "
                       "quantile:4 or manual:0.5,1.2")
                        .arg(text));
    ClassRule rule;
    rule.scheme = *scheme;
    rule.thresholds.clear();
    const QString rest = text.mid(colon + 1);
    if (rule.scheme == ClassScheme::Quantiles) {
        bool ok = false;
        rule.quantiles = rest.trimmed().toInt(&ok);
        if (!ok || rule.quantiles < 2 || rule.quantiles > 9)
            return fail(tr("quantile:%1: the number of classes is a whole number from 2 to 9")
                            .arg(rest.trimmed()));
        return rule;
    }
    for (const QString &part : rest.split(QLatin1Char(','))) {
        double t = 0;
        if (!toNumber(part, &t))
            return fail(tr("the threshold \"%1\" in \"%2\" is no number (with a decimal point)")
                            .arg(part.trimmed(), text));
        if (!rule.thresholds.empty() && t <= rule.thresholds.back())
            return fail(tr("the thresholds in \"%1\" must rise").arg(text));
        rule.thresholds.push_back(t);
    }
    if (rule.thresholds.size() > 8)
        return fail(tr("\"%1\" makes more than 9 classes").arg(text));
    return rule;
}

QString ClassRule::text() const
{
    if (scheme == ClassScheme::Quantiles)
        return QStringLiteral("quantile:%1").arg(quantiles);
    QStringList t;
    for (double v : thresholds)
        t << number(v);
    return wordOf(kSchemes, scheme) + QLatin1Char(':') + t.join(QLatin1Char(','));
}

QString ClassRule::describe() const
{
    const QLocale locale;
    QStringList t;
    for (double v : thresholds)
        t << locale.toString(v, 'g', 15);
    switch (scheme) {
    case ClassScheme::StandardDeviations:
        return IndexRecipe::tr("classes at %1 standard deviations")
            .arg(locale.createSeparatedList(t));
    case ClassScheme::Quantiles:
        return IndexRecipe::tr("%n classes of equal size", nullptr, quantiles);
    case ClassScheme::Manual:
        return IndexRecipe::tr("classes at %1").arg(locale.createSeparatedList(t));
    }
    return text();
}

bool IndexRecipe::isIndex(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String("index("));
}

std::optional<IndexRecipe> IndexRecipe::parse(const QString &text, QString *error)
{
    QString message;
    const auto fail = [&](const QString &m) {
        if (error)
            *error = m;
        return std::optional<IndexRecipe>();
    };
    static const QRegularExpression call(QStringLiteral(R"(^\s*index\s*\((.*)\)\s*$)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = call.match(text);
    if (!m.hasMatch())
        return fail(
            tr("\"%1\" is no index: write index(KEY, KEY, ...; weights=1,1)").arg(text.trimmed()));
    QStringList sections;
    if (!RecipeText::split(m.captured(1), QLatin1Char(';'), &sections))
        return fail(tr("a quote in \"%1\" is not closed").arg(text.trimmed()));
    IndexRecipe r;
    if (!parseInputs(sections.takeFirst(), &r.inputs, &message))
        return fail(message);
    QString weights, dynamicsWeights;
    for (const QString &section : sections) {
        const qsizetype eq = section.indexOf(QLatin1Char('='));
        const QString name = section.left(eq).trimmed().toLower();
        const QString value = section.mid(eq + 1).trimmed();
        if (eq < 0 || value.isEmpty())
            return fail(tr("\"%1\" in the index needs a value: NAME=VALUE").arg(section));
        if (name == QLatin1String("weights")) {
            weights = value;
        } else if (name == QLatin1String("exclude")) {
            const qsizetype lt = value.indexOf(QLatin1Char('<'));
            r.populationKey = RecipeText::unquoted(value.left(lt));
            if (lt < 0 || r.populationKey.isEmpty()
                || !toNumber(value.mid(lt + 1), &r.minPopulation) || r.minPopulation <= 0)
                return fail(tr("exclude=%1: write the population indicator and the threshold, "
                               "e.g. exclude=ew<300")
                                .arg(value));
        } else if (name == QLatin1String("level")) {
            r.level = RecipeText::unquoted(value);
        } else if (name == QLatin1String("period")) {
            r.period = RecipeText::unquoted(value);
        } else if (name == QLatin1String("standardise")) {
            const auto s = fromWord(kStandardisations, value.toLower());
            if (!s)
                return fail(tr("standardise=%1: choose z, minmax, rank or percentile").arg(value));
            r.standardisation = *s;
        } else if (name == QLatin1String("restandardise")) {
            if (value != QLatin1String("yes") && value != QLatin1String("no"))
                return fail(tr("restandardise=%1: write yes or no").arg(value));
            r.restandardise = value == QLatin1String("yes");
        } else if (name == QLatin1String("classes") || name == QLatin1String("dynamics_classes")) {
            const auto rule = ClassRule::parse(value, &message);
            if (!rule)
                return fail(message);
            (name == QLatin1String("classes") ? r.classes : r.dynamicsClasses) = *rule;
        } else if (name == QLatin1String("names")) {
            if (!parseNames(value, &r.classNames, &message))
                return fail(message);
        } else if (name == QLatin1String("dynamics_names")) {
            if (!parseNames(value, &r.dynamicsNames, &message))
                return fail(message);
        } else if (name == QLatin1String("dynamics")) {
            if (value.startsWith(QLatin1String("change:"))) {
                r.dynamics = Dynamics::Change;
                double years = 0;
                if (!toNumber(value.mid(7), &years) || years < 1 || years > 100
                    || years != std::floor(years))
                    return fail(tr("dynamics=%1: the number of years is a whole number from 1 "
                                   "to 100")
                                    .arg(value));
                r.years = int(years);
            } else {
                r.dynamics = Dynamics::Inputs;
                if (!parseInputs(value, &r.dynamicsInputs, &message))
                    return fail(message);
            }
        } else if (name == QLatin1String("dynamics_weights")) {
            dynamicsWeights = value;
        } else {
            return fail(tr("unknown part \"%1\" of the index (known: weights, exclude, level, "
                           "period, standardise, restandardise, classes, names, dynamics, "
                           "dynamics_weights, dynamics_classes, dynamics_names)")
                            .arg(name));
        }
    }
    if (!weights.isEmpty() && !parseWeights(weights, &r.inputs, &message))
        return fail(message);
    if (!dynamicsWeights.isEmpty()
        && (r.dynamics != Dynamics::Inputs
            || !parseWeights(dynamicsWeights, &r.dynamicsInputs, &message)))
        return fail(message.isEmpty() ? tr("dynamics_weights go with dynamics=KEY,KEY,...")
                                      : message);
    if (!r.classNames.isEmpty() && r.classNames.size() != r.classes.classCount())
        return fail(tr("%n class name(s) for %1 classes", nullptr, int(r.classNames.size()))
                        .arg(r.classes.classCount()));
    if (!r.dynamicsNames.isEmpty() && r.dynamicsNames.size() != r.dynamicsClasses.classCount())
        return fail(
            tr("%n dynamics class name(s) for %1 classes", nullptr, int(r.dynamicsNames.size()))
                .arg(r.dynamicsClasses.classCount()));
    return r;
}

QString IndexRecipe::text() const
{
    QStringList in;
    for (const IndexInput &i : inputs)
        in << inputText(i);
    QStringList parts {in.join(QStringLiteral(", "))};
    parts << QStringLiteral("weights=") + weightsText(inputs);
    if (!populationKey.isEmpty())
        parts << QStringLiteral("exclude=%1<%2")
                     .arg(RecipeText::quoted(populationKey), number(minPopulation));
    if (!level.isEmpty())
        parts << QStringLiteral("level=") + RecipeText::quoted(level);
    if (!period.isEmpty())
        parts << QStringLiteral("period=") + RecipeText::quoted(period);
    parts << QStringLiteral("standardise=") + wordOf(kStandardisations, standardisation);
    parts << QStringLiteral("restandardise=")
            + (restandardise ? QStringLiteral("yes") : QStringLiteral("no"));
    parts << QStringLiteral("classes=") + classes.text();
    if (!classNames.isEmpty())
        parts << QStringLiteral("names=") + classNames.join(QLatin1Char('|'));
    if (dynamics != Dynamics::None) {
        if (dynamics == Dynamics::Change) {
            parts << QStringLiteral("dynamics=change:%1").arg(years);
        } else {
            QStringList d;
            for (const IndexInput &i : dynamicsInputs)
                d << inputText(i);
            parts << QStringLiteral("dynamics=") + d.join(QLatin1Char(','));
            parts << QStringLiteral("dynamics_weights=") + weightsText(dynamicsInputs);
        }
        parts << QStringLiteral("dynamics_classes=") + dynamicsClasses.text();
        if (!dynamicsNames.isEmpty())
            parts << QStringLiteral("dynamics_names=") + dynamicsNames.join(QLatin1Char('|'));
    }
    return QStringLiteral("index(") + parts.join(QStringLiteral("; ")) + QLatin1Char(')');
}

QStringList IndexRecipe::inputKeys() const
{
    QStringList keys;
    for (const IndexInput &i : inputs)
        keys << i.key;
    for (const IndexInput &i : dynamicsInputs)
        keys << i.key;
    if (!populationKey.isEmpty())
        keys << populationKey;
    keys.removeDuplicates();
    return keys;
}

QStringList IndexRecipe::statusNames(bool german) const
{
    if (!classNames.isEmpty())
        return classNames;
    if (isMss(classes, {-1.0, 1.0, 1.5}))
        return german ? QStringList {QStringLiteral("hoch"), QStringLiteral("mittel"),
                                     QStringLiteral("niedrig"), QStringLiteral("sehr niedrig")}
                      : QStringList {QStringLiteral("high"), QStringLiteral("medium"),
                                     QStringLiteral("low"), QStringLiteral("very low")};
    return numbered(classes.classCount(), german);
}

QStringList IndexRecipe::dynamicsClassNames(bool german) const
{
    if (!dynamicsNames.isEmpty())
        return dynamicsNames;
    if (isMss(dynamicsClasses, {-1.0, 1.0}))
        return german ? QStringList {QStringLiteral("positiv"), QStringLiteral("stabil"),
                                     QStringLiteral("negativ")}
                      : QStringList {QStringLiteral("positive"), QStringLiteral("stable"),
                                     QStringLiteral("negative")};
    return numbered(dynamicsClasses.classCount(), german);
}

QString IndexRecipe::notComputedText(bool german) const
{
    if (populationKey.isEmpty())
        return {};
    // Stored data in both languages (like the names of the index), not the UI's language.
    const QString n = (german ? QLocale(QLocale::German) : QLocale(QLocale::English))
                          .toString(minPopulation, 'g', 15);
    return german ? QStringLiteral("nicht berechnet (unter %1 EW)").arg(n)
                  : QStringLiteral("not computed (under %1 inhabitants)").arg(n);
}

QString IndexRecipe::describe(const std::function<QString(const QString &key)> &nameOf) const
{
    const auto names = [&](const std::vector<IndexInput> &in) {
        QStringList out;
        for (const IndexInput &i : in)
            out << (i.direction < 0 ? tr("%1 (reversed)").arg(nameOf(i.key)) : nameOf(i.key));
        return QLocale().createSeparatedList(out);
    };
    const auto weighting = [](const std::vector<IndexInput> &in) {
        const bool equal = std::all_of(in.begin(), in.end(), [&](const IndexInput &i) {
            return i.weight == in.front().weight;
        });
        return equal ? tr("equal weights") : tr("weights %1").arg(weightsText(in));
    };
    QStringList parts;
    parts << tr("Index of %1, %2").arg(names(inputs), weighting(inputs));
    QString method;
    switch (standardisation) {
    case Standardisation::ZScore:
        method = tr("z-scores");
        break;
    case Standardisation::MinMax:
        method = tr("scaled from 0 to 1");
        break;
    case Standardisation::Rank:
        method = tr("ranks");
        break;
    case Standardisation::Percentile:
        method = tr("percentile ranks");
        break;
    }
    parts << (populationKey.isEmpty() ? method
                                      : tr("%1 over the areas with at least %L2 %3")
                                            .arg(method)
                                            .arg(minPopulation, 0, 'g', 15)
                                            .arg(nameOf(populationKey)));
    if (restandardise)
        parts << tr("standardised again");
    parts << classes.describe();
    if (dynamics == Dynamics::Change)
        parts << tr("dynamics: the change of the inputs over %n year(s)", nullptr, years);
    else if (dynamics == Dynamics::Inputs)
        parts << tr("dynamics of %1, %2").arg(names(dynamicsInputs), weighting(dynamicsInputs));
    return parts.join(QStringLiteral("; "));
}

namespace IndexParts {

QString key(const QString &indexKey, IndexPart part)
{
    return part == IndexPart::Index ? indexKey : indexKey + QLatin1Char('_') + wordOf(kParts, part);
}

std::vector<IndexPart> of(const IndexRecipe &recipe)
{
    if (recipe.dynamics == IndexRecipe::Dynamics::None)
        return {IndexPart::Index, IndexPart::Class};
    return {IndexPart::Index, IndexPart::Class, IndexPart::Dynamics, IndexPart::DynamicsClass,
            IndexPart::Group};
}

QString recipeText(const QString &indexKey, IndexPart part)
{
    return QStringLiteral("index_%1(%2)").arg(wordOf(kParts, part), RecipeText::quoted(indexKey));
}

std::optional<std::pair<QString, IndexPart>> parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*index_([a-z_]+)\s*\((.*)\)\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const auto part = fromWord(kParts, m.captured(1));
    const QString key = RecipeText::unquoted(m.captured(2));
    if (!part || key.isEmpty())
        return std::nullopt;
    return std::pair {key, *part};
}

} // namespace IndexParts
} // namespace qw
