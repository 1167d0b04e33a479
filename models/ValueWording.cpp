#include "ValueWording.h"

namespace qw {

QString ValueWording::suppressed(int minCases)
{
    return minCases > 0 ? tr("suppressed (fewer than %1 cases)").arg(minCases) : tr("suppressed");
}

QString ValueWording::noData()
{
    return tr("no data");
}

} // namespace qw
