#pragma once

#include "ImportTypes.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace qw {

class ProjectStore;

// Where facility points come from and how their fields are read. Empty fields are
// guessed from the file.
struct FacilitySpec
{
    QString path;
    QString source; // default: the file name without dates
    QString keyField; // unique id, e.g. "bsn" (schools) or "e_nr" (Kitas)
    QString nameField;
    QString subkindField; // e.g. "schulart"
    std::optional<FacilityKind> kind; // default: from the file name
    QString xField; // tables: coordinate columns
    QString yField;
    int sourceEpsg = 0; // 0: the layer's CRS; tables in lon/lat ranges default to 4326
};

struct FacilityPlan
{
    FacilitySpec spec; // with guesses filled in
    std::vector<Facility> facilities; // in the project CRS, with their area
    std::vector<Rejection> rejections;
    QStringList notes;
    qint64 rowsRead = 0;
};

// Schools, Kitas and youth centres as points from GeoJSON, GeoPackage, Shapefile or a
// table with coordinate columns (CSV, XLSX) in any CRS, assigned to their area by
// point-in-polygon.
class FacilityImport
{
    Q_DECLARE_TR_FUNCTIONS(qw::FacilityImport)

public:
    // Throws StoreError when the file cannot be read or the CRS is unknown.
    static FacilityPlan read(FacilitySpec spec, const std::vector<Area> &areas, int projectEpsg,
                             const std::function<bool(double)> &progress = {});
    // Writes the facilities in one transaction; facilities of an earlier import of the
    // same source are replaced. Returns the import's id (0 when cancelled).
    static qint64 commit(ProjectStore &store, const FacilityPlan &plan);

    static QString reportText(const FacilityPlan &plan, int maxRejections = -1);
    static FacilityKind guessKind(const QString &path);
};

} // namespace qw
