#pragma once

#include <QCoreApplication>

#include "DataRowFilter.h"
#include "NumberParser.h"
#include "SheetGrid.h"
#include "TableShape.h"

#include <vector>

namespace qw {

class HeaderDetector
{
    Q_DECLARE_TR_FUNCTIONS(qw::HeaderDetector)

public:
    // Finds header and data rows in the first rows of a sheet (detects what options leave
    // open). where names the file and sheet in messages. Throws StoreError when no header
    // can be found, when the sheet holds no number, or when the chosen rows do not exist;
    // the message shows the first rows as they were read.
    static TableShape detect(const std::vector<GridRow> &rows, const std::vector<CellSpan> &spans,
                             const NumberParser &numbers, const SheetOptions &options,
                             const QString &where);

    // A row below the header that is not data: a source line, a footnote, a remark.
    // afterGap: a blank row stands between it and the row before.
    static bool isNoteRow(const QStringList &cells, const NumberParser &numbers, bool afterGap);

    // "Migrations-hintergrund" -> "Migrationshintergrund" (a hyphen left from a line break
    // inside a word), "unter 18-Jährige" stays; line breaks and runs of blanks become one.
    static QString cleanText(const QString &text);
    // The period a header text names, normalised: "31.12.2013" and "(Dez 2013)" -> "2013",
    // "2013/14" and "2013/2014" -> "2013/14"; empty when none. rest gets the text without it.
    static QString periodIn(const QString &text, QString *rest = nullptr);
    // The first rows as read, for messages: "row 1: a | b | c".
    static QString describeRows(const std::vector<GridRow> &rows, int count = 6);
};

} // namespace qw
