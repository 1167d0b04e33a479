#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <vector>

namespace qw {

// Tables written as CSV for spreadsheets: UTF-8 with a byte order mark (Excel reads
// umlauts correctly only with one), CRLF line ends, ";" and the decimal comma under a
// German locale (as Excel expects there), "," and the point otherwise. Fields that hold
// the delimiter, a quote or a line break are quoted.
class CsvFile
{
    Q_DECLARE_TR_FUNCTIONS(qw::CsvFile)

public:
    struct Cell
    {
        QString text; // a number as C-locale text ("12.5")
        bool number = false; // written with the locale's decimal mark
    };
    using Row = std::vector<Cell>;

    // Writes the rows under a temporary name and renames it into place (QSaveFile), so a
    // failure leaves no half-written file. Returns an error message naming the file, or an
    // empty string.
    static QString write(const QString &path, const QLocale &locale, const std::vector<Row> &rows);

    // A text cell that a spreadsheet would run as a formula (it begins with =, +, -, @, a
    // tab or a carriage return: an area named "=cmd|'/C calc'!A0") gets a leading
    // apostrophe, as OWASP advises against CSV injection; write() does this for every text
    // cell, never for numbers (-3.5 stays a number).
    static QString neutralised(const QString &text);
    // The text again, for reading back a CSV this program wrote (notes, points).
    static QString restored(const QString &text);
};

} // namespace qw
