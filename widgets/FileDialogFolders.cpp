#include "FileDialogFolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace qw {

namespace {
const QString kFolderKey = QStringLiteral("fileDialogs/lastFolder");
const QString kProjectKey = QStringLiteral("fileDialogs/lastProject");

QString absolute(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}
} // namespace

bool FileDialogFolders::hidden(const QString &folder, const QString &appDataFolder)
{
    const QString clean = QDir::cleanPath(folder);
    const QString data = QDir::cleanPath(appDataFolder);
    if (!data.isEmpty() && (clean == data || clean.startsWith(data + QLatin1Char('/'))))
        return true;
    const QStringList parts = clean.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return std::any_of(parts.begin(), parts.end(),
                       [](const QString &p) { return p.startsWith(QLatin1Char('.')); });
}

QString FileDialogFolders::choose(const QString &projectPath, const QString &lastFolder,
                                  const QString &lastProject, const QString &appDataFolder,
                                  const QString &documentsFolder)
{
    const bool lastUsable = !lastFolder.isEmpty() && QFileInfo(lastFolder).isDir()
        && !hidden(lastFolder, appDataFolder);
    const QString project = absolute(projectPath);
    if (lastUsable && (project.isEmpty() || absolute(lastProject) == project))
        return lastFolder;
    const QString projectFolder = project.isEmpty() ? QString() : QFileInfo(project).absolutePath();
    if (!projectFolder.isEmpty() && QFileInfo(projectFolder).isDir()
        && !hidden(projectFolder, appDataFolder))
        return projectFolder;
    return lastUsable ? lastFolder : documentsFolder;
}

QString FileDialogFolders::startFolder(const QString &projectPath)
{
    const QSettings settings;
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty() || !QFileInfo(documents).isDir())
        documents = QDir::homePath();
    return choose(projectPath, settings.value(kFolderKey).toString(),
                  settings.value(kProjectKey).toString(),
                  QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), documents);
}

QString FileDialogFolders::suggest(const QString &projectPath, const QString &fileName)
{
    return QDir(startFolder(projectPath)).filePath(fileName);
}

void FileDialogFolders::remember(const QString &chosenPath, const QString &projectPath)
{
    if (chosenPath.isEmpty())
        return;
    QSettings settings;
    settings.setValue(kFolderKey, QFileInfo(chosenPath).absolutePath());
    settings.setValue(kProjectKey, absolute(projectPath));
}

} // namespace qw
