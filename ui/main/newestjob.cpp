#include "main/newestjob.h"

#include "main/jobrunner.h"

namespace lb {

NewestJob::NewestJob(QObject* parent) : QObject(parent), m_runner(new JobRunner(this))
{
    connect(m_runner, &JobRunner::finished, this, &NewestJob::finished);
}

void NewestJob::run(Work work, Done done)
{
    Request request{std::move(work), std::move(done)};
    if (m_runner->isRunning())
        m_next = std::move(request);
    else
        start(std::move(request));
}

bool NewestJob::isBusy() const
{
    return m_runner->isRunning() || m_next.has_value();
}

void NewestJob::start(Request request)
{
    m_next.reset();
    m_done = std::move(request.done);
    m_runner->start([work = std::move(request.work)](JobControl&) { work(); });
}

void NewestJob::finished()
{
    if (m_next) {
        // What this job made is already out of date: run the newest one instead.
        start(std::move(*m_next));
        return;
    }
    if (!m_runner->wasCancelled())
        m_done(m_runner->errorMessage());
}

} // namespace lb
