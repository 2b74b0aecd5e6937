#include "store/sqlite/reportsql.h"

#include "util/isotime.h"

#include <QTimeZone>

namespace lb::sqlite {

namespace {

SqlPart period(const QString& column, const QDate& from, const QDate& to)
{
    return {QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(column),
            {periodStart(from), periodEnd(to)}};
}

// The moves into `stage` in the period, one row per move: "SELECT h.lead_id ...".
SqlPart enteredRows(const ReportSlice& slice)
{
    SqlPart part{QStringLiteral("SELECT h.lead_id, h.at FROM stage_history h WHERE h.to_stage = ?"),
                 {stageName(slice.stage)}};
    part += period(QStringLiteral("h.at"), slice.from, slice.to);
    if (slice.reason) {
        part.sql += QStringLiteral(" AND h.reason = ?");
        part.values << *slice.reason;
    }
    part += scopeCondition(QStringLiteral("h.lead_id"), slice.owner, slice.source);
    return part;
}

// Opportunities moved to `outcome` in the period and still there, one row per move. A history
// row that kept the stage (a new amount or close date of a won deal) is no move.
SqlPart closedRows(const ReportSlice& slice, const char* outcome)
{
    SqlPart part{QStringLiteral("SELECT o.lead_id, oh.at, o.id AS opportunity_id, o.amount FROM "
                                "opportunity_history oh JOIN opportunities o ON o.id = "
                                "oh.opportunity_id WHERE oh.to_stage = '%1' AND o.stage = '%1' "
                                "AND oh.from_stage IS NOT oh.to_stage AND o.lead_id IS NOT NULL")
                     .arg(QLatin1String(outcome)),
                 {}};
    part += period(QStringLiteral("oh.at"), slice.from, slice.to);
    part += scopeCondition(QStringLiteral("o.lead_id"), slice.owner, slice.source);
    return part;
}

// One row per lead of `firstMoves` (lead_id, at: its first move in the period), with the
// seconds since its latest move into `earlier` before that; leads without one are left out.
SqlPart durationRows(const SqlPart& firstMoves, Stage earlier)
{
    SqlPart part{QStringLiteral("SELECT lead_id, seconds FROM (SELECT t.lead_id, unixepoch(t.at) "
                                "- unixepoch((SELECT max(a.at) FROM stage_history a WHERE "
                                "a.lead_id = t.lead_id AND a.to_stage = ? AND a.at <= t.at)) "
                                "AS seconds FROM ("),
                 {stageName(earlier)}};
    part += firstMoves;
    // A seek into stage_history_lead_stage a lead. "LIMIT -1" keeps the subquery whole, so each
    // lead's look-up runs once, not again for the WHERE.
    part.sql += QStringLiteral(") t LIMIT -1) WHERE seconds IS NOT NULL");
    return part;
}

SqlPart firstOf(const SqlPart& rows)
{
    SqlPart part{QStringLiteral("SELECT lead_id, min(at) AS at FROM ("), {}};
    part += rows;
    part.sql += QStringLiteral(") GROUP BY lead_id");
    return part;
}

} // namespace

QString periodStart(const QDate& day)
{
    return toIsoUtc(QDateTime(day, QTime(0, 0), Qt::UTC));
}

QString periodEnd(const QDate& day)
{
    return periodStart(day.addDays(1));
}

SqlPart scopeCondition(const QString& leadColumn, const QString& owner,
                       const std::optional<QString>& source)
{
    SqlPart part;
    if (!owner.isEmpty()) {
        part.sql += QStringLiteral(" AND %1 IN (SELECT lead_id FROM lead_scores WHERE owner_id = "
                                   "(SELECT id FROM users WHERE name = ?))")
                        .arg(leadColumn);
        part.values << owner;
    }
    if (source) {
        if (source->isEmpty()) {
            part.sql += QStringLiteral(" AND %1 IN (SELECT id FROM leads WHERE source IS NULL OR "
                                       "source = '')")
                            .arg(leadColumn);
        } else {
            // As LeadFilter::source compares (and leads_source is ordered).
            part.sql += QStringLiteral(" AND %1 IN (SELECT id FROM leads WHERE source = ? COLLATE "
                                       "NOCASE)")
                            .arg(leadColumn);
            part.values << *source;
        }
    }
    return part;
}

SqlPart mqlCohortRows(const ReportFilter& filter, const QString& owner,
                      const std::optional<QString>& source)
{
    // The first move to MQL in the period of each lead, with the score recorded with it.
    SqlPart part{QStringLiteral("SELECT m.lead_id AS lead_id, coalesce(f.score, s.score) AS score, "
                                "f.at AS at FROM (SELECT h.lead_id, min(h.id) AS id FROM "
                                "stage_history h WHERE h.to_stage = 'MQL'"),
                 {}};
    part += period(QStringLiteral("h.at"), filter.from, filter.to);
    part += scopeCondition(QStringLiteral("h.lead_id"), owner, source);
    part.sql += QStringLiteral(" GROUP BY h.lead_id) m JOIN stage_history f ON f.id = m.id JOIN "
                               "lead_scores s ON s.lead_id = m.lead_id");
    return part;
}

SqlPart sliceRows(const ReportSlice& slice)
{
    switch (slice.kind) {
    case ReportSlice::Kind::Entered:
        return enteredRows(slice);
    case ReportSlice::Kind::Won:
        return closedRows(slice, "Won");
    case ReportSlice::Kind::Transition: {
        ReportSlice later = slice;
        later.reason.reset();
        return durationRows(firstOf(enteredRows(later)), slice.fromStage);
    }
    case ReportSlice::Kind::ConvertedToWon:
        return durationRows(firstOf(closedRows(slice, "Won")), Stage::Converted);
    case ReportSlice::Kind::OpenPipeline: {
        SqlPart part{QStringLiteral("SELECT o.lead_id FROM opportunities o WHERE o.stage IN "
                                    "('Prospecting','Proposal','Negotiation') AND o.lead_id IS "
                                    "NOT NULL"),
                     {}};
        part += scopeCondition(QStringLiteral("o.lead_id"), slice.owner, slice.source);
        return part;
    }
    case ReportSlice::Kind::Created: {
        SqlPart part{QStringLiteral("SELECT l.id AS lead_id FROM leads l WHERE 1"), {}};
        part += period(QStringLiteral("l.created_at"), slice.from, slice.to);
        part += scopeCondition(QStringLiteral("l.id"), slice.owner, slice.source);
        return part;
    }
    case ReportSlice::Kind::InStage: {
        const qint64 asOf = slice.asOf.toSecsSinceEpoch();
        SqlPart part{QStringLiteral("SELECT s.lead_id FROM lead_scores s WHERE s.stage = ? AND "
                                    "s.stage_changed_at <= ?"),
                     {stageName(slice.stage), asOf - qint64(slice.minValue) * 86400}};
        if (slice.maxValue >= 0) {
            part.sql += QStringLiteral(" AND s.stage_changed_at > ?");
            part.values << asOf - qint64(slice.maxValue + 1) * 86400;
        }
        part += scopeCondition(QStringLiteral("s.lead_id"), slice.owner, slice.source);
        return part;
    }
    case ReportSlice::Kind::MqlScore: {
        SqlPart part{QStringLiteral("SELECT lead_id FROM ("), {}};
        part +=
            mqlCohortRows(ReportFilter{slice.from, slice.to, {}, {}}, slice.owner, slice.source);
        part.sql += QStringLiteral(") WHERE 1");
        if (slice.minValue > 0) { // the lowest band takes negative scores too
            part.sql += QStringLiteral(" AND score >= ?");
            part.values << slice.minValue;
        }
        if (slice.maxValue >= 0) {
            part.sql += QStringLiteral(" AND score <= ?");
            part.values << slice.maxValue;
        }
        return part;
    }
    }
    return {};
}

SqlPart sliceCondition(const QString& leadColumn, const ReportSlice& slice)
{
    SqlPart part{leadColumn + QStringLiteral(" IN (SELECT lead_id FROM ("), {}};
    part += sliceRows(slice);
    part.sql += QStringLiteral("))");
    return part;
}

} // namespace lb::sqlite
