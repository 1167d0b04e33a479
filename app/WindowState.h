#pragma once

#include <QRect>
#include <QSize>

class QMainWindow;
class QSettings;

namespace qw {

// Keeps the main window's size and position and the layout of its docks and toolbars
// between runs (QMainWindow::saveGeometry/saveState in QSettings). Only the interactive
// window uses it: screenshots and other command-line runs lay the window out the same way
// every time, whatever a user left behind.
namespace WindowState {

// Bump when docks or toolbars are added, renamed or removed: an older layout is then
// ignored rather than half applied.
constexpr int kVersion = 1;

void save(const QMainWindow &window, QSettings &settings);
// Restores what save() kept and returns true; false (and a default size within the
// screen) when nothing usable is stored. A stored geometry that no longer fits the screen
// (a laptop after a large monitor) is shrunk and moved onto it.
bool restore(QMainWindow &window, QSettings &settings);

// The size of a window opened for the first time: 1400x900 where the screen has room,
// else the screen's available area less room for the window frame.
QSize defaultSize(const QRect &available);
// frame moved and, where it must be, shrunk to lie inside available.
QRect fitted(const QRect &frame, const QRect &available);

} // namespace WindowState
} // namespace qw
