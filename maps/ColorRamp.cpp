#include "ColorRamp.h"

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double toSrgb(double c)
{
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
}

std::vector<QColor> hex(std::initializer_list<const char *> codes)
{
    std::vector<QColor> out;
    for (const char *c : codes)
        out.emplace_back(QString::fromLatin1(c));
    return out;
}

} // namespace

ColorRamp::ColorRamp(QString id, QString name, RampKind kind, std::vector<QColor> anchors,
                     bool colorBlindSafe)
    : m_id(std::move(id))
    , m_name(std::move(name))
    , m_kind(kind)
    , m_anchors(std::move(anchors))
    , m_colorBlindSafe(colorBlindSafe)
{ }

QColor ColorRamp::at(double t) const
{
    if (m_anchors.empty())
        return Qt::gray;
    t = std::clamp(t, 0.0, 1.0);
    const double pos = t * (m_anchors.size() - 1);
    const auto i = std::size_t(std::floor(pos));
    if (i + 1 >= m_anchors.size())
        return m_anchors.back();
    const double f = pos - i;
    const QColor &a = m_anchors[i], &b = m_anchors[i + 1];
    auto mix = [&](double x, double y) {
        return toSrgb(toLinear(x) * (1 - f) + toLinear(y) * f);
    };
    return QColor::fromRgbF(float(mix(a.redF(), b.redF())), float(mix(a.greenF(), b.greenF())),
                            float(mix(a.blueF(), b.blueF())));
}

std::vector<QColor> ColorRamp::colors(int n, bool reversed) const
{
    std::vector<QColor> out;
    if (n <= 0)
        return out;
    for (int i = 0; i < n; ++i) {
        // Sequential ramps skip the palest anchor end a little so class 1 stays visible
        // against a white page.
        const double t = n == 1
            ? 0.6
            : (m_kind == RampKind::Sequential ? 0.08 + 0.92 * i / (n - 1) : double(i) / (n - 1));
        out.push_back(at(reversed ? 1.0 - t : t));
    }
    return out;
}

const std::vector<ColorRamp> &ColorRamp::all()
{
    // ColorBrewer 9-class anchors (Cynthia Brewer, Penn State; Apache-2.0 licence),
    // viridis and cividis from matplotlib (CC0).
    static const std::vector<ColorRamp> ramps {
        {QStringLiteral("OrRd"), QStringLiteral("ColorBrewer OrRd"), RampKind::Sequential,
         hex({"#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f",
              "#b30000", "#7f0000"}),
         true},
        {QStringLiteral("YlOrRd"), QStringLiteral("ColorBrewer YlOrRd"), RampKind::Sequential,
         hex({"#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c",
              "#bd0026", "#800026"}),
         true},
        {QStringLiteral("GnBu"), QStringLiteral("ColorBrewer GnBu"), RampKind::Sequential,
         hex({"#f7fcf0", "#e0f3db", "#ccebc5", "#a8ddb5", "#7bccc4", "#4eb3d3", "#2b8cbe",
              "#0868ac", "#084081"}),
         true},
        {QStringLiteral("Blues"), QStringLiteral("ColorBrewer Blues"), RampKind::Sequential,
         hex({"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5",
              "#08519c", "#08306b"}),
         true},
        {QStringLiteral("Purples"), QStringLiteral("ColorBrewer Purples"), RampKind::Sequential,
         hex({"#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3",
              "#54278f", "#3f007d"}),
         true},
        {QStringLiteral("viridis"), QStringLiteral("viridis"), RampKind::Sequential,
         hex({"#fde725", "#b5de2b", "#6ece58", "#35b779", "#1f9e89", "#26828e", "#31688e",
              "#3e4989", "#482878", "#440154"}),
         true},
        {QStringLiteral("cividis"), QStringLiteral("cividis"), RampKind::Sequential,
         hex({"#fee838", "#e1cc55", "#c3b369", "#a59c74", "#8a8678", "#707173", "#575d6d",
              "#3b496c", "#123570", "#00224e"}),
         true},
        {QStringLiteral("RdBu"), QStringLiteral("ColorBrewer RdBu"), RampKind::Diverging,
         hex({"#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de",
              "#4393c3", "#2166ac"}),
         true},
        {QStringLiteral("PuOr"), QStringLiteral("ColorBrewer PuOr"), RampKind::Diverging,
         hex({"#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2",
              "#8073ac", "#542788"}),
         true},
        {QStringLiteral("BrBG"), QStringLiteral("ColorBrewer BrBG"), RampKind::Diverging,
         hex({"#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1",
              "#35978f", "#01665e"}),
         true},
    };
    return ramps;
}

ColorRamp ColorRamp::byId(const QString &id)
{
    for (const auto &r : all())
        if (r.id().compare(id, Qt::CaseInsensitive) == 0)
            return r;
    return {};
}

QString ColorRamp::defaultFor(bool neutral)
{
    return neutral ? QStringLiteral("Purples") : QStringLiteral("OrRd");
}

const ColorRamp &ColorRamp::projector(RampKind kind)
{
    // plasma anchors from matplotlib (CC0), light to dark; RdBu's ends (Apache-2.0).
    static const ColorRamp sequential(QStringLiteral("projector"), QStringLiteral("plasma"),
                                      RampKind::Sequential,
                                      hex({"#f0f921", "#febd2a", "#f48849", "#db5c68", "#b83289",
                                           "#8b0aa5", "#5302a3", "#0d0887"}),
                                      true);
    static const ColorRamp diverging(
        QStringLiteral("projector-diverging"), QStringLiteral("RdBu (Projektor)"),
        RampKind::Diverging,
        hex({"#b2182b", "#e0583f", "#f29c7a", "#c8c8c8", "#7ab4d8", "#3a86c0", "#2166ac"}), true);
    return kind == RampKind::Diverging ? diverging : sequential;
}

QColor ColorRamp::deviationTint(double deviation)
{
    if (std::isnan(deviation) || std::abs(deviation) < 0.25)
        return {};
    const double strength = std::min(1.0, std::abs(deviation) / 2.0);
    QColor c = deviation > 0 ? QColor(0x43, 0x93, 0xc3) : QColor(0xd6, 0x60, 0x4d);
    c.setAlphaF(float(0.15 + 0.45 * strength));
    return c;
}

QColor ColorRamp::twoWay(int row, int rows, int column, int columns)
{
    const double need = rows > 1 ? std::clamp(double(row) / (rows - 1), 0.0, 1.0) : 0.5;
    const double trend = columns > 1 ? std::clamp(double(column) / (columns - 1), 0.0, 1.0) : 0.5;
    // Blue (improving) to red (worsening) by way of purple, never through green and
    // yellow: a middle that reads as "between" them, and safe for red-green blindness.
    const double hue = (210.0 + 150.0 * trend) / 360.0; // 210° ... 360° (= 0°, red)
    const double saturation = 0.18 + 0.62 * std::abs(2 * trend - 1);
    const double lightness = 0.88 - 0.52 * need;
    return QColor::fromHslF(float(hue >= 1.0 ? hue - 1.0 : hue), float(saturation),
                            float(lightness));
}

} // namespace qw
