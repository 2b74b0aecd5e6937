#include "reports/allreports.h"

#include "reports/reportservice.h"
#include "store/workspace.h"

namespace lb::reports {

AllReports makeAllReports(Workspace& workspace, const ReportFilter& filter, const QDateTime& now)
{
    const ReportService service(workspace);
    AllReports all;
    all.filter = service.complete(filter, now.toUTC().date());
    all.madeAt = now;
    all.funnel = service.funnel(all.filter);
    all.inflow = service.inflow(all.filter);
    all.sources = service.sources(all.filter);
    all.scores = service.scoreDistribution(all.filter);
    all.velocity = service.velocity(all.filter, now);
    all.owners = service.owners(all.filter);
    all.reasons = service.reasons(all.filter);
    all.calibration = service.calibration(all.filter);
    all.users = workspace.users().names();
    return all;
}

} // namespace lb::reports
