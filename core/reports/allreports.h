#pragma once

#include "reports/reportmodels.h"

#include <QDateTime>

namespace lb {

class Workspace;

namespace reports {

// Every report of the dashboard for one filter, made in one go: what a refresh of the
// dashboard reads, on a worker thread with its own Workspace, and what its PDF prints.
struct AllReports
{
    ReportFilter filter; // completed: both ends of the period set
    QDateTime madeAt;
    FunnelReport funnel;
    InflowReport inflow;
    SourcesReport sources;
    ScoreDistributionReport scores;
    VelocityReport velocity;
    OwnersReport owners;
    ReasonsReport reasons;
    CalibrationReport calibration;
    QStringList users; // the workspace's users, for the owner filter
};

// Completes `filter` as of `now` (ReportService::complete) and makes every report. Throws
// ReportError for a filter the reports refuse, StoreError when the workspace fails.
AllReports makeAllReports(Workspace& workspace, const ReportFilter& filter, const QDateTime& now);

} // namespace reports
} // namespace lb
