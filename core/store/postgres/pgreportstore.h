#pragma once

#include "store/reportquery.h"
#include "store/reportstore.h"

namespace lb {

class PgWorkspace;

// The reports' facts on a team workspace: the same counts, lists and buckets as
// SqliteReportStore, in plain SQL (grouping, FILTER clauses) on the workspace's connection.
// Times are the ISO 8601 UTC text of the history tables (periods compare that text, as on
// SQLite); a move's moment, where durations and weeks need one, is that text read as a
// timestamp, and lead_scores' stage_changed_at stays Unix seconds. Users' names and sources
// compare without case (lower()), as the team workspace's lead filters do.
class PgReportStore final : public ReportStore
{
public:
    explicit PgReportStore(PgWorkspace& workspace) : m_workspace(workspace) {}

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
    PgWorkspace& m_workspace;
};

} // namespace lb
