#pragma once

#include "TechnicalError.h"

#include <QString>

#include <stdexcept>

namespace qw {

// Why a project file could not be opened, created or written. The kind lets callers
// (and tests) tell the cases apart; the message is for people and names the file.
enum class StoreErrorKind {
    NotFound,
    Unreadable,
    EmptyFile,
    NotSqlite,
    Corrupt,
    NotGeoPackage,
    NotAProject,
    NewerSchema,
    InvalidContent,
    WriteFailed,
    InvalidInput,
};

// The message is in the UI language; the detail is what a library (SQLite, GDAL) said,
// untranslated, for support and searching the web: dialogs show it under "Details".
class StoreError : public std::runtime_error
{
public:
    StoreError(StoreErrorKind kind, const QString &message, const QString &detail = {})
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
        , m_detail(detail)
    { }

    StoreErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    // The message, then the detail on a line of its own (for the console and logs).
    QString fullText() const { return TechnicalError::withDetail(m_message, m_detail); }

private:
    StoreErrorKind m_kind;
    QString m_message;
    QString m_detail;
};

} // namespace qw
