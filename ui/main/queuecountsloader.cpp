#include "main/queuecountsloader.h"

#include "main/jobrunner.h"
#include "store/workspace.h"

#include <QDebug>

namespace lb {

QueueCountsLoader::QueueCountsLoader(QObject* parent)
    : QObject(parent), m_runner(new JobRunner(this))
{
    connect(m_runner, &JobRunner::finished, this, &QueueCountsLoader::onFinished);
}

// The runner, a child, cancels and joins its worker when it goes.
QueueCountsLoader::~QueueCountsLoader() = default;

void QueueCountsLoader::request(const QString& location, const QString& actor,
                                const QDateTime& slaCutoff)
{
    const Request request{location, actor, slaCutoff};
    if (m_runner->isRunning()) {
        m_waiting = request;
        return;
    }
    start(request);
}

void QueueCountsLoader::discard()
{
    m_waiting.reset();
    if (m_runner->isRunning())
        m_discardRunning = true;
}

bool QueueCountsLoader::isLoading() const
{
    return m_runner->isRunning() || m_waiting.has_value();
}

void QueueCountsLoader::start(const Request& request)
{
    m_runningLocation = request.location;
    m_discardRunning = false;
    m_result = std::make_shared<QueueCounts>();
    m_runner->start([request, result = m_result](JobControl&) {
        const std::unique_ptr<Workspace> workspace =
            openWorkspace(request.location, Workspace::OpenMode::Existing);
        *result = readQueueCounts(*workspace, request.actor, request.slaCutoff);
    });
}

void QueueCountsLoader::onFinished()
{
    const bool use = !m_discardRunning && m_runner->errorMessage().isEmpty();
    if (!m_runner->errorMessage().isEmpty()) {
        // The table reads the same workspace and says what is wrong; the panel keeps its
        // last counts meanwhile.
        qWarning().noquote() << "Queue counts not read:" << m_runner->errorMessage();
    }
    const QString location = m_runningLocation;
    const std::shared_ptr<QueueCounts> result = m_result;
    if (m_waiting) {
        const Request next = *m_waiting;
        m_waiting.reset();
        start(next);
    }
    if (use)
        emit loaded(location, *result);
}

} // namespace lb
