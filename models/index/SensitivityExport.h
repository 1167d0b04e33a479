#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace qw {

struct SensitivityResult;

// The sensitivity of an index as a table for spreadsheets (CsvFile: UTF-8 with BOM, ";" and
// the decimal comma under German): the title and the method in words, a blank line, then
// one row per area from base rank 1 down.
class SensitivityExport
{
    Q_DECLARE_TR_FUNCTIONS(qw::SensitivityExport)
public:
    // "Robustness of the index KEY (period)".
    static QString title(const SensitivityResult &result, const QString &indexName);
    // Area key, area, base rank, rank p5, median, p95, share in the top class (%), stable,
    // base class, share in the base class (%), then a rank per input left out.
    static QStringList header(const SensitivityResult &result);
    // Error message naming the file, or empty; nothing is left behind on failure.
    static QString writeCsv(const SensitivityResult &result, const QString &indexName,
                            const QString &path, const QLocale &locale);
};

} // namespace qw
