// The time slider under the map: stepping, playing through the periods, stopping at the end.
#include "HelpSection.h"
#include "TimeSlider.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace qw;

class TestTimeSlider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsWithinTheEnds()
    {
        // Given three periods with the middle one shown
        TimeSlider slider;
        slider.setPeriods({QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024")},
                          QStringLiteral("2023"));
        slider.show();
        QSignalSpy chosen(&slider, &TimeSlider::periodChosen);
        QCOMPARE(slider.current(), QStringLiteral("2023"));
        // F1 on it opens the guide's section on periods as a film
        QCOMPARE(HelpSection::of(&slider), QString::fromLatin1(HelpSection::Time));
        // When stepping forward twice
        slider.stepBy(1);
        slider.stepBy(1);
        // Then it stops at the last period, having asked for it once
        QCOMPARE(slider.current(), QStringLiteral("2024"));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("2024"));
        // When stepping back
        slider.stepBy(-2);
        QCOMPARE(slider.current(), QStringLiteral("2022"));
        // When the window shows another period (the toolbar's box), the slider follows silently
        slider.setPeriods({QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024")},
                          QStringLiteral("2024"));
        QCOMPARE(slider.current(), QStringLiteral("2024"));
        QCOMPARE(chosen.size(), 2);
    }

    void playAndPauseHaveAKey()
    {
        // Given a slider over three periods
        TimeSlider slider;
        slider.setPeriods({QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024")},
                          QStringLiteral("2022"));
        auto *key = slider.findChild<QAction *>(QStringLiteral("playPause"));
        QVERIFY(key);
        QCOMPARE(key->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Space));
        // When it is triggered, the film plays; again, it pauses
        key->trigger();
        QVERIFY(slider.isPlaying());
        key->trigger();
        QVERIFY(!slider.isPlaying());
    }

    void playsFromTheStartAndStopsOnTheLastPeriod()
    {
        // Given three school years with the last one shown
        TimeSlider slider;
        const QStringList years {QStringLiteral("2021/22"), QStringLiteral("2022/23"),
                                 QStringLiteral("2023/24")};
        slider.setPeriods(years, years.last());
        slider.show();
        QSignalSpy chosen(&slider, &TimeSlider::periodChosen);
        QSignalSpy playing(&slider, &TimeSlider::playingChanged);
        // When the planner presses Play
        slider.play();
        // Then it starts again from the first period and plays every one in order
        QVERIFY(slider.isPlaying());
        QCOMPARE(chosen.at(0).at(0).toString(), years.first());
        // (the next step's period is known ahead, for the map to render it)
        QCOMPARE(slider.nextPeriod(), years.at(1));
        QTRY_VERIFY_WITH_TIMEOUT(!slider.isPlaying(), 4 * slider.interval() + 2000);
        QStringList shown;
        for (const auto &args : chosen)
            shown << args.at(0).toString();
        QCOMPARE(shown, years);
        // and stops on the last, which stays shown
        QCOMPARE(slider.current(), years.last());
        QVERIFY(slider.nextPeriod().isEmpty());
        QCOMPARE(playing.size(), 2);
        QCOMPARE(playing.at(1).at(0).toBool(), false);
    }

    void playsWithinItsRangeAndKeepsIt()
    {
        // Given five years with a play range 2016 to 2018 and 2020 shown
        TimeSlider slider;
        const QStringList years {QStringLiteral("2015"), QStringLiteral("2016"),
                                 QStringLiteral("2017"), QStringLiteral("2018"),
                                 QStringLiteral("2020")};
        slider.setPeriods(years, QStringLiteral("2020"));
        QVERIFY(slider.playFrom().isEmpty()); // all periods: nothing to keep
        slider.setPlayRange(QStringLiteral("2016"), QStringLiteral("2018"));
        slider.show();
        QCOMPARE(slider.playFrom(), QStringLiteral("2016"));
        QCOMPARE(slider.playTo(), QStringLiteral("2018"));
        QSignalSpy chosen(&slider, &TimeSlider::periodChosen);
        // When played
        slider.play();
        QTRY_VERIFY_WITH_TIMEOUT(!slider.isPlaying(), 4 * slider.interval() + 2000);
        // Then it runs from the range's first to its last and stops there
        QStringList shown;
        for (const auto &args : chosen)
            shown << args.at(0).toString();
        QCOMPARE(shown, years.mid(1, 3));
        QCOMPARE(slider.current(), QStringLiteral("2018"));
        // The window telling it the period shown keeps the range
        slider.setPeriods(years, QStringLiteral("2017"));
        QCOMPARE(slider.playTo(), QStringLiteral("2018"));
        // Ends that are no periods, or a start after the end, play all periods
        slider.setPlayRange(QStringLiteral("2018"), QStringLiteral("2016"));
        QVERIFY(slider.playFrom().isEmpty() && slider.playTo().isEmpty());
        slider.setPlayRange(QStringLiteral("2016"), QStringLiteral("2019"));
        QVERIFY(slider.playFrom().isEmpty());
        // Another indicator without one of the ends drops the range
        slider.setPlayRange(QStringLiteral("2016"), QStringLiteral("2018"));
        slider.setPeriods({QStringLiteral("2017"), QStringLiteral("2018")}, QStringLiteral("2018"));
        QVERIFY(slider.playFrom().isEmpty());
    }

    void anotherIndicatorStopsPlayingAndOnePeriodHidesTheSlider()
    {
        TimeSlider slider;
        slider.setPeriods({QStringLiteral("2019"), QStringLiteral("2020"), QStringLiteral("2021")},
                          QStringLiteral("2019"));
        slider.show();
        slider.play();
        QVERIFY(slider.isPlaying());
        // When an indicator with other periods is shown
        slider.setPeriods({QStringLiteral("2021")}, QStringLiteral("2021"));
        // Then the film stops and a single period leaves nothing to step through
        QVERIFY(!slider.isPlaying());
        QVERIFY(slider.isHidden());
    }
};

QTEST_MAIN(TestTimeSlider)
#include "test_time_slider.moc"
