#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace qw {

class AllocationTableModel;

// An allocation's table as a file, headed by what it is and the rule: a title line, the
// rule in words, the order of the rows, the rule's canonical text (to recompute it), a
// blank line, then the columns of the table model, one row per area by amount (largest
// first, AllocationTableModel::rowsByAmount) and a row with the totals. CSV has ";" and
// the decimal comma under a German locale (as Excel expects there), "," and the point
// otherwise; XLSX holds numbers as numbers. Numbers carry the decimals the table shows;
// the amounts add up to the budget (exactly with whole units). Written under a temporary
// name and renamed into place: a failed export leaves no file.
class AllocationExport
{
    Q_DECLARE_TR_FUNCTIONS(qw::AllocationExport)

public:
    // By the file's suffix (.csv or .xlsx). Returns an error message naming the file, or
    // an empty string.
    static QString write(const AllocationTableModel &model, const QString &path,
                         const QLocale &locale);
    // How the exports order the rows, in words.
    static QString rowOrder();
    // The first line of every export and the title of the PDF.
    static QString title(const AllocationTableModel &model, const QLocale &locale);
};

} // namespace qw
