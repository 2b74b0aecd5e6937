#include "store/postgres/pgreportsql.h"

#include "util/isotime.h"

namespace lb::pg {

SqlPart period(const QString& column, const QDate& from, const QDate& to)
{
    return {QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(column),
            {periodStart(from), periodEnd(to)}};
}

// A stored ISO time as a moment (the session's time zone is UTC; the text says Z anyway).
QString moment(const QString& column)
{
    return column + QStringLiteral("::timestamptz");
}

namespace {

// Whole Unix seconds of a moment (as SQLite's unixepoch() and wholeSeconds() give them).
QString wholeSeconds(const QString& momentSql)
{
    return QStringLiteral("floor(extract(epoch FROM %1))::bigint").arg(momentSql);
}

// The moves into `stage` in the period, one row per move (lead_id, at).
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

// Opportunities won in the period and still won, one row per move (lead_id, at, amount). A
// history row that kept the stage (a new amount or close date of a won deal) is no move.
SqlPart wonRows(const ReportSlice& slice)
{
    SqlPart part{QStringLiteral("SELECT o.lead_id, oh.at, o.amount FROM opportunity_history oh "
                                "JOIN opportunities o ON o.id = oh.opportunity_id WHERE "
                                "oh.to_stage = 'Won' AND o.stage = 'Won' AND oh.from_stage IS "
                                "DISTINCT FROM oh.to_stage AND o.lead_id IS NOT NULL"),
                 {}};
    part += period(QStringLiteral("oh.at"), slice.from, slice.to);
    part += scopeCondition(QStringLiteral("o.lead_id"), slice.owner, slice.source);
    return part;
}

// One row per lead of `moves` (lead_id, seconds, at: its first move there), with the whole
// seconds since its latest move into `earlier` at or before that; leads without one are left
// out. Moments compare as moments, as SqliteReportStore::durations compares them.
SqlPart durationRows(const SqlPart& moves, Stage earlier)
{
    SqlPart part{QStringLiteral("SELECT lead_id, seconds, at FROM (SELECT t.lead_id, t.at, ") +
                     wholeSeconds(QStringLiteral("t.at")) + QStringLiteral(" - ") +
                     wholeSeconds(QStringLiteral("(SELECT max(") + moment(QStringLiteral("a.at")) +
                                  QStringLiteral(") FROM stage_history a WHERE a.lead_id = "
                                                 "t.lead_id AND a.to_stage = ? AND ") +
                                  moment(QStringLiteral("a.at")) + QStringLiteral(" <= t.at)")) +
                     QStringLiteral(" AS seconds FROM (SELECT m.lead_id, min(") +
                     moment(QStringLiteral("m.at")) + QStringLiteral(") AS at FROM ("),
                 {stageName(earlier)}};
    part += moves;
    part.sql += QStringLiteral(") m GROUP BY m.lead_id) t) d WHERE seconds IS NOT NULL");
    return part;
}

} // namespace

// The stored text of the first moment of `day` (UTC) and of the day after `day`: a period of
// whole days is `at >= start AND at < end` over the ISO times of the history tables.
QString periodStart(const QDate& day)
{
    return toIsoUtc(QDateTime(day, QTime(0, 0), Qt::UTC));
}

QString periodEnd(const QDate& day)
{
    return periodStart(day.addDays(1));
}

// " AND <column> IN (...)" for an owner (user name) and a source (unset: any; empty: none),
// or nothing. Names and sources compare without case, as the lead filters compare them.
SqlPart scopeCondition(const QString& leadColumn, const QString& owner,
                       const std::optional<QString>& source)
{
    SqlPart part;
    if (!owner.isEmpty()) {
        part.sql += QStringLiteral(" AND %1 IN (SELECT lead_id FROM lead_scores WHERE owner_id = "
                                   "(SELECT id FROM users WHERE lower(name) = lower(?)))")
                        .arg(leadColumn);
        part.values << owner;
    }
    if (source) {
        if (source->isEmpty()) {
            part.sql += QStringLiteral(" AND %1 IN (SELECT id FROM leads WHERE source IS NULL OR "
                                       "source = '')")
                            .arg(leadColumn);
        } else {
            part.sql += QStringLiteral(" AND %1 IN (SELECT id FROM leads WHERE lower(source) = "
                                       "lower(?))")
                            .arg(leadColumn);
            part.values << *source;
        }
    }
    return part;
}

// The leads that became MQL in the period (lead_id, score, at): each lead's first move to MQL
// there (the lowest id), with the score recorded with it (the current score where none was).
SqlPart mqlCohortRows(const QDate& from, const QDate& to, const QString& owner,
                      const std::optional<QString>& source)
{
    SqlPart part{QStringLiteral("SELECT f.lead_id, coalesce(f.score, s.score) AS score, f.at FROM "
                                "(SELECT DISTINCT ON (h.lead_id) h.lead_id, h.score, h.at FROM "
                                "stage_history h WHERE h.to_stage = 'MQL'"),
                 {}};
    part += period(QStringLiteral("h.at"), from, to);
    part += scopeCondition(QStringLiteral("h.lead_id"), owner, source);
    part.sql += QStringLiteral(" ORDER BY h.lead_id, h.id) f JOIN lead_scores s ON s.lead_id = "
                               "f.lead_id");
    return part;
}

// A SELECT whose first column is lead_id, one row per lead (some kinds) or per move (others:
// count them with DISTINCT): the leads a slice selects. Durations kinds (Transition,
// ConvertedToWon) have their seconds as the second column and the later move as the third.
SqlPart sliceRows(const ReportSlice& slice)
{
    switch (slice.kind) {
    case ReportSlice::Kind::Entered:
        return enteredRows(slice);
    case ReportSlice::Kind::Won:
        return wonRows(slice);
    case ReportSlice::Kind::Transition: {
        ReportSlice later = slice;
        later.reason.reset();
        return durationRows(enteredRows(later), slice.fromStage);
    }
    case ReportSlice::Kind::ConvertedToWon:
        return durationRows(wonRows(slice), Stage::Converted);
    case ReportSlice::Kind::OpenPipeline: {
        SqlPart part{QStringLiteral("SELECT o.lead_id FROM opportunities o WHERE o.stage IN "
                                    "('Prospecting','Proposal','Negotiation') AND o.lead_id IS "
                                    "NOT NULL"),
                     {}};
        part += scopeCondition(QStringLiteral("o.lead_id"), slice.owner, slice.source);
        return part;
    }
    case ReportSlice::Kind::Created: {
        SqlPart part{QStringLiteral("SELECT l.id AS lead_id FROM leads l WHERE TRUE"), {}};
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
        part += mqlCohortRows(slice.from, slice.to, slice.owner, slice.source);
        part.sql += QStringLiteral(") c WHERE TRUE");
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

SqlPart reportSliceCondition(const QString& leadColumn, const ReportSlice& slice)
{
    SqlPart part{leadColumn + QStringLiteral(" IN (SELECT lead_id FROM ("), {}};
    part += sliceRows(slice);
    part.sql += QStringLiteral(") r)");
    return part;
}

} // namespace lb::pg
