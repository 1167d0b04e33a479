#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace qw {

class ComparisonModel;

// The comparison table as a file for further work: CSV (";" and decimal comma under a
// German locale, as Excel expects there; "," and point otherwise) or XLSX with numbers
// as numbers. One row per indicator: department, indicator, unit, period, then per area
// its value and rank, then the city. Suppressed cells are ".", missing ones empty.
// Values carry the indicator's decimals, as on screen (an XLSX cell holds the rounded
// number, not a display format over the full one); FullPrecision writes them unrounded
// for further computation. Files are written under a temporary name and renamed into place.
class ComparisonExport
{
    Q_DECLARE_TR_FUNCTIONS(qw::ComparisonExport)

public:
    enum class Numbers { Rounded, FullPrecision };

    // Returns an error message naming the file, or an empty string.
    static QString write(const ComparisonModel &model, const QString &path, const QLocale &locale,
                         Numbers numbers = Numbers::Rounded);
    static QString writeCsv(const ComparisonModel &model, const QString &path,
                            const QLocale &locale, Numbers numbers = Numbers::Rounded);
    static QString writeXlsx(const ComparisonModel &model, const QString &path,
                             Numbers numbers = Numbers::Rounded);
};

} // namespace qw
