#include "OgrTableSource.h"

#include "StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <gdal.h>
#include <ogr_api.h>

namespace qw {

namespace { } // namespace

OgrTableSource::OgrTableSource(const QString &path, const QString &sheet) : TableSource(path)
{
    if (!QFileInfo::exists(path))
        throw StoreError(StoreErrorKind::NotFound, tr("%1 does not exist.").arg(path));
    if (QFileInfo(path).size() == 0)
        throw StoreError(StoreErrorKind::EmptyFile, tr("%1 is empty.").arg(path));
    GDALAllRegister();
    // The first row is always the header, and every cell comes as text: GDAL's type
    // guessing would turn key "05" into 5.
    const char *options[] = {"HEADERS=FORCE", "FIELD_TYPES=STRING", nullptr};
    const QByteArray file = QFile::encodeName(path);
    m_dataset =
        GDALOpenEx(file.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options, nullptr);
    if (!m_dataset)
        m_dataset = GDALOpenEx(file.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                               nullptr, nullptr);
    if (!m_dataset)
        throw StoreError(StoreErrorKind::Unreadable,
                         tr("%1 is not a table this program can read (%2).")
                             .arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
    m_layer = sheet.isEmpty() ? GDALDatasetGetLayer(m_dataset, 0)
                              : GDALDatasetGetLayerByName(m_dataset, sheet.toUtf8().constData());
    if (!m_layer) {
        GDALClose(m_dataset);
        m_dataset = nullptr;
        throw StoreError(StoreErrorKind::InvalidInput,
                         sheet.isEmpty() ? tr("%1 has no sheet with data.").arg(path)
                                         : tr("%1 has no sheet \"%2\".").arg(path, sheet));
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(m_layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        m_header << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i))).trimmed();
    if (m_header.isEmpty()) {
        GDALClose(m_dataset);
        m_dataset = nullptr;
        throw StoreError(StoreErrorKind::EmptyFile, tr("%1 has no header row.").arg(path));
    }
}

OgrTableSource::~OgrTableSource()
{
    if (m_dataset)
        GDALClose(m_dataset);
}

bool OgrTableSource::forEachRow(const RowFunction &row)
{
    OGR_L_ResetReading(m_layer);
    const double total = std::max<GIntBig>(1, OGR_L_GetFeatureCount(m_layer, TRUE));
    const int fields = int(m_header.size());
    qint64 index = 0;
    QStringList values;
    while (OGRFeatureH feature = OGR_L_GetNextFeature(m_layer)) {
        values.clear();
        for (int i = 0; i < fields; ++i)
            values << (OGR_F_IsFieldSetAndNotNull(feature, i)
                           ? QString::fromUtf8(OGR_F_GetFieldAsString(feature, i))
                           : QString());
        OGR_F_Destroy(feature);
        ++index;
        // Spreadsheet rows: the header is row 1.
        if (!row(values, index + 1, index / total))
            return false;
    }
    return true;
}

} // namespace qw
