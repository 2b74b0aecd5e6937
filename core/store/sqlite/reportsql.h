#pragma once

#include "store/reportquery.h"

#include <QString>
#include <QVariantList>

namespace lb::sqlite {

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
// whole days is `at >= start AND at < end` over the ISO times of the history tables.
QString periodStart(const QDate& day);
QString periodEnd(const QDate& day);

// " AND <column> IN (...)" for an owner (user name) and a source (unset: any; empty: none),
// or nothing.
SqlPart scopeCondition(const QString& leadColumn, const QString& owner,
                       const std::optional<QString>& source);

// The leads that became MQL in the period (lead_id, score, at): each lead's first move to MQL
// there, with the score recorded with it (the current score where none was).
SqlPart mqlCohortRows(const ReportFilter& filter, const QString& owner,
                      const std::optional<QString>& source);

// A SELECT whose first column is lead_id, one row per lead (some kinds) or per move (others:
// count them with DISTINCT): the leads a slice selects. Durations kinds (Transition,
// ConvertedToWon) have their seconds as the second column.
SqlPart sliceRows(const ReportSlice& slice);
// The same leads as a condition on a lead id column: "<column> IN (...)".
SqlPart sliceCondition(const QString& leadColumn, const ReportSlice& slice);

} // namespace lb::sqlite
