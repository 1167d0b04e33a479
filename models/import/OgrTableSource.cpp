#include "OgrTableSource.h"

#include "StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>

namespace qw {

namespace {

// The spreadsheet drivers read their sheets lazily, on the first look at a layer, and then
// take these configuration options (GDAL 3.6's ODS driver ignores the open options of the
// same name): set for this thread while this class opens or reads.
struct SpreadsheetSettings
{
    static constexpr const char *kHeaders[] = {"OGR_ODS_HEADERS", "OGR_XLSX_HEADERS",
                                               "OGR_XLS_HEADERS"};
    static constexpr const char *kTypes[] = {"OGR_ODS_FIELD_TYPES", "OGR_XLSX_FIELD_TYPES",
                                             "OGR_XLS_FIELD_TYPES"};
    SpreadsheetSettings()
    {
        for (const char *k : kHeaders)
            CPLSetThreadLocalConfigOption(k, "DISABLE");
        for (const char *k : kTypes)
            CPLSetThreadLocalConfigOption(k, "STRING");
    }
    ~SpreadsheetSettings()
    {
        for (const char *k : kHeaders)
            CPLSetThreadLocalConfigOption(k, nullptr);
        for (const char *k : kTypes)
            CPLSetThreadLocalConfigOption(k, nullptr);
    }
    SpreadsheetSettings(const SpreadsheetSettings &) = delete;
    SpreadsheetSettings &operator=(const SpreadsheetSettings &) = delete;
};

} // namespace

OgrTableSource::OgrTableSource(const QString &path, const SheetOptions &options)
    : TableSource(path)
{
    requireFile(path);
    GDALAllRegister();
    // No header row (title and header rows are found later) and every cell as text: GDAL's
    // type guessing would turn key "05" into 5.
    const char *options_[] = {"HEADERS=DISABLE", "FIELD_TYPES=STRING", nullptr};
    const SpreadsheetSettings settings;
    const QByteArray file = QFile::encodeName(path);
    m_dataset =
        GDALOpenEx(file.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options_, nullptr);
    if (!m_dataset)
        m_dataset = GDALOpenEx(file.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                               nullptr, nullptr);
    if (!m_dataset)
        throw StoreError(StoreErrorKind::Unreadable,
                         tr("%1 is not a table this program can read: %2.")
                             .arg(path, TechnicalError::gdalProblem()),
                         TechnicalError::gdalDetail());
    for (int i = 0; i < GDALDatasetGetLayerCount(m_dataset); ++i)
        m_sheets << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(m_dataset, i)));
    const QString &wanted = options.sheet;
    try {
        m_layer = GDALDatasetGetLayer(m_dataset, wanted.isEmpty() ? 0 : sheetIndex(m_sheets, wanted));
    } catch (const StoreError &) {
        GDALClose(m_dataset);
        m_dataset = nullptr;
        throw;
    }
    if (!m_layer) {
        GDALClose(m_dataset);
        m_dataset = nullptr;
        throw StoreError(StoreErrorKind::InvalidInput, tr("%1 has no sheet with data.").arg(path));
    }
    detectShape(options);
}

OgrTableSource::~OgrTableSource()
{
    if (m_dataset)
        GDALClose(m_dataset);
}

QString OgrTableSource::sheet() const
{
    return m_sheets.size() > 1 && m_layer ? QString::fromUtf8(OGR_L_GetName(m_layer)) : QString();
}

bool OgrTableSource::forEachRecord(const RecordFunction &record)
{
    const SpreadsheetSettings settings;
    OGR_L_ResetReading(m_layer);
    const double total = std::max<GIntBig>(1, OGR_L_GetFeatureCount(m_layer, TRUE));
    const int fields = OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(m_layer));
    qint64 index = 0;
    GridRow current;
    while (OGRFeatureH feature = OGR_L_GetNextFeature(m_layer)) {
        current.cells.clear();
        for (int i = 0; i < fields; ++i)
            current.cells << (OGR_F_IsFieldSetAndNotNull(feature, i)
                                  ? QString::fromUtf8(OGR_F_GetFieldAsString(feature, i))
                                  : QString());
        OGR_F_Destroy(feature);
        current.row = ++index;
        if (!record(current, index / total))
            return false;
    }
    return true;
}

} // namespace qw
