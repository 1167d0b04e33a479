#include "MoveIntoPlace.h"

#include <QFile>

#include <filesystem>
#include <system_error>

namespace qw {

QString moveIntoPlace(const QString &temp, const QString &target)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(temp.toStdWString()),
                            std::filesystem::path(target.toStdWString()), ec);
    if (!ec)
        return {};
    QFile::remove(temp);
    return QString::fromStdString(ec.message());
}

} // namespace qw
