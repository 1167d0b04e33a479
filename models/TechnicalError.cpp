#include "TechnicalError.h"

#include <cpl_error.h>
#include <sqlite3.h>

namespace qw {

QString TechnicalError::sqliteProblem(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_CORRUPT:
        return tr("the file is damaged: parts of it cannot be read");
    case SQLITE_NOTADB:
        return tr("the file is not a project file or is damaged");
    case SQLITE_FULL:
        return tr("the disk is full");
    case SQLITE_READONLY:
        return tr("the file or its folder is write-protected");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("there is no permission to use the file");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("the file is in use by another program; close it there and try again");
    case SQLITE_IOERR:
        return tr("reading or writing the disk failed (a network drive or USB stick may "
                  "have been disconnected)");
    case SQLITE_CANTOPEN:
        return tr("the file cannot be opened (the folder may be missing, or there is no "
                  "permission)");
    case SQLITE_NOMEM:
        return tr("there is not enough memory");
    case SQLITE_CONSTRAINT:
        return tr("a value breaks a rule of the project file (for example a name that is "
                  "already taken)");
    case SQLITE_TOOBIG:
        return tr("a value is too large for the project file");
    case SQLITE_SCHEMA:
    case SQLITE_ERROR:
        return tr("the project file does not have the expected content");
    default:
        return tr("the project file could not be read or written");
    }
}

QString TechnicalError::sqliteDetail(int resultCode, const QString &libraryText)
{
    return QStringLiteral("SQLite: %1 (code %2)").arg(libraryText).arg(resultCode);
}

QString TechnicalError::gdalProblem()
{
    const QString text = QString::fromUtf8(CPLGetLastErrorMsg());
    if (text.contains(QLatin1String("not recognized as"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("not recognised as"), Qt::CaseInsensitive))
        return tr("its format is not one this program can read");
    switch (CPLGetLastErrorNo()) {
    case CPLE_OpenFailed:
        return tr("it cannot be opened");
    case CPLE_FileIO:
        return tr("reading or writing it failed");
    case CPLE_NoWriteAccess:
        return tr("there is no permission to write it");
    case CPLE_OutOfMemory:
        return tr("there is not enough memory");
    case CPLE_NotSupported:
        return tr("the format does not support this");
    case CPLE_IllegalArg:
    case CPLE_AppDefined:
        return tr("its content is not as expected");
    default:
        return tr("the geodata library reported an error");
    }
}

QString TechnicalError::gdalDetail()
{
    const QString text = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    return text.isEmpty() ? QString() : QStringLiteral("GDAL: %1").arg(text);
}

QString TechnicalError::withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : message + QLatin1Char('\n') + tr("Details: %1").arg(detail);
}

} // namespace qw
