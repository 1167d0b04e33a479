#include "TableSource.h"

#include "CsvTableSource.h"
#include "OgrTableSource.h"

#include <QFileInfo>

namespace qw {

std::vector<QStringList> TableSource::preview(int rows)
{
    std::vector<QStringList> result;
    if (rows <= 0)
        return result;
    forEachRow([&](const QStringList &fields, qint64, double) {
        result.push_back(fields);
        return int(result.size()) < rows;
    });
    return result;
}

bool TableSource::isDelimitedText(const QString &path)
{
    // Departments name their exports .csv, .txt, .tsv or .dat; anything else (XLSX, ODS,
    // XLS, DBF, GeoPackage, GeoJSON) goes to GDAL.
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix.isEmpty() || suffix == QLatin1String("csv") || suffix == QLatin1String("txt")
        || suffix == QLatin1String("tsv") || suffix == QLatin1String("tab")
        || suffix == QLatin1String("dat");
}

std::unique_ptr<TableSource> TableSource::open(const QString &path, const CsvFormat *format)
{
    if (isDelimitedText(path))
        return std::make_unique<CsvTableSource>(path, format);
    return std::make_unique<OgrTableSource>(path);
}

} // namespace qw
