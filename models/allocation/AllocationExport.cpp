#include "AllocationExport.h"

#include "AllocationTableModel.h"
#include "CsvFile.h"
#include "NumberFormat.h"
#include "XlsxWriter.h"

#include <QFileInfo>

#include <cmath>
#include <optional>
#include <vector>

namespace qw {

namespace {

using Column = AllocationTableModel::Column;

struct Cell
{
    QString text; // a number as C-locale text at its decimals
    std::optional<double> number;
};

struct Sheet
{
    QStringList preface; // title, rule in words, canonical rule
    QStringList header;
    std::vector<std::vector<Cell>> rows; // the areas, then the totals
};

int decimalsOf(const AllocationTableModel &model, Column column)
{
    const Allocation &a = *model.allocation();
    switch (column) {
    case Column::Value:
        return a.indicatorDecimals;
    case Column::Basis:
        return model.basisDecimals();
    case Column::BasisShare:
    case Column::Share:
        return 2; // in %
    case Column::Amount:
    case Column::Change:
        return a.rule.amountDecimals();
    default:
        return 0;
    }
}

Cell numberCell(double v, int decimals)
{
    if (!std::isfinite(v))
        return {};
    const QString text = formatNumber(v, decimals, QLocale::c());
    return {text, text.toDouble()};
}

Sheet sheetOf(const AllocationTableModel &model, const QLocale &locale)
{
    const Allocation &a = *model.allocation();
    Sheet s;
    s.preface << AllocationExport::title(model, locale) << a.describe(locale)
              << AllocationExport::rowOrder()
              << AllocationExport::tr("Rule (to recompute it): %1").arg(a.rule.text());
    const std::vector<Column> &columns = model.columns();
    const auto percent = [](Column c) {
        return c == Column::Share || c == Column::BasisShare;
    };
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const QString h = model.headerData(int(c), Qt::Horizontal, Qt::DisplayRole).toString();
        s.header << (percent(columns[c]) ? AllocationExport::tr("%1 (%)").arg(h) : h);
    }
    for (const int r : model.rowsByAmount()) {
        std::vector<Cell> row;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const QModelIndex index = model.index(r, int(c));
            const QVariant number = index.data(AllocationTableModel::NumberRole);
            // A class by its name ("sehr niedrig"), as the rule gives its points.
            const bool named = columns[c] == Column::Value && number.isValid()
                && number.toDouble() == std::floor(number.toDouble())
                && !a.className(number.toInt()).isEmpty();
            if (number.isValid() && !named) {
                const double v = number.toDouble() * (percent(columns[c]) ? 100 : 1);
                row.push_back(numberCell(v, decimalsOf(model, columns[c])));
            } else {
                // "–" in the window; an empty cell in a file, as in every other export
                const QString text = index.data().toString();
                row.push_back({text == QStringLiteral("–") ? QString() : text, std::nullopt});
            }
        }
        s.rows.push_back(std::move(row));
    }
    std::vector<Cell> total(columns.size());
    total[0].text = AllocationExport::tr("Total");
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c] == Column::Amount)
            total[c] = numberCell(model.total(), decimalsOf(model, Column::Amount));
        if (columns[c] == Column::Share)
            total[c] = numberCell(model.total() / a.rule.budget * 100, 2);
        if (columns[c] == Column::BasisShare && a.result.basisTotal > 0)
            total[c] = numberCell(model.basisShareTotal() * 100, 2);
    }
    s.rows.push_back(std::move(total));
    return s;
}

QString writeCsv(const Sheet &sheet, const QString &path, const QLocale &locale)
{
    std::vector<CsvFile::Row> rows;
    for (const QString &line : sheet.preface)
        rows.push_back({{line}});
    rows.push_back({});
    CsvFile::Row header;
    for (const QString &h : sheet.header)
        header.push_back({h});
    rows.push_back(std::move(header));
    for (const std::vector<Cell> &row : sheet.rows) {
        CsvFile::Row cells;
        for (const Cell &cell : row)
            cells.push_back({cell.text, cell.number.has_value()});
        rows.push_back(std::move(cells));
    }
    return CsvFile::write(path, locale, rows);
}

QString writeXlsx(const Sheet &sheet, const QString &path)
{
    XlsxWriter xlsx;
    xlsx.addSheet(AllocationExport::tr("Allocation"));
    qint64 row = 1;
    for (const QString &line : sheet.preface)
        xlsx.setText(row++, 0, line);
    ++row;
    for (int c = 0; c < sheet.header.size(); ++c)
        xlsx.setText(row, c, sheet.header[c]);
    for (const std::vector<Cell> &cells : sheet.rows) {
        ++row;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (cells[c].number)
                xlsx.setNumber(row, int(c), *cells[c].number);
            else if (!cells[c].text.isEmpty())
                xlsx.setText(row, int(c), cells[c].text);
        }
    }
    return xlsx.save(path);
}

} // namespace

QString AllocationExport::title(const AllocationTableModel &model, const QLocale &locale)
{
    const Allocation &a = *model.allocation();
    return tr("Allocation of %1 by %2 (%3)")
        .arg(AllocationRule::formatAmount(a.rule.budget, a.rule.unit,
                                          a.rule.budget == std::floor(a.rule.budget) ? 0 : 2,
                                          locale),
             a.indicatorName, a.rule.period);
}

QString AllocationExport::rowOrder()
{
    return tr("Rows by amount, largest first (equal amounts by basis); areas without a value "
              "last.");
}

QString AllocationExport::write(const AllocationTableModel &model, const QString &path,
                                const QLocale &locale)
{
    if (!model.allocation())
        return tr("%1: there is no allocation to write.").arg(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return tr("%1: an allocation table is written as .csv or .xlsx.").arg(path);
    const Sheet sheet = sheetOf(model, locale);
    return suffix == QLatin1String("csv") ? writeCsv(sheet, path, locale) : writeXlsx(sheet, path);
}

} // namespace qw
