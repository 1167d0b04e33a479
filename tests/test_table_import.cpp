// Reading department tables: dialects, encodings, numbers, layouts and key matching.
#include "AreaMatcher.h"
#include "CsvTableSource.h"
#include "ImportFixtures.h"
#include "ImportLog.h"
#include "NumberParser.h"
#include "ProjectStore.h"
#include "StoreError.h"
#include "TableImport.h"
#include "TestSupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>

using namespace qw;
using namespace qw::test;

class TestTableImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;
    std::vector<Area> m_areas;

    QString file(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        writeBytes(path, bytes);
        return path;
    }

    ImportPlan plan(const QString &path, ImportSpec spec = {})
    {
        auto source = TableSource::open(path);
        spec = TableImport::completeSpec(*source, spec, m_areas);
        return TableImport::analyse(*source, spec, m_areas, {});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = makeThreeAreaProject(m_dir.path());
        m_areas = ProjectStore::open(m_project, ProjectStore::Access::ReadOnly)->areas();
        QCOMPARE(m_areas.size(), std::size_t(3));
    }

    void parsesGermanAndEnglishNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("decimal");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        const QChar comma = QLatin1Char(','), point = QLatin1Char('.');
        using K = NumberParser::Kind;
        QTest::newRow("decimal comma") << "12,5" << comma << int(K::Value) << 12.5;
        QTest::newRow("grouped") << "1.234.567,25" << comma << int(K::Value) << 1234567.25;
        QTest::newRow("percent sign") << "12,5 %" << comma << int(K::Value) << 12.5;
        QTest::newRow("point") << "-3.25" << point << int(K::Value) << -3.25;
        QTest::newRow("exponent") << "1.5E-02" << point << int(K::Value) << 0.015;
        QTest::newRow("secret") << "." << comma << int(K::Suppressed) << 0.0;
        QTest::newRow("nothing is zero") << "-" << comma << int(K::Value) << 0.0;
        QTest::newRow("not meaningful") << "x" << comma << int(K::Missing) << 0.0;
        QTest::newRow("no information") << "k.A." << comma << int(K::Missing) << 0.0;
        QTest::newRow("no information, spelt out")
            << "keine Angabe" << comma << int(K::Missing) << 0.0;
        QTest::newRow("not reliable") << "/" << comma << int(K::Missing) << 0.0;
        QTest::newRow("secret, job centre style") << "*" << comma << int(K::Suppressed) << 0.0;
        QTest::newRow("empty") << "  " << comma << int(K::Missing) << 0.0;
        QTest::newRow("sentinel") << "-9999" << point << int(K::Missing) << 0.0;
        QTest::newRow("estimate") << "(12,0)" << comma << int(K::Estimated) << 12.0;
        QTest::newRow("text") << "zwölf" << comma << int(K::Invalid) << 0.0;
        QTest::newRow("bad grouping") << "1.5" << comma << int(K::Invalid) << 0.0;
        QTest::newRow("two marks") << "1,2,3" << comma << int(K::Invalid) << 0.0;
    }

    void parsesGermanAndEnglishNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QChar, decimal);
        QFETCH(int, kind);
        QFETCH(double, value);
        const NumberParser parser(decimal, decimal == u',' ? QLatin1Char('.') : QChar());
        const auto r = parser.parse(text);
        QCOMPARE(int(r.kind), kind);
        QCOMPARE(r.value, value);
    }

    void detectsDialectsAndEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QChar>("decimal");
        QTest::newRow("utf8 bom semicolon comma")
            << QByteArray("\xEF\xBB\xBFSR;Name;Quote\n01;Innenstadt-S\xC3\xBC"
                          "d;12,5\n02;B;3,25\n")
            << int(TextEncoding::Utf8) << QChar(u';') << QChar(u',');
        QTest::newRow("windows-1252 semicolon")
            << QByteArray("SR;Name;Quote\n01;Innenstadt-S\xFC"
                          "d \x80;12,5\n02;Gro\xDF;1.234,5\n")
            << int(TextEncoding::Windows1252) << QChar(u';') << QChar(u',');
        QTest::newRow("comma point quoted")
            << QByteArray("\"SR\",\"Name\",\"Quote\"\n\"01\",\"A, B\",12.5\n\"02\",\"C\",3.25\n")
            << int(TextEncoding::Utf8) << QChar(u',') << QChar(u'.');
        QTest::newRow("tab") << QByteArray("SR\tName\tQuote\n01\tA\t12,5\n02\tB\t3\n")
                             << int(TextEncoding::Utf8) << QChar(u'\t') << QChar(u',');
        QTest::newRow("sep line") << QByteArray("sep=|\nSR|Name|Quote\n01|A|1.5\n")
                                  << int(TextEncoding::Utf8) << QChar(u'|') << QChar(u'.');
    }

    void detectsDialectsAndEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(QChar, delimiter);
        QFETCH(QChar, decimal);
        // Given a file as a department exports it
        const QString path = file("dialect.csv", bytes);
        // When it is opened
        CsvTableSource source(path);
        // Then the dialect is detected and the header read
        QCOMPARE(int(source.format().encoding), encoding);
        QCOMPARE(source.format().delimiter, delimiter);
        QCOMPARE(source.format().decimal, decimal);
        QCOMPARE(source.header(), (QStringList {"SR", "Name", "Quote"}));
        const auto rows = source.preview(10);
        QVERIFY(rows.size() >= 1);
        QCOMPARE(rows[0].value(0), QStringLiteral("01"));
    }

    void keepsUmlautsInEveryEncoding()
    {
        // Given the same table in Windows-1252 and in ISO-8859-1
        const QString path = file("latin.csv",
                                  QByteArray("SR;Name\n01;Gro\xDF-S\xFC"
                                             "d\n"));
        for (auto encoding : {TextEncoding::Windows1252, TextEncoding::Latin1}) {
            CsvFormat format {encoding, QLatin1Char(';'), QLatin1Char(','), QLatin1Char('.')};
            CsvTableSource source(path, &format);
            // Then umlauts and ß survive
            QCOMPARE(source.preview(1).at(0).at(1), QStringLiteral("Groß-Süd"));
        }
    }

    void readsUtf16AndRefusesBinaryData()
    {
        // Given a table as Excel saves "Unicode text": UTF-16 with tabs, with and without a
        // byte order mark, little and big endian (issue 19: read as Windows-1252 it was
        // letters and NULs)
        const QString table = QStringLiteral("SR\tName\tQuote\r\n01\tGroß-Süd\t12,5\r\n");
        const auto utf16 = [&](bool bigEndian, bool bom) {
            QStringEncoder encoder(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE,
                                   bom ? QStringEncoder::Flag::WriteBom
                                       : QStringEncoder::Flag::Default);
            return QByteArray(encoder(table));
        };
        for (const bool bigEndian : {false, true}) {
            for (const bool bom : {true, false}) {
                const QString path = file("unicode.txt", utf16(bigEndian, bom));
                // When it is opened, then header and umlauts are read, by line
                CsvTableSource source(path);
                QCOMPARE(source.format().delimiter, QChar(u'\t'));
                QCOMPARE(source.header(), (QStringList {"SR", "Name", "Quote"}));
                QCOMPARE(source.preview(1).at(0).at(1), QStringLiteral("Groß-Süd"));
            }
        }
        // Given binary data, then the message says it is no text table (not "choose
        // Windows-1252")
        const QString binary =
            file("bild.csv", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\x81\x82", 18));
        try {
            CsvTableSource s(binary);
            QFAIL("binary data was read as a table");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("not a text table")),
                     qPrintable(e.message()));
        }
    }

    void aLinkInACircleIsSaidToBeOne()
    {
        // Given two links that lead to each other (it said "does not exist")
        const QString a = m_dir.filePath(QStringLiteral("kreis_a.csv"));
        const QString b = m_dir.filePath(QStringLiteral("kreis_b.csv"));
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        try {
            CsvTableSource s(a);
            QFAIL("a link in a circle was read");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("link")), qPrintable(e.message()));
        }
    }

    void readsQuotedFieldsWithLineBreaks()
    {
        // Given quoted fields with delimiters, doubled quotes and a line break, CRLF endings
        const QString path = file("quoted.csv",
                                  "SR;Bemerkung;Wert\r\n01;\"a;b \"\"c\"\"\r\nzweite Zeile\";1\r\n"
                                  "\r\n02;plain;2\r\n");
        CsvTableSource source(path);
        std::vector<std::pair<QStringList, qint64>> rows;
        source.forEachRow([&](const QStringList &f, qint64 line, double) {
            rows.emplace_back(f, line);
            return true;
        });
        // Then the record keeps its text and the next record knows its line
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].first.at(1), QStringLiteral("a;b \"c\"\nzweite Zeile"));
        QCOMPARE(rows[0].second, qint64(2));
        QCOMPARE(rows[1].first, (QStringList {"02", "plain", "2"}));
        QCOMPARE(rows[1].second, qint64(5));
    }

    void badFilesGiveMessagesWithFileAndLine()
    {
        // An empty file
        const QString empty = file("empty.csv", "  \n");
        try {
            CsvTableSource s(empty);
            QFAIL("an empty file was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreErrorKind::EmptyFile);
            QVERIFY(e.message().contains(empty));
        }
        // Bytes that are not UTF-8 when UTF-8 was chosen: line and column are named
        const QString latin = file("wrong.csv", "SR;Name\n01;A\n02;Gro\xDF\n");
        CsvFormat utf8 {TextEncoding::Utf8, QLatin1Char(';'), QLatin1Char(','), QChar()};
        try {
            CsvTableSource s(latin, &utf8);
            s.forEachRow([](const QStringList &, qint64, double) { return true; });
            QFAIL("invalid UTF-8 was accepted");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("line 3, column 7")),
                     qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("0xdf")));
        }
        // A header with the same name twice: the second is told apart by its column
        const QString twice = file("twice.csv", "SR;Wert;Wert\n01;1;2\n");
        QCOMPARE(CsvTableSource(twice).header(), (QStringList {"SR", "Wert", "Wert (column 3)"}));
        // A key column the file does not have
        const QString plain = file("plain.csv", "SR;Wert\n01;1\n");
        ImportSpec spec;
        spec.keyColumn = QStringLiteral("Sozialraum");
        auto source = TableSource::open(plain);
        QVERIFY_THROWS_EXCEPTION(StoreError, TableImport::analyse(*source, spec, m_areas, {}));
    }

    void aHugeHeaderIsNoIndicatorName()
    {
        // Given a table whose second header cell is 100,000 characters long (a 50 MB one
        // became an indicator name: 871 MB and an 85 s map)
        const QByteArray huge(100000, 'x');
        const QString path = file("riesig.csv", "SR;Jahr;" + huge + "\n01;2024;5\n");
        // When it is planned, then the name is refused with the file named
        try {
            plan(path);
            QFAIL("a 100,000 character name was taken");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("riesig.csv"))
                         && e.message().contains(QStringLiteral("100000")),
                     qPrintable(e.message().left(300)));
            QVERIFY(e.message().size() < 1000);
        }
    }

    void headerOnlyAndRaggedRowsAreReported()
    {
        // Given a header-only file and a file with ragged rows and text in a number column
        try {
            plan(file("header.csv", "SR;Kita-Quote;Jahr\n"));
            QFAIL("a header-only file was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreErrorKind::EmptyFile);
            QVERIFY(e.message().contains(QStringLiteral("header.csv")));
        }
        const ImportPlan p = plan(file("ragged.csv",
                                       "SR;Kita-Quote;Jahr\n01;40,5;2023\n02;33\n"
                                       "05;viel;2023\n01;;2023;\n"));
        // Then every row is matched or rejected with line and column
        QCOMPARE(p.rowsRead, qint64(4));
        QCOMPARE(p.rowsRejected, qint64(1));
        QCOMPARE(p.rejections.size(), std::size_t(3)); // ragged row, "viel", duplicate 01
        QCOMPARE(p.rejections[0].line, qint64(3));
        QVERIFY(p.rejections[0].column.isEmpty());
        QCOMPARE(p.rejections[1].line, qint64(4));
        QCOMPARE(p.rejections[1].column, QStringLiteral("Kita-Quote"));
        QVERIFY(p.rejections[1].reason.contains(QStringLiteral("viel")));
        QCOMPARE(p.rejections[2].line, qint64(5));
        QVERIFY(p.rejections[2].reason.contains(QStringLiteral("line 2")));
        QCOMPARE(p.values.size(), std::size_t(1));
        QCOMPARE(*p.values[0].value, 40.5);
        QCOMPARE(p.values[0].period, QStringLiteral("2023"));
    }

    void symbolsOfOfficialStatisticsAreReportedWithTheirRows()
    {
        // Given a table with symbols of official statistics instead of some numbers
        const ImportPlan p = plan(
            file("symbole_2023.csv", "SR;Kita-Quote;Kinder\n01;k.A.;120\n02;.;-\n05;40,5;*\n"));
        // Then each is imported as it means: missing, suppressed, or 0 for "nothing"
        QCOMPARE(findValue(p, "01", "kita_quote", "2023")->status, ValueStatus::Missing);
        QCOMPARE(findValue(p, "02", "kita_quote", "2023")->status, ValueStatus::Suppressed);
        QCOMPARE(*findValue(p, "02", "kinder", "2023")->value, 0.0);
        QCOMPARE(findValue(p, "05", "kinder", "2023")->status, ValueStatus::Suppressed);
        QVERIFY(p.rejections.empty());
        // And none is dropped silently: each is listed with its row, column and meaning
        QCOMPARE(p.symbols.size(), std::size_t(4));
        QCOMPARE(p.symbols[0].line, qint64(2));
        QCOMPARE(p.symbols[0].column, QStringLiteral("Kita-Quote"));
        QCOMPARE(p.symbols[0].text, QStringLiteral("k.A."));
        QCOMPARE(p.symbols[0].symbol, NumberParser::Symbol::NoInformation);
        const QString report = ImportLog::reportText(p, 100);
        for (const char *line :
             {"Symbols of official statistics instead of numbers (4 cell",
              "line 2, column Kita-Quote: \"k.A.\" = no information, imported as missing",
              "line 3, column Kita-Quote: \".\" = secret, imported as suppressed",
              "line 3, column Kinder: \"-\" = nothing, imported as 0",
              "line 4, column Kinder: \"*\" = secret, imported as suppressed"})
            QVERIFY2(report.contains(QString::fromUtf8(line)), qPrintable(report));
    }

    void areasOfCoarserLevelsAreNotWithoutAValue()
    {
        // Given Sozialräume 01 and 02 in the Stadtbezirk N and 05 in S
        std::vector<Area> areas = m_areas;
        for (Area &a : areas)
            a.parentKey = a.key == QLatin1String("05") ? QStringLiteral("S") : QStringLiteral("N");
        for (const char *key : {"N", "S"}) {
            Area district;
            district.key = QString::fromLatin1(key);
            district.name = QStringLiteral("Bezirk %1").arg(district.key);
            district.level = QStringLiteral("stadtbezirk");
            areas.push_back(district);
        }
        // When a table has values for 01 and 02 only
        const QString path = file("bezirk_2023.csv", "SR;Kinder\n01;10\n02;20\n");
        auto source = TableSource::open(path);
        const ImportSpec spec = TableImport::completeSpec(*source, {}, areas);
        const ImportPlan p = TableImport::analyse(*source, spec, areas, {});
        // Then N is summed from its parts; 05 and S (whose part has none) get no value
        QCOMPARE(p.areasByAggregation, QStringList {QStringLiteral("N")});
        QCOMPARE(p.areasWithoutValue, (QStringList {QStringLiteral("05"), QStringLiteral("S")}));
        QCOMPARE(p.areasExpected(qint64(areas.size())), qint64(4));
        QVERIFY(ImportLog::reportText(p, 10).contains(
            QStringLiteral("coarser areas that get their values from their parts: 1")));

        // And a share without its numerator and denominator is not summed: N gets no value,
        // as the map then shows it (the planner saw a promise of district values before)
        const QString shares = file("quote_2023.csv", "SR;Quote (%)\n01;10,5\n02;20\n");
        auto shareSource = TableSource::open(shares);
        ImportSpec shareSpec = TableImport::completeSpec(*shareSource, {}, areas);
        for (auto &entry : shareSpec.catalogue)
            entry.kind = IndicatorKind::Share;
        const ImportPlan q = TableImport::analyse(*shareSource, shareSpec, areas, {});
        QVERIFY2(q.indicators.size() == 1
                     && q.indicators.front().indicator.kind == IndicatorKind::Share,
                 "the column is imported as a share");
        QVERIFY2(q.areasByAggregation.isEmpty(), qPrintable(q.areasByAggregation.join(',')));
        QVERIFY(q.areasWithoutValue.contains(QStringLiteral("N")));
    }

    void wideByIndicatorComputesRates()
    {
        // Given one row per area with counts, a text column and a code column
        const QString path = file("kita_2023.csv",
                                  "SR;Name;Bezirk;Kinder U3;Betreut U3;Bemerkung\n"
                                  "01;Innenstadt-West;01;100;40;ok\n02;Innenstadt-Nord;01;80;.;\n"
                                  "05;Hafen;02;0;0;neu\n");
        ImportSpec spec;
        spec.rates.push_back({QStringLiteral("Betreuungsquote U3"), QStringLiteral("Betreut U3"),
                              QStringLiteral("Kinder U3")});
        const ImportPlan p = plan(path, spec);
        // Then key, name, period (from the file name) and value columns are found
        QCOMPARE(p.spec.layout, TableLayout::WideIndicator);
        QCOMPARE(p.spec.keyColumn, QStringLiteral("SR"));
        QCOMPARE(p.spec.nameColumn, QStringLiteral("Name"));
        QCOMPARE(p.spec.periodValue, QStringLiteral("2023"));
        QCOMPARE(p.spec.valueColumns, (QStringList {"Kinder U3", "Betreut U3"}));
        // And the rate is computed, suppressed where the numerator is, missing for 0 / 0
        const auto *rate = findValue(p, "01", "betreuungsquote_u3", "2023");
        QVERIFY(rate);
        QCOMPARE(*rate->value, 40.0);
        QCOMPARE(*rate->numerator, 40.0);
        QCOMPARE(*rate->denominator, 100.0);
        QCOMPARE(findValue(p, "02", "betreuungsquote_u3", "2023")->status, ValueStatus::Suppressed);
        QCOMPARE(findValue(p, "05", "betreuungsquote_u3", "2023")->status, ValueStatus::Missing);
        QCOMPARE(p.notes.filter(QStringLiteral("denominator")).size(), 1);
        // And the catalogue entries are prefilled from the values
        for (const auto &i : p.indicators) {
            QVERIFY(i.isNew);
            if (i.label == QLatin1String("Betreuungsquote U3")) {
                QCOMPARE(i.indicator.kind, IndicatorKind::Share);
                QCOMPARE(i.indicator.unit, QStringLiteral("%"));
            } else {
                QCOMPARE(i.indicator.kind, IndicatorKind::Count);
            }
        }
    }

    void longLayoutNamesIndicatorsByTwoColumns()
    {
        // Given a long table whose indicator is named by table and row
        const QString path = file("long.csv",
                                  "Gebiet;Tabelle;Zeile;Schuljahr;Wert\n"
                                  "01;Übergänge;Gymnasium;2019/20;41,2\n"
                                  "01;Übergänge;Gymnasium;2020/21;43,0\n"
                                  "02;Übergänge;Gymnasium;2019/20;22,5\n"
                                  "02;Abgänge;ohne Abschluss;2019/20;7\n");
        ImportSpec spec;
        spec.layout = TableLayout::Long;
        spec.indicatorColumns = QStringList {"Tabelle", "Zeile"};
        const ImportPlan p = plan(path, spec);
        // Then two indicators with their periods are planned
        QCOMPARE(p.spec.keyColumn, QStringLiteral("Gebiet"));
        QCOMPARE(p.spec.periodColumn, QStringLiteral("Schuljahr"));
        QCOMPARE(p.spec.valueColumn, QStringLiteral("Wert"));
        QCOMPARE(p.indicators.size(), std::size_t(2));
        QCOMPARE(p.indicators[0].label, QStringLiteral("Übergänge / Gymnasium"));
        QCOMPARE(p.indicators[0].indicator.key, QStringLiteral("uebergaenge_gymnasium"));
        QCOMPARE(p.periods, (QStringList {"2019/20", "2020/21"}));
        QCOMPARE(*findValue(p, "01", "uebergaenge_gymnasium", "2020/21")->value, 43.0);
        QCOMPARE(p.areasWithoutValue, QStringList {"05"});
    }

    void longLayoutWithNumeratorAndDenominator()
    {
        const QString path =
            file("rates.csv", "SR;Indikator;Jahr;Zaehler;Nenner\n01;SGB II U15;2022;30;200\n");
        ImportSpec spec;
        spec.layout = TableLayout::Long;
        spec.indicatorColumns = QStringList {"Indikator"};
        spec.numeratorColumn = QStringLiteral("Zaehler");
        spec.denominatorColumn = QStringLiteral("Nenner");
        const ImportPlan p = plan(path, spec);
        QCOMPARE(p.values.size(), std::size_t(1));
        QCOMPARE(*p.values[0].value, 15.0);
        QCOMPARE(p.indicators[0].indicator.kind, IndicatorKind::Share);
    }

    void wideByPeriodDetectsSchoolYears()
    {
        // Given one column per school year
        const QString path = file("uebergang.csv",
                                  "SR;Merkmal;2019/20;2020/21;SJ 2021/22\n"
                                  "01;Übergang Gymnasium;40;42;44\n"
                                  "02;Übergang Gymnasium;20;;22\n");
        const ImportPlan p = plan(path);
        // Then the layout is recognised and each year becomes a period
        QCOMPARE(p.spec.layout, TableLayout::WidePeriod);
        QCOMPARE(p.spec.indicatorColumns, QStringList {"Merkmal"});
        QCOMPARE(p.periods, (QStringList {"2019/20", "2020/21", "SJ 2021/22"}));
        QCOMPARE(p.values.size(), std::size_t(6));
        QCOMPARE(findValue(p, "02", "uebergang_gymnasium", "2020/21")->status,
                 ValueStatus::Missing);
    }

    void mixedPeriodKindsAreReported()
    {
        // Given a long table whose Kita quota switches from calendar years to school years
        // and whose second indicator keeps to quarters
        const QString path = file("mixed.csv",
                                  "SR;Indikator;Zeitraum;Wert\n"
                                  "01;Kita U3;2019/20;41\n"
                                  "01;Kita U3;2018;40\n"
                                  "01;Kita U3;2020/21;43\n"
                                  "01;Arbeitslose;Q1/2024;7\n"
                                  "01;Arbeitslose;2023-Q4;8\n");
        ImportSpec spec;
        spec.layout = TableLayout::Long;
        spec.indicatorColumns = QStringList {"Indikator"};
        spec.periodColumn = QStringLiteral("Zeitraum");
        const ImportPlan p = plan(path, spec);
        // Then everything is imported, the periods listed in their order (kinds apart,
        // quarters by year and quarter)
        QCOMPARE(p.values.size(), std::size_t(5));
        QCOMPARE(p.periods, (QStringList {"2018", "2019/20", "2020/21", "2023-Q4", "Q1/2024"}));
        // and the mixing indicator, only it, is named with its kinds and periods
        QStringList warnings;
        for (const QString &n : p.notes)
            if (n.contains(QStringLiteral("mix kinds")))
                warnings << n;
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].contains(QStringLiteral("\"Kita U3\" (kita_u3)")),
                 qPrintable(warnings[0]));
        QVERIFY2(warnings[0].contains(
                     QStringLiteral("calendar year: 2018; school year: 2019/20, 2020/21")),
                 qPrintable(warnings[0]));
        // The report the wizard shows and --dry-run prints carries it
        QVERIFY(ImportLog::reportText(p, 50).contains(warnings[0]));
    }

    void wideByPeriodKeepsQuarters()
    {
        // Given one column per quarter, as a statistics office writes them
        const QString path = file("quartale.csv",
                                  "SR;Merkmal;4. Quartal 2023;1. Quartal 2024;2. Quartal 2024\n"
                                  "01;Arbeitslose;8;7;6\n");
        const ImportPlan p = plan(path);
        // Then each quarter is a period of its own, in their order, not three times 2023/24
        QCOMPARE(p.spec.layout, TableLayout::WidePeriod);
        QCOMPARE(p.periods,
                 (QStringList {"4. Quartal 2023", "1. Quartal 2024", "2. Quartal 2024"}));
        QCOMPARE(*findValue(p, "01", "arbeitslose", "1. Quartal 2024")->value, 7.0);
    }

    void keysStayTextAndUnmatchedKeysGetSuggestions()
    {
        // Given keys without their leading zero and a name-only row
        const QString path = file("keys.csv",
                                  "SR;Name;Jahr;Quote\n1;Innenstadt West;2023;5\n"
                                  "05;Hafen;2023;7\n;x;2023;1\n99;innenstadt  nord;2023;3\n");
        ImportSpec spec;
        spec.keyColumn = QStringLiteral("SR");
        const ImportPlan p = plan(path, spec);
        // Then "1" does not silently become "01", but is suggested
        QCOMPARE(p.rowsMatched, qint64(1));
        QCOMPARE(p.unmatched.size(), std::size_t(2));
        QCOMPARE(p.unmatched[0].fileKey, QStringLiteral("1"));
        QCOMPARE(p.unmatched[0].suggestions.size(), std::size_t(1));
        QCOMPARE(p.unmatched[0].suggestions[0].areaKey, QStringLiteral("01"));
        QCOMPARE(p.unmatched[0].suggestions[0].basis, AreaMatcher::Basis::LeadingZeros);
        QCOMPARE(p.unmatched[1].suggestions[0].areaKey, QStringLiteral("02"));
        QCOMPARE(p.unmatched[1].suggestions[0].basis, AreaMatcher::Basis::Name);
        QVERIFY(p.rejections[0].reason.contains(QStringLiteral("Innenstadt-West")));
        // When the suggestions are accepted, every row but the keyless one is matched
        ImportSpec accepted = p.spec;
        QCOMPARE(TableImport::acceptUniqueSuggestions(accepted, p.unmatched), 2);
        const ImportPlan q = plan(path, accepted);
        QCOMPARE(q.rowsMatched, qint64(3));
        QCOMPARE(q.rowsRejected, qint64(1));
        QCOMPARE(AreaMatcher::normaliseName(QStringLiteral("Innenstadt-West")),
                 AreaMatcher::normaliseName(QStringLiteral("innenstadt west")));
        QCOMPARE(AreaMatcher::normaliseName(QStringLiteral("Schloßstraße")),
                 AreaMatcher::normaliseName(QStringLiteral("Schlossstrasse")));
    }

    void readsSpreadsheets()
    {
        // Given an XLSX written by GDAL with a text key column
        const QString path = m_dir.filePath(QStringLiteral("kita.xlsx"));
        GDALAllRegister();
        GDALDriverH driver = GDALGetDriverByName("XLSX");
        if (!driver)
            QSKIP("GDAL was built without the XLSX driver");
        GDALDatasetH ds =
            GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
        QVERIFY(ds);
        OGRLayerH layer = GDALDatasetCreateLayer(ds, "Kita", nullptr, wkbNone, nullptr);
        OGRFieldDefnH key = OGR_Fld_Create("SR", OFTString);
        OGR_L_CreateField(layer, key, TRUE);
        OGR_Fld_Destroy(key);
        OGRFieldDefnH value = OGR_Fld_Create("Plätze", OFTReal);
        OGR_L_CreateField(layer, value, TRUE);
        OGR_Fld_Destroy(value);
        const std::pair<const char *, double> rows[] = {{"01", 120.0}, {"05", 80.5}};
        for (const auto &[k, v] : rows) {
            OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
            OGR_F_SetFieldString(f, 0, k);
            OGR_F_SetFieldDouble(f, 1, v);
            OGR_L_CreateFeature(layer, f);
            OGR_F_Destroy(f);
        }
        GDALClose(ds);
        // When it is imported with a period
        ImportSpec spec;
        spec.periodValue = QStringLiteral("2024");
        const ImportPlan p = plan(path, spec);
        // Then the key keeps its zero and the values arrive
        QCOMPARE(p.rowsMatched, qint64(2));
        QCOMPARE(*findValue(p, "05", "plaetze", "2024")->value, 80.5);
        QCOMPARE(p.rejections.size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestTableImport)
#include "test_table_import.moc"
