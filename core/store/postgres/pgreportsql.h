#pragma once

#include "store/reportquery.h"

#include <QString>
#include <QVariantList>
#include <optional>

namespace lb::pg {

// A piece of SQL with its bound values, in the order of its "?" marks.
struct SqlPart
{
    QString sql;
    QVariantList values;

    SqlPart& operator+=(const SqlPart& other)
    {
        sql += other.sql;
        values += other.values;
        return *this;
    }
};

// The stored text of the first moment of `day` (UTC) and of the day after `day`: a period of
// whole days is `at >= start AND at < end` over the ISO times of the history tables, compared
// as text as on SQLite.
QString periodStart(const QDate& day);
QString periodEnd(const QDate& day);
// " AND <column> >= ? AND <column> < ?" for the period from `from` to `to` (whole days).
SqlPart period(const QString& column, const QDate& from, const QDate& to);
// A stored ISO time read as a moment, where durations and weeks need one.
QString moment(const QString& column);

// " AND <column> IN (...)" for an owner (user name) and a source (unset: any; empty: none), or
// nothing. Names and sources compare without case (lower()), as the lead filters compare them.
SqlPart scopeCondition(const QString& leadColumn, const QString& owner,
                       const std::optional<QString>& source);

// The leads that became MQL in the period (lead_id, score, at): each lead's first move to MQL
// there (the lowest id), with the score recorded with it (the current score where none was).
SqlPart mqlCohortRows(const QDate& from, const QDate& to, const QString& owner,
                      const std::optional<QString>& source);

// A SELECT whose first column is lead_id, one row per lead (some kinds) or per move (others:
// count them with DISTINCT): the leads a slice selects. Durations kinds (Transition,
// ConvertedToWon) have their whole seconds as the second column and the later move as the third.
SqlPart sliceRows(const ReportSlice& slice);

// The same leads as a condition on a lead id column ("<column> IN (...)"): PgReportStore counts
// with the conditions of sliceRows(), so a number's listing (LeadFilter::slice) holds exactly the
// leads it counts.
SqlPart reportSliceCondition(const QString& leadColumn, const ReportSlice& slice);

} // namespace lb::pg
