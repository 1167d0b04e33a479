#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMenu;

namespace qw {

class MainWindow;
class PresentationWindow;

// Presentation mode (View > Presentation, F11; Esc leaves): the map for the room in a
// window of its own, full screen on the projector where there is a second screen (the
// workbench stays on the laptop), else over the workbench. It shows what the workbench
// shows (single map or panes, selection, notes), drawn large, and steps through the saved
// views as slides in their order. The high-contrast switch (projector colours, outlines)
// acts on the presentation only. Owned by the window; owns the presentation window.
class PresentationController : public QObject
{
    Q_OBJECT
public:
    PresentationController(MainWindow *window, QMenu *viewMenu);
    ~PresentationController() override;

    QAction *action() const { return m_action; }
    QAction *contrastAction() const { return m_contrast; }
    bool active() const;
    // Opens the presentation. shownView: the saved view the window shows now (--view NAME
    // --present), so that the first Page Down goes on to the next slide, not to slide 1.
    void enter(const QString &shownView = {});
    void leave();
    // The slides: the project's readable saved views in their order.
    QStringList slides() const;
    // Shows slide index (0-based; clamped) in the workbench and the room; false when the
    // project has no saved views. -1 before the first step.
    bool showSlide(int index, QString *errorMessage = nullptr);
    int currentSlide() const { return m_slide; }
    void next();
    void previous();
    // The presentation window while presenting, else null (tests, dialogs' parent).
    PresentationWindow *presentation() const;

private:
    // Brings the presentation in line with the workbench (its view, panes, notes).
    void sync();
    void scheduleSync();

    MainWindow *m_window;
    QAction *m_action;
    QAction *m_contrast;
    QPointer<PresentationWindow> m_presentation;
    int m_slide = -1;
    bool m_syncPending = false;
    bool m_refit = true; // the next sync fits the map as the workbench shows it
};

} // namespace qw
