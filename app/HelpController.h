#pragma once

#include "HelpWindow.h"

#include <QLocale>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace qw {

// The Help menu: the user guide shipped with the program (F1), in the window's language
// (German or English), one window at a time; and About. F1 opens the guide at the section
// of the widget with the focus (HelpSection), also from a modal dialog, where the window's
// shortcut does not reach: the guide then belongs to the dialog, so it is not blocked by
// it. Owned by the main window.
class HelpController : public QObject
{
    Q_OBJECT
public:
    // Fills helpMenu: "User guide" (F1), "About".
    HelpController(QWidget *window, QMenu *helpMenu);

    QAction *action() const { return m_action; }
    // Opens the guide at the section of the focus widget (at the top without one).
    void showGuide();
    // Opens the guide at a section (HelpSection's anchors; empty: where it is).
    void showGuideAt(const QString &anchor);
    void about();
    HelpWindow *helpWindow() const { return m_help; }
    // The guide's resource for a language: German for German, else English.
    static QString guideFor(const QLocale &locale);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QAction *m_action;
    QPointer<HelpWindow> m_help;
};

} // namespace qw
