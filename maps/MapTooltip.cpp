#include "MapTooltip.h"

#include "AreaGeometrySet.h"
#include "ChoroplethRenderer.h"
#include "MapSnapshot.h"
#include "Ranking.h"
#include "UiLanguage.h"
#include "ValueWording.h"

#include <cmath>
#include <vector>

namespace qw {

QString MapTooltip::text(const MapSnapshot &snapshot, int row, const QString &key,
                         const QString &name, const QLocale &locale)
{
    QString text = QStringLiteral("<b>%1</b> (%2)").arg(name.toHtmlEscaped(), key.toHtmlEscaped());
    if (!snapshot.choropleth)
        return text;
    const auto &c = *snapshot.choropleth;
    const bool german = germanUi(locale);
    text += QStringLiteral("<br>") + c.indicator().name(german).toHtmlEscaped()
        + QStringLiteral(", ")
        // A change's value is of both its periods: "2019 → 2024", not "2024".
        + (snapshot.caption.period.isEmpty() ? c.period() : snapshot.caption.period).toHtmlEscaped()
        + QStringLiteral(": ");
    const ValueStatus status = c.status(row);
    const ValueLabel *label =
        std::isnan(c.value(row)) ? nullptr : c.indicator().label(c.value(row));
    if (status == ValueStatus::Suppressed) {
        // Never the number: disclosure control.
        text += ValueWording::suppressed(c.indicator().minCases);
    } else if (status == ValueStatus::NotComputed) {
        text += c.indicator().notComputedText(german).toHtmlEscaped();
    } else if (std::isnan(c.value(row))) {
        // As the legend says it: a change map's "kein Wert in 2019 oder 2024".
        const QString missing = c.settings().missingLabel;
        text += missing.isEmpty() ? ValueWording::noData() : missing.toHtmlEscaped();
    } else if (label) {
        // A class of an index: its name, not its number.
        text += QStringLiteral("<b>%1</b>").arg(label->name(german).toHtmlEscaped());
    } else {
        text += QStringLiteral("<b>%1</b>").arg(c.indicator().format(c.value(row), locale));
        if (status == ValueStatus::Estimated)
            text += QLatin1Char(' ') + tr("(estimated)");
        // As the area table ranks (Ranking), over the map's own values; once per hovered
        // area, linear in the areas.
        std::vector<double> values(std::size_t(c.rowCount()));
        for (int r = 0; r < c.rowCount(); ++r)
            values[std::size_t(r)] = c.value(r);
        int ranked = 0;
        const int rank = Ranking::rankOf(c.value(row), values, &ranked);
        if (rank > 0)
            text +=
                QStringLiteral("<br>") + tr("Rank %1 of %2 (1 = highest)").arg(rank).arg(ranked);
    }
    if (!snapshot.caption.cityValue.isEmpty())
        text += QStringLiteral("<br>") + tr("City: %1").arg(snapshot.caption.cityValue);
    return text;
}

} // namespace qw
