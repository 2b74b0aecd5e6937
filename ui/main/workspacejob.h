#pragma once

#include "util/jobcontrol.h"

#include <QObject>
#include <QString>
#include <functional>

class QProgressDialog;
class QWidget;

namespace lb {

class JobRunner;
class Workspace;

// Long work on the open workspace (rescoring every lead after a new scoring model or MQL
// threshold, moving thousands of leads) takes seconds at a million leads, so it runs on a
// worker thread with its own connection to the workspace file (a connection belongs to the
// thread that opened it), behind a window-modal progress dialog with Cancel: the window keeps
// painting, and nothing else writes meanwhile. The work runs in one transaction of the core's,
// so a cancel rolls it back.
class WorkspaceJob final : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread with the worker's own Workspace; keeps its result in what it
    // captured (read it in `Done`, which runs after the thread has ended).
    using Work = std::function<void(Workspace& workspace, JobControl& job)>;
    struct Outcome
    {
        bool cancelled = false;
        QString error; // what stopped it, in the user's words; empty when it ran through
        bool succeeded() const { return !cancelled && error.isEmpty(); }
    };
    using Done = std::function<void(const Outcome& outcome)>;

    explicit WorkspaceJob(QWidget* window);
    ~WorkspaceJob() override;

    // Starts `work` on the workspace file at `path`; the progress dialog is titled `title` and
    // says `label`. `done` runs on the UI thread once the worker has ended. False while a job
    // runs.
    bool start(const QString& path, const QString& title, const QString& label, Work work,
               Done done);
    bool isRunning() const;
    QProgressDialog* progressDialog() const { return m_progress; }

Q_SIGNALS:
    // After `done` ran.
    void finished();

private:
    QWidget* m_window;
    JobRunner* m_runner;
    QProgressDialog* m_progress = nullptr;
    Done m_done;
};

} // namespace lb
