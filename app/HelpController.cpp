#include "HelpController.h"

#include "HelpSection.h"
#include "HelpWindow.h"
#include "UiLanguage.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QUrl>

namespace qw {

HelpController::HelpController(QWidget *window, QMenu *helpMenu)
    : QObject(window), m_window(window), m_action(new QAction(tr("&User guide"), this))
{
    m_action->setShortcut(QKeySequence::HelpContents);
    m_action->setShortcutContext(Qt::ApplicationShortcut); // also from docks and dialogs
    connect(m_action, &QAction::triggered, this, &HelpController::showGuide);
    helpMenu->addAction(m_action);
    window->addAction(m_action);
    qApp->installEventFilter(this); // F1 in modal dialogs
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Quartierswerkstatt"), this, &HelpController::about);
}

void HelpController::about()
{
    QMessageBox::about(m_window, tr("About Quartierswerkstatt"),
                       tr("<h3>Quartierswerkstatt %1</h3><p>A planning workbench for municipal "
                          "education monitoring: maps of Sozialräume with indicator overlays and "
                          "side-by-side comparison of quarters.</p><p>The demo city Musterstadt "
                          "and all its data are fictional.</p>")
                           .arg(QApplication::applicationVersion()));
}

QString HelpController::guideFor(const QLocale &locale)
{
    return germanUi(locale) ? QStringLiteral(":/help/guide_de.html")
                            : QStringLiteral(":/help/guide_en.html");
}

bool HelpController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || static_cast<QWidget *>(watched)->window() != modal
        || !static_cast<QKeyEvent *>(event)->matches(QKeySequence::HelpContents))
        return false;
    showGuide();
    return true;
}

void HelpController::showGuide()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        focus = QApplication::activeModalWidget();
    showGuideAt(HelpSection::of(focus));
}

void HelpController::showGuideAt(const QString &anchor)
{
    // A modal dialog blocks every window but its own children.
    QWidget *parent = QApplication::activeModalWidget();
    if (!parent || parent == m_help)
        parent = m_window;
    if (m_help && m_help->parentWidget() != parent)
        delete m_help;
    if (!m_help) {
        m_help = new HelpWindow(QUrl(QStringLiteral("qrc") + guideFor(QLocale())), parent);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    m_help->showAnchor(anchor);
}

} // namespace qw
