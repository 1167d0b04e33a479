#include "TimeSlider.h"

#include "HelpSection.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace qw {

TimeSlider::TimeSlider(QWidget *parent)
    : QWidget(parent)
    , m_play(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_first(new QComboBox(this))
    , m_last(new QComboBox(this))
    , m_label(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_timer(new QTimer(this))
{
    HelpSection::set(this, HelpSection::Time);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    m_play->setAccessibleName(tr("Play the periods"));
    m_play->setToolTip(tr("Play the periods one after the other, or pause (Ctrl+Space)"));
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_slider->setAccessibleName(tr("Period"));
    m_slider->setToolTip(tr("Period shown: drag, or step with Ctrl+Left and Ctrl+Right"));
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setPageStep(1);
    m_label->setMinimumWidth(
        m_label->fontMetrics().horizontalAdvance(QStringLiteral("2023/2024 ")));
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_first->setAccessibleName(tr("Play from"));
    m_first->setToolTip(tr("First period played"));
    m_last->setAccessibleName(tr("Play to"));
    m_last->setToolTip(tr("Last period played"));
    for (QComboBox *end : {m_first, m_last})
        end->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setToolTip(tr("Time per period while playing"));
    for (int ms : {500, 1000, 2000})
        m_speed->addItem(tr("%1 s per period").arg(QLocale().toString(ms / 1000.0)), ms);
    m_speed->setCurrentIndex(1);
    layout->addWidget(m_play);
    layout->addWidget(m_first);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_last);
    layout->addSpacing(8);
    layout->addWidget(m_label);
    layout->addWidget(m_speed);

    // Window-wide steps, also while the map or the table has the focus; a text field keeps
    // Ctrl+arrows for moving by words (it takes them first).
    auto *next = new QAction(tr("Next period"), this);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    next->setObjectName(QStringLiteral("nextPeriod")); // the presentation takes both too
    connect(next, &QAction::triggered, this, [this] { stepBy(1); });
    auto *previous = new QAction(tr("Previous period"), this);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    previous->setObjectName(QStringLiteral("previousPeriod"));
    connect(previous, &QAction::triggered, this, [this] { stepBy(-1); });
    addAction(next);
    addAction(previous);
    // Play and pause from the keyboard too, while the map has the focus.
    auto *playPause = new QAction(tr("Play or pause the periods"), this);
    playPause->setObjectName(QStringLiteral("playPause"));
    playPause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    connect(playPause, &QAction::triggered, m_play, &QToolButton::toggle);
    addAction(playPause);

    connect(m_play, &QToolButton::toggled, this, [this](bool on) { on ? play() : pause(); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int index) {
        updateLabel();
        Q_EMIT periodChosen(m_periods.value(index));
    });
    connect(m_speed, &QComboBox::activated, this, [this] { m_timer->setInterval(interval()); });
    // An end moved past the other takes the other along: the range is never empty.
    connect(m_first, &QComboBox::activated, this, [this](int i) {
        if (i > m_last->currentIndex())
            m_last->setCurrentIndex(i);
    });
    connect(m_last, &QComboBox::activated, this, [this](int i) {
        if (i < m_first->currentIndex())
            m_first->setCurrentIndex(i);
    });
    connect(m_timer, &QTimer::timeout, this, &TimeSlider::onTick);
    m_timer->setInterval(interval());
    setVisible(false);
}

void TimeSlider::setPeriods(const QStringList &periods, const QString &current)
{
    if (periods != m_periods)
        pause();
    const QString from = playFrom(), to = playTo();
    m_periods = periods;
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, std::max(0, int(periods.size()) - 1));
    m_slider->setValue(std::max(0, int(periods.indexOf(current))));
    updateLabel();
    fillRange(from, to);
    setVisible(periods.size() >= 2);
}

void TimeSlider::setPlayRange(const QString &from, const QString &to)
{
    fillRange(from, to);
}

QString TimeSlider::playFrom() const
{
    const bool all = fromIndex() == 0 && toIndex() == int(m_periods.size()) - 1;
    return all ? QString() : m_periods.value(fromIndex());
}

QString TimeSlider::playTo() const
{
    const bool all = fromIndex() == 0 && toIndex() == int(m_periods.size()) - 1;
    return all ? QString() : m_periods.value(toIndex());
}

void TimeSlider::fillRange(const QString &from, const QString &to)
{
    qsizetype first = m_periods.indexOf(from), last = m_periods.indexOf(to);
    if (first < 0 || last < 0 || first > last) {
        first = 0;
        last = m_periods.size() - 1;
    }
    for (QComboBox *end : {m_first, m_last}) {
        const QSignalBlocker blocker(end);
        end->clear();
        end->addItems(m_periods);
    }
    m_first->setCurrentIndex(int(first));
    m_last->setCurrentIndex(int(last));
}

int TimeSlider::fromIndex() const
{
    return std::max(0, m_first->currentIndex());
}

int TimeSlider::toIndex() const
{
    return m_last->currentIndex() < 0 ? int(m_periods.size()) - 1 : m_last->currentIndex();
}

QString TimeSlider::current() const
{
    return m_periods.value(m_slider->value());
}

bool TimeSlider::isPlaying() const
{
    return m_timer->isActive();
}

QString TimeSlider::nextPeriod() const
{
    return isPlaying() && m_slider->value() < toIndex() ? m_periods.value(m_slider->value() + 1)
                                                        : QString();
}

int TimeSlider::interval() const
{
    return m_speed->currentData().toInt();
}

void TimeSlider::play()
{
    if (m_periods.size() < 2 || isPlaying())
        return;
    // From the range's start where the range is over or not yet begun.
    if (m_slider->value() >= toIndex() || m_slider->value() < fromIndex())
        choose(fromIndex());
    m_timer->start(interval());
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_play->setAccessibleName(tr("Pause"));
    Q_EMIT playingChanged(true);
}

void TimeSlider::pause()
{
    if (!isPlaying())
        return;
    m_timer->stop();
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(false);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setAccessibleName(tr("Play the periods"));
    Q_EMIT playingChanged(false);
}

void TimeSlider::stepBy(int steps)
{
    if (!isVisible())
        return;
    pause();
    choose(std::clamp(m_slider->value() + steps, 0, m_slider->maximum()));
}

void TimeSlider::onTick()
{
    if (m_slider->value() >= toIndex()) {
        pause();
        return;
    }
    choose(m_slider->value() + 1);
    if (m_slider->value() >= toIndex())
        pause(); // the last frame stays
}

void TimeSlider::choose(int index)
{
    m_slider->setValue(index); // emits periodChosen when it moves
}

void TimeSlider::updateLabel()
{
    m_label->setText(current());
}

} // namespace qw
