#include "TableSource.h"

#include "CsvTableSource.h"
#include "OgrTableSource.h"
#include "XlsxTableSource.h"

#include "StoreError.h"

#include <QFileInfo>

namespace qw {

namespace {

// Enough rows to see titles, a header of several rows and the first data, and few enough
// that detection on a sheet of 70 columns stays well under a second.
constexpr int kDetectionRows = 400;

} // namespace

void TableSource::requireFile(const QString &path)
{
    const QFileInfo info(path);
    // A link that leads in a circle or nowhere is there, and "does not exist" misled.
    if (info.isSymLink() && !info.exists())
        throw StoreError(StoreErrorKind::NotFound,
                         tr("%1 is a link that leads nowhere or in a circle (to %2).")
                             .arg(path, info.symLinkTarget()));
    if (!info.exists())
        throw StoreError(StoreErrorKind::NotFound, tr("%1 does not exist.").arg(path));
    if (info.size() == 0)
        throw StoreError(StoreErrorKind::EmptyFile, tr("%1 is empty.").arg(path));
}

int TableSource::sheetIndex(const QStringList &sheets, const QString &wanted) const
{
    for (int i = 0; i < sheets.size(); ++i)
        if (sheets[i].compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    bool isNumber = false;
    const int n = wanted.toInt(&isNumber);
    if (isNumber && n >= 1 && n <= sheets.size())
        return n - 1;
    throw StoreError(StoreErrorKind::InvalidInput,
                     tr("%1 has no sheet \"%2\". Its sheets are: %3 (by name or number, e.g. "
                        "--sheet 2).")
                         .arg(m_path, wanted, sheets.join(QStringLiteral(", "))));
}

QString TableSource::where() const
{
    const QString s = sheet();
    return s.isEmpty() ? m_path : tr("%1, sheet \"%2\"").arg(m_path, s);
}

std::vector<GridRow> TableSource::rawPreview(int rows)
{
    std::vector<GridRow> result;
    if (rows <= 0)
        return result;
    forEachRecord([&](const GridRow &r, double) {
        result.push_back(r);
        return int(result.size()) < rows;
    });
    return result;
}

void TableSource::detectShape(const SheetOptions &options)
{
    std::vector<GridRow> rows;
    // Chosen rows further down than the sample are read up to there.
    const qint64 needed = std::max(options.headerRows.last, options.dataRows.first);
    forEachRecord([&](const GridRow &r, double) {
        rows.push_back(r);
        return int(rows.size()) < kDetectionRows || r.row < needed + 5;
    });
    if (rows.empty())
        rows.push_back({1, {}});
    const NumberParser numbers(decimal(), thousands());
    m_shape = HeaderDetector::detect(rows, spans(), numbers, options, where());
    for (const GridRow &r : rows)
        if (r.row == m_shape.headerRows.last)
            m_headerWidth = int(r.cells.size());
}

bool TableSource::forEachRow(const RowFunction &row)
{
    m_skipped.clear();
    const NumberParser numbers(decimal(), thousands());
    const TableShape &shape = m_shape;
    const int width = int(shape.columns.size());
    const int lastColumn = width ? shape.columns.back() : -1;
    DataRowFilter filter(shape, numbers);
    QStringList fields;
    std::vector<bool> inTable(size_t(lastColumn + 1), false);
    for (int c : shape.columns)
        inTable[size_t(c)] = true;
    auto skip = [&](const GridRow &r) {
        QStringList cells;
        for (const QString &c : r.cells)
            if (!c.trimmed().isEmpty())
                cells << c.trimmed();
        if (m_skipped.size() < 1000)
            m_skipped
                << tr("row %1: %2").arg(r.row).arg(cells.join(QStringLiteral(" | ")).left(80));
    };
    return forEachRecord([&](const GridRow &r, double progress) {
        if (r.row < shape.dataRows.first)
            return true; // title and header rows
        shape.fieldsOf(r, &fields);
        switch (filter.classify(r, fields)) {
        case DataRowFilter::Verdict::Before:
        case DataRowFilter::Verdict::Blank:
            return true;
        case DataRowFilter::Verdict::After:
            return false;
        case DataRowFilter::Verdict::PassedOver:
            skip(r);
            return true;
        case DataRowFilter::Verdict::Data:
            break;
        }
        // Cells outside the table, or a text row short of fields: the row does not fit the
        // header, and the import says so with its line.
        bool outside = shortRowsAreErrors() && r.cells.size() < m_headerWidth;
        for (int c = 0; c < r.cells.size() && !outside; ++c)
            outside = (c > lastColumn || !inTable[size_t(c)])
                && !QStringView(r.cells[c]).trimmed().isEmpty();
        if (outside)
            return row(r.cells, r.row, progress);
        return row(fields, r.row, progress);
    });
}

std::vector<QStringList> TableSource::preview(int rows, std::vector<qint64> *lines)
{
    std::vector<QStringList> result;
    if (rows <= 0)
        return result;
    forEachRow([&](const QStringList &fields, qint64 line, double) {
        result.push_back(fields);
        if (lines)
            lines->push_back(line);
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

std::unique_ptr<TableSource> TableSource::open(const QString &path, const CsvFormat *format,
                                               const SheetOptions &options)
{
    if (isDelimitedText(path))
        return std::make_unique<CsvTableSource>(path, format, options);
    if (XlsxTableSource::handles(path))
        return std::make_unique<XlsxTableSource>(path, options);
    return std::make_unique<OgrTableSource>(path, options);
}

} // namespace qw
