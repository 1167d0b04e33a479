#pragma once

#include <QCoreApplication>

#include "TableSource.h"

namespace qw {

// A spreadsheet (XLSX, ODS, XLS) or any other table GDAL reads, first sheet or a chosen
// one. The first row is the header. Cells are read as text so that keys such as "05" keep
// their leading zeros when the sheet stores them as text.
class OgrTableSource : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(qw::OgrTableSource)

public:
    explicit OgrTableSource(const QString &path, const QString &sheet = {});
    ~OgrTableSource() override;
    OgrTableSource(const OgrTableSource &) = delete;
    OgrTableSource &operator=(const OgrTableSource &) = delete;

    bool forEachRow(const RowFunction &row) override;

private:
    void *m_dataset = nullptr; // GDALDatasetH
    void *m_layer = nullptr; // OGRLayerH, owned by the dataset
};

} // namespace qw
