#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace qw {

// The strip under the map that steps through the shown indicator's periods: a slider with a
// mark per period, Play/Pause, the speed, and the period shown. Playing steps once per
// interval and stops on the last period of the play range (by default all periods, else a
// from–to range chosen at the slider's ends); Play there starts from the range's first. The map's
// classes are pooled over the periods (ProjectMap), so a colour means the same value in
// every frame. Hidden while the indicator has fewer than two periods.
//
// It only says which period to show (periodChosen); the window shows it and tells the strip
// back through setPeriods, as it does for the toolbar's period box.
class TimeSlider : public QWidget
{
    Q_OBJECT
public:
    explicit TimeSlider(QWidget *parent = nullptr);

    // The indicator's periods in order and the one shown; stops playing when they change.
    void setPeriods(const QStringList &periods, const QString &current);
    QString current() const;
    bool isPlaying() const;
    // The period the next step of the playing film shows; empty when not playing or at
    // the play range's end.
    QString nextPeriod() const;
    // Milliseconds per period while playing.
    int interval() const;

    // The periods Play runs through, both ends included. Ends that are not periods, or a
    // start after the end, play all periods. Kept while the periods change as long as both
    // ends are among them (the same indicator's change, another of its kind).
    void setPlayRange(const QString &from, const QString &to);
    // The range's ends; both empty while it is all periods (what a saved view keeps).
    QString playFrom() const;
    QString playTo() const;

    void play();
    void pause();
    void stepBy(int steps); // to the next (1) or previous (-1) period, within the ends

Q_SIGNALS:
    void periodChosen(const QString &period);
    void playingChanged(bool playing);

private:
    void onTick();
    void choose(int index);
    void updateLabel();
    void fillRange(const QString &from, const QString &to);
    int fromIndex() const;
    int toIndex() const;

    QStringList m_periods;
    QToolButton *m_play;
    QSlider *m_slider;
    QComboBox *m_first; // the play range's first and last period, at the slider's ends
    QComboBox *m_last;
    QLabel *m_label; // the period shown
    QComboBox *m_speed;
    QTimer *m_timer;
};

} // namespace qw
