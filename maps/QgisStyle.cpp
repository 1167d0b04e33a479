#include "QgisStyle.h"

#include "QgisStyleParts.h"

#include <QUuid>
#include <QXmlStreamWriter>

#include <utility>

namespace qw {

namespace {

using namespace QgisStyleParts;
using Props = std::vector<std::pair<QString, QString>>;

// The version QGIS writes into its QML: Debian 12's QGIS, against which the styles are tested.
const QString kQgisVersion = QStringLiteral("3.22.16-Białowieża");

// As QgsExpression::quotedColumnRef.
QString quotedColumn(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// Stable keys, so that the same export gives the same file.
QString ruleKey(const QgisStyleSpec &spec, const QString &what)
{
    static const QUuid ns(QStringLiteral("{5f0c5b8e-2d0a-4c57-9a51-7a1c1f3b1e18}"));
    return QUuid::createUuidV5(ns, spec.field + QLatin1Char('/') + what).toString();
}

QString suppressedFilter(const QgisStyleSpec &spec)
{
    return quotedColumn(spec.statusField) + QStringLiteral(" = 'suppressed'");
}

void writeDataDefined(QXmlStreamWriter &w)
{
    w.writeStartElement(QStringLiteral("data_defined_properties"));
    w.writeStartElement(QStringLiteral("Option"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
    const auto option = [&w](const QString &name, const QString &value) {
        w.writeEmptyElement(QStringLiteral("Option"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("QString"));
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeAttribute(QStringLiteral("value"), value);
    };
    option(QStringLiteral("name"), QString());
    w.writeEmptyElement(QStringLiteral("Option"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("properties"));
    option(QStringLiteral("type"), QStringLiteral("collection"));
    w.writeEndElement();
    w.writeEndElement();
}

// QGIS 3.22 writes a symbol layer's properties twice: as an Option map (read first) and as
// the older prop list.
void writeProps(QXmlStreamWriter &w, const Props &props)
{
    w.writeStartElement(QStringLiteral("Option"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
    for (const auto &[k, v] : props) {
        w.writeEmptyElement(QStringLiteral("Option"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("QString"));
        w.writeAttribute(QStringLiteral("name"), k);
        w.writeAttribute(QStringLiteral("value"), v);
    }
    w.writeEndElement();
    for (const auto &[k, v] : props) {
        w.writeEmptyElement(QStringLiteral("prop"));
        w.writeAttribute(QStringLiteral("v"), v);
        w.writeAttribute(QStringLiteral("k"), k);
    }
}

void startSymbol(QXmlStreamWriter &w, const QString &type, const QString &name)
{
    w.writeStartElement(QStringLiteral("symbol"));
    w.writeAttribute(QStringLiteral("type"), type);
    w.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeAttribute(QStringLiteral("alpha"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
    writeDataDefined(w);
}

void startSymbolLayer(QXmlStreamWriter &w, const QString &cls)
{
    w.writeStartElement(QStringLiteral("layer"));
    w.writeAttribute(QStringLiteral("class"), cls);
    w.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
}

const QString kNoScale = QStringLiteral("3x:0,0,0,0,0,0");
const QString kMM = QStringLiteral("MM");

void writeSimpleFill(QXmlStreamWriter &w, const QgisStyleSpec &spec, const QColor &fill)
{
    startSymbolLayer(w, QStringLiteral("SimpleFill"));
    writeProps(w,
               {{QStringLiteral("border_width_map_unit_scale"), kNoScale},
                {QStringLiteral("color"), colorText(fill)},
                {QStringLiteral("joinstyle"), QStringLiteral("bevel")},
                {QStringLiteral("offset"), QStringLiteral("0,0")},
                {QStringLiteral("offset_map_unit_scale"), kNoScale},
                {QStringLiteral("offset_unit"), kMM},
                {QStringLiteral("outline_color"), colorText(spec.outline)},
                {QStringLiteral("outline_style"), QStringLiteral("solid")},
                {QStringLiteral("outline_width"), number(spec.outlineWidthMm)},
                {QStringLiteral("outline_width_unit"), kMM},
                {QStringLiteral("style"), QStringLiteral("solid")}});
    writeDataDefined(w);
    w.writeEndElement();
}

void writeLinePattern(QXmlStreamWriter &w, const QString &symbolName)
{
    startSymbolLayer(w, QStringLiteral("LinePatternFill"));
    writeProps(w,
               {{QStringLiteral("angle"), QStringLiteral("45")},
                {QStringLiteral("color"), colorText(kHatchLine)},
                {QStringLiteral("distance"), number(kHatchDistanceMm)},
                {QStringLiteral("distance_map_unit_scale"), kNoScale},
                {QStringLiteral("distance_unit"), kMM},
                {QStringLiteral("line_width"), number(kHatchLineWidthMm)},
                {QStringLiteral("line_width_map_unit_scale"), kNoScale},
                {QStringLiteral("line_width_unit"), kMM},
                {QStringLiteral("offset"), QStringLiteral("0")},
                {QStringLiteral("offset_map_unit_scale"), kNoScale},
                {QStringLiteral("offset_unit"), kMM},
                {QStringLiteral("outline_width_map_unit_scale"), kNoScale},
                {QStringLiteral("outline_width_unit"), kMM}});
    writeDataDefined(w);
    // The lines themselves are a line symbol; its colour and width are what QGIS draws.
    startSymbol(w, QStringLiteral("line"), QStringLiteral("@%1@1").arg(symbolName));
    startSymbolLayer(w, QStringLiteral("SimpleLine"));
    writeProps(w,
               {{QStringLiteral("capstyle"), QStringLiteral("square")},
                {QStringLiteral("customdash"), QStringLiteral("5;2")},
                {QStringLiteral("customdash_map_unit_scale"), kNoScale},
                {QStringLiteral("customdash_unit"), kMM},
                {QStringLiteral("draw_inside_polygon"), QStringLiteral("0")},
                {QStringLiteral("joinstyle"), QStringLiteral("bevel")},
                {QStringLiteral("line_color"), colorText(kHatchLine)},
                {QStringLiteral("line_style"), QStringLiteral("solid")},
                {QStringLiteral("line_width"), number(kHatchLineWidthMm)},
                {QStringLiteral("line_width_unit"), kMM},
                {QStringLiteral("offset"), QStringLiteral("0")},
                {QStringLiteral("offset_map_unit_scale"), kNoScale},
                {QStringLiteral("offset_unit"), kMM},
                {QStringLiteral("ring_filter"), QStringLiteral("0")},
                {QStringLiteral("use_custom_dash"), QStringLiteral("0")},
                {QStringLiteral("width_map_unit_scale"), kNoScale}});
    writeDataDefined(w);
    w.writeEndElement(); // layer
    w.writeEndElement(); // symbol
    w.writeEndElement(); // layer
}

void writeRule(QXmlStreamWriter &w, const QString &filter, const QString &key, const QString &label,
               int symbol)
{
    w.writeEmptyElement(QStringLiteral("rule"));
    w.writeAttribute(QStringLiteral("filter"), filter);
    w.writeAttribute(QStringLiteral("key"), key);
    w.writeAttribute(QStringLiteral("label"), label);
    w.writeAttribute(QStringLiteral("symbol"), QString::number(symbol));
}

void textElement(QXmlStreamWriter &w, const QString &name, const QString &text)
{
    w.writeTextElement(name, text);
}

} // namespace

QString QgisStyle::classFilter(const QgisStyleSpec &spec, int index)
{
    const QgisClass &c = spec.classes.at(std::size_t(index));
    const QString f = quotedColumn(spec.field);
    return QStringLiteral("%1 %2 %3 AND %1 <= %4")
        .arg(f, index == 0 ? QStringLiteral(">=") : QStringLiteral(">"), number(c.lower),
             number(c.upper));
}

QString QgisStyle::qml(const QgisStyleSpec &spec)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    w.writeStartElement(QStringLiteral("qgis"));
    w.writeAttribute(QStringLiteral("version"), kQgisVersion);
    w.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("Symbology|Legend"));

    w.writeStartElement(QStringLiteral("renderer-v2"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("RuleRenderer"));
    w.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("referencescale"), QStringLiteral("-1"));
    w.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
    w.writeStartElement(QStringLiteral("rules"));
    w.writeAttribute(QStringLiteral("key"), ruleKey(spec, QStringLiteral("root")));
    const bool group = !spec.title.isEmpty();
    if (group) {
        // A rule without filter and symbol: only a heading in the legend; ELSE below it
        // still means "none of its siblings".
        w.writeStartElement(QStringLiteral("rule"));
        w.writeAttribute(QStringLiteral("key"), ruleKey(spec, QStringLiteral("title")));
        w.writeAttribute(QStringLiteral("label"), spec.title);
    }
    const int n = int(spec.classes.size());
    for (int i = 0; i < n; ++i)
        writeRule(w, classFilter(spec, i), ruleKey(spec, QString::number(i)),
                  spec.classes[std::size_t(i)].label, i);
    int symbol = n;
    const bool suppressed = !spec.statusField.isEmpty();
    if (suppressed)
        writeRule(w, suppressedFilter(spec), ruleKey(spec, QStringLiteral("suppressed")),
                  spec.suppressedLabel, symbol++);
    writeRule(w, QStringLiteral("ELSE"), ruleKey(spec, QStringLiteral("missing")),
              spec.missingLabel, symbol);
    if (group)
        w.writeEndElement();
    w.writeEndElement(); // rules

    w.writeStartElement(QStringLiteral("symbols"));
    for (int i = 0; i <= symbol; ++i) {
        const QString name = QString::number(i);
        startSymbol(w, QStringLiteral("fill"), name);
        if (i < n) {
            writeSimpleFill(w, spec, spec.classes[std::size_t(i)].color);
        } else if (suppressed && i == n) {
            writeSimpleFill(w, spec, kHatchGround);
            writeLinePattern(w, name);
        } else {
            writeSimpleFill(w, spec, spec.missing);
        }
        w.writeEndElement();
    }
    w.writeEndElement(); // symbols
    w.writeEndElement(); // renderer-v2

    textElement(w, QStringLiteral("blendMode"), QStringLiteral("0"));
    textElement(w, QStringLiteral("featureBlendMode"), QStringLiteral("0"));
    textElement(w, QStringLiteral("layerOpacity"), QStringLiteral("1"));
    w.writeEmptyElement(QStringLiteral("legend"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("default-vector"));
    w.writeAttribute(QStringLiteral("showLabelLegend"), QStringLiteral("0"));
    textElement(w, QStringLiteral("layerGeometryType"), QStringLiteral("2")); // polygons
    w.writeEndElement(); // qgis
    w.writeEndDocument();
    return out;
}

} // namespace qw
