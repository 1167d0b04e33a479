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
// interval and stops on the last period; Play on the last starts from the first. The map's
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
    // Milliseconds per period while playing.
    int interval() const;

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

    QStringList m_periods;
    QToolButton *m_play;
    QSlider *m_slider;
    QLabel *m_first; // the first and the last period, at the slider's ends
    QLabel *m_last;
    QLabel *m_label; // the period shown
    QComboBox *m_speed;
    QTimer *m_timer;
};

} // namespace qw
