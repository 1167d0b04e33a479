// The printed profile and comparison as a planner hands them out: whole indicator names,
// the period on the first page, no nearly empty page, a bar chart with a value axis, and
// one word for suppressed values in German.
#include "AreaReports.h"
#include "ComparisonCharts.h"
#include "ComparisonModel.h"
#include "Project.h"
#include "ProjectStore.h"
#include "TestSupport.h"
#include "TrendFixtures.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace qw;

namespace {

QString pdfText(const QString &pdf, const QStringList &options = {})
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), options + QStringList {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// How far down a page image is drawn on, between the header rule and the footer, as a
// share of that height (0: nothing under the header).
double drawnShare(const QImage &page)
{
    const int top = int(ReportDocument::kMargin + 52), bottom = int(page.height() - 40 - 28);
    int lowest = top;
    for (int y = top; y < bottom; ++y)
        for (int x = 0; x < page.width(); ++x)
            if (qGray(page.pixel(x, y)) < 235) {
                lowest = y;
                break;
            }
    return double(lowest - top) / double(bottom - top);
}

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_demo; // the full demo city, as --demo makes it
    QString m_level;
    QStringList m_keys;

    AreaReports::Settings settings(bool german, const QString &period = {}) const
    {
        return {m_level, period, german,
                german ? QLocale(QLocale::German) : QLocale(QLocale::English)};
    }

private Q_SLOTS:
    void printedDatesKeepTheWholeYear()
    {
        // A council report is kept for years: "gedruckt am 02.12.2026", never "02.12.26"
        const QDate day(2026, 12, 2);
        QCOMPARE(AreaReports::printedDate(day, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("02.12.2026"));
        QVERIFY(AreaReports::printedDate(day, QLocale(QLocale::English, QLocale::UnitedKingdom))
                    .contains(QStringLiteral("2026")));
    }

    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("musterstadt.gpkg"));
        DemoCityGenerator(DemoCityGenerator::Options {}).writeProject(path);
        m_demo = Project::open(path);
        m_level = m_demo->finestLevel();
        for (int i : m_demo->areasOfLevel(m_level))
            m_keys << m_demo->areas()[size_t(i)].key;
    }

    void indicatorNamesArePrintedWhole()
    {
        for (const bool german : {true, false}) {
            // Given the demo's profile and a comparison of three areas
            const QString profile = m_dir.filePath(QStringLiteral("names-profile.pdf"));
            QCOMPARE(AreaReports::profile(m_demo, m_keys[0], settings(german)).writePdf(profile),
                     QString());
            const QString comparison = m_dir.filePath(QStringLiteral("names-comparison.pdf"));
            QCOMPARE(AreaReports::comparison(m_demo, m_keys.mid(0, 3), QString(), settings(german))
                         .writePdf(comparison),
                     QString());
            for (const QString &pdf : {profile, comparison}) {
                const QString text = pdfText(pdf).simplified();
                QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed");
                // Then every indicator's name is there whole, and nothing is cut with "…"
                for (const Indicator &ind : m_demo->indicators())
                    QVERIFY2(text.contains(ind.name(german)), qPrintable(ind.name(german)));
                QVERIFY2(
                    !text.contains(QChar(0x2026)),
                    qPrintable(text.mid(std::max(0, int(text.indexOf(QChar(0x2026))) - 80), 120)));
            }
        }
    }

    void sixAreasCutNoIndicatorName()
    {
        // Given a comparison of six areas, the most the window allows
        const QString pdf = m_dir.filePath(QStringLiteral("six.pdf"));
        QCOMPARE(AreaReports::comparison(m_demo, m_keys.mid(0, 6), QString(), settings(true))
                     .writePdf(pdf),
                 QString());
        // Then the names may take two lines, but none ends in "…"
        const QString text = pdfText(pdf);
        QVERIFY2(!text.contains(QChar(0x2026)),
                 qPrintable(text.mid(std::max(0, int(text.indexOf(QChar(0x2026))) - 80), 120)));
    }

    void firstPageNamesThePeriod()
    {
        // Given a profile and a comparison printed for 2019, and for the latest periods
        for (const QString &period : {QStringLiteral("2019"), QString()}) {
            const QString profile = m_dir.filePath(QStringLiteral("period-profile.pdf"));
            QCOMPARE(
                AreaReports::profile(m_demo, m_keys[0], settings(false, period)).writePdf(profile),
                QString());
            const QString comparison = m_dir.filePath(QStringLiteral("period-comparison.pdf"));
            QCOMPARE(AreaReports::comparison(m_demo, m_keys.mid(0, 3), QString(),
                                             settings(false, period))
                         .writePdf(comparison),
                     QString());
            for (const QString &pdf : {profile, comparison}) {
                const QString first = pdfText(pdf,
                                              {QStringLiteral("-f"), QStringLiteral("1"),
                                               QStringLiteral("-l"), QStringLiteral("1")})
                                          .simplified();
                // Then the first page names it: the year and its school year, or the latest
                if (period.isEmpty())
                    QVERIFY2(
                        first.contains(QRegularExpression(
                            QStringLiteral("Period: the latest of each indicator \\(.*%1")
                                .arg(m_demo->periods(QStringLiteral("child_poverty")).last()))),
                        qPrintable(first.left(300)));
                else
                    QVERIFY2(first.contains(QStringLiteral("Period: 2019, 2019/20")),
                             qPrintable(first.left(300)));
            }
        }
    }

    void thePeriodLineIsInThePeriodsOrder()
    {
        // Given indicators whose latest periods are school years and quarters written as
        // planners write them, so that their text order is not their order in time
        const QString path = m_dir.filePath(QStringLiteral("periods.gpkg"));
        ProjectStore::create(path, ProjectMetadata {}, [](ProjectStore &s) {
            s.writeAreas(test::squareAreas({"A", "B"}));
            std::vector<Indicator> catalogue;
            std::vector<IndicatorValue> values;
            const std::pair<const char *, QStringList> series[] = {
                {"quarterly", {QStringLiteral("Q4/2023"), QStringLiteral("Q1/2024")}},
                {"last_quarter", {QStringLiteral("Q4/2023")}},
                {"old_school", {QStringLiteral("SJ 2018/19")}},
                {"school", {QStringLiteral("2018/19"), QStringLiteral("2019/20")}},
            };
            for (const auto &[key, periods] : series) {
                Indicator i;
                i.key = QString::fromLatin1(key);
                i.nameDe = i.key;
                i.unit = QStringLiteral("%");
                i.kind = IndicatorKind::Share;
                i.department = QStringLiteral("Statistik");
                catalogue.push_back(i);
                for (const QString &p : periods)
                    for (const char *area : {"A", "B"})
                        values.push_back(
                            {QString::fromLatin1(area), i.key, p, 10, {}, {}, ValueStatus::Ok, 0});
            }
            s.writeIndicators(catalogue);
            s.valueRepository().upsert(values);
        });
        auto project = Project::open(path);
        // When its profile and a comparison are printed for the latest periods
        const AreaReports::Settings latest {QStringLiteral("sr"), QString(), false,
                                            QLocale(QLocale::English)};
        const QString profile = m_dir.filePath(QStringLiteral("order-profile.pdf"));
        QCOMPARE(AreaReports::profile(project, QStringLiteral("A"), latest).writePdf(profile),
                 QString());
        const QString comparison = m_dir.filePath(QStringLiteral("order-comparison.pdf"));
        QCOMPARE(AreaReports::comparison(project, {QStringLiteral("A"), QStringLiteral("B")},
                                         QString(), latest)
                     .writePdf(comparison),
                 QString());
        // Then the periods are listed as they follow in time: school years, then quarters
        for (const QString &pdf : {profile, comparison}) {
            const QString text = pdfText(pdf).simplified();
            QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed");
            QVERIFY2(text.contains(QStringLiteral(
                         "Period: the latest of each indicator (SJ 2018/19, 2019/20, Q4/2023, "
                         "Q1/2024)")),
                     qPrintable(text.left(400)));
        }
    }

    void theProfileGivesTheCityItsUnitAndTheTrendItsPeriods()
    {
        // Given the demo's profile of an area, for the latest periods, and the rows as the
        // window's comparison has them
        ComparisonModel model;
        model.setComparison(m_demo, m_level, {m_keys[0]}, QString(), false,
                            QLocale(QLocale::English));
        QString city;
        QStringList trend;
        for (int d = 0; d < model.rowCount() && city.isEmpty(); ++d)
            for (int r = 0; r < model.rowCount(model.index(d, 0)); ++r) {
                const QModelIndex row = model.index(r, 0, model.index(d, 0));
                if (row.data(ComparisonModel::IndicatorKeyRole).toString() == u"unemployment") {
                    city = row.siblingAtColumn(model.cityColumn()).data().toString();
                    trend = row.data(ComparisonModel::TrendPeriodsRole).toStringList();
                }
            }
        QVERIFY(!city.isEmpty());
        QVERIFY(trend.size() >= 2);
        const QString pdf = m_dir.filePath(QStringLiteral("units-profile.pdf"));
        QCOMPARE(AreaReports::profile(m_demo, m_keys[0], settings(false)).writePdf(pdf), QString());
        // When it is read back line by line
        const QString text = pdfText(pdf, {QStringLiteral("-layout")});
        QString line;
        for (const QString &l : text.split(u'\n'))
            if (l.contains(QStringLiteral("Unemployment rate")) && !l.contains(u'(')) {
                line = l.simplified();
                break;
            }
        QVERIFY2(!line.isEmpty(), qPrintable(text.left(2000)));
        // Then the city's value has its unit, and the sparkline its first and last period
        QVERIFY2(line.contains(city + QStringLiteral(" %")), qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral("%1 %2").arg(trend.first(), trend.last())),
                 qPrintable(line));
    }

    void noPageOfTheDemoIsNearlyEmpty()
    {
        // Given the profile of every Sozialraum of the demo, and a comparison
        std::vector<ReportDocument> docs;
        for (const QString &key : m_keys)
            docs.push_back(AreaReports::profile(m_demo, key, settings(true)));
        docs.push_back(
            AreaReports::comparison(m_demo, m_keys.mid(0, 3), QString(), settings(true)));
        docs.push_back(
            AreaReports::comparison(m_demo, m_keys.mid(0, 6), QString(), settings(true)));
        for (std::size_t d = 0; d < docs.size(); ++d) {
            const ReportDocument &doc = docs[d];
            for (int page = 0; page < doc.pageCount(); ++page) {
                // Then every page but the last is filled to at least half, and the last
                // (when there are more) to a third, by its blocks and by its ink
                const bool last = page == doc.pageCount() - 1;
                const double least = last ? (page == 0 ? 0.0 : 1.0 / 3) : 0.5;
                const QString where = QStringLiteral("document %1, page %2 of %3")
                                          .arg(d)
                                          .arg(page + 1)
                                          .arg(doc.pageCount());
                QVERIFY2(doc.pageFill(page) >= least - 1e-9,
                         qPrintable(where + QStringLiteral(": %1").arg(doc.pageFill(page))));
                QVERIFY2(doc.pageFill(page) <= 1.0 + 1e-9, qPrintable(where));
                QVERIFY2(
                    drawnShare(doc.pageImage(page, 1.0)) >= least - 0.05,
                    qPrintable(
                        where
                        + QStringLiteral(": ink to %1").arg(drawnShare(doc.pageImage(page, 1.0)))));
            }
        }
    }

    void barChartHasAValueAxis()
    {
        // Round ticks that hold the values and zero
        QCOMPARE(ComparisonCharts::axisTicks(3.2, 26.3), (std::vector<double> {0, 10, 20, 30}));
        QCOMPARE(ComparisonCharts::axisTicks(-1.2, 0.8),
                 (std::vector<double> {-1.5, -1, -0.5, 0, 0.5, 1}));
        QCOMPARE(ComparisonCharts::axisTicks(0, 0), (std::vector<double> {0, 0.25, 0.5, 0.75, 1}));
        // Given the printed comparison's bars of child poverty
        ComparisonModel model;
        model.setComparison(m_demo, m_level, m_keys.mid(0, 3), QString(), true,
                            QLocale(QLocale::German));
        const auto bars = ComparisonCharts::bars(model, QStringLiteral("child_poverty"));
        QVERIFY(bars);
        QCOMPARE(bars->unit, QStringLiteral("%"));
        double hi = bars->city;
        for (double v : bars->values)
            hi = std::max(hi, v);
        const QString pdf = m_dir.filePath(QStringLiteral("bars.pdf"));
        QCOMPARE(AreaReports::comparison(m_demo, m_keys.mid(0, 3), QStringLiteral("child_poverty"),
                                         settings(true))
                     .writePdf(pdf),
                 QString());
        const QString text = pdfText(pdf, {QStringLiteral("-layout")});
        // Then each tick has its label at the start of a line, left of the bars
        for (double t : ComparisonCharts::axisTicks(0, hi)) {
            const QString label = QLocale(QLocale::German).toString(t, 'g', 6);
            QVERIFY2(
                text.contains(QRegularExpression(
                    QStringLiteral("(^|\\n)\\s*%1(\\s|$)").arg(QRegularExpression::escape(label)))),
                qPrintable(label));
        }
    }
};

QTEST_MAIN(TestReportLayout)
#include "test_report_layout.moc"
