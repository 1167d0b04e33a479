#pragma once

#include <QString>

namespace qw {

// Renames a fully written temporary file onto its target in one step, replacing what was
// there: a reader sees the old file or the new one, never none and never half of one
// (std::filesystem::rename replaces atomically on POSIX and with MoveFileEx on Windows).
// On failure the temporary file is removed, the target left as it was, and the reason
// returned; on success an empty string.
QString moveIntoPlace(const QString &temp, const QString &target);

} // namespace qw
