#include "ProjectTypes.h"

#include "DemoCityEnglish.h"
#include "NumberFormat.h"
#include "UiLanguage.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace qw {

namespace {

template<typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, code] : table)
        if (e == value)
            return QString::fromLatin1(code);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromCode(const std::array<std::pair<E, const char *>, N> &table,
                          const QString &code)
{
    for (const auto &[e, c] : table)
        if (code == QLatin1String(c))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<IndicatorKind, const char *>, 5> kindCodes {{
    {IndicatorKind::Count, "count"},
    {IndicatorKind::Share, "share"},
    {IndicatorKind::Rate, "rate"},
    {IndicatorKind::Mean, "mean"},
    {IndicatorKind::Index, "index"},
}};
constexpr std::array<std::pair<Polarity, const char *>, 3> polarityCodes {{
    {Polarity::HigherIsBetter, "higher_is_better"},
    {Polarity::HigherIsWorse, "higher_is_worse"},
    {Polarity::Neutral, "neutral"},
}};
constexpr std::array<std::pair<ValueStatus, const char *>, 5> statusCodes {{
    {ValueStatus::Ok, "ok"},
    {ValueStatus::Missing, "missing"},
    {ValueStatus::Suppressed, "suppressed"},
    {ValueStatus::Estimated, "estimated"},
    {ValueStatus::NotComputed, "not_computed"},
}};
constexpr std::array<std::pair<FacilityKind, const char *>, 4> facilityCodes {{
    {FacilityKind::School, "school"},
    {FacilityKind::Kita, "kita"},
    {FacilityKind::YouthCentre, "youth_centre"},
    {FacilityKind::Other, "other"},
}};

constexpr std::array<std::pair<LandmarkKind, const char *>, 2> landmarkCodes {{
    {LandmarkKind::Water, "water"},
    {LandmarkKind::Park, "park"},
}};

} // namespace

QString Indicator::format(double value, const QLocale &locale) const
{
    QString text = formatNumber(value, decimals, locale);
    const QString u = unitName(germanUi(locale));
    if (!u.isEmpty() && kind != IndicatorKind::Count)
        text += QLatin1Char(' ') + u;
    return text;
}

QString ProjectMetadata::titleIn(bool german) const
{
    if (german)
        return title;
    if (!titleEn.isEmpty())
        return titleEn;
    return fictional ? DemoCityEnglish::title(title) : title;
}

int statusSeverity(ValueStatus status)
{
    switch (status) {
    case ValueStatus::Ok:
        return 0;
    case ValueStatus::Estimated:
        return 1;
    case ValueStatus::Missing:
        return 2;
    case ValueStatus::NotComputed: // left out by an index's rule: so is what builds on it
        return 3;
    case ValueStatus::Suppressed:
        return 4;
    }
    return 2;
}

const Indicator *findIndicator(const std::vector<Indicator> &catalogue, const QString &key)
{
    for (const Indicator &i : catalogue)
        if (i.key == key)
            return &i;
    return nullptr;
}

const ValueLabel *Indicator::label(double value) const
{
    for (const ValueLabel &l : valueLabels)
        if (l.value == value)
            return &l;
    return nullptr;
}

QString Indicator::notComputedText(bool german) const
{
    const QString own = german || notComputedEn.isEmpty() ? notComputedDe : notComputedEn;
    if (!own.isEmpty())
        return own;
    return QCoreApplication::translate("qw::Indicator", "not computed");
}

QString Indicator::wordsFor(double value, ValueStatus status, bool german) const
{
    if (status == ValueStatus::NotComputed)
        return notComputedText(german);
    if (status != ValueStatus::Ok && status != ValueStatus::Estimated)
        return {};
    const ValueLabel *l = label(value); // none for NaN
    return l ? l->name(german) : QString();
}

QString toCode(LandmarkKind kind)
{
    return codeOf(landmarkCodes, kind);
}
LandmarkKind landmarkKindFromCode(const QString &code)
{
    return fromCode(landmarkCodes, code).value_or(LandmarkKind::Park);
}

QString toCode(IndicatorKind kind)
{
    return codeOf(kindCodes, kind);
}
QString toCode(Polarity polarity)
{
    return codeOf(polarityCodes, polarity);
}
QString toCode(ValueStatus status)
{
    return codeOf(statusCodes, status);
}
QString toCode(FacilityKind kind)
{
    return codeOf(facilityCodes, kind);
}

std::optional<IndicatorKind> indicatorKindFromCode(const QString &code)
{
    return fromCode(kindCodes, code);
}
std::optional<Polarity> polarityFromCode(const QString &code)
{
    return fromCode(polarityCodes, code);
}
std::optional<ValueStatus> valueStatusFromCode(const QString &code)
{
    return fromCode(statusCodes, code);
}
FacilityKind facilityKindFromCode(const QString &code)
{
    return fromCode(facilityCodes, code).value_or(FacilityKind::Other);
}

} // namespace qw
