#pragma once

#include <QString>

namespace qw {

// Where the file dialogs open. Never in the hidden application data folder where the demo
// project lives: in the open project's folder, then in the folder last chosen in a dialog
// while that project was open, else (no project, the demo) in the folder last chosen or the
// user's documents folder. The choice is kept in QSettings.
class FileDialogFolders
{
public:
    // The rule itself, without settings or standard paths. lastFolder and lastProject: the
    // folder last chosen and the project open at the time (empty: none).
    static QString choose(const QString &projectPath, const QString &lastFolder,
                          const QString &lastProject, const QString &appDataFolder,
                          const QString &documentsFolder);

    // The folder to open a dialog in now, with the open project's path (empty: none).
    static QString startFolder(const QString &projectPath);
    // fileName in that folder, as a dialog's suggestion.
    static QString suggest(const QString &projectPath, const QString &fileName);
    // Remembers the folder of the file a dialog returned; an empty path (cancelled) is
    // ignored.
    static void remember(const QString &chosenPath, const QString &projectPath);

private:
    // A folder of the program's own data, or any hidden one: a planner never looks there.
    static bool hidden(const QString &folder, const QString &appDataFolder);
};

} // namespace qw
