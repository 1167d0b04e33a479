#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace qw {

// Runs long work (reading a 1 GB table, writing an import) on a worker thread while a
// progress dialog with Cancel keeps the window responsive.
class BackgroundTask
{
public:
    // work(progress) reports progress in 0..1; progress() returns false once the user
    // cancelled. Returns true when the work ran to its end; false when it was cancelled or
    // threw (the message, if any, goes to *error).
    using Work = std::function<void(const std::function<bool(double)> &progress)>;
    static bool run(QWidget *parent, const QString &label, const Work &work, QString *error);
    // The same, where the work also says what it is at ("Profile 12 of 542 …"): a label
    // given with the progress replaces the dialog's text (an empty one keeps it).
    using LabelledWork =
        std::function<void(const std::function<bool(double, const QString &)> &progress)>;
    static bool runLabelled(QWidget *parent, const QString &label, const LabelledWork &work,
                            QString *error);
};

} // namespace qw
