#include "ProjectStatus.h"

#include "Crs.h"
#include "Project.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace qw {

QString projectStatusText(const Project &project, const QString &levelKey)
{
    // The main window's context, where the catalogues have always had this line.
    return QCoreApplication::translate("qw::MainWindow", "%1 · %2 areas · %3")
        .arg(QFileInfo(project.path()).fileName())
        .arg(int(project.areasOfLevel(levelKey).size()))
        .arg(Crs::name(project.metadata().srsId));
}

} // namespace qw
