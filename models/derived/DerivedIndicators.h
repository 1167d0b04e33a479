#pragma once

#include "ProjectTypes.h"
#include "Recipe.h"
#include "ShareCheck.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace qw {

class Project;
class ProjectStore;

// Keeps the derived indicators of a project true: defines them (formula with the catalogue
// entry), and computes their values into qw_values, marked derived, whenever an input may
// have changed (an import, an undo, a catalogue edit). Works inside the caller's
// transaction on the caller's store; derived indicators that build on derived ones are
// computed after their inputs.
class DerivedIndicators
{
    Q_DECLARE_TR_FUNCTIONS(qw::DerivedIndicators)
public:
    explicit DerivedIndicators(ProjectStore &store) : m_store(store) { }

    // The indicators a stored recipe reads (none for imported ones, ""): a formula's
    // inputs, a composite index's inputs, an index part's index (see IndexParts).
    static QStringList inputsOf(const QString &recipe);

    // Checks a new (or changed) definition against the catalogue: a free or derived key,
    // known inputs, no cycle, inputs that fit the formula. The catalogue entry it would
    // get, or nothing with the reason in *error.
    std::optional<Indicator> check(const QString &key, const QString &nameDe, const QString &nameEn,
                                   const Recipe &recipe, QString *error);
    // Defines (or redefines) a derived indicator and computes it, in one transaction:
    // nothing is written when it fails. Returns the number of values written, or -1 with
    // the reason in *error.
    int define(const QString &key, const QString &nameDe, const QString &nameEn,
               const Recipe &recipe, QString *error);
    // Removes a derived indicator with its values, in one transaction (the undo of
    // define()). False, with the reason in *error, for an imported indicator or one that
    // other derived indicators are computed from.
    bool remove(const QString &key, QString *error);
    // Recomputes every derived indicator inside the caller's transaction; an indicator whose
    // inputs are gone (an undone import) loses its values and says why in the result.
    // Throws StoreError when the file cannot be written.
    QStringList recomputeAll();

    // The first rows of what a definition would give on the finest level in the latest
    // period, for a live preview; nothing (and *error) when it does not check. With excess,
    // also whether a share in % exceeds 100 in some area of the finest level in any period
    // (see ShareCheck), over all areas, not only the rows shown.
    struct PreviewRow
    {
        QString areaKey;
        QString areaName;
        QString period;
        std::optional<double> value;
        ValueStatus status = ValueStatus::Missing;
    };
    std::vector<PreviewRow> preview(const QString &key, const Recipe &recipe, int rows,
                                    QString *error, std::optional<ShareExcess> *excess = nullptr);

private:
    // One derived indicator's values for all areas and periods (missing ones have no row;
    // the city's value is the row with an empty area key). Empty, with the reason in
    // *error, when its inputs no longer fit.
    std::vector<IndicatorValue> compute(Project &project, const Indicator &derived, QString *error);

    ProjectStore &m_store;
};

} // namespace qw
