#include "AllocationController.h"

#include "AllocationChangeCommand.h"
#include "AllocationDialog.h"
#include "AllocationExport.h"
#include "AllocationPanel.h"
#include "AllocationReport.h"
#include "AllocationTableModel.h"
#include "ExportFileName.h"
#include "FileDialogFolders.h"
#include "MainWindow.h"
#include "Project.h"
#include "ProjectAllocation.h"
#include "ProjectStore.h"
#include "StoreError.h"
#include "TextPrompt.h"
#include "UiLanguage.h"
#include "UndoController.h"
#include "WorkbenchDocks.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace qw {

AllocationController::AllocationController(MainWindow *window, QMenu *menu, UndoController *undo,
                                           const WorkbenchDocks &docks)
    : QObject(window)
    , m_window(window)
    , m_undo(undo)
    , m_panel(docks.allocationPanel())
    , m_dock(docks.allocationDock())
{
    m_action = menu->addAction(tr("Allocate a &budget…"), this, &AllocationController::allocate);
    m_action->setStatusTip(tr("Splits a budget (euros, staff positions or hours) over the areas "
                              "by a needs indicator, with floor, cap and fixed amounts"));
    connect(m_panel, &AllocationPanel::changeRequested, this, &AllocationController::allocate);
    connect(m_panel, &AllocationPanel::saveRequested, this, &AllocationController::askSave);
    connect(m_panel, &AllocationPanel::exportRequested, this, &AllocationController::askExport);
    connect(m_panel, &AllocationPanel::openRequested, this, &AllocationController::open);
    connect(m_panel, &AllocationPanel::deleteRequested, this, &AllocationController::remove);
    // A new project's history starts: its own saved allocations, none shown.
    connect(undo, &UndoController::historyStarted, this, &AllocationController::reset);
    if (auto *stack = qobject_cast<QStackedWidget *>(window->centralWidget()))
        connect(stack, &QStackedWidget::currentChanged, this, [this] {
            if (!m_window->project())
                reset();
        });
    // The window's stored layout may bring the dock back before anything is allocated.
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && (!m_window->project() || !m_panel->allocation()))
            QTimer::singleShot(0, m_dock, [this] {
                if (!m_window->project() || !m_panel->allocation())
                    m_dock->hide();
            });
    });
}

std::shared_ptr<Project> AllocationController::project() const
{
    return m_window->project();
}

void AllocationController::reset()
{
    m_lastRule.reset();
    m_lastPrevious.clear();
    m_panel->clear();
    m_dock->hide();
    refresh();
}

void AllocationController::refresh()
{
    QStringList names;
    if (const auto p = project()) {
        try {
            names = p->store().allocations().names();
        } catch (const StoreError &e) {
            m_window->statusBar()->showMessage(e.message(), 8000);
        }
    }
    m_panel->setSavedNames(names);
}

void AllocationController::reportError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

void AllocationController::allocate()
{
    const auto p = project();
    if (!p)
        return;
    AllocationDialog dialog(p, germanUi(), m_window);
    if (m_lastRule)
        dialog.setRule(*m_lastRule, m_lastPrevious);
    else
        dialog.start(m_window->currentIndicator(), m_window->currentLevel(),
                     m_window->currentPeriod());
    if (dialog.exec() != QDialog::Accepted || !dialog.allocation())
        return;
    m_lastRule = dialog.rule();
    m_lastPrevious = dialog.previousName();
    show(dialog.allocation());
    if (dialog.saveRequested())
        askSave();
}

void AllocationController::show(std::shared_ptr<const Allocation> allocation,
                                const QString &savedName)
{
    const auto p = project();
    if (!p || !allocation)
        return;
    // The main map on the allocation's level: its rows select areas there.
    if (m_window->currentLevel() != allocation->rule.levelKey)
        m_window->setLevel(allocation->rule.levelKey);
    m_panel->setAllocation(std::move(allocation), p, savedName);
    m_dock->show();
    m_dock->raise();
}

bool AllocationController::openSaved(const QString &name, QString *errorMessage)
{
    const auto p = project();
    if (!p)
        return false;
    try {
        const auto stored = p->store().allocations().read(name);
        if (!stored) {
            if (errorMessage)
                *errorMessage = tr("There is no saved allocation \"%1\".").arg(name);
            return false;
        }
        show(std::make_shared<const Allocation>(
                 ProjectAllocation::fromStored(*p, *stored, germanUi())),
             name);
        m_panel->setNotice(ProjectAllocation::outdatedNotice(*p, *stored, germanUi()));
        // "Change…" then starts from its rule, compared with it.
        m_lastRule = stored->rule;
        m_lastPrevious = name;
    } catch (const StoreError &e) {
        if (errorMessage)
            *errorMessage = e.fullText();
        return false;
    }
    return true;
}

bool AllocationController::saveAs(const QString &name, QString *errorMessage)
{
    const auto p = project();
    const auto shown = m_panel->allocation();
    const QString trimmed = name.trimmed();
    if (!p || !shown || trimmed.isEmpty())
        return false;
    try {
        AllocationRepository saved = p->store().allocations();
        auto before = saved.read(trimmed);
        saved.write(trimmed, *shown, shown->describe(QLocale()));
        auto after = saved.read(trimmed); // with its row; redo writes it again
        m_undo->push(new AllocationChangeCommand(this, tr("Save allocation"), trimmed,
                                                 std::move(before), std::move(after)));
    } catch (const StoreError &e) {
        if (errorMessage)
            *errorMessage = e.fullText();
        return false;
    }
    m_panel->setAllocation(shown, p, trimmed);
    refresh();
    return true;
}

bool AllocationController::deleteSaved(const QString &name, QString *errorMessage)
{
    const auto p = project();
    if (!p)
        return false;
    try {
        auto before = p->store().allocations().read(name);
        if (!before) {
            if (errorMessage)
                *errorMessage = tr("There is no saved allocation \"%1\".").arg(name);
            return false;
        }
        m_undo->push(new AllocationChangeCommand(this, tr("Delete allocation"), name,
                                                 std::move(before), std::nullopt));
    } catch (const StoreError &e) {
        if (errorMessage)
            *errorMessage = e.fullText();
        return false;
    }
    return true;
}

bool AllocationController::exportTo(const QString &path, QString *errorMessage)
{
    const auto p = project();
    if (!p || !m_panel->allocation())
        return false;
    const QLocale locale;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error =
        QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0
        ? AllocationReport::document(p, *m_panel->model(), locale).writePdf(path)
        : AllocationExport::write(*m_panel->model(), path, locale);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty() && errorMessage)
        *errorMessage = error;
    return error.isEmpty();
}

void AllocationController::askSave()
{
    const auto shown = m_panel->allocation();
    if (!project() || !shown)
        return;
    const QString suggestion = !m_panel->savedName().isEmpty()
        ? m_panel->savedName()
        : QStringLiteral("%1 %2").arg(shown->indicatorName, shown->rule.period);
    const auto dialog = TextPrompt::create(m_window, tr("Save allocation"),
                                           tr("Name of the allocation:"), suggestion);
    if (dialog->exec() != QDialog::Accepted)
        return;
    const QString name = dialog->textValue().trimmed();
    if (name.isEmpty())
        return;
    if (m_panel->savedNames().contains(name) && name != m_panel->savedName()
        && QMessageBox::question(m_window, tr("Save allocation"),
                                 tr("An allocation \"%1\" is saved already. Replace it?").arg(name))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!saveAs(name, &error))
        QMessageBox::warning(m_window, tr("Save allocation"), error);
    else
        m_window->statusBar()->showMessage(
            tr("Allocation saved in the project as \"%1\".").arg(name), 5000);
}

void AllocationController::askExport()
{
    const auto p = project();
    const auto shown = m_panel->allocation();
    if (!p || !shown)
        return;
    const QString name = !m_panel->savedName().isEmpty()
        ? m_panel->savedName()
        : tr("Allocation %1 %2").arg(shown->indicatorName, shown->rule.period);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export allocation"),
        FileDialogFolders::suggest(p->path(), ExportFileName::safe(name) + QStringLiteral(".pdf")),
        tr("PDF with the rule, map and table (*.pdf);;Excel (*.xlsx);;CSV (*.csv)"));
    FileDialogFolders::remember(path, p->path());
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(m_window, tr("Export allocation"), error);
    else
        m_window->statusBar()->showMessage(tr("Allocation exported to %1").arg(path), 5000);
}

void AllocationController::open(const QString &name)
{
    QString error;
    if (!name.isEmpty() && !openSaved(name, &error))
        QMessageBox::warning(m_window, tr("Open allocation"), error);
}

void AllocationController::remove(const QString &name)
{
    // No question first: Edit > Undo brings it back.
    QString error;
    if (name.isEmpty())
        return;
    if (!deleteSaved(name, &error))
        QMessageBox::warning(m_window, tr("Delete allocation"), error);
    else
        m_window->statusBar()->showMessage(
            tr("Allocation \"%1\" deleted (Edit > Undo brings it back).").arg(name), 8000);
}

} // namespace qw
