#pragma once

#include "scoring/rescorer.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace lb {

class JobRunner;

// Rescoring every lead (after saving the scoring model or a new MQL threshold) takes seconds
// at a million leads, so it runs on a worker thread with its own connection to the workspace
// file (a connection belongs to the thread that opened it), behind a window-modal progress
// dialog with Cancel: the window keeps painting, and nothing else writes meanwhile. A cancel
// rolls the whole rescore back.
class BackgroundRescore final : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread with the worker's own Workspace.
    using Work = std::function<scoring::RescoreSummary(Workspace& workspace, JobControl& job)>;
    struct Outcome
    {
        scoring::RescoreSummary summary;
        bool cancelled = false;
        QString error; // what stopped it, in the user's words; empty when it ran through
    };
    using Done = std::function<void(const Outcome& outcome)>;

    explicit BackgroundRescore(QWidget* window);
    ~BackgroundRescore() override;

    // Starts `work` on the workspace file at `path`, saying `label` in the progress dialog;
    // `done` runs on the UI thread once the worker has ended. False while a rescore runs.
    bool start(const QString& path, const QString& label, Work work, Done done);
    bool isRunning() const;
    QProgressDialog* progressDialog() const { return m_progress; }

Q_SIGNALS:
    // After `done` ran.
    void finished();

private:
    QWidget* m_window;
    JobRunner* m_runner;
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<scoring::RescoreSummary> m_summary;
    Done m_done;
};

} // namespace lb
