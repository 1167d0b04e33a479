#pragma once

#include <QString>
#include <QStringList>

namespace qw {

class Project;

// A key names one area, whatever its level ("01" a Stadtbezirk, "0101" a Sozialraum): the
// profile, the comparison, the selection and saved views take their level from their keys,
// and the map follows. Keys of several levels cannot be compared: that is an error naming
// each key with its level.
namespace AreaKeyLevel {

// The level key of the areas named by keys; empty when there is none, with *error naming
// the unknown keys, the keys of each level when they lie on more than one, or (when
// requested, a level key or name as --level takes it, is not empty) the keys' level when it
// is not the requested one. german chooses the level names in the messages.
QString of(const Project &project, const QStringList &keys, bool german, QString *error,
           const QString &requested = {});

// The level of the known keys among keys (a saved view's areas may be gone since); empty
// when none is known or they lie on more than one level (then *error says which).
QString ofKnown(const Project &project, const QStringList &keys, bool german, QString *error);

} // namespace AreaKeyLevel
} // namespace qw
