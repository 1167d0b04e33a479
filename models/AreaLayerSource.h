#pragma once

#include "ProjectTypes.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace qw {

// Reads polygon layers of any GDAL vector format (GeoPackage, Shapefile, GeoJSON, GML)
// as project areas: keys stay text, geometries are reprojected to the target CRS and
// repaired with GEOS where invalid.
class AreaLayerSource
{
public:
    struct Layer
    {
        QString name;
        QStringList fields;
        long long featureCount = 0;
        bool polygonal = false;
        int epsg = 0; // 0 when the layer's CRS has no EPSG code
    };

    struct Result
    {
        std::vector<Area> areas;
        int srsId = 0;
        QStringList repaired; // "key: reason" for every repaired geometry
    };

    // Throws StoreError naming the file when it cannot be read.
    explicit AreaLayerSource(const QString &path);
    ~AreaLayerSource();
    AreaLayerSource(const AreaLayerSource &) = delete;
    AreaLayerSource &operator=(const AreaLayerSource &) = delete;

    const std::vector<Layer> &layers() const { return m_layers; }
    // Layer chosen by name, or the first polygon layer when name is empty.
    const Layer *layer(const QString &name) const;

    // Best guesses for the key and name fields: names like *_id, schluessel, key; name.
    static QString guessKeyField(const Layer &layer);
    static QString guessNameField(const Layer &layer);

    struct ReadOptions
    {
        QString parentField; // sets Area::parentKey from this field
        // Features sharing a key are merged into one area (a coarser level made from a
        // finer layer, e.g. Bezirke from Planungsräume by the field BEZ).
        bool dissolve = false;
    };

    // Reads every feature. targetEpsg 0 keeps the layer's CRS (which then needs an EPSG
    // code). A missing or (unless dissolving) duplicate key is an error naming the features.
    Result read(const QString &layerName, const QString &keyField, const QString &nameField,
                const QString &levelKey, int targetEpsg, const ReadOptions &options) const;
    Result read(const QString &layerName, const QString &keyField, const QString &nameField,
                const QString &levelKey, int targetEpsg) const
    {
        return read(layerName, keyField, nameField, levelKey, targetEpsg, ReadOptions());
    }

private:
    QString m_path;
    void *m_dataset = nullptr; // GDALDatasetH
    std::vector<Layer> m_layers;
};

// Creates a project whose areas are one layer of a vector file (the "New from
// GeoPackage" command). Returns the repaired-geometry notes.
QStringList createProjectFromLayer(const QString &targetPath, const QString &sourcePath,
                                   const QString &layerName, const QString &keyField,
                                   const QString &nameField, const QString &levelName,
                                   int targetEpsg = 0);

} // namespace qw
