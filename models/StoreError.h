#pragma once

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

class StoreError : public std::runtime_error
{
public:
    StoreError(StoreErrorKind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    { }

    StoreErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

private:
    StoreErrorKind m_kind;
    QString m_message;
};

} // namespace qw
