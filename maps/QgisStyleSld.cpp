#include "QgisStyle.h"
#include "QgisStyleParts.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace qw {

namespace {

using namespace QgisStyleParts;

// OGC's standardised rendering pixel (SLD sizes are pixels).
const double kSldPixelMm = 0.28;

QString sldPixels(double mm)
{
    // QGIS rounds to whole pixels: 0.26 mm -> 1, 2 mm -> 7.
    return QString::number(std::max(1, qRound(mm / kSldPixelMm)));
}

void sldParameter(QXmlStreamWriter &w, const QString &name, const QString &value)
{
    w.writeStartElement(QStringLiteral("se:SvgParameter"));
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeCharacters(value);
    w.writeEndElement();
}

void sldComparison(QXmlStreamWriter &w, const QString &op, const QString &property,
                   const QString &literal)
{
    w.writeStartElement(QStringLiteral("ogc:") + op);
    w.writeTextElement(QStringLiteral("ogc:PropertyName"), property);
    w.writeTextElement(QStringLiteral("ogc:Literal"), literal);
    w.writeEndElement();
}

void sldIsNull(QXmlStreamWriter &w, const QString &property)
{
    w.writeStartElement(QStringLiteral("ogc:PropertyIsNull"));
    w.writeTextElement(QStringLiteral("ogc:PropertyName"), property);
    w.writeEndElement();
}

void sldPolygon(QXmlStreamWriter &w, const QgisStyleSpec &spec, const QColor &fill)
{
    w.writeStartElement(QStringLiteral("se:PolygonSymbolizer"));
    w.writeStartElement(QStringLiteral("se:Fill"));
    sldParameter(w, QStringLiteral("fill"), fill.name());
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("se:Stroke"));
    sldParameter(w, QStringLiteral("stroke"), spec.outline.name());
    sldParameter(w, QStringLiteral("stroke-width"), sldPixels(spec.outlineWidthMm));
    sldParameter(w, QStringLiteral("stroke-linejoin"), QStringLiteral("bevel"));
    w.writeEndElement();
    w.writeEndElement();
}

void sldHatch(QXmlStreamWriter &w)
{
    w.writeStartElement(QStringLiteral("se:PolygonSymbolizer"));
    w.writeStartElement(QStringLiteral("se:Fill"));
    w.writeStartElement(QStringLiteral("se:GraphicFill"));
    w.writeStartElement(QStringLiteral("se:Graphic"));
    w.writeStartElement(QStringLiteral("se:Mark"));
    w.writeTextElement(QStringLiteral("se:WellKnownName"), QStringLiteral("horline"));
    w.writeStartElement(QStringLiteral("se:Stroke"));
    sldParameter(w, QStringLiteral("stroke"), kHatchLine.name());
    sldParameter(w, QStringLiteral("stroke-width"), sldPixels(kHatchLineWidthMm));
    w.writeEndElement();
    w.writeEndElement(); // Mark
    w.writeTextElement(QStringLiteral("se:Size"), sldPixels(kHatchDistanceMm));
    w.writeStartElement(QStringLiteral("se:Rotation"));
    w.writeTextElement(QStringLiteral("ogc:Literal"), QStringLiteral("45"));
    w.writeEndElement();
    w.writeEndElement(); // Graphic
    w.writeEndElement(); // GraphicFill
    w.writeEndElement(); // Fill
    w.writeEndElement(); // PolygonSymbolizer
}

void sldStartRule(QXmlStreamWriter &w, const QString &label)
{
    w.writeStartElement(QStringLiteral("se:Rule"));
    w.writeTextElement(QStringLiteral("se:Name"), label);
    w.writeStartElement(QStringLiteral("se:Description"));
    w.writeTextElement(QStringLiteral("se:Title"), label);
    w.writeEndElement();
}

void sldStartFilter(QXmlStreamWriter &w)
{
    w.writeStartElement(QStringLiteral("ogc:Filter"));
    w.writeAttribute(QStringLiteral("xmlns:ogc"), QStringLiteral("http://www.opengis.net/ogc"));
}

} // namespace

QString QgisStyle::sld(const QgisStyleSpec &spec, const QString &layerName)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("StyledLayerDescriptor"));
    w.writeAttribute(QStringLiteral("xmlns"), QStringLiteral("http://www.opengis.net/sld"));
    w.writeAttribute(QStringLiteral("xmlns:se"), QStringLiteral("http://www.opengis.net/se"));
    w.writeAttribute(QStringLiteral("xmlns:xlink"), QStringLiteral("http://www.w3.org/1999/xlink"));
    w.writeAttribute(QStringLiteral("xmlns:ogc"), QStringLiteral("http://www.opengis.net/ogc"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1.0"));
    w.writeAttribute(
        QStringLiteral("xsi:schemaLocation"),
        QStringLiteral("http://www.opengis.net/sld "
                       "http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd"));
    w.writeAttribute(QStringLiteral("xmlns:xsi"),
                     QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    w.writeStartElement(QStringLiteral("NamedLayer"));
    w.writeTextElement(QStringLiteral("se:Name"), layerName);
    w.writeStartElement(QStringLiteral("UserStyle"));
    w.writeTextElement(QStringLiteral("se:Name"), layerName);
    if (!spec.title.isEmpty()) {
        w.writeStartElement(QStringLiteral("se:Description"));
        w.writeTextElement(QStringLiteral("se:Title"), spec.title);
        w.writeEndElement();
    }
    w.writeStartElement(QStringLiteral("se:FeatureTypeStyle"));
    for (std::size_t i = 0; i < spec.classes.size(); ++i) {
        const QgisClass &c = spec.classes[i];
        sldStartRule(w, c.label);
        sldStartFilter(w);
        w.writeStartElement(QStringLiteral("ogc:And"));
        sldComparison(w,
                      i == 0 ? QStringLiteral("PropertyIsGreaterThanOrEqualTo")
                             : QStringLiteral("PropertyIsGreaterThan"),
                      spec.field, number(c.lower));
        sldComparison(w, QStringLiteral("PropertyIsLessThanOrEqualTo"), spec.field,
                      number(c.upper));
        w.writeEndElement(); // And
        w.writeEndElement(); // Filter
        sldPolygon(w, spec, c.color);
        w.writeEndElement(); // Rule
    }
    if (!spec.statusField.isEmpty()) {
        sldStartRule(w, spec.suppressedLabel);
        sldStartFilter(w);
        sldComparison(w, QStringLiteral("PropertyIsEqualTo"), spec.statusField,
                      QStringLiteral("suppressed"));
        w.writeEndElement();
        sldPolygon(w, spec, kHatchGround);
        sldHatch(w);
        w.writeEndElement();
    }
    // Not an ElseFilter: QGIS 3.22 reads it as "no filter" and paints all areas grey. And
    // SLD draws every rule that matches, so suppressed areas are left out by their status.
    sldStartRule(w, spec.missingLabel);
    sldStartFilter(w);
    if (!spec.statusField.isEmpty())
        w.writeStartElement(QStringLiteral("ogc:And"));
    sldIsNull(w, spec.field);
    if (!spec.statusField.isEmpty()) {
        w.writeStartElement(QStringLiteral("ogc:Or"));
        sldIsNull(w, spec.statusField);
        sldComparison(w, QStringLiteral("PropertyIsNotEqualTo"), spec.statusField,
                      QStringLiteral("suppressed"));
        w.writeEndElement(); // Or
        w.writeEndElement(); // And
    }
    w.writeEndElement(); // Filter
    sldPolygon(w, spec, spec.missing);
    w.writeEndElement();
    w.writeEndDocument(); // closes FeatureTypeStyle, UserStyle, NamedLayer, root
    return out;
}

} // namespace qw
