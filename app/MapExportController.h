#pragma once

#include <QObject>

namespace qw {

class MainWindow;

// File > Export map: writes what the window shows (the single map, or every linked pane of
// the map comparison on one page) with its classification and the extent on screen, as
// PDF, PNG or SVG (MapLayout). Owned by the window.
class MapExportController : public QObject
{
    Q_OBJECT
public:
    explicit MapExportController(MainWindow *window);

    // Asks for the file and writes it; a failure is shown, success said in the status bar.
    void exportShownMaps();

private:
    MainWindow *m_window;
};

} // namespace qw
