#pragma once

#include "util/usererror.h"

#include "reports/reportmodels.h"

#include <QDate>
#include <stdexcept>

namespace lb {

class Workspace;

namespace reports {

// A filter the reports refuse, with a message for the user.
class ReportError : public UserError
{
public:
    using UserError::UserError;
};

// Builds the reports of issue 19 from the workspace's ReportStore, for the CLI and the
// dashboard alike. Read only; runs on any thread that has its own Workspace.
class ReportService
{
public:
    explicit ReportService(Workspace& workspace);

    // The filter with its defaults: the period ends `today` and starts 89 days earlier (90
    // days) where not given. Throws ReportError for a period that ends before it starts and
    // for an owner who is not a user of the workspace.
    ReportFilter complete(ReportFilter filter, const QDate& today) const;

    // Each takes a completed filter.
    FunnelReport funnel(const ReportFilter& filter) const;
    InflowReport inflow(const ReportFilter& filter) const;
    SourcesReport sources(const ReportFilter& filter) const;
    ScoreDistributionReport scoreDistribution(const ReportFilter& filter) const;
    // Aging is counted at the end of the filter's last day, or at `now` when that is earlier.
    VelocityReport velocity(const ReportFilter& filter, const QDateTime& now) const;
    OwnersReport owners(const ReportFilter& filter) const;
    ReasonsReport reasons(const ReportFilter& filter) const;
    CalibrationReport calibration(const ReportFilter& filter) const;

private:
    Workspace& m_workspace;
};

} // namespace reports
} // namespace lb
