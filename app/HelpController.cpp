#include "HelpController.h"

#include "HelpWindow.h"
#include "UiLanguage.h"

#include <QAction>
#include <QApplication>
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

void HelpController::showGuide()
{
    if (!m_help) {
        m_help = new HelpWindow(QUrl(QStringLiteral("qrc") + guideFor(QLocale())), m_window);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

} // namespace qw
