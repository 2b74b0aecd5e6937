#pragma once

#include "store/reportstore.h"

namespace lb {

class SqliteWorkspace;

class SqliteReportStore final : public ReportStore
{
public:
    explicit SqliteReportStore(SqliteWorkspace& workspace) : m_workspace(workspace) {}

    qint64 count(const ReportSlice& slice) override;
    QList<OwnerStageCount> enteredByOwner(const ReportFilter& filter,
                                          const QList<Stage>& stages) override;
    QList<WeekStageCount> enteredByWeek(const ReportFilter& filter, const QDate& firstMonday,
                                        const QList<Stage>& stages) override;
    QList<SourceFacts> sources(const ReportFilter& filter) override;
    QList<BandCount> scoreBands(const ReportFilter& filter) override;
    QList<BandCount> ages(const ReportFilter& filter, const QDateTime& asOf,
                          const QList<int>& bandStarts) override;
    QList<LeadDuration> durations(const ReportSlice& slice) override;
    QList<ReasonCount> reasons(const ReportFilter& filter) override;
    QList<ScoreOutcome> mqlScores(const ReportFilter& filter) override;

private:
    SqliteWorkspace& m_workspace;
};

} // namespace lb
