#pragma once

#include "util/jobcontrol.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>

namespace lb {

// Runs one long job (import, export) on its own thread so the window never blocks. The work
// gets a JobControl: its progress reaches the UI thread as queued signals, and cancel() from the
// UI sets its flag, which the core checks between rows inside its transaction. The work opens
// its own Workspace: a connection belongs to the thread that opened it.
class JobRunner final : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(JobControl& job)>;

    explicit JobRunner(QObject* parent = nullptr);
    // Cancels a running job and waits for it: the job's transaction rolls back before the
    // objects it reports to are gone.
    ~JobRunner() override;

    // Starts `work` on a new thread. Only one job at a time: returns false while one runs.
    bool start(Work work);
    void cancel();
    bool isRunning() const { return m_thread.joinable(); }

    // How the last job ended; valid once finished() was emitted.
    bool wasCancelled() const { return m_cancelled; }
    // The message of the exception that ended the job, or empty.
    QString errorMessage() const { return m_error; }

signals:
    void progress(qint64 done, qint64 total, const QString& phase);
    // Emitted on the UI thread after the job's thread has ended.
    void finished();

private:
    void report(qint64 done, qint64 total, const QString& phase);
    void run();
    void onThreadDone();

    Work m_work;
    std::unique_ptr<JobControl> m_job;
    std::thread m_thread;
    bool m_cancelled = false;
    QString m_error;
    // Worker-thread only: limits progress posts to a few per second.
    std::chrono::steady_clock::time_point m_lastReport;
    QString m_lastPhase;
};

} // namespace lb
