#pragma once

#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace qw {

class Project;
class ReportDocument;

// "Notizen" in an area's profile: the workshop notes pinned to the area (NoteRepository),
// each with its category, author and date over its text, in the order they were written.
// Adds nothing when the area has no notes.
class NoteReport
{
    Q_DECLARE_TR_FUNCTIONS(qw::NoteReport)
public:
    static void add(ReportDocument &doc, const std::shared_ptr<Project> &project,
                    const QString &areaKey, const QLocale &locale);
};

} // namespace qw
