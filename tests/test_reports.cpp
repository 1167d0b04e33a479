// Sozialraum profile and comparison exports: trend data, PDF pages and text, CSV and XLSX.
#include "AreaReports.h"
#include "ComparisonExport.h"
#include "ComparisonModel.h"
#include "ImageSupport.h"
#include "ImportFixtures.h"
#include "ImportLog.h"
#include "NumberFormat.h"
#include "Project.h"
#include "ProjectStore.h"
#include "TableSource.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <cmath>

using namespace qw;
using namespace qw::test;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The first indicator row of the model whose indicator is a share.
QModelIndex firstShareRow(const ComparisonModel &model, const Project &project)
{
    for (int d = 0; d < model.rowCount(); ++d)
        for (int r = 0; r < model.rowCount(model.index(d, 0)); ++r) {
            const QModelIndex row = model.index(r, 0, model.index(d, 0));
            const Indicator *ind =
                project.indicator(row.data(ComparisonModel::IndicatorKeyRole).toString());
            if (ind && ind->kind == IndicatorKind::Share)
                return row;
        }
    return {};
}

// A zero with a minus sign as print shows it: "-0", "-0,00", "-0.0" (not "-0,52").
const QRegularExpression kNegativeZero(QStringLiteral("(^|[^0-9])-0([,.]0+)?([^0-9,.]|$)"));

// How many decimals a C-locale or German number text carries.
int decimalsOf(const QString &text)
{
    const int mark = int(text.lastIndexOf(QRegularExpression(QStringLiteral("[,.]"))));
    return mark < 0 ? 0 : int(text.size()) - mark - 1;
}

// The value as the screen rounds it (its German text read back as a number).
double shownValue(double value, int decimals)
{
    const QLocale german(QLocale::German);
    return german.toDouble(formatNumber(value, decimals, german));
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    QStringList m_keys;
    QString m_level;

private Q_SLOTS:
    void initTestCase()
    {
        m_project = openSmallCity(m_dir);
        m_level = m_project->finestLevel();
        for (int i : m_project->areasOfLevel(m_level)) {
            m_keys << m_project->areas()[size_t(i)].key;
            if (m_keys.size() == 3)
                break;
        }
    }

    void comparisonCellsCarryTheirTrend()
    {
        ComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(m_project, m_level, m_keys, QString(), true, QLocale(QLocale::German));
        const QModelIndex row = firstShareRow(model, *m_project);
        QVERIFY(row.isValid());
        const QString key = row.data(ComparisonModel::IndicatorKeyRole).toString();
        const QStringList periods = row.data(ComparisonModel::TrendPeriodsRole).toStringList();
        // Given the small city's three periods, the trend holds all three, oldest first
        QCOMPARE(periods, m_project->periods(key).mid(0, 3));
        const QModelIndex cell = row.siblingAtColumn(ComparisonModel::FirstAreaColumn);
        const QVariantList trend = cell.data(ComparisonModel::TrendRole).toList();
        QCOMPARE(trend.size(), periods.size());
        // and its last point is the value shown
        const double shown = cell.data(ComparisonModel::ValueRole).toDouble();
        if (!std::isnan(shown))
            QCOMPARE(trend.last().toDouble(), shown);
        const double first = m_project->values(key, periods.first())
                                 ->values[size_t(m_project->areaIndex(m_keys.first()))];
        if (!std::isnan(first))
            QCOMPARE(trend.first().toDouble(), first);
        // The rank counts the areas with a value
        QVERIFY(cell.data(ComparisonModel::RankCountRole).toInt() > 10);
    }

    void profilePdfHasItsPagesAndText()
    {
        AreaReports::Settings s {m_level, QString(), true, QLocale(QLocale::German)};
        const ReportDocument doc = AreaReports::profile(m_project, m_keys.first(), s);
        QVERIFY(doc.pageCount() >= 1);
        const QString pdf = m_dir.filePath(QStringLiteral("profile.pdf"));
        QCOMPARE(doc.writePdf(pdf), QString());
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(!info.isEmpty(), "pdfinfo (poppler-utils) is needed: scripts/deps.sh installs it");
        QVERIFY(info.contains(
            QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(doc.pageCount()))));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        const QString name = m_project->areas()[size_t(m_project->areaIndex(m_keys.first()))].name;
        QVERIFY2(text.contains(name), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Kinderarmut")));
        QVERIFY(text.contains(QStringLiteral("of %1").arg(doc.pageCount())));
        // The preview draws the same page
        const QImage page = doc.pageImage(0, 1.0);
        QCOMPARE(page.size(), QSize(595, 842));
        QVERIFY(sampledColours(page).size() > 5);
    }

    void profilePdfShowsThePeriodOfEveryRow()
    {
        // Given the demo city over 2018 to 2021, whose absenteeism series begins in 2020/21
        QTemporaryDir dir;
        auto options = smallCity();
        options.firstYear = 2018;
        options.periodCount = 4;
        const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
        DemoCityGenerator(options).writeProject(path);
        const auto project = Project::open(path);
        const QString level = project->finestLevel();
        const QString key = project->areas()[size_t(project->areasOfLevel(level).front())].key;
        // When the profile of an area is printed for 2019
        AreaReports::Settings s {level, QStringLiteral("2019"), false, QLocale(QLocale::English)};
        const QString pdf = dir.filePath(QStringLiteral("profile-2019.pdf"));
        QCOMPARE(AreaReports::profile(project, key, s).writePdf(pdf), QString());
        const QStringList lines =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                .split(QLatin1Char('\n'));
        QVERIFY2(lines.size() > 20, "pdftotext (poppler-utils) is needed");
        // Then each indicator's line shows its period: 2019, or the school year 2019/20
        ComparisonModel model;
        model.setComparison(project, level, {key}, s.period, false, s.locale);
        int checked = 0;
        for (int d = 0; d < model.rowCount(); ++d)
            for (int r = 0; r < model.rowCount(model.index(d, 0)); ++r) {
                const QModelIndex row = model.index(r, 0, model.index(d, 0));
                const QString period = row.data(ComparisonModel::PeriodRole).toString();
                const QString name = row.data().toString().left(14); // names may be elided
                if (row.data(ComparisonModel::IndicatorKeyRole).toString()
                    == QStringLiteral("absenteeism")) {
                    QCOMPARE(period, QString());
                    continue;
                }
                QVERIFY(period == QStringLiteral("2019") || period == QStringLiteral("2019/20"));
                const QRegularExpression line(
                    QRegularExpression::escape(name)
                    + QStringLiteral(".*\\s%1\\s").arg(QRegularExpression::escape(period)));
                QVERIFY2(std::any_of(lines.begin(), lines.end(),
                                     [&](const QString &l) { return line.match(l).hasMatch(); }),
                         qPrintable(name + QStringLiteral(" ") + period));
                ++checked;
            }
        QVERIFY(checked > 10);
        const QString text = lines.join(QLatin1Char(' ')).simplified();
        // never the latest school year, and the row without 2019 says so
        QVERIFY2(!text.contains(QStringLiteral("2021/22")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Period \"–\": no value for 2019 "
                                              "(School absenteeism)")),
                 qPrintable(text));
    }

    void comparisonPdfHasAPeriodColumn()
    {
        // Given a comparison printed for the school year 2016/17 of the small city
        AreaReports::Settings s {m_level, QStringLiteral("2016/17"), false,
                                 QLocale(QLocale::English)};
        const QString pdf = m_dir.filePath(QStringLiteral("comparison-2016.pdf"));
        QCOMPARE(AreaReports::comparison(m_project, m_keys, QStringLiteral("child_poverty"), s)
                     .writePdf(pdf),
                 QString());
        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        // Then its table has a period column with the school year and the matching year,
        // and no later period
        QVERIFY2(text.contains(QStringLiteral("Period")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Child poverty.*\\s2016\\s"))));
        QVERIFY(text.contains(QStringLiteral("2016/17")));
        QVERIFY(!text.contains(QStringLiteral("2017/18")));
    }

    void profileMarksTheOfficialCityFigureAndGivesTheSum()
    {
        // Given a project whose import brought a city row 3 persons above the areas' sum
        const QString project = makeThreeAreaProject(m_dir.path(), QStringLiteral("official.gpkg"));
        const QString table = m_dir.filePath(QStringLiteral("einwohner_2024.csv"));
        writeBytes(table,
                   "SR;Name;Einwohner\n01;Innenstadt-West;100\n02;Innenstadt-Nord;200\n"
                   "05;Hafen;300\n;Stadt insgesamt;603\n");
        {
            auto store = ProjectStore::open(project);
            auto source = TableSource::open(table);
            const auto areas = store->areas();
            const ImportPlan plan = TableImport::analyse(
                *source, TableImport::completeSpec(*source, {}, areas), areas, {});
            QVERIFY(ImportLog(*store).commit(plan) > 0);
        }
        // When the profile of an area is printed
        auto opened = Project::open(project);
        AreaReports::Settings s {opened->finestLevel(), QStringLiteral("2024"), false,
                                 QLocale(QLocale::English)};
        const QString pdf = m_dir.filePath(QStringLiteral("profile-official.pdf"));
        QCOMPARE(AreaReports::profile(opened, QStringLiteral("01"), s).writePdf(pdf), QString());
        const QString text =
            run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
        // Then the city's value is the official one, marked, and the note gives the sum
        QVERIFY2(text.contains(QStringLiteral("603*")), qPrintable(text.left(800)));
        QVERIFY2(text.contains(QStringLiteral("sum to: Einwohner 600")), qPrintable(text));
    }

    void profileGivesThePlanarSizeOfAProjectedArea()
    {
        // Given the profile of an area of the small city (EPSG:25832, metres), in German
        AreaReports::Settings s {m_level, QString(), true, QLocale(QLocale::German)};
        const QString key = m_keys.first();
        const QString pdf = m_dir.filePath(QStringLiteral("profile-size.pdf"));
        QCOMPARE(AreaReports::profile(m_project, key, s).writePdf(pdf), QString());
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        // When its size is read from the page ("Size: 1,23 km²", German decimal comma)
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Size: ([0-9.,]+) km²")).match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text.left(600)));
        const double shown = QLocale(QLocale::German).toDouble(m.captured(1));
        // Then it is the planar area of its exact geometry, to half a percent
        double planar = 0;
        for (const Area &a : m_project->store().areas())
            if (a.key == key)
                planar = a.geometry.area() / 1e6;
        QVERIFY(planar > 0);
        QVERIFY2(std::abs(shown / planar - 1) < 0.005,
                 qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(planar)));
    }

    void comparisonPdfHasTableAndCharts()
    {
        AreaReports::Settings s {m_level, QString(), true, QLocale(QLocale::German)};
        const ReportDocument doc =
            AreaReports::comparison(m_project, m_keys, QStringLiteral("child_poverty"), s);
        QVERIFY(doc.pageCount() >= 2); // the table, then the bar and spine charts
        const QString pdf = m_dir.filePath(QStringLiteral("comparison.pdf"));
        QCOMPARE(doc.writePdf(pdf), QString());
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (const QString &key : m_keys)
            QVERIFY(text.contains(m_project->areas()[size_t(m_project->areaIndex(key))].name));
        QVERIFY(text.contains(QStringLiteral("City")));
    }

    void printShowsNoNegativeZero()
    {
        // Given the Sozialindex, whose city value is the mean of z-scores and so lies a hair
        // from zero, in a profile and a comparison printed in German and English
        for (const QLocale &locale : {QLocale(QLocale::German), QLocale(QLocale::English)}) {
            AreaReports::Settings s {m_level, QString(), locale.language() == QLocale::German,
                                     locale};
            const QString profile = m_dir.filePath(QStringLiteral("zero-profile.pdf"));
            QCOMPARE(AreaReports::profile(m_project, m_keys.first(), s).writePdf(profile),
                     QString());
            const QString comparison = m_dir.filePath(QStringLiteral("zero-comparison.pdf"));
            QCOMPARE(AreaReports::comparison(m_project, m_keys, QStringLiteral("social_index"), s)
                         .writePdf(comparison),
                     QString());
            for (const QString &pdf : {profile, comparison}) {
                const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
                QVERIFY(text.contains(QStringLiteral("Sozialindex"))
                        || text.contains(QStringLiteral("Social index")));
                // then no number reads "-0,00"
                const QRegularExpressionMatch m = kNegativeZero.match(text);
                QVERIFY2(!m.hasMatch(),
                         qPrintable(text.mid(std::max(0, int(m.capturedStart()) - 60), 120)));
            }
        }
    }

    void exportsCarryTheIndicatorsDecimals()
    {
        ComparisonModel model;
        model.setComparison(m_project, m_level, m_keys, QString(), true, QLocale(QLocale::German));
        // The decimals per indicator name, and the full values per name and column
        QHash<QString, int> decimals;
        QHash<QString, std::vector<double>> values;
        for (int d = 0; d < model.rowCount(); ++d)
            for (int r = 0; r < model.rowCount(model.index(d, 0)); ++r) {
                const QModelIndex row = model.index(r, 0, model.index(d, 0));
                const Indicator *ind =
                    m_project->indicator(row.data(ComparisonModel::IndicatorKeyRole).toString());
                QVERIFY(ind);
                decimals[row.data().toString()] = ind->decimals;
                for (int c = ComparisonModel::FirstAreaColumn; c <= model.cityColumn(); ++c)
                    values[row.data().toString()].push_back(
                        row.siblingAtColumn(c).data(ComparisonModel::ValueRole).toDouble());
            }
        // Value columns: 4, 6, 8 (areas, each followed by its rank), then the city
        std::vector<int> valueColumns;
        for (int a = 0; a < int(m_keys.size()); ++a)
            valueColumns.push_back(4 + 2 * a);
        valueColumns.push_back(4 + 2 * int(m_keys.size()));
        bool someRounded = false; // a value the rounding changed: the test bites
        for (const auto numbers :
             {ComparisonExport::Numbers::Rounded, ComparisonExport::Numbers::FullPrecision}) {
            const bool raw = numbers == ComparisonExport::Numbers::FullPrecision;
            // Given a German CSV export
            const QString csv = m_dir.filePath(QStringLiteral("decimals.csv"));
            QCOMPARE(ComparisonExport::write(model, csv, QLocale(QLocale::German), numbers),
                     QString());
            const QStringList lines = QString::fromUtf8(fileBytes(csv).mid(3))
                                          .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            int checked = 0;
            for (const QString &line : lines.mid(1)) {
                const QStringList cells = line.split(QLatin1Char(';'));
                const QString name = cells.value(1);
                QVERIFY2(decimals.contains(name), qPrintable(name));
                for (size_t i = 0; i < valueColumns.size(); ++i) {
                    const QString cell = cells.value(valueColumns[i]);
                    const double full = values[name][i];
                    if (cell.isEmpty() || cell == QLatin1String("."))
                        continue;
                    ++checked;
                    QVERIFY2(!kNegativeZero.match(cell).hasMatch(), qPrintable(cell));
                    bool ok = false;
                    const double read = QLocale(QLocale::German).toDouble(cell, &ok);
                    QVERIFY2(ok, qPrintable(cell));
                    if (raw) {
                        // then the raw option gives the value exactly
                        QCOMPARE(read, full);
                    } else {
                        // then a value carries the indicator's decimals, rounded as on screen
                        QVERIFY2(decimalsOf(cell) <= decimals[name],
                                 qPrintable(QStringLiteral("%1: %2").arg(name, cell)));
                        QCOMPARE(read, shownValue(full, decimals[name]));
                        someRounded = someRounded || read != full;
                    }
                }
            }
            QVERIFY(checked > 20);
            // Given the same as XLSX, read back with GDAL: numbers rounded, or full
            const QString xlsx = m_dir.filePath(raw ? QStringLiteral("decimals-raw.xlsx")
                                                    : QStringLiteral("decimals.xlsx"));
            QCOMPARE(ComparisonExport::write(model, xlsx, QLocale(QLocale::German), numbers),
                     QString());
            GDALAllRegister();
            GDALDatasetH ds =
                GDALOpenEx(xlsx.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
            QVERIFY(ds);
            OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
            int cells = 0;
            while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
                const QString name = QString::fromUtf8(OGR_F_GetFieldAsString(f, 1));
                for (size_t i = 0; i < valueColumns.size(); ++i) {
                    if (!OGR_F_IsFieldSetAndNotNull(f, valueColumns[i]))
                        continue;
                    ++cells;
                    const double read = OGR_F_GetFieldAsDouble(f, valueColumns[i]);
                    const double want =
                        raw ? values[name][i] : shownValue(values[name][i], decimals[name]);
                    // what GDAL writes into the sheet's XML is good to 15 digits
                    QVERIFY2(std::abs(read - want) <= 1e-12 * std::max(1.0, std::abs(want)),
                             qPrintable(QStringLiteral("%1: %2 vs %3")
                                            .arg(name)
                                            .arg(read, 0, 'g', 17)
                                            .arg(want, 0, 'g', 17)));
                }
                OGR_F_Destroy(f);
            }
            GDALClose(ds);
            QVERIFY(cells > 20);
        }
        QVERIFY(someRounded);
    }

    void comparisonTableAsCsvAndXlsx()
    {
        ComparisonModel model;
        model.setComparison(m_project, m_level, m_keys, QString(), true, QLocale(QLocale::German));
        const QModelIndex row = firstShareRow(model, *m_project);
        const double value = row.siblingAtColumn(ComparisonModel::FirstAreaColumn)
                                 .data(ComparisonModel::ValueRole)
                                 .toDouble();
        // CSV for German Excel: BOM, ";" and decimal comma
        const QString csv = m_dir.filePath(QStringLiteral("comparison.csv"));
        QCOMPARE(ComparisonExport::write(model, csv, QLocale(QLocale::German)), QString());
        const QByteArray bytes = fileBytes(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const QStringList header = lines.first().split(QLatin1Char(';'));
        QCOMPARE(header.size(), 4 + 2 * m_keys.size() + 1);
        const QString name = row.data().toString();
        QString line;
        for (const QString &l : lines)
            if (l.split(QLatin1Char(';')).value(1) == name)
                line = l;
        QVERIFY(!line.isEmpty());
        const QString cell = line.split(QLatin1Char(';')).value(4);
        const Indicator *ind =
            m_project->indicator(row.data(ComparisonModel::IndicatorKeyRole).toString());
        if (!std::isnan(value))
            QCOMPARE(QLocale(QLocale::German).toDouble(cell), shownValue(value, ind->decimals));
        // XLSX read back with GDAL: numbers are numbers
        const QString xlsx = m_dir.filePath(QStringLiteral("comparison.xlsx"));
        QCOMPARE(ComparisonExport::write(model, xlsx, QLocale(QLocale::German)), QString());
        GDALAllRegister();
        GDALDatasetH ds =
            GDALOpenEx(xlsx.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
        QCOMPARE(int(OGR_L_GetFeatureCount(layer, TRUE)), lines.size() - 1);
        bool found = false;
        while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
            if (QString::fromUtf8(OGR_F_GetFieldAsString(f, 1)) == name) {
                found = true;
                if (!std::isnan(value))
                    QVERIFY(
                        std::abs(OGR_F_GetFieldAsDouble(f, 4) - shownValue(value, ind->decimals))
                        < 1e-9);
            }
            OGR_F_Destroy(f);
        }
        GDALClose(ds);
        QVERIFY(found);
        // Other suffixes are refused with a message naming the file
        QVERIFY(ComparisonExport::write(model, m_dir.filePath(QStringLiteral("x.doc")), QLocale())
                    .contains(QStringLiteral("x.doc")));
    }
};

QTEST_MAIN(TestReports)
#include "test_reports.moc"
