#include "QgisStyle.h"
#include "Sqlite.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace qw;

namespace {

// Bounds that need all their digits: 1/3 has no short decimal form.
QgisStyleSpec childPoverty()
{
    QgisStyleSpec s;
    s.field = QStringLiteral("child_poverty_2024");
    s.statusField = QStringLiteral("child_poverty_2024_status");
    s.title = QStringLiteral("Kinderarmut 2024 (%)");
    s.classes = {{0.1, 1.0 / 3.0, QColor(0xfe, 0xe5, 0xd9), QStringLiteral("0,1 bis 0,33")},
                 {1.0 / 3.0, 12.3, QColor(0xfc, 0xae, 0x91), QStringLiteral("über 0,33 bis 12,3")},
                 {12.3, 40, QColor(0xde, 0x2d, 0x26, 200), QStringLiteral("über 12,3 <&> \"40\"")}};
    s.missingLabel = QStringLiteral("keine Angabe");
    s.suppressedLabel = QStringLiteral("unterdrückt (unter 5 Fällen)");
    return s;
}

struct Rule
{
    QString filter, label, symbol;
};

struct ParsedQml
{
    QString error;
    std::vector<Rule> rules; // with a symbol, in document order
    QStringList headings; // rules without a symbol
    QMap<QString, QString> fillColor; // symbol name -> colour of its SimpleFill
    QMap<QString, QString> lineColor; // symbol name -> colour of its hatch lines
};

ParsedQml parseQml(const QString &qml)
{
    ParsedQml p;
    QXmlStreamReader r(qml);
    QString symbol; // the fill symbol being read
    QString layerClass; // its symbol layer being read
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = r.attributes();
        if (r.name() == QLatin1String("rule")) {
            if (a.hasAttribute(QLatin1String("symbol")))
                p.rules.push_back({a.value(QLatin1String("filter")).toString(),
                                   a.value(QLatin1String("label")).toString(),
                                   a.value(QLatin1String("symbol")).toString()});
            else
                p.headings << a.value(QLatin1String("label")).toString();
        } else if (r.name() == QLatin1String("symbol")
                   && a.value(QLatin1String("type")) == QLatin1String("fill")) {
            symbol = a.value(QLatin1String("name")).toString();
        } else if (r.name() == QLatin1String("layer")) {
            layerClass = a.value(QLatin1String("class")).toString();
        } else if (r.name() == QLatin1String("Option")) {
            const auto name = a.value(QLatin1String("name"));
            const QString value = a.value(QLatin1String("value")).toString();
            if (layerClass == QLatin1String("SimpleFill") && name == QLatin1String("color"))
                p.fillColor[symbol] = value;
            if (layerClass == QLatin1String("SimpleLine") && name == QLatin1String("line_color"))
                p.lineColor[symbol] = value;
        }
    }
    if (r.hasError())
        p.error = r.errorString();
    return p;
}

QStringList columns(SqliteDatabase &db, const QString &table)
{
    QStringList out;
    SqliteStatement s = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (s.step())
        out << s.text(1) + QLatin1Char(' ') + s.text(2);
    return out;
}

// The two GeoPackage tables writeLayerStyle registers in, as GDAL creates them.
void makeGeoPackageTables(SqliteDatabase &db)
{
    db.exec(QStringLiteral(
        "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT "
        "NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT "
        "NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x "
        "DOUBLE, max_y DOUBLE, srs_id INTEGER)"));
    db.exec(QStringLiteral("CREATE TABLE gpkg_ogr_contents(table_name TEXT NOT NULL PRIMARY "
                           "KEY, feature_count INTEGER DEFAULT NULL)"));
}

} // namespace

class TestQgisStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qmlHasOneRulePerClassWithTheAppsRule()
    {
        // Given three classes, a status column and labels that need XML escaping
        const QgisStyleSpec spec = childPoverty();
        // When the QML is written
        const ParsedQml p = parseQml(QgisStyle::qml(spec));
        // Then it parses, the title heads the rules, and there is one rule per class,
        // suppressed and ELSE
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.headings, QStringList {spec.title});
        QCOMPARE(p.rules.size(), spec.classes.size() + 2);
        const QString f = QStringLiteral("\"child_poverty_2024\"");
        QCOMPARE(p.rules[0].filter, f + " >= 0.1 AND " + f + " <= 0.3333333333333333");
        QCOMPARE(p.rules[1].filter, f + " > 0.3333333333333333 AND " + f + " <= 12.3");
        QCOMPARE(p.rules[2].filter, f + " > 12.3 AND " + f + " <= 40");
        // and the numbers read back as exactly the app's bounds
        QCOMPARE(p.rules[1].filter.section(QLatin1Char(' '), 2, 2).toDouble(), 1.0 / 3.0);
        for (std::size_t i = 0; i < spec.classes.size(); ++i) {
            const QColor c = spec.classes[i].color;
            QCOMPARE(p.rules[i].label, spec.classes[i].label);
            QCOMPARE(p.fillColor.value(p.rules[i].symbol),
                     QStringLiteral("%1,%2,%3,%4")
                         .arg(c.red())
                         .arg(c.green())
                         .arg(c.blue())
                         .arg(c.alpha()));
        }
        QCOMPARE(p.fillColor.value(p.rules[2].symbol), QStringLiteral("222,45,38,200"));
        // and suppressed values are hatched, missing ones grey
        const Rule &suppressed = p.rules[3];
        QCOMPARE(suppressed.filter, QStringLiteral("\"child_poverty_2024_status\" = 'suppressed'"));
        QCOMPARE(suppressed.label, spec.suppressedLabel);
        QCOMPARE(p.lineColor.value(suppressed.symbol), QStringLiteral("115,115,115,255"));
        const Rule &missing = p.rules[4];
        QCOMPARE(missing.filter, QStringLiteral("ELSE"));
        QCOMPARE(missing.label, spec.missingLabel);
        QCOMPARE(p.fillColor.value(missing.symbol), QStringLiteral("217,217,217,255"));
        QVERIFY(!p.lineColor.contains(missing.symbol));
    }

    void withoutStatusColumnThereIsNoSuppressedRule()
    {
        // Given a spec without status column and without title
        QgisStyleSpec spec = childPoverty();
        spec.statusField.clear();
        spec.title.clear();
        // When the QML is written
        const ParsedQml p = parseQml(QgisStyle::qml(spec));
        // Then the classes are followed by ELSE alone, and no heading rule
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(p.headings.isEmpty());
        QCOMPARE(p.rules.size(), spec.classes.size() + 1);
        QCOMPARE(p.rules.back().filter, QStringLiteral("ELSE"));
        QVERIFY(p.lineColor.isEmpty());
    }

    void sldHasTheSameRulesAndAFilterForMissing()
    {
        // Given the spec  When its SLD is written
        const QString sld = QgisStyle::sld(childPoverty(), QStringLiteral("sozialraum"));
        // Then it parses, with one rule per class (named by the label), suppressed and missing
        QXmlStreamReader r(sld);
        QStringList names, literals;
        int elseFilters = 0, greaterOrEqual = 0, isNull = 0, notSuppressed = 0;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (r.qualifiedName() == QLatin1String("se:ElseFilter"))
                ++elseFilters;
            else if (r.qualifiedName() == QLatin1String("ogc:PropertyIsNull"))
                ++isNull;
            else if (r.qualifiedName() == QLatin1String("ogc:PropertyIsNotEqualTo"))
                ++notSuppressed;
            else if (r.qualifiedName() == QLatin1String("ogc:PropertyIsGreaterThanOrEqualTo"))
                ++greaterOrEqual;
            else if (r.qualifiedName() == QLatin1String("ogc:Literal"))
                literals << r.readElementText();
            else if (r.qualifiedName() == QLatin1String("se:Name"))
                names << r.readElementText();
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(
            names,
            (QStringList {"sozialraum", "sozialraum", "0,1 bis 0,33", "über 0,33 bis 12,3",
                          "über 12,3 <&> \"40\"", "unterdrückt (unter 5 Fällen)", "keine Angabe"}));
        // and missing is "no value and not suppressed" (QGIS reads an ElseFilter as all areas)
        QCOMPARE(elseFilters, 0);
        QCOMPARE(isNull, 2);
        QCOMPARE(notSuppressed, 1);
        QCOMPARE(greaterOrEqual, 1); // only the first class takes its lower bound
        QCOMPARE(literals.mid(0, 6),
                 (QStringList {"0.1", "0.3333333333333333", "0.3333333333333333", "12.3", "12.3",
                               "40"}));
        QVERIFY(literals.contains(QStringLiteral("suppressed")));
    }

    void layerStylesAsQgisCreatesItAndOneDefault()
    {
        // Given a GeoPackage without styles
        QTemporaryDir dir;
        SqliteDatabase db(dir.filePath(QStringLiteral("pub.gpkg")), SqliteDatabase::Mode::Create);
        makeGeoPackageTables(db);
        // When a default style is written
        QgisStyle::writeLayerStyle(db, QStringLiteral("sozialraum"), QStringLiteral("geom"),
                                   QStringLiteral("Kinderarmut 2024"), QStringLiteral("d1"),
                                   QStringLiteral("<qgis/>"), QStringLiteral("<sld/>"), true);
        // Then the table has QGIS 3.22's columns and is registered as attributes
        QCOMPARE(columns(db, QStringLiteral("layer_styles")),
                 (QStringList {"id INTEGER", "f_table_catalog TEXT(256)",
                               "f_table_schema TEXT(256)", "f_table_name TEXT(256)",
                               "f_geometry_column TEXT(256)", "styleName TEXT(30)", "styleQML TEXT",
                               "styleSLD TEXT", "useAsDefault BOOLEAN", "description TEXT",
                               "owner TEXT(30)", "ui TEXT(30)", "update_time DATETIME"}));
        SqliteStatement contents =
            db.prepare(QStringLiteral("SELECT data_type, identifier, srs_id FROM gpkg_contents "
                                      "WHERE table_name = 'layer_styles'"));
        QVERIFY(contents.step());
        QCOMPARE(contents.text(0), QStringLiteral("attributes"));
        QCOMPARE(contents.text(1), QStringLiteral("layer_styles"));
        QCOMPARE(contents.integer(2), std::int64_t(0));

        // When a second default style and then the first again (not default) are written
        QgisStyle::writeLayerStyle(db, QStringLiteral("sozialraum"), QStringLiteral("geom"),
                                   QStringLiteral("Kita U3 2024"), QStringLiteral("d2"),
                                   QStringLiteral("<qgis/>"), QStringLiteral("<sld/>"), true);
        QgisStyle::writeLayerStyle(db, QStringLiteral("sozialraum"), QStringLiteral("geom"),
                                   QStringLiteral("Kinderarmut 2024"), QStringLiteral("d1 neu"),
                                   QStringLiteral("<qgis new/>"), QStringLiteral("<sld/>"), false);
        // and a default for another layer
        QgisStyle::writeLayerStyle(db, QStringLiteral("stadtbezirk"), QStringLiteral("geom"),
                                   QStringLiteral("Kinderarmut 2024"), QString(),
                                   QStringLiteral("<qgis/>"), QStringLiteral("<sld/>"), true);
        // Then each layer has one default, the same name replaced its row, and QGIS's
        // matching columns are empty strings
        SqliteStatement rows = db.prepare(QStringLiteral(
            "SELECT f_table_name, styleName, useAsDefault, description, styleQML, "
            "f_table_catalog, f_table_schema, f_geometry_column, update_time FROM layer_styles "
            "ORDER BY id"));
        QStringList got;
        while (rows.step()) {
            got << QStringList {rows.text(0), rows.text(1), rows.text(2), rows.text(3),
                                rows.text(4), rows.text(5), rows.text(6), rows.text(7)}
                       .join(QLatin1Char('|'));
            QVERIFY(rows.text(8).endsWith(QLatin1Char('Z')));
        }
        QCOMPARE(got,
                 (QStringList {"sozialraum|Kinderarmut 2024|0|d1 neu|<qgis new/>|||geom",
                               "sozialraum|Kita U3 2024|1|d2|<qgis/>|||geom",
                               "stadtbezirk|Kinderarmut 2024|1||<qgis/>|||geom"}));
        // and GDAL's feature count follows the rows
        SqliteStatement count = db.prepare(QStringLiteral(
            "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'layer_styles'"));
        QVERIFY(count.step());
        QCOMPARE(count.integer(0), std::int64_t(3));
    }
};

QTEST_GUILESS_MAIN(TestQgisStyle)
#include "test_qgis_style.moc"
