#pragma once

#include <QObject>

namespace qw {

class MainWindow;

// File > Export map and Export series. Export map writes what the window shows (the single map, or every linked pane of
// the map comparison on one page) with its classification and the extent on screen, as
// PDF, PNG or SVG (MapLayout). Owned by the window.
class MapExportController : public QObject
{
    Q_OBJECT
public:
    explicit MapExportController(MainWindow *window);

    // Asks for the file and writes it; a failure is shown, success said in the status bar.
    void exportShownMaps();
    // File > Export series: the shown indicator's small multiples, every period on one page
    // (SeriesLayout), in the window's classification.
    void exportSeries();

private:
    MainWindow *m_window;
};

} // namespace qw
