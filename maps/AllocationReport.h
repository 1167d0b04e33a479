#pragma once

#include "ReportDocument.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace qw {

class AllocationTableModel;
class Project;

// The printable allocation for the committee: the rule in words at the top, a map of the
// amounts with its legend, the table of the model (area, value, basis, share, amount,
// change, what limited it) with the totals, and the rule's canonical text to recompute it.
class AllocationReport
{
    Q_DECLARE_TR_FUNCTIONS(qw::AllocationReport)

public:
    // The model must show an allocation of the project's areas (its level, in project
    // order); the document shares the project for painting the map.
    static ReportDocument document(const std::shared_ptr<const Project> &project,
                                   const AllocationTableModel &model, const QLocale &locale);
};

} // namespace qw
