#pragma once

#include "ReportDocument.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>
#include <memory>

namespace qw {

class Project;
struct SensitivityResult;

// The printable robustness check of a composite index (JRC/OECD: uncertainty analysis):
// the method in words (draws, spread, seed, the stable rule), a chart of every area's rank
// with its 5th-95th percentile interval sorted by base rank, a map of stable and unstable
// areas, the leave-one-out scenarios when run, and the table of the areas.
class SensitivityReport
{
    Q_DECLARE_TR_FUNCTIONS(qw::SensitivityReport)

public:
    // The document shares the project for painting the map and copies the result.
    static ReportDocument document(const std::shared_ptr<const Project> &project,
                                   const SensitivityResult &result, const QString &indexName,
                                   const QLocale &locale);
    // The rank chart alone (for the window): areas along x by base rank, rank down y (1 at
    // the top), a bar from p5 to p95 per area, stable in blue, unstable in orange, the
    // base rank as a dark tick.
    static void paintRankChart(QPainter &painter, const QRectF &rect,
                               const SensitivityResult &result);
    // The map of stable and unstable areas with its legend, as on the page, for painting
    // in any rectangle (the window shows it beside the rank chart). Shares the project and
    // the result; the painter may be called again and again.
    static std::function<void(QPainter &, const QRectF &)>
    stabilityMap(const std::shared_ptr<const Project> &project,
                 const std::shared_ptr<const SensitivityResult> &result);
};

} // namespace qw
