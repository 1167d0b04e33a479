#include "AllocateCommand.h"
#include "AreaKeyLevel.h"
#include "CommandLine.h"
#include "ConsoleListing.h"
#include "DemoProject.h"
#include "DeriveCommand.h"
#include "ExportMapCommand.h"
#include "ImportCommand.h"
#include "IndexCommand.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "MemoryPolicy.h"
#include "NewProjectCommand.h"
#include "NotesCommand.h"
#include "PresentationController.h"
#include "PrioritiesCommand.h"
#include "Project.h"
#include "ProjectFile.h"
#include "PublishCommand.h"
#include "ReportCommand.h"
#include "SensitivityCommand.h"
#include "StoreError.h"

#include <QApplication>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace qw;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Quartierswerkstatt"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("quartierswerkstatt.de"));
    QCoreApplication::setApplicationName(QStringLiteral("Quartierswerkstatt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QW_VERSION));
}

// German is the default UI language; English when the system locale is not German.
// Numbers follow the UI language (12,5 % under German).
bool installLanguage(QCoreApplication &app, const QString &requested)
{
    const bool german = requested.isEmpty() ? QLocale::system().language() == QLocale::German
                                            : requested == QLatin1String("de");
    QLocale::setDefault(german ? QLocale(QLocale::German, QLocale::Germany)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // English is the source language; its catalogue holds the plural forms ("1 row",
    // "2 rows").
    auto *ours = new QTranslator(&app);
    if (ours->load(german ? QStringLiteral(":/i18n/quartierswerkstatt_de.qm")
                          : QStringLiteral(":/i18n/quartierswerkstatt_en.qm")))
        app.installTranslator(ours);
    if (german) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
    }
    return german;
}

// What went wrong with the command line's view options: the window opens anyway (the
// planner asked for it) and says so once it shows, not only on a console nobody reads.
QStringList &windowErrors()
{
    static QStringList errors;
    return errors;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
    windowErrors() << message;
}

QString resolveProject(const CommandLine &cl)
{
    if (cl.demo)
        return DemoProject::ensure();
    return cl.projectPath;
}

// --remove-foreign-triggers: the file's only change, said line by line.
int removeForeignSql(const QString &projectPath)
{
    try {
        const std::vector<ForeignSql::Item> removed = ProjectFile::removeForeignSql(projectPath);
        if (removed.empty())
            std::printf("%s\n",
                        qPrintable(QCoreApplication::translate(
                                       "qw::main", "%1 has no triggers or views of others.")
                                       .arg(projectPath)));
        for (const ForeignSql::Item &item : removed)
            std::printf("%s\n",
                        qPrintable(QCoreApplication::translate("qw::main", "Removed %1")
                                       .arg(ForeignSql::describe({item}))));
        return 0;
    } catch (const StoreError &e) {
        fail(e.fullText());
        return 1;
    }
}

int takeScreenshot(MainWindow &window, const QString &file)
{
    window.resize(1600, 1000);
    window.show();
    // Wait for the render jobs of every map on screen, with a generous limit for very
    // large projects.
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto allUpToDate = [&window] {
        const QList<MapWidget *> maps = window.visibleMaps();
        return std::all_of(maps.begin(), maps.end(), [](MapWidget *m) { return m->isUpToDate(); });
    };
    QCoreApplication::processEvents();
    for (MapWidget *map : window.visibleMaps())
        QObject::connect(map, &MapWidget::renderFinished, &loop, [&] {
            if (allUpToDate())
                loop.quit();
        });
    timeout.start(120000);
    // The renders may have finished during processEvents(): then there is nothing to wait for.
    if (!allUpToDate())
        loop.exec();
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    if (!image.save(file, "PNG")) {
        fail(
            QCoreApplication::translate("qw::main", "cannot write the screenshot to %1").arg(file));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qw::applyMemoryPolicy();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (CommandLine::wantsHeadless(argc, argv) && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display: still write the file
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::wantsConsoleOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    setIdentity();
    // The language first: --help and the errors of parse() come in it.
    const bool german = installLanguage(*app, CommandLine::requestedLanguage(app->arguments()));
    const CommandLine cl = CommandLine::parse(app->arguments());

    if (!cl.newProject.isEmpty()) {
        const int code = runNewProjectCommand(cl);
        if (code != 0 || cl.facilitiesFile.isEmpty())
            return code;
        return runImportCommand(cl, cl.newProject);
    }
    if (!cl.checkDisclosure.isEmpty())
        return runCheckDisclosureCommand(cl);
    QString projectPath;
    try {
        projectPath = resolveProject(cl);
    } catch (const StoreError &e) {
        fail(e.fullText());
        return 1;
    }
    if (cl.removeForeignSql)
        return removeForeignSql(projectPath);
    if (cl.wantsImport())
        return runImportCommand(cl, projectPath);
    if (cl.wantsNotes()) {
        const int code = runNotesCommand(cl, projectPath);
        if (code != 0 || !cl.wantsPriorities())
            return code;
    }
    if (cl.wantsPriorities())
        return runPrioritiesCommand(cl, projectPath);
    if (!cl.deriveKey.isEmpty()) {
        // Then on to what else was asked for (--indicator KEY --export-map FILE, ...).
        const int code = runDeriveCommand(cl, projectPath);
        if (code != 0 || !cl.wantsMoreThanDerive())
            return code;
    }
    if (!cl.index.key.isEmpty()) {
        const int code = runIndexCommand(cl, projectPath);
        if (code != 0 || !cl.wantsMoreThanDerive())
            return code;
    }
    if (!cl.allocate.indicator.isEmpty())
        return runAllocateCommand(cl, projectPath);
    if (!cl.sensitivity.key.isEmpty())
        return runSensitivityCommand(cl, projectPath);
    if (cl.listIndicators)
        return ConsoleListing::listIndicators(projectPath, german);
    if (cl.listAreas)
        return ConsoleListing::listAreas(projectPath);
    if (!cl.exportMap.isEmpty())
        return runExportMapCommand(cl, projectPath);
    if (!cl.exportSeries.isEmpty())
        return runExportSeriesCommand(cl, projectPath);
    if (!cl.exportFrames.isEmpty())
        return runExportFramesCommand(cl, projectPath);
    if (!cl.exportAtlas.isEmpty())
        return runAtlasCommand(cl, projectPath);
    if (!cl.publish.isEmpty())
        return runPublishCommand(cl, projectPath);
    if (!cl.exportFile.isEmpty())
        return runReportCommand(cl, projectPath);

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quartierswerkstatt.svg")));
    MainWindow window;
    const bool headless = !cl.screenshot.isEmpty();
    // A screenshot shows the same layout on every machine; only a planner's own window
    // comes back as it was left.
    if (!headless)
        window.restoreWindowState();
    if (!projectPath.isEmpty()) {
        QString error;
        if (!window.openProject(projectPath, &error, !headless)) {
            if (headless) {
                fail(error);
                return 1;
            }
        } else {
            if (!cl.savedView.isEmpty() && !window.restoreSavedView(cl.savedView, &error)) {
                fail(error);
                if (headless)
                    return 1;
            }
            if (!cl.levelName.isEmpty() && !window.setLevel(cl.levelName, &error)) {
                fail(error);
                if (headless)
                    return 1;
            }
            if (cl.hasViewOptions && !window.applyView(cl.view, &error)) {
                fail(error);
                if (headless)
                    return 1;
            }
            // The keys name their level; a --level of another is refused, not overridden.
            if (!cl.compare.isEmpty()
                && (AreaKeyLevel::of(*window.project(), cl.compare, german, &error, cl.levelName)
                        .isEmpty()
                    || !window.compareAreas(cl.compare, &error))) {
                fail(error);
                if (headless)
                    return 1;
            }
            if (!cl.maps.isEmpty() && !window.showMapPanes(cl.maps, &error)) {
                fail(error);
                if (headless)
                    return 1;
            }
        }
    }
    if (headless) {
        const int rc = takeScreenshot(window, cl.screenshot);
        if (rc != 0 || cl.saveView.isEmpty() || !window.project())
            return rc;
    } else {
        window.show();
        if (cl.present && window.project())
            QTimer::singleShot(0, &window, [&window, shown = cl.savedView] {
                window.presentation()->enter(shown);
            });
        if (!windowErrors().isEmpty())
            QTimer::singleShot(0, &window, [&window] {
                QMessageBox::warning(&window, QStringLiteral("Quartierswerkstatt"),
                                     windowErrors().join(QLatin1Char('\n')));
            });
    }
    // After the screenshot or the first show: the view's extent is the laid-out window's.
    if (!cl.saveView.isEmpty() && window.project()) {
        QCoreApplication::processEvents();
        QString error;
        if (!window.saveView(cl.saveView, &error)) {
            fail(error);
            if (headless)
                return 1;
        }
    }
    if (headless)
        return 0;
    return app->exec();
}
