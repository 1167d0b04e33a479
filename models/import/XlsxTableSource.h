#pragma once

#include <QCoreApplication>

#include "TableSource.h"

#include <QByteArray>

#include <vector>

namespace qw {

// An Excel workbook (Office Open XML, .xlsx/.xlsm) read cell by cell: the raw values with
// their types, so that a number shown as "12,3 %" comes in as 12.3, a date header as
// "31.12.2013", a key typed as text "05" keeps its zero, and the sheet's real row numbers
// and merged cells are known. The zip is read through GDAL's /vsizip/, the XML streamed.
class XlsxTableSource : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(qw::XlsxTableSource)

public:
    // Throws StoreError for a missing or damaged workbook, or a sheet it does not have
    // (naming the sheets it has).
    explicit XlsxTableSource(const QString &path, const SheetOptions &options = {});

    QStringList sheets() const override;
    QString sheet() const override { return m_sheets[size_t(m_sheet)].name; }
    QChar decimal() const override { return m_decimal; }
    QChar thousands() const override { return m_decimal == u',' ? QLatin1Char('.') : QChar(); }
    bool forEachRecord(const RecordFunction &record) override;
    std::vector<CellSpan> spans() override;

    // True for the file names this class reads.
    static bool handles(const QString &path);

private:
    struct Sheet
    {
        QString name;
        QString part; // e.g. "xl/worksheets/sheet1.xml"
    };
    enum class Style : quint8 { Plain, Percent, Date };

    QByteArray readPart(const QString &part) const;
    void readWorkbook();
    void readSharedStrings();
    void readStyles();
    // Streams the sheet's XML: cell(row, column, text) for each cell; stops when it
    // returns false. Returns false when stopped.
    bool streamSheet(const std::function<bool(qint64, int, const QString &, bool)> &cell,
                     const std::function<bool(qint64, double)> &rowEnd);

    QString m_zip; // "/vsizip/{path}/"
    std::vector<Sheet> m_sheets;
    int m_sheet = 0;
    bool m_date1904 = false;
    std::vector<QString> m_shared;
    std::vector<Style> m_styles; // by cellXfs index
    QChar m_decimal = QLatin1Char('.');
    std::optional<std::vector<CellSpan>> m_spans;
};

} // namespace qw
