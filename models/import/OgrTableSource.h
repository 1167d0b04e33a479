#pragma once

#include <QCoreApplication>

#include "TableSource.h"

namespace qw {

// A spreadsheet (ODS, XLS) or any other table GDAL reads, first sheet or a chosen one,
// read as a grid without header so that title and header rows are found like in any
// other table. Cells are read as text so that keys such as "05" keep their leading zeros
// when the sheet stores them as text.
class OgrTableSource : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(qw::OgrTableSource)

public:
    explicit OgrTableSource(const QString &path, const SheetOptions &options = {});
    ~OgrTableSource() override;
    OgrTableSource(const OgrTableSource &) = delete;
    OgrTableSource &operator=(const OgrTableSource &) = delete;

    QStringList sheets() const override { return m_sheets; }
    QString sheet() const override;
    bool forEachRecord(const RecordFunction &record) override;

private:
    void *m_dataset = nullptr; // GDALDatasetH
    void *m_layer = nullptr; // OGRLayerH, owned by the dataset
    QStringList m_sheets;
};

} // namespace qw
