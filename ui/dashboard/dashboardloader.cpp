#include "dashboard/dashboardloader.h"

#include "main/jobrunner.h"
#include "store/workspace.h"

namespace lb {

DashboardLoader::DashboardLoader(QObject* parent) : QObject(parent), m_runner(new JobRunner(this))
{
    connect(m_runner, &JobRunner::finished, this, &DashboardLoader::finished);
}

void DashboardLoader::load(const ReportFilter& filter)
{
    if (m_runner->isRunning())
        m_next = filter;
    else
        start(filter);
}

bool DashboardLoader::isLoading() const
{
    return m_runner->isRunning() || m_next.has_value();
}

void DashboardLoader::start(const ReportFilter& filter)
{
    m_next.reset();
    auto result = std::make_shared<reports::AllReports>();
    m_result = result;
    m_runner->start([path = m_path, filter, result](JobControl&) {
        auto workspace = openWorkspace(path);
        *result = reports::makeAllReports(*workspace, filter, QDateTime::currentDateTimeUtc());
    });
}

void DashboardLoader::finished()
{
    if (m_next) {
        // What this load made is already out of date: make the newest one instead.
        start(*m_next);
        return;
    }
    if (!m_runner->errorMessage().isEmpty())
        Q_EMIT failed(m_runner->errorMessage());
    else if (!m_runner->wasCancelled())
        Q_EMIT loaded(*m_result);
}

} // namespace lb
