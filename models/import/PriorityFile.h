#pragma once

#include "PriorityTally.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <vector>

namespace qw {

// The workshop's dot voting as a table: the ranking written as CSV (rank, area key, name,
// points, voters) and votes read from a CSV typed from the voting board (columns voter,
// area, points or Teilnehmer, Gebiet, Punkte; ";" or ","; the encoding detected as for
// department tables).
class PriorityFile
{
    Q_DECLARE_TR_FUNCTIONS(qw::PriorityFile)
public:
    struct ReadResult
    {
        std::vector<PriorityVote> votes; // the good rows, in file order
        // One message per bad row: "punkte.csv, line 4: unknown area \"9999\"".
        QStringList problems;
        int rowsRead = 0; // data rows that were not blank
    };

    // Reads votes. A row with an area key not in areaKeys, no voter, points that are no
    // whole number above 0, or more points than the voter has left (counted on from
    // the votes in tally, then row by row) is left out and reported with file name and
    // line. Throws StoreError when the file cannot be read or its header lacks a column.
    static ReadResult read(const QString &path, const QSet<QString> &areaKeys,
                           const PriorityTally &tally);

    // Writes the tally's ranking as CSV, the header in the locale's language. Returns an
    // error message naming the file, or empty.
    static QString write(const QString &path, const PriorityTally &tally,
                         const QHash<QString, QString> &areaNames, const QLocale &locale);
};

} // namespace qw
