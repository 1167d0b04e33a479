#pragma once

#include <QList>
#include <QPixmap>
#include <QRect>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QVariantAnimation;

namespace qw {

class MapPanes;
class MapWidget;

// The map for the room (presentation mode): a frameless full-screen window with the single
// map or the linked panes, everything on them drawn large for a projector (typeScale), a
// slide counter, a large card with the hovered area's name and value, and a cross-fade
// from one slide to the next. It only shows and reports keys; the presentation controller
// fills it from the workbench window, which stays usable on a second screen. Owns its maps.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    explicit PresentationWindow(QWidget *parent = nullptr);

    MapWidget *map() const { return m_map; }
    MapPanes *panes() const { return m_panes; }
    void showPanes(bool panes);
    bool panesShown() const;
    // The maps on screen: the single map, or every pane.
    QList<MapWidget *> visibleMaps() const;

    // The counter in the corner: "View 2 of 5: name"; index < 0 hides it.
    void setSlide(int index, int count, const QString &name);
    QString slideText() const;
    // Fades what shows now out over whatever the maps show next (from the next finished
    // render on; at most half a second later).
    void beginTransition();
    bool inTransition() const;
    // The keys for the room, shown for a few seconds on entering.
    void showHint(const QString &text);

    // How much larger than on the desk the maps draw: legible from the back of a room,
    // about 1.7 at 1,366 x 768 and 2.4 at 1,920 x 1,080.
    static double typeScale(const QSize &screen);
    // Which of these screens (geometries) the presentation goes to: the largest screen
    // other than the workbench window's, else the window's own (one screen).
    static int screenFor(const QList<QRect> &screens, int windowScreen);

Q_SIGNALS:
    void nextRequested();
    void previousRequested();
    void closeRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void applyScale();
    void showCard(MapWidget *source, int projectIndex);
    void placeOverlays();
    void startFade();

    QStackedWidget *m_stack;
    MapWidget *m_map;
    MapPanes *m_panes;
    QLabel *m_counter;
    QLabel *m_card;
    QLabel *m_hint;
    QLabel *m_fade; // the last slide's picture while it fades out
    QVariantAnimation *m_fadeAnimation;
    bool m_waitingForRender = false;
};

} // namespace qw
