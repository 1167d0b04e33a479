#pragma once

#include "Crs.h"
#include "ProjectTypes.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qw {

// What happens to features whose key an earlier feature has already (a district's
// Planungsraum carrying its neighbour's ID, as real files do).
enum class DuplicateKeys {
    Fail, // an error naming both features
    First, // the first feature keeps the key, later ones are left out
    Suffix, // later ones get KEY-2, KEY-3, ..., never a key the file has already
};
// "fail", "first", "suffix"; nothing for any other text.
std::optional<DuplicateKeys> duplicateKeysFromCode(const QString &code);
QString duplicateKeysCode(DuplicateKeys choice);

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
        int epsg = 0; // 0 when the layer's CRS has no EPSG code PROJ is confident of
        QString crsWkt; // the layer's CRS as WKT2, empty when it has none
    };

    struct Result
    {
        std::vector<Area> areas;
        int srsId = 0;
        Crs::Decision crs; // why the areas are in srsId
        long long featuresRead = 0;
        long long featuresLeftOut = 0; // duplicates dropped with DuplicateKeys::First
        QStringList repaired; // "key: reason" for every repaired geometry
        QStringList duplicates; // one line for every duplicate key handled
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
        DuplicateKeys duplicates = DuplicateKeys::Fail;
        QString duplicateAdvice {}; // how to go on, appended to the duplicate key error
    };

    // The CRS the areas of a layer get: targetEpsg when > 0, else chosen by Crs::decide
    // (the layer's EPSG code, or the UTM zone of its centre).
    Crs::Decision crsDecision(const QString &layerName, int targetEpsg) const;

    // Reads every feature. targetEpsg 0 chooses the CRS by crsDecision(). A missing key is
    // an error naming the feature; a duplicate key (unless dissolving) is handled as
    // options.duplicates says.
    Result read(const QString &layerName, const QString &keyField, const QString &nameField,
                const QString &levelKey, int targetEpsg, const ReadOptions &options) const;
    Result read(const QString &layerName, const QString &keyField, const QString &nameField,
                const QString &levelKey, int targetEpsg) const
    {
        return read(layerName, keyField, nameField, levelKey, targetEpsg, ReadOptions());
    }

private:
    const Layer &checkedLayer(const QString &layerName) const;

    QString m_path;
    void *m_dataset = nullptr; // GDALDatasetH
    std::vector<Layer> m_layers;
};

} // namespace qw
