#pragma once

#include <QColor>
#include <QString>

#include <vector>

namespace qw {

class SqliteDatabase;

// One class of a choropleth as the app draws it: lower < v <= upper (the first class also
// takes v == lower).
struct QgisClass
{
    double lower = 0;
    double upper = 0;
    QColor color;
    QString label;
};

struct QgisStyleSpec
{
    QString field; // attribute column with the value, e.g. "child_poverty_2024"
    QString
        statusField; // column with the status text, e.g. "child_poverty_2024_status"; empty: none
    QString title; // legend title with unit, e.g. "Kinderarmut 2024 (%)"
    std::vector<QgisClass> classes; // ascending, as the app's legend
    QColor missing = QColor(0xd9, 0xd9, 0xd9); // fill of areas without a value ("keine Angabe")
    QString missingLabel; // e.g. "keine Angabe"
    QString suppressedLabel; // e.g. "unterdrückt (unter 5 Fällen)"
    QColor outline = QColor(0x80, 0x80, 0x80);
    double outlineWidthMm = 0.26;
};

// A layer style that QGIS 3.22 applies by itself: a rule-based renderer (the graduated one
// cannot draw NULL) with one rule per class, a hatched rule for suppressed values and an
// ELSE rule for missing ones, written in the form QGIS itself writes (QML, SLD and the
// GeoPackage table layer_styles).
namespace QgisStyle {

// The filter expression of class `index` of `spec`, exactly the app's rule.
QString classFilter(const QgisStyleSpec &spec, int index);
// QGIS 3.22 QML document (categories Symbology and Legend: loading it keeps the layer's
// fields, aliases and forms). The rules hang below one rule labelled with the title, so
// that QGIS's layer panel and print legends show the title above the classes.
QString qml(const QgisStyleSpec &spec);
// OGC SLD 1.1, as QGIS exports it, but with a filter for missing values: QGIS 3.22 writes
// a parser error comment for its own ELSE rule and reads an ElseFilter as "all areas".
QString sld(const QgisStyleSpec &spec, const QString &layerName);

// Writes or updates one row of the table layer_styles in an open SQLite/GeoPackage file
// exactly as QGIS 3.22 creates it (same columns; in a GeoPackage registered in
// gpkg_contents as 'attributes', with OGR's feature count). A style of the same table,
// geometry column and name is replaced. isDefault sets useAsDefault=1 and clears it on the
// table's other styles: QGIS loads the default style when it opens the layer.
void writeLayerStyle(SqliteDatabase &db, const QString &table, const QString &geometryColumn,
                     const QString &styleName, const QString &description, const QString &qml,
                     const QString &sld, bool isDefault);

} // namespace QgisStyle
} // namespace qw
