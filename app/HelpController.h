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
// (German or English), one window at a time; and About. Owned by the main window.
class HelpController : public QObject
{
    Q_OBJECT
public:
    // Fills helpMenu: "User guide" (F1), "About".
    HelpController(QWidget *window, QMenu *helpMenu);

    QAction *action() const { return m_action; }
    void showGuide();
    void about();
    HelpWindow *helpWindow() const { return m_help; }
    // The guide's resource for a language: German for German, else English.
    static QString guideFor(const QLocale &locale);

private:
    QWidget *m_window;
    QAction *m_action;
    QPointer<HelpWindow> m_help;
};

} // namespace qw
