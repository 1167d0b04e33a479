#pragma once

#include <QString>

#include <vector>

namespace qw {

// --check-disclosure: reads a publication GeoPackage (PublicationWriter) as any reader
// would, and tries to recover each withheld value (status "suppressed") from what it
// publishes: the sums of each level's areas to their parents and to the city's figure,
// and their differences, in chains (DisclosureControl::audit). Only the file is read.
class PublicationAudit
{
public:
    struct Finding
    {
        QString table;
        QString areaKey;
        QString column;
        double value = 0; // as far as the column adds up (counts; for rates: its numerators)
    };

    // Throws StoreError when the file is no publication.
    explicit PublicationAudit(const QString &path);

    const std::vector<Finding> &findings() const { return m_findings; }
    int columnsChecked() const { return m_columns; }
    int withheldCells() const { return m_withheld; }

private:
    std::vector<Finding> m_findings;
    int m_columns = 0;
    int m_withheld = 0;
};

} // namespace qw
