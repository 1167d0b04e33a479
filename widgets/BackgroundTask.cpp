#include "BackgroundTask.h"

#include "StoreError.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <mutex>

namespace qw {

bool BackgroundTask::run(QWidget *parent, const QString &label, const Work &work, QString *error)
{
    return runLabelled(
        parent, label,
        LabelledWork([&](const std::function<bool(double, const QString &)> &progress) {
            work([&](double share) { return progress(share, QString()); });
        }),
        error);
}

bool BackgroundTask::runLabelled(QWidget *parent, const QString &label, const LabelledWork &work,
                                 QString *error)
{
    std::atomic<bool> cancelled {false};
    // The worker's latest words for the dialog, taken by the poll on the GUI thread.
    std::mutex labelMutex;
    QString nextLabel;
    std::atomic<int> permille {0};
    QString failure;
    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 1000, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, [&] { cancelled = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        dialog.setValue(permille.load());
        const std::lock_guard lock(labelMutex);
        if (!nextLabel.isEmpty() && nextLabel != dialog.labelText())
            dialog.setLabelText(nextLabel);
    });
    poll.start(50);
    watcher.setFuture(QtConcurrent::run([&] {
        try {
            work([&](double share, const QString &text) {
                permille = int(std::clamp(share, 0.0, 1.0) * 1000);
                if (!text.isEmpty()) {
                    const std::lock_guard lock(labelMutex);
                    nextLabel = text;
                }
                return !cancelled.load();
            });
        } catch (const StoreError &e) {
            failure = e.fullText();
        } catch (const std::exception &e) {
            failure = QString::fromLocal8Bit(e.what());
        }
    }));
    if (!watcher.isFinished())
        loop.exec();
    poll.stop();
    dialog.reset();
    if (error)
        *error = failure;
    return failure.isEmpty() && !cancelled.load();
}

} // namespace qw
