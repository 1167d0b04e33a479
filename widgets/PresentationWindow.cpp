#include "PresentationWindow.h"

#include "MapPanes.h"
#include "MapWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCursor>
#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVariantAnimation>

#include <algorithm>

namespace qw {

namespace {

constexpr int kFadeMs = 450;
constexpr int kHintMs = 6000;

QLabel *overlayLabel(QWidget *parent, const QString &style)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(style);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

PresentationWindow::PresentationWindow(QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_stack(new QStackedWidget(this))
    , m_map(new MapWidget)
    , m_panes(new MapPanes)
    , m_fadeAnimation(new QVariantAnimation(this))
{
    setWindowTitle(tr("Presentation"));
    setAccessibleName(tr("Presentation"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_stack->addWidget(m_map);
    m_stack->addWidget(m_panes);
    m_map->setHoverTips(false);
    // Dark and light plates that read over any map colour from the back of the room.
    const QString plate = QStringLiteral(
        "QLabel { background: rgba(20, 20, 20, 205); color: white; border-radius: 10px; "
        "padding: 10px 16px; }");
    m_counter = overlayLabel(this, plate);
    m_card = overlayLabel(this,
                          QStringLiteral("QLabel { background: rgba(255, 255, 255, 238); "
                                         "color: #111; border: 2px solid #333; "
                                         "border-radius: 10px; padding: 12px 18px; }"));
    m_card->setTextFormat(Qt::RichText);
    m_hint = overlayLabel(this, plate);
    m_fade = new QLabel(this);
    m_fade->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_fade->hide();
    auto *opacity = new QGraphicsOpacityEffect(m_fade);
    m_fade->setGraphicsEffect(opacity);
    m_fadeAnimation->setDuration(kFadeMs);
    m_fadeAnimation->setStartValue(1.0);
    m_fadeAnimation->setEndValue(0.0);
    m_fadeAnimation->setEasingCurve(QEasingCurve::InOutQuad);
    connect(m_fadeAnimation, &QVariantAnimation::valueChanged, this,
            [opacity](const QVariant &v) { opacity->setOpacity(v.toDouble()); });
    connect(m_fadeAnimation, &QVariantAnimation::finished, m_fade, &QWidget::hide);

    connect(m_map, &MapWidget::hoveredAreaChanged, this,
            [this](int projectIndex) { showCard(m_map, projectIndex); });
    connect(m_panes, &MapPanes::hoveredAreaChanged, this, [this](int projectIndex) {
        MapWidget *source = nullptr;
        for (MapWidget *m : m_panes->maps())
            if (m->hoveredArea() == projectIndex && m->underMouse())
                source = m;
        showCard(source ? source : m_panes->maps().value(0), projectIndex);
    });
    connect(m_panes, &MapPanes::panesChanged, this, &PresentationWindow::applyScale);

    // The room's keys: page keys of a presenter's remote, arrows, Esc.
    const auto key = [this](const QList<QKeySequence> &keys, void (PresentationWindow::*signal)()) {
        auto *a = new QAction(this);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, signal);
        addAction(a);
    };
    key({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Down)},
        &PresentationWindow::nextRequested);
    key({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Up)},
        &PresentationWindow::previousRequested);
    key({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F11)},
        &PresentationWindow::closeRequested);
}

void PresentationWindow::showPanes(bool panes)
{
    m_stack->setCurrentWidget(panes ? static_cast<QWidget *>(m_panes) : m_map);
    applyScale();
}

bool PresentationWindow::panesShown() const
{
    return m_stack->currentWidget() == m_panes;
}

QList<MapWidget *> PresentationWindow::visibleMaps() const
{
    return panesShown() ? m_panes->maps() : QList<MapWidget *> {m_map};
}

double PresentationWindow::typeScale(const QSize &screen)
{
    // Text on a projected map should be about 1/40 of the picture's height: the legend's
    // 12 pixels times this scale give 20 pixels at 768 rows and 29 at 1,080.
    return std::clamp(screen.height() / 450.0, 1.0, 3.0);
}

int PresentationWindow::screenFor(const QList<QRect> &screens, int windowScreen)
{
    int best = -1;
    for (int i = 0; i < screens.size(); ++i) {
        if (i == windowScreen)
            continue;
        const auto area = [&](int k) {
            return qint64(screens[k].width()) * screens[k].height();
        };
        if (best < 0 || area(i) > area(best))
            best = i;
    }
    return best >= 0 ? best : std::clamp(windowScreen, 0, int(screens.size()) - 1);
}

void PresentationWindow::applyScale()
{
    const double scale = typeScale(size());
    // The panes' headers and legend column are widgets: a larger font. The maps draw
    // their own type at the desk's size, times the display scale.
    QFont large = QApplication::font();
    large.setPointSizeF(large.pointSizeF() * scale);
    m_panes->setFont(large);
    m_panes->setPresenting(true);
    for (MapWidget *map : QList<MapWidget *> {m_map} + m_panes->maps()) {
        map->setFont(QApplication::font());
        map->setDisplayScale(map == m_map ? scale : scale * 0.8);
        map->setHoverTips(false);
        connect(map, &MapWidget::renderFinished, this, &PresentationWindow::startFade,
                Qt::UniqueConnection);
    }
    QFont counter = QApplication::font();
    counter.setPointSizeF(counter.pointSizeF() * scale);
    for (QLabel *label : {m_counter, m_card, m_hint})
        label->setFont(counter);
    placeOverlays();
}

void PresentationWindow::resizeEvent(QResizeEvent *)
{
    m_stack->setGeometry(rect());
    m_fade->setGeometry(rect());
    applyScale();
}

void PresentationWindow::placeOverlays()
{
    const int margin = int(12 * typeScale(size()));
    m_counter->setMaximumWidth(width() / 3);
    m_card->setMaximumWidth(width() / 2 - 2 * margin);
    m_hint->setMaximumWidth(width() * 2 / 3);
    for (QLabel *label : {m_counter, m_card, m_hint})
        label->adjustSize();
    // The counter bottom right above the source line, clear of the legends (top left, or
    // the panes' column top right); the area's card beside the pointer (below right of it,
    // or left or above where the screen ends), so that it never covers the area pointed
    // at; the hint at the top, where it covers the least of the city for its few seconds.
    m_counter->move(width() - m_counter->width() - margin,
                    height() - m_counter->height() - margin * 3);
    const QPoint pointer = mapFromGlobal(QCursor::pos());
    const int gap = margin * 2;
    int x = pointer.x() + gap;
    if (x + m_card->width() > width() - margin)
        x = pointer.x() - gap - m_card->width();
    int y = pointer.y() + gap;
    if (y + m_card->height() > height() - margin)
        y = pointer.y() - gap - m_card->height();
    m_card->move(std::clamp(x, margin, std::max(margin, width() - m_card->width() - margin)),
                 std::clamp(y, margin, std::max(margin, height() - m_card->height() - margin)));
    m_hint->move((width() - m_hint->width()) / 2, margin);
    m_fade->raise();
    for (QLabel *label : {m_counter, m_card, m_hint})
        label->raise();
}

void PresentationWindow::setSlide(int index, int count, const QString &name)
{
    if (index < 0 || count <= 0) {
        m_counter->hide();
        m_counter->clear();
        return;
    }
    m_counter->setText(tr("View %1 of %2").arg(index + 1).arg(count) + QLatin1Char('\n') + name);
    m_counter->show();
    placeOverlays();
}

QString PresentationWindow::slideText() const
{
    return m_counter->text(); // cleared when hidden (setSlide)
}

void PresentationWindow::showCard(MapWidget *source, int projectIndex)
{
    const QString text = source && projectIndex >= 0 ? source->areaText(projectIndex) : QString();
    if (text.isEmpty()) {
        m_card->hide();
        return;
    }
    m_card->setText(text);
    m_card->show();
    placeOverlays();
}

void PresentationWindow::showHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->show();
    placeOverlays();
    QTimer::singleShot(kHintMs, m_hint, &QWidget::hide);
}

void PresentationWindow::beginTransition()
{
    if (!isVisible())
        return;
    m_fadeAnimation->stop();
    m_fade->setPixmap(m_stack->grab());
    m_fade->setGeometry(rect());
    static_cast<QGraphicsOpacityEffect *>(m_fade->graphicsEffect())->setOpacity(1.0);
    m_fade->show();
    placeOverlays();
    m_waitingForRender = true;
    // A slide whose map is drawn already (or never is) fades all the same.
    QTimer::singleShot(kFadeMs, this, &PresentationWindow::startFade);
}

void PresentationWindow::startFade()
{
    if (!m_waitingForRender)
        return;
    m_waitingForRender = false;
    m_fadeAnimation->start();
}

bool PresentationWindow::inTransition() const
{
    return m_waitingForRender || m_fadeAnimation->state() == QAbstractAnimation::Running;
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    // Closed by the window manager (Alt+F4): the controller leaves presentation mode.
    event->ignore();
    Q_EMIT closeRequested();
}

} // namespace qw
