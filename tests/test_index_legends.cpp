// The legends of a composite index as a planner reads them: the status x dynamics groups
// as Berlin's matrix (status down, dynamics across, each cell's colour and count), and the
// status classes with the direction of need, on screen and on the exported page.
#include "AllocationMap.h"
#include "AreaGeometrySet.h"
#include "AreaTableModel.h"
#include "Classification.h"
#include "ComparisonModel.h"
#include "GroupMatrixLegend.h"
#include "ImageSupport.h"
#include "ImportFixtures.h"
#include "ImportLog.h"
#include "IndexFixtures.h"
#include "IndexIndicators.h"
#include "MapLayout.h"
#include "MapLegends.h"
#include "Project.h"
#include "ProjectAllocation.h"
#include "ProjectMap.h"
#include "ProjectStore.h"
#include "TestSupport.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace qw;
using namespace qw::test;

class TestIndexLegends : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;

    void import(const char *name, const QByteArray &bytes, const QString &source)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        writeBytes(path, bytes);
        auto store = ProjectStore::open(m_dir.filePath(QStringLiteral("index.gpkg")));
        ImportSpec spec;
        spec.source = source;
        if (const auto remembered = ImportLog(*store).rememberedSpec(source))
            spec = *remembered;
        QVERIFY(ImportLog(*store).commit(planFor(*store, path, spec)) > 0);
    }

    MapSnapshot snapshot(const QString &indicator, const QLocale &locale) const
    {
        const ProjectMap map(m_project, m_project->finestLevel());
        ProjectMap::View view;
        view.indicator = indicator;
        return map.snapshot(view, locale);
    }

    static QFont font()
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(12);
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Given three Sozialräume with the social report of 2022 and 2024 and an index with
        // dynamics over the two years: groups 23 (01), 31 (02) and 12 (05), as
        // test_sozialindex computes them
        const QString path = makeThreeAreaProject(m_dir.path(), QStringLiteral("index.gpkg"));
        import("sozial_2022.csv",
               "SR;EW;Arbeitslose;Kinderarmut\n01;1000;5;20\n02;250;8;30\n05;2000;2;10\n",
               QStringLiteral("Sozialbericht 2022"));
        import("sozial_2024.csv",
               "SR;EW;Arbeitslose;Kinderarmut\n01;1000;6;22\n02;250;8;26\n05;2000;2;10\n",
               QStringLiteral("Sozialbericht 2024"));
        QVERIFY(defineIndex(path, QStringLiteral("sd"), QStringLiteral("Sozialindex"),
                            "index(+arbeitslose, +kinderarmut; dynamics=change:2)")
                    .isEmpty());
        m_project = Project::open(path);
        QVERIFY(m_project);
        const auto group = m_project->values(QStringLiteral("sd_group"), QStringLiteral("2024"));
        QCOMPARE(group->values[m_project->areaIndex("01")], 23.0);
    }

    void groupLegendIsTheStatusByDynamicsMatrix()
    {
        // When the groups are mapped
        const MapSnapshot s = snapshot(QStringLiteral("sd_group"), QLocale(QLocale::German));
        QVERIFY(s.groupAxes);
        const auto blocks =
            MapLegends::build(s, QStringLiteral("Legende"), {}, font(), QLocale(QLocale::German));
        QVERIFY(!blocks.empty());
        const auto *matrix = dynamic_cast<const GroupMatrixLegend *>(blocks.front().get());
        QVERIFY2(matrix, "the groups' legend is the matrix");
        // Then it has the four status classes as rows and the three dynamics as columns
        QCOMPARE(matrix->rows(), 4);
        QCOMPARE(matrix->columns(), 3);
        // and each cell counts the areas of its group: one each in 23, 31 and 12
        int total = 0;
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 3; ++c) {
                const bool one = (r == 1 && c == 2) || (r == 2 && c == 0) || (r == 0 && c == 1);
                QCOMPARE(matrix->count(r, c), one ? 1 : 0);
                total += matrix->count(r, c);
            }
        QCOMPARE(total, 3);
        // and the renderer's class of a cell is the class of its group, so a click on the
        // cell picks those areas
        const std::vector<LegendEntry> entries = s.choropleth->legend(QLocale(QLocale::German));
        const QPointF at(1, 1);
        const int entry = matrix->entryAt(at, matrix->cellRect(at, 1, 2).center());
        QVERIFY(entry >= 0);
        QCOMPARE(entries[std::size_t(entry)].label,
                 QStringLiteral("Status mittel, Dynamik negativ"));
        QCOMPARE(entries[std::size_t(entry)].count, 1);

        // and painted, every cell shows its group's colour, the cells in a grid right of the
        // row names and inside the box
        QImage image(matrix->size().toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            matrix->paint(p, at);
        }
        const QFontMetricsF fm(font());
        QSet<QRgb> cellColours;
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 3; ++c) {
                const QRectF cell = matrix->cellRect(at, r, c);
                QVERIFY(QRectF(at, matrix->size()).contains(cell));
                QVERIFY(cell.left()
                        >= at.x() + 10 + fm.horizontalAdvance(QStringLiteral("sehr niedrig")));
                QVERIFY(cell.width() >= fm.horizontalAdvance(QStringLiteral("negativ")));
                if (c > 0)
                    QCOMPARE(cell.left(), matrix->cellRect(at, r, c - 1).right());
                const QRgb pixel = image.pixel((cell.topLeft() + QPointF(3, 3)).toPoint());
                QCOMPARE(pixel, matrix->brush(r, c).color().rgb());
                cellColours.insert(pixel);
            }
        QCOMPARE(cellColours.size(), 12);
        // and the colours are two-way, so the map reads like the matrix: down a column (more
        // need) each cell is darker; along a row the improving column is blue, the
        // worsening one red, the stable middle the greyest
        for (int r = 0; r < 4; ++r) {
            const QColor positive = matrix->brush(r, 0).color();
            const QColor stable = matrix->brush(r, 1).color();
            const QColor negative = matrix->brush(r, 2).color();
            QVERIFY2(positive.hslHue() >= 190 && positive.hslHue() <= 230,
                     qPrintable(positive.name()));
            QVERIFY2(negative.hslHue() >= 340 || negative.hslHue() <= 10,
                     qPrintable(negative.name()));
            QVERIFY(stable.hslSaturation() < positive.hslSaturation());
            QVERIFY(stable.hslSaturation() < negative.hslSaturation());
            for (int c = 0; c < 3 && r > 0; ++c)
                QVERIFY(matrix->brush(r, c).color().lightness()
                        < matrix->brush(r - 1, c).color().lightness());
        }
        // The matrix looks as it was approved (tests/data/legend_index_matrix.png)
        QW_COMPARE_WITH_REFERENCE(image, QStringLiteral("legend_index_matrix"));
    }

    void exportedGroupMapPrintsTheMatrix()
    {
        // When the groups' map is exported in English
        const MapSnapshot s = snapshot(QStringLiteral("sd_group"), QLocale(QLocale::English));
        const QString pdf = m_dir.filePath(QStringLiteral("group.pdf"));
        QCOMPARE(MapLayout::exportFile(pdf, s, s.areas->bounds(), QLocale(QLocale::English)),
                 QString());
        // Then the page names the rows and columns once each, not twelve combined classes
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed");
        for (const char *word : {"Dynamics", "Status", "positive", "stable", "negative", "high",
                                 "medium", "very low", "high = least need, positive = improving"})
            QVERIFY2(text.contains(QLatin1String(word)), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("status high, dynamics")), qPrintable(text));
    }

    void statusClassLegendSaysWhichWayNeedRuns()
    {
        // The status classes run from the least need up: "hoch" is a high social status
        const Indicator &classes = *m_project->indicator(QStringLiteral("sd_class"));
        // (the test runs without the app's translations: the class name is German, the words
        // around it are the source's, which the German catalogue makes "geringster Bedarf")
        QCOMPARE(MapLegends::classSubtitle(classes, QStringLiteral("2024"), true),
                 QStringLiteral("Status (hoch = least need) · 2024"));
        QCOMPARE(MapLegends::classSubtitle(classes, {}, false),
                 QStringLiteral("Status (high = least need)"));
        // Other indicators keep their subtitle
        QCOMPARE(MapLegends::classSubtitle(*m_project->indicator(QStringLiteral("sd")),
                                           QStringLiteral("2024"), true),
                 QStringLiteral("2024"));
        // and the exported page of the classes says it
        const MapSnapshot s = snapshot(QStringLiteral("sd_class"), QLocale(QLocale::English));
        QVERIFY(!s.groupAxes);
        const QString pdf = m_dir.filePath(QStringLiteral("class.pdf"));
        QCOMPARE(MapLayout::exportFile(pdf, s, s.areas->bounds(), QLocale(QLocale::English)),
                 QString());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Status (high = least need)")), qPrintable(text));
    }

    void allocationMapOfWholePositionsHasNoEmptyClass()
    {
        // Given the demo city's 40 staff positions by the social index, in whole positions
        QTemporaryDir dir;
        const auto city = openSmallCity(dir);
        AllocationRule rule;
        rule.indicatorKey = QStringLiteral("social_index");
        rule.budget = 40;
        rule.unit = BudgetUnit::StaffPositions;
        rule.wholeUnits = true;
        QString error;
        const auto allocation = ProjectAllocation::compute(*city, rule, true, &error);
        QVERIFY2(allocation, qPrintable(error));
        std::vector<double> amounts;
        for (double a : allocation->result.amount)
            if (std::isfinite(a))
                amounts.push_back(a);
        QVERIFY(ClassificationMethod::wholeNumbers(amounts));
        // Then the map's legend has whole-number breaks and no class without areas
        const AllocationMap map(city, *allocation, QLocale(QLocale::German), font());
        int classes = 0, areas = 0;
        QStringList labels;
        for (const LegendEntry &e : map.legend().entries()) {
            labels << QStringLiteral("%1 (%2)").arg(e.label).arg(e.count);
            if (e.kind != LegendEntry::Kind::Class)
                continue;
            ++classes;
            areas += e.count;
            QVERIFY2(e.count > 0, qPrintable(labels.join(QStringLiteral("; "))));
            QVERIFY2(!e.label.contains(QLatin1Char(',')), qPrintable(e.label));
        }
        // and each label names the numbers its class holds: "0", "1", "2", not "über 0 bis 1"
        QCOMPARE(labels.join(QStringLiteral("; ")), QStringLiteral("0 (5); 1 (28); 2 (6)"));
        QVERIFY2(classes >= 2, qPrintable(labels.join(QStringLiteral("; "))));
        QCOMPARE(areas, int(amounts.size()));
    }

    void classCodesHaveNoCityValueNorRanks()
    {
        // Given the index's status classes (codes 1 to 4 with names) and the index itself
        const QString classes = QStringLiteral("sd_class");
        const QString period = QStringLiteral("2024");
        // Then the class has no city figure: the mean of "hoch" and "niedrig" is no class
        QVERIFY(!m_project->cityValue(classes, period, m_project->finestLevel()));
        // while the index has one (a measured value)
        QVERIFY(m_project->cityValue(QStringLiteral("sd"), period, m_project->finestLevel()));
        // and the area table ranks no class: class 3 is not "third"
        AreaTableModel table;
        table.setAreas(m_project, m_project->finestLevel());
        table.setValues(*m_project->indicator(classes), m_project->values(classes, period));
        for (int r = 0; r < table.rowCount(); ++r)
            QVERIFY(!table.index(r, AreaTableModel::RankColumn).data().isValid());
        table.setValues(*m_project->indicator(QStringLiteral("sd")),
                        m_project->values(QStringLiteral("sd"), period));
        QVERIFY(table.index(0, AreaTableModel::RankColumn).data().isValid());
    }
};

QTEST_MAIN(TestIndexLegends)
#include "test_index_legends.moc"
