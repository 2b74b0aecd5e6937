#include "main/workspacejob.h"

#include "main/jobrunner.h"
#include "store/workspace.h"

#include <QProgressDialog>

namespace lb {

WorkspaceJob::WorkspaceJob(QWidget* window)
    : QObject(window), m_window(window), m_runner(new JobRunner(this))
{
    connect(m_runner, &JobRunner::progress, this, [this](qint64 done, qint64 total) {
        if (!m_progress || total <= 0)
            return;
        // Per mille: a million leads do not fit the dialog's int range comfortably.
        m_progress->setMaximum(1000);
        m_progress->setValue(int(std::min<qint64>(done, total) * 1000 / total));
    });
    connect(m_runner, &JobRunner::finished, this, [this] {
        Outcome outcome;
        outcome.cancelled = m_runner->wasCancelled();
        outcome.error = m_runner->errorMessage();
        if (m_progress) {
            m_progress->hide();
            m_progress->deleteLater();
            m_progress = nullptr;
        }
        const Done done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(outcome);
        Q_EMIT finished();
    });
}

// The runner (a child) cancels and joins a running job as it goes: the rollback happens before
// the window is gone.
WorkspaceJob::~WorkspaceJob() = default;

bool WorkspaceJob::isRunning() const
{
    return m_runner->isRunning();
}

bool WorkspaceJob::start(const QString& path, const QString& title, const QString& label, Work work,
                         Done done)
{
    if (m_runner->isRunning())
        return false;
    m_done = std::move(done);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("workspaceJobProgress"));
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, m_runner, &JobRunner::cancel);
    m_runner->start([path, work = std::move(work)](JobControl& job) {
        const std::unique_ptr<Workspace> workspace =
            openWorkspace(path, Workspace::OpenMode::Existing);
        work(*workspace, job);
    });
    m_progress->show();
    return true;
}

} // namespace lb
