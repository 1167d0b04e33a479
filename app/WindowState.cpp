#include "WindowState.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace qw::WindowState {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
// Title bar and borders a window manager adds around the client area (before the window
// is shown, Qt does not know them yet).
const QMargins kFrame(8, 40, 8, 8);

QRect availableFor(const QMainWindow &window)
{
    const QScreen *screen = QGuiApplication::screenAt(window.geometry().center());
    if (!screen)
        screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}
} // namespace

QSize defaultSize(const QRect &available)
{
    const QSize preferred(1400, 900);
    if (available.isEmpty())
        return preferred;
    return preferred.boundedTo(
        QSize(std::max(640, available.width() - kFrame.left() - kFrame.right()),
              std::max(480, available.height() - kFrame.top() - kFrame.bottom())));
}

QRect fitted(const QRect &frame, const QRect &available)
{
    if (available.isEmpty() || available.contains(frame))
        return frame;
    QRect r(frame.topLeft(), frame.size().boundedTo(available.size()));
    r.moveLeft(std::clamp(r.left(), available.left(), available.right() - r.width() + 1));
    r.moveTop(std::clamp(r.top(), available.top(), available.bottom() - r.height() + 1));
    return r;
}

void save(const QMainWindow &window, QSettings &settings)
{
    settings.setValue(kGeometryKey, window.saveGeometry());
    settings.setValue(kStateKey, window.saveState(kVersion));
}

bool restore(QMainWindow &window, QSettings &settings)
{
    const bool restored = window.restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (!restored) {
        window.resize(defaultSize(availableFor(window)));
        return false;
    }
    window.restoreState(settings.value(kStateKey).toByteArray(), kVersion);
    // The client area plus the frame must fit; a maximised window fits by definition.
    if (!window.isMaximized() && !window.isFullScreen()) {
        const QRect available = availableFor(window);
        const QRect frame = window.geometry() + kFrame;
        const QRect fit = fitted(frame, available);
        if (fit != frame)
            window.setGeometry(fit - kFrame);
    }
    return true;
}

} // namespace qw::WindowState
