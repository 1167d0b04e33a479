#include "MapLegends.h"
#include "Period.h"

#include "BivariateRenderer.h"
#include "ChoroplethRenderer.h"
#include "GroupMatrixLegend.h"
#include "IndexRecipe.h"
#include "MapSnapshot.h"
#include "ProportionalSymbols.h"
#include "UiLanguage.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace qw {

namespace {
constexpr double kPad = 10;

QFont bold(QFont f)
{
    f.setBold(true);
    return f;
}
} // namespace

ProportionalLegend::ProportionalLegend(const ProportionalSymbols &symbols, QString title,
                                       QFont font, const QLocale &locale)
    : m_symbols(symbols)
    , m_title(std::move(title))
    , m_font(font)
    , m_titleFont(bold(font))
    , m_locale(locale)
{ }

QSizeF ProportionalLegend::size() const
{
    const QFontMetricsF fm(m_font), tfm(m_titleFont);
    double labelWidth = 0;
    for (double v : m_symbols.legendValues())
        labelWidth =
            std::max(labelWidth, fm.horizontalAdvance(m_symbols.indicator().format(v, m_locale)));
    const double d = 2 * m_symbols.maxRadius();
    // Room below the circles for values pushed apart (see paint()).
    const double extra = std::max(0.0, 3 * fm.height() - d);
    const QString note = m_title.section(QLatin1Char('\n'), 1);
    const double head = tfm.height() + (note.isEmpty() ? 0 : fm.height());
    return {kPad
                + std::max({tfm.horizontalAdvance(m_title.section(QLatin1Char('\n'), 0, 0)),
                            fm.horizontalAdvance(note), d + 12 + labelWidth})
                + kPad,
            kPad + head + 6 + d + extra + kPad};
}

void ProportionalLegend::paint(QPainter &p, QPointF topLeft) const
{
    const QSizeF s = size();
    const QFontMetricsF fm(m_font), tfm(m_titleFont);
    p.save();
    paintFrame(p, QRectF(topLeft, s));
    p.setPen(QColor(0x22, 0x22, 0x22));
    p.setFont(m_titleFont);
    // A second line, below the title in the plain font (the periods across kinds).
    const QString note = m_title.section(QLatin1Char('\n'), 1);
    p.drawText(QPointF(topLeft.x() + kPad, topLeft.y() + kPad + tfm.ascent()),
               m_title.section(QLatin1Char('\n'), 0, 0));
    if (!note.isEmpty()) {
        p.setFont(m_font);
        p.drawText(QPointF(topLeft.x() + kPad, topLeft.y() + kPad + tfm.height() + fm.ascent()),
                   note);
    }
    const double head = tfm.height() + (note.isEmpty() ? 0 : fm.height());
    const double baseY = topLeft.y() + kPad + head + 6 + 2 * m_symbols.maxRadius();
    const double cx = topLeft.x() + kPad + m_symbols.maxRadius();
    p.setFont(m_font);
    double lastLabelY = -1e9;
    for (double v : m_symbols.legendValues()) {
        const double r = m_symbols.radiusFor(v);
        p.setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(cx, baseY - r), r, r);
        // A leader from the circle's top to its value; values keep a line apart.
        const double top = baseY - 2 * r;
        const double labelY = std::max(top, lastLabelY + fm.height());
        lastLabelY = labelY;
        const double lx = cx + m_symbols.maxRadius() + 6;
        p.drawLine(QPointF(cx, top), QPointF(lx, labelY));
        p.drawText(QPointF(lx + 3, labelY + fm.ascent() / 2 - 1),
                   m_symbols.indicator().format(v, m_locale));
    }
    p.restore();
}

BivariateLegend::BivariateLegend(const BivariateRenderer &renderer, QFont font, bool german)
    : m_renderer(renderer)
    , m_font(font)
    , m_titleFont(bold(font))
    , m_german(german)
    , m_status(renderer.statusLegend())
{ }

QSizeF BivariateLegend::size() const
{
    const QFontMetricsF fm(m_font);
    const double cell = fm.height() * 1.2;
    const double textW = std::max(fm.horizontalAdvance(m_renderer.first().name(m_german)),
                                  fm.horizontalAdvance(m_renderer.second().name(m_german)));
    const QSizeF status = LegendRows::size(m_status, m_font);
    const double width =
        std::max(fm.height() + 3 * cell + 10 + std::min(textW, 260.0), status.width());
    return {kPad + width + kPad,
            kPad + 3 * cell + fm.height() * 2.4 + (m_status.empty() ? 0 : status.height() + 4)
                + kPad};
}

void BivariateLegend::paint(QPainter &p, QPointF topLeft) const
{
    const QSizeF s = size();
    const QFontMetricsF fm(m_font);
    const double cell = fm.height() * 1.2;
    p.save();
    paintFrame(p, QRectF(topLeft, s));
    const QPointF grid(topLeft.x() + kPad + fm.height(), topLeft.y() + kPad);
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            p.fillRect(QRectF(grid.x() + i * cell, grid.y() + (2 - j) * cell, cell, cell),
                       BivariateRenderer::color(i, j));
    p.setPen(QColor(0x22, 0x22, 0x22));
    p.setFont(m_font);
    const QString up = QStringLiteral("↑"), right = QStringLiteral("→");
    // First indicator along x (below the grid), second along y (beside it).
    const double textX = grid.x() + 3 * cell + 10;
    const double maxW = s.width() - (textX - topLeft.x()) - kPad;
    p.drawText(
        QPointF(grid.x(), grid.y() + 3 * cell + fm.ascent() + 2),
        right + QLatin1Char(' ')
            + fm.elidedText(m_renderer.first().name(m_german), Qt::ElideRight, 3 * cell + maxW));
    p.drawText(QPointF(grid.x(), grid.y() + 3 * cell + fm.height() + fm.ascent() + 2),
               QCoreApplication::translate("qw::MapLegends", "higher values to the right and up"));
    p.drawText(QPointF(textX, grid.y() + fm.ascent()),
               up + QLatin1Char(' ')
                   + fm.elidedText(m_renderer.second().name(m_german), Qt::ElideRight, maxW));
    // Grey and hatched areas: what they mean, as in the single-indicator legend.
    if (!m_status.empty())
        LegendRows::paint(p,
                          QPointF(topLeft.x() + kPad, grid.y() + 3 * cell + fm.height() * 2.4 + 4),
                          s.width() - 2 * kPad, m_status, m_font);
    p.restore();
}

namespace MapLegends {

std::vector<LegendEntry> facilityEntries(const MapSnapshot &s)
{
    if (!s.showFacilities || !s.facilities)
        return {};
    int counts[4] = {0, 0, 0, 0};
    for (const Facility &f : *s.facilities)
        ++counts[std::size_t(f.kind)];
    const std::pair<FacilityKind, QString> kinds[] = {
        {FacilityKind::School, QCoreApplication::translate("qw::MapLegends", "Schools")},
        {FacilityKind::Kita, QCoreApplication::translate("qw::MapLegends", "Kitas")},
        {FacilityKind::YouthCentre, QCoreApplication::translate("qw::MapLegends", "Youth centres")},
        {FacilityKind::Other, QCoreApplication::translate("qw::MapLegends", "Other facilities")}};
    std::vector<LegendEntry> entries;
    for (const auto &[kind, name] : kinds) {
        const int count = counts[std::size_t(kind)];
        if (count > 0 && s.facilityKinds[std::size_t(kind)])
            entries.push_back({LegendEntry::Kind::Facility, name, QBrush(), count, kind});
    }
    return entries;
}

QString classSubtitle(const Indicator &indicator, const QString &subtitle, bool german)
{
    // An index's status classes run from the least need up (class 1 = MSS's "Status hoch",
    // a high social status): the legend says which way, as "hoch" alone reads as "high need".
    const auto part = IndexParts::parse(indicator.recipe);
    if (!part || part->second != IndexPart::Class || indicator.valueLabels.empty())
        return subtitle;
    const QString direction =
        QCoreApplication::translate("qw::MapLegends", "Status (%1 = least need)")
            .arg(indicator.valueLabels.front().name(german));
    return subtitle.isEmpty() ? direction : direction + QStringLiteral(" · ") + subtitle;
}

QString circlesTitle(const MapSnapshot &s, bool german)
{
    if (!s.circles)
        return {};
    const QString period = s.circles->period();
    const QString across =
        s.choropleth ? periodsAcrossKinds(period, s.choropleth->period()) : QString();
    // The kinds on a line of their own: one line would widen the legend column and shrink
    // the printed map.
    return s.circles->indicator().name(german) + QStringLiteral(" (") + period + QLatin1Char(')')
        + (across.isEmpty() ? QString() : QLatin1Char('\n') + across);
}

std::vector<std::unique_ptr<LegendBlock>> build(const MapSnapshot &s, const QString &title,
                                                const QString &subtitle, const QFont &font,
                                                const QLocale &locale)
{
    std::vector<std::unique_ptr<LegendBlock>> blocks;
    const bool german = germanUi(locale);
    if (s.bivariate)
        blocks.push_back(std::make_unique<BivariateLegend>(*s.bivariate, font, german));
    else if (s.choropleth && s.groupAxes)
        blocks.push_back(std::make_unique<GroupMatrixLegend>(*s.choropleth, *s.groupAxes, title,
                                                             subtitle, font, locale));
    else if (s.choropleth)
        blocks.push_back(std::make_unique<LegendRenderer>(
            title, classSubtitle(s.choropleth->indicator(), subtitle, german),
            s.choropleth->legend(locale), font));
    if (s.circles)
        blocks.push_back(std::make_unique<ProportionalLegend>(*s.circles, circlesTitle(s, german),
                                                              font, locale));
    // The key to the facility symbols, with the kinds shown (and how many in the project).
    if (auto facilities = facilityEntries(s); !facilities.empty())
        blocks.push_back(std::make_unique<LegendRenderer>(
            QCoreApplication::translate("qw::MapLegends", "Facilities"), QString(),
            std::move(facilities), font));
    return blocks;
}

QSizeF stackSize(const std::vector<std::unique_ptr<LegendBlock>> &blocks, double spacing)
{
    QSizeF total(0, 0);
    for (const auto &b : blocks) {
        const QSizeF s = b->size();
        total.setWidth(std::max(total.width(), s.width()));
        total.setHeight(total.height() + s.height() + (total.height() > 0 ? spacing : 0));
    }
    return total;
}

void paintStack(QPainter &painter, QPointF topLeft,
                const std::vector<std::unique_ptr<LegendBlock>> &blocks, double spacing)
{
    for (const auto &b : blocks) {
        b->paint(painter, topLeft);
        topLeft.ry() += b->size().height() + spacing;
    }
}

} // namespace MapLegends
} // namespace qw
