#pragma once

#include "IndexRecipe.h"
#include "ProjectTypes.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace qw {

class Project;
class ProjectStore;

// Keeps the composite indices of a project: defines one with its parts (KEY, KEY_class and,
// with dynamics, KEY_dynamics, KEY_dynamics_class, KEY_group) as derived indicators, with
// the class names as value labels, and computes their values again whenever
// DerivedIndicators::recomputeAll runs (every import, undo and definition). Works on the
// caller's store.
class IndexIndicators
{
    Q_DECLARE_TR_FUNCTIONS(qw::IndexIndicators)
public:
    explicit IndexIndicators(ProjectStore &store) : m_store(store) { }

    // The recipe with every unsigned input's direction taken from its indicator's
    // polarity ("higher is worse": +1, "higher is better": -1); nothing with the reason
    // for an unknown indicator or one without a direction (neutral polarity, unsigned).
    std::optional<IndexRecipe> resolve(const IndexRecipe &recipe, QString *error);

    struct Defined
    {
        std::vector<Indicator> indicators; // the index and its parts, as stored
        QStringList periods;
        int kept = 0; // areas in the index (latest period)
        int excluded = 0; // areas under the population threshold (latest period)
        std::size_t values = 0; // rows written over all parts
    };
    // Checks and defines a new index and computes it, in one transaction: nothing is
    // written when any check fails (a key in use, an unknown input, no values in the
    // period, every area excluded, an input that does not vary, weights summing to zero).
    std::optional<Defined> define(const QString &key, const QString &nameDe,
                                  const QString &nameEn, const IndexRecipe &recipe,
                                  QString *error);
    // Removes an index with all its parts and values, in one transaction; false with the
    // reason for a key that is no index or one that derived indicators are computed from.
    bool remove(const QString &key, QString *error);

    // Computes one stored index (its catalogue entry) anew into qw_values inside the
    // caller's transaction; when it no longer computes, its parts lose their values and
    // the reason is returned (empty on success).
    QString recompute(Project &project, const Indicator &index);

    // The catalogue entries of an index and its parts.
    static std::vector<Indicator> entries(const Project &project, const QString &key,
                                          const QString &nameDe, const QString &nameEn,
                                          const IndexRecipe &recipe);

private:
    ProjectStore &m_store;
};

} // namespace qw
