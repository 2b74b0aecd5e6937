#pragma once

#include "store/reportstore.h"
#include "store/sqlite/reportfacts.h"

#include <optional>

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
    // The per-lead facts, read again when the workspace changed since (this connection's
    // writes or another's): every report of one dashboard load shares one reading.
    const sqlite::LeadFacts& facts();
    sqlite::LeadScope scope(const QString& owner, const std::optional<QString>& source);
    // Counts and durations as SQL does them, for the slices the in-memory passes do not cover.
    qint64 countBySql(const ReportSlice& slice);

    SqliteWorkspace& m_workspace;
    std::optional<sqlite::LeadFacts> m_facts;
    qint64 m_factsChanges = -1;
    qint64 m_factsDataVersion = -1;
    // The durations last made while the facts held (velocity and the owners' response times
    // ask for the same MQL-to-SAL slice): cleared when the facts are read again.
    QList<QPair<ReportSlice, QList<LeadDuration>>> m_durations;
};

} // namespace lb
