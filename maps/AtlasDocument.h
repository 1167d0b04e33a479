#pragma once

#include "AreaReports.h"
#include "ReportDocument.h"

#include <QImage>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace qw {

class Project;

// The handout of a workshop: the profiles of every area of a level in one PDF. A cover page
// (the city map of the level and the list of indicators), a table of contents, then one
// AreaReports::profile per area, areas ordered by name (by key where names are equal). Every
// page says "Page X of Y" of the whole atlas and ends with the footer of the reports and the
// data date (the latest period of the data, the date of the last import). The table of
// contents is made from each profile's own pagination (ReportDocument::pageCount), so its
// page numbers are where the profiles start.
class AtlasDocument
{
    Q_DECLARE_TR_FUNCTIONS(qw::AtlasDocument)

public:
    struct Entry
    {
        QString key;
        QString name;
        QString parent; // the enclosing area's name, or empty
        int firstPage = 0; // 1-based page of the atlas
        int pageCount = 0;
    };
    // Called before each step with (steps done, steps in all); returning false stops.
    using Progress = std::function<bool(int done, int total)>;

    // Builds every profile (progress counts the areas); nullopt when progress stopped it.
    // The profiles keep project: use both from one thread.
    static std::optional<AtlasDocument> build(const std::shared_ptr<Project> &project,
                                              const AreaReports::Settings &settings,
                                              const Progress &progress = {});

    int pageCount() const { return m_pageCount; }
    int tocPageCount() const { return m_toc.pageCount(); }
    const std::vector<Entry> &entries() const { return m_entries; }
    const QString &footer() const { return m_footer; }
    void paintPage(QPainter &painter, int page) const;
    QImage pageImage(int page, double scale) const;

    // Writes the atlas as PDF to path, atomically (under a temporary name, renamed when
    // whole); progress counts the pages. Returns an error message, or empty when written or
    // stopped by progress (then *cancelled is true and no file is left, not even the
    // temporary one).
    QString writePdf(const QString &path, const Progress &progress = {},
                     bool *cancelled = nullptr) const;

    // Whether a file can be written at path: a message naming the folder or file when not
    // (a folder that does not exist or takes no files), else empty. Asked before any work.
    static QString checkTarget(const QString &path);
    // "Data: periods up to 2024, last import 02.12.2026": the latest period of the data (or
    // the chosen one) and the date of the last import of values that was not undone.
    static QString dataDate(Project &project, const QString &period, const QLocale &locale);

private:
    AtlasDocument(ReportDocument cover, ReportDocument toc);

    ReportDocument m_cover;
    ReportDocument m_toc;
    std::vector<ReportDocument> m_profiles;
    std::vector<Entry> m_entries;
    QString m_footer;
    QString m_title;
    int m_pageCount = 0;
};

} // namespace qw
