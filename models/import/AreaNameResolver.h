#pragma once

#include <QCoreApplication>

#include "AreaMatcher.h"

#include <QHash>
#include <QStringList>

namespace qw {

class TableSource;

// The area of each row of a table keyed by names (ImportSpec::keyIsName), in a pass of its
// own before the import: a name that two levels share (a Stadtteil and a Stadtbezirk
// "Mitte") takes the level of the rows around it, and two areas of one level with the same
// name the district of the rows around it. What stays ambiguous is never guessed.
class AreaNameResolver
{
    Q_DECLARE_TR_FUNCTIONS(qw::TableImport)

public:
    // areaOfLine gets the area of every row it could tell; ambiguous the reason for the
    // rows it could not; notes a line for each shared name it resolved.
    static void resolve(TableSource &source, int keyColumn, const AreaMatcher &matcher,
                        const QHash<QString, QString> &mapping, QHash<qint64, QString> *areaOfLine,
                        QHash<qint64, QString> *ambiguous, QStringList *notes);
};

} // namespace qw
