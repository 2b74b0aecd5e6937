#include "dashboard/dashboardloader.h"

#include "main/newestjob.h"
#include "store/workspace.h"

namespace lb {

DashboardLoader::DashboardLoader(QObject* parent) : QObject(parent), m_job(new NewestJob(this)) {}

void DashboardLoader::load(const ReportFilter& filter)
{
    auto result = std::make_shared<reports::AllReports>();
    m_job->run(
        [path = m_path, filter, result] {
            auto workspace = openWorkspace(path);
            *result = reports::makeAllReports(*workspace, filter, QDateTime::currentDateTimeUtc());
        },
        [this, result](const QString& error) {
            if (!error.isEmpty())
                Q_EMIT failed(error);
            else
                Q_EMIT loaded(*result);
        });
}

bool DashboardLoader::isLoading() const
{
    return m_job->isBusy();
}

} // namespace lb
