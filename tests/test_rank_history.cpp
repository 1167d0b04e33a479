// Ranks over time: the rank series of the top and bottom areas (models/RankHistory) on a
// fixture worked out by hand, the bump chart's words and colours (maps/BumpChart), and the
// two dialogs of the window's "Time" tools on the small demo city.
#include "BumpChart.h"
#include "ChangeMapDialog.h"
#include "Project.h"
#include "RankHistory.h"
#include "RankHistoryDialog.h"
#include "TestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace qw;
using namespace qw::test;

namespace {

// Five areas over three years:
//   2019: A 50, B 40, C 30, D 20, E 10    ranks A1 B2 C3 D4 E5
//   2020: A 45, B 48, C -,  D 25, E 12    ranks B1 A2 D3 E4 (C none)
//   2021: A 30, B 50, C 35, D 10, E 40    ranks B1 E2 C3 A4 D5
RankHistory fixture(int count)
{
    const double none = std::nan("");
    return RankHistory::make(
        {QStringLiteral("2019"), QStringLiteral("2020"), QStringLiteral("2021")},
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
         QStringLiteral("e")},
        {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
         QStringLiteral("E")},
        {{50, 40, 30, 20, 10}, {45, 48, none, 25, 12}, {30, 50, 35, 10, 40}}, count);
}

std::vector<int> ranks(std::initializer_list<int> r)
{
    return r;
}

int pixelsNear(const QImage &img, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue())
                < 30)
                ++n;
        }
    return n;
}

} // namespace

class TestRankHistory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        DemoCityGenerator(smallCity()).writeProject(m_path);
    }

    void theTopAndBottomOfTheLatestPeriodAreFollowedBack()
    {
        // Given the fixture, two at the top and two at the bottom
        const RankHistory h = fixture(2);
        // Then the lines are B, E (top of 2021) and A, D (bottom), C in the middle left out
        QCOMPARE(h.lines().size(), std::size_t(4));
        QStringList keys;
        for (const auto &l : h.lines())
            keys << l.key;
        QCOMPARE(keys, QStringList({"b", "e", "a", "d"}));
        // And their ranks in each year are as worked out by hand
        QCOMPARE(h.lines()[0].ranks, ranks({2, 1, 1}));
        QCOMPARE(h.lines()[1].ranks, ranks({5, 4, 2}));
        QCOMPARE(h.lines()[2].ranks, ranks({1, 2, 4}));
        QCOMPARE(h.lines()[3].ranks, ranks({4, 3, 5}));
        // And E climbed three places, A fell three, D one
        QCOMPARE(h.lines()[1].climbed(), 3);
        QCOMPARE(h.lines()[2].climbed(), -3);
        QCOMPARE(h.lines()[3].climbed(), -1);
        QVERIFY(h.lines()[0].top && h.lines()[1].top);
        QVERIFY(!h.lines()[2].top && !h.lines()[3].top);
        // And 2020 ranked only the four with a value
        QCOMPARE(h.rankedCount(0), 5);
        QCOMPARE(h.rankedCount(1), 4);
        QCOMPARE(h.maxRanked(), 5);
    }

    void fewAreasAreAllShownAndAGapHasNoRank()
    {
        // Given room for three at each end, more than the five areas need
        const RankHistory h = fixture(3);
        // Then all five are shown in the order of 2021, and C has no rank in 2020
        QCOMPARE(h.lines().size(), std::size_t(5));
        QCOMPARE(h.lines()[2].key, QStringLiteral("c"));
        QCOMPARE(h.lines()[2].ranks, ranks({3, 0, 3}));
        QCOMPARE(h.lines()[2].firstRank(), 3);
        QCOMPARE(h.lines()[2].lastRank(), 3);
        QCOMPARE(h.lines()[2].climbed(), 0);
    }

    void theChartSaysWhatRankOneMeansAndColoursByPolarity()
    {
        // Then rank 1 is named from the polarity
        QVERIFY(
            BumpChart::rankOneMeans(Polarity::HigherIsWorse).contains(QStringLiteral("most need")));
        QVERIFY(BumpChart::rankOneMeans(Polarity::HigherIsBetter)
                    .contains(QStringLiteral("least need")));
        // And where higher is worse a climb is red, a fall blue; the other way round where
        // higher is better
        const QColor climbedWorse =
            BumpChart::colour(BumpChart::Move::Climbed, Polarity::HigherIsWorse);
        const QColor fellWorse = BumpChart::colour(BumpChart::Move::Fell, Polarity::HigherIsWorse);
        QVERIFY(climbedWorse.red() > climbedWorse.blue());
        QVERIFY(fellWorse.blue() > fellWorse.red());
        QCOMPARE(BumpChart::colour(BumpChart::Move::Climbed, Polarity::HigherIsBetter), fellWorse);
        QVERIFY(BumpChart::moveLabel(BumpChart::Move::Climbed, Polarity::HigherIsWorse)
                    .contains(QStringLiteral("more need")));
    }

    void theChartIsPaintedWithItsLinesAndNames()
    {
        // Given the fixture as a chart of an indicator where higher is worse
        Indicator ind;
        ind.key = QStringLiteral("x");
        ind.nameDe = QStringLiteral("Kinderarmut");
        ind.polarity = Polarity::HigherIsWorse;
        const BumpChart::Content c = BumpChart::of(ind, fixture(2), QStringLiteral("Sozialraum"),
                                                   true, 2, QLocale(QLocale::German));
        QVERIFY2(c.subtitle.contains(QStringLiteral("most need")), qPrintable(c.subtitle));
        QVERIFY2(c.subtitle.contains(QStringLiteral("2021")), qPrintable(c.subtitle));
        // When it is painted
        QImage img(900, 500, QImage::Format_ARGB32);
        img.fill(Qt::black);
        {
            QPainter p(&img);
            BumpChart::paint(p, QRectF(0, 0, 900, 500), c, QFont());
        }
        // Then the climbing lines are red and the falling ones blue
        QVERIFY(pixelsNear(img, BumpChart::colour(BumpChart::Move::Climbed, ind.polarity)) > 100);
        QVERIFY(pixelsNear(img, BumpChart::colour(BumpChart::Move::Fell, ind.polarity)) > 100);
    }

    void theRankDialogRanksTheDemosAreas()
    {
        // Given the demo's child poverty on its finest level
        auto project = Project::open(m_path);
        const QString level = project->finestLevel();
        RankHistoryDialog dialog(project, QStringLiteral("child_poverty"), level, false);
        // Then it shows ten at the top and ten at the bottom of the latest period
        const RankHistory &h = dialog.content().history;
        QCOMPARE(h.periods(), project->periods(QStringLiteral("child_poverty")));
        QCOMPARE(int(h.lines().size()), 2 * RankHistoryDialog::kCount);
        // And the first line is the area with the highest value in the latest period
        const auto latest = project->values(QStringLiteral("child_poverty"), h.periods().last());
        double highest = -1;
        QString best;
        for (int i : project->areasOfLevel(level))
            if (latest->isShown(size_t(i)) && latest->values[size_t(i)] > highest) {
                highest = latest->values[size_t(i)];
                best = project->areas()[size_t(i)].key;
            }
        QCOMPARE(h.lines().front().key, best);
        QCOMPARE(h.lines().front().lastRank(), 1);
        QVERIFY2(dialog.content().subtitle.contains(QStringLiteral("most need")),
                 qPrintable(dialog.content().subtitle));
        // And the picture of it is not empty
        const QImage img = dialog.image(QSize(800, 600));
        QVERIFY(pixelsNear(img, Qt::white) < 800 * 600);
    }

    void theRankChartIsSavedAsPngAndPdf()
    {
        // Given the rank dialog on the demo's child poverty
        auto project = Project::open(m_path);
        const QString level = project->finestLevel();
        RankHistoryDialog dialog(project, QStringLiteral("child_poverty"), level, false);
        const Indicator *ind = project->indicator(QStringLiteral("child_poverty"));
        const QStringList periods = dialog.content().history.periods();
        QVERIFY(periods.size() >= 2);
        // And the dialog offers both files beside the clipboard
        QStringList buttons;
        for (const QPushButton *b : dialog.findChildren<QPushButton *>())
            buttons << b->text();
        QVERIFY2(buttons.contains(QStringLiteral("Save as P&NG…"))
                     && buttons.contains(QStringLiteral("Save as &PDF…")),
                 qPrintable(buttons.join(u'|')));
        // When it is saved as PNG
        const QString png = m_dir.filePath(QStringLiteral("ranks.png"));
        QCOMPARE(dialog.savePng(png), QString());
        // Then the file is an image of the chart, not an empty one
        const QImage img(png);
        QVERIFY(!img.isNull());
        QVERIFY(img.width() >= 1000);
        QVERIFY(pixelsNear(img, BumpChart::colour(BumpChart::Move::Climbed, ind->polarity)) > 50);
        // When it is saved as PDF
        const QString pdf = m_dir.filePath(QStringLiteral("ranks.pdf"));
        QCOMPARE(dialog.savePdf(pdf), QString());
        QVERIFY(fileBytes(pdf).startsWith("%PDF"));
        // Then it is one page naming the indicator, every period and the source
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed");
        QCOMPARE(text.count(QLatin1Char('\f')), 1);
        QVERIFY2(text.contains(ind->name(false)), qPrintable(text));
        for (const QString &period : periods)
            QVERIFY2(text.contains(period), qPrintable(period));
        QVERIFY2(text.contains(QStringLiteral("Source: %1").arg(ind->source)), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("periods %1 to %2").arg(periods.first(), periods.last())),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("fictional demo data")), qPrintable(text));
        // And a folder that cannot be written is named in the error
        const QString error = dialog.savePdf(QStringLiteral("/nonexistent/dir/ranks.pdf"));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/dir/ranks.pdf")), qPrintable(error));
    }

    void theChangeDialogStartsFromThePeriodOnTheMap()
    {
        // Given the map on the first period of child poverty
        auto project = Project::open(m_path);
        std::map<QString, QStringList> periods;
        for (const Indicator &i : project->indicators())
            periods[i.key] = project->periods(i.key);
        const QStringList ps = periods[QStringLiteral("child_poverty")];
        ChangeMapDialog dialog(project->indicators(), periods, QStringLiteral("child_poverty"),
                               ps.first(), false);
        // Then it offers the change from there to the latest, in percentage points
        QCOMPARE(dialog.indicatorKey(), QStringLiteral("child_poverty"));
        QCOMPARE(dialog.fromPeriod(), ps.first());
        QCOMPARE(dialog.toPeriod(), ps.last());
        QCOMPARE(dialog.recipe()->text(),
                 QStringLiteral("change(child_poverty, %1)").arg(ps.size() - 1));
        const auto radios = dialog.findChildren<QRadioButton *>();
        QVERIFY(std::any_of(radios.begin(), radios.end(), [](QRadioButton *r) {
            return r->text().contains(QStringLiteral("percentage points"));
        }));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        // When the second period is set to the first
        auto boxes = dialog.findChildren<QComboBox *>();
        QComboBox *to = nullptr;
        for (QComboBox *b : boxes)
            if (b->currentText() == ps.last())
                to = b;
        QVERIFY(to);
        to->setCurrentIndex(0);
        // Then it cannot be made, and OK says so by being off
        QVERIFY(!dialog.recipe());
        QVERIFY(!ok->isEnabled());
    }

    void theChangeDialogMapsASchoolYearOntoACalendarYearOnlyWhenAsked()
    {
        // Given a Kita coverage reported by school year until 2019/20, by calendar year since
        Indicator kita;
        kita.key = QStringLiteral("kita");
        kita.nameDe = QStringLiteral("Betreuungsquote");
        kita.unit = QStringLiteral("%");
        kita.kind = IndicatorKind::Rate;
        const QStringList ps {QStringLiteral("2020"), QStringLiteral("2024"),
                              QStringLiteral("2018/19"), QStringLiteral("2019/20")};
        std::map<QString, QStringList> periods {{kita.key, ps}};
        ChangeMapDialog dialog({kita}, periods, kita.key, QStringLiteral("2019/20"), false);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QComboBox *from = nullptr, *to = nullptr, *mapping = nullptr;
        for (QComboBox *b : dialog.findChildren<QComboBox *>()) {
            if (b->findText(QStringLiteral("2019/20")) >= 0)
                (from ? to : from) = b;
            if (b->count() == 3 && b->itemText(0).contains(QStringLiteral("calendar years")))
                mapping = b;
        }
        QVERIFY(from && to && mapping);
        // And the mapping is offered, as the indicator has both kinds
        QVERIFY(mapping->isEnabled());
        // When the planner chooses 2019/20 -> 2024 without a mapping
        from->setCurrentIndex(int(ps.indexOf(QStringLiteral("2019/20"))));
        to->setCurrentIndex(int(ps.indexOf(QStringLiteral("2024"))));
        // Then it is refused, and the dialog names both periods
        QVERIFY(!dialog.recipe());
        QVERIFY(!ok->isEnabled());
        QString shown;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("different kinds")))
                shown = l->text();
        QVERIFY2(shown.contains(QStringLiteral("school year 2019/20"))
                     && shown.contains(QStringLiteral("calendar year 2024")),
                 qPrintable(shown));
        // When the school year counts as the calendar year it begins in
        QVERIFY2(mapping->itemText(1).contains(
                     QStringLiteral("school year 2019/20 counts as calendar year 2019")),
                 qPrintable(mapping->itemText(1)));
        dialog.setMapping(SchoolYearAs::StartYear);
        // Then the change is made over five years, the mapping written in its formula and
        // named in what the dialog says it makes
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.recipe()->text(), QStringLiteral("change(kita, 5, school_year_as=start)"));
        bool named = false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            named = named
                || l->text().contains(
                    QStringLiteral("school year 2019/20 counts as calendar year 2019"));
        QVERIFY(named);
    }
};

QTEST_MAIN(TestRankHistory)
#include "test_rank_history.moc"
