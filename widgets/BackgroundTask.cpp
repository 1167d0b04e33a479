#include "BackgroundTask.h"

#include "StoreError.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace qw {

bool BackgroundTask::run(QWidget *parent, const QString &label, const Work &work, QString *error)
{
    std::atomic<bool> cancelled {false};
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
    QObject::connect(&poll, &QTimer::timeout, [&] { dialog.setValue(permille.load()); });
    poll.start(50);
    watcher.setFuture(QtConcurrent::run([&] {
        try {
            work([&](double share) {
                permille = int(std::clamp(share, 0.0, 1.0) * 1000);
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
