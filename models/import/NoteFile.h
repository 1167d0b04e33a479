#pragma once

#include "Note.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <vector>

namespace qw {

// Workshop notes as a table for people: written as CSV or XLSX (area key and name,
// category, text, author, date) and read back from a CSV that was typed from paper cards
// or collected in a spreadsheet. The header names the columns in English (area, text,
// category, author, date) or German (Gebiet, Text, Kategorie, Autor, Datum), in any order;
// ";" or "," separate them, the encoding is detected (CsvTableSource).
class NoteFile
{
    Q_DECLARE_TR_FUNCTIONS(qw::NoteFile)
public:
    struct ReadResult
    {
        std::vector<Note> notes; // the good rows, in file order, without ids
        // One message per bad row: "notes.csv, line 4: unknown area \"9999\"".
        QStringList problems;
        int rowsRead = 0; // data rows that were not blank
    };

    // Reads the notes of a CSV file. A row with an area key not in areaKeys, an empty
    // text, an unknown or missing category or a date that is not one is left out and
    // reported with file name and line. Throws StoreError when the file cannot be read or
    // its header lacks the area, text or category column.
    static ReadResult read(const QString &path, const QSet<QString> &areaKeys);

    // The notes of read that present does not have word for word (area, category, text,
    // author, date), each once: a file imported twice, or an export read back, must not
    // double the notes.
    static std::vector<Note> fresh(const std::vector<Note> &present, const std::vector<Note> &read);

    // Writes the notes as .csv or .xlsx (by the suffix), the header and the category
    // names in the locale's language (German headers and ";" under German), so that
    // read() takes the file back. Returns an error message naming the file, or empty.
    static QString write(const QString &path, const std::vector<Note> &notes,
                         const QHash<QString, QString> &areaNames, const QLocale &locale);
};

} // namespace qw
