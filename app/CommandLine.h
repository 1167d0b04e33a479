#pragma once

#include <QString>
#include <QStringList>

namespace qw {

// The program's command line, parsed once in main().
struct CommandLine
{
    QString projectPath;
    bool demo = false;
    QString indicator;
    QString period;
    QString screenshot;
    QString language; // "de", "en" or empty for the system's
    bool listIndicators = false;
    bool listAreas = false;
    // --new PROJECT.gpkg --areas FILE ...: create a project from an area layer.
    QString newProject;
    QString areasFile;
    QString areasLayer;
    QString keyField;
    QString nameField;
    QString levelName;
    QString crs;

    // True for options that need no window (answered on stdout).
    bool isConsoleOnly() const { return listIndicators || listAreas || !newProject.isEmpty(); }

    // Parses arguments; on --help or --version prints and exits; on an error prints the
    // message on stderr and exits with 2.
    static CommandLine parse(const QStringList &arguments);
    // True when argv asks for console output only (checked before any QApplication).
    static bool wantsConsoleOnly(int argc, char **argv);
};

} // namespace qw
