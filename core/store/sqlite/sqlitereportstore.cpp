#include "store/sqlite/sqlitereportstore.h"

#include "store/sqlite/reportsql.h"
#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"

#include <QHash>

namespace lb {

using sqlite::SqlPart;

namespace {

std::optional<QString> sourceOf(const ReportFilter& filter)
{
    return filter.source.isEmpty() ? std::nullopt : std::optional<QString>(filter.source);
}

ReportSlice sliceOf(const ReportFilter& filter, ReportSlice::Kind kind)
{
    ReportSlice slice;
    slice.kind = kind;
    slice.from = filter.from;
    slice.to = filter.to;
    slice.owner = filter.owner;
    slice.source = sourceOf(filter);
    return slice;
}

QString stageList(const QList<Stage>& stages)
{
    QStringList names;
    for (Stage stage : stages)
        names << QLatin1Char('\'') + stageName(stage) + QLatin1Char('\'');
    return names.join(QLatin1Char(','));
}

// A lead's source as the reports group it: case-insensitively, as the source filter compares.
const QString sourceKey = QStringLiteral("coalesce(l.source, '') COLLATE NOCASE");

} // namespace

static QSqlQuery run(const QSqlDatabase& db, const SqlPart& part)
{
    QSqlQuery query = sqlite::prepare(db, part.sql);
    query.setForwardOnly(true);
    for (const QVariant& value : part.values)
        query.addBindValue(value);
    sqlite::exec(query, QStringLiteral("report"));
    return query;
}

qint64 SqliteReportStore::count(const ReportSlice& slice)
{
    SqlPart part{QStringLiteral("SELECT count(DISTINCT lead_id) FROM ("), {}};
    part += sqlite::sliceRows(slice);
    part.sql += QLatin1Char(')');
    QSqlQuery query = run(m_workspace.database(), part);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<ReportStore::OwnerStageCount> SqliteReportStore::enteredByOwner(const ReportFilter& filter,
                                                                      const QList<Stage>& stages)
{
    SqlPart part{QStringLiteral("SELECT coalesce(u.name, ''), h.to_stage, count(DISTINCT "
                                "h.lead_id) FROM stage_history h JOIN lead_scores s ON s.lead_id "
                                "= h.lead_id LEFT JOIN users u ON u.id = s.owner_id WHERE "
                                "h.to_stage IN (%1) AND h.at >= ? AND h.at < ?")
                     .arg(stageList(stages)),
                 {sqlite::periodStart(filter.from), sqlite::periodEnd(filter.to)}};
    part += sqlite::scopeCondition(QStringLiteral("h.lead_id"), filter.owner, sourceOf(filter));
    part.sql += QStringLiteral(" GROUP BY s.owner_id, h.to_stage");
    QSqlQuery query = run(m_workspace.database(), part);
    QList<OwnerStageCount> counts;
    while (query.next())
        counts.append({query.value(0).toString(),
                       stageFromName(query.value(1).toString()).value_or(Stage::New),
                       query.value(2).toLongLong()});
    return counts;
}

QList<ReportStore::WeekStageCount> SqliteReportStore::enteredByWeek(const ReportFilter& filter,
                                                                    const QDate& firstMonday,
                                                                    const QList<Stage>& stages)
{
    // One pass for all the weeks: the owner and source conditions are gathered once, not once
    // a week and stage. The week of a move is whole days since the first Monday, by 7.
    SqlPart part{QStringLiteral("SELECT CAST((julianday(substr(h.at, 1, 10)) - julianday(?)) AS "
                                "INTEGER) / 7, h.to_stage, count(DISTINCT h.lead_id) FROM "
                                "stage_history h WHERE h.to_stage IN (%1) AND h.at >= ? AND h.at "
                                "< ?")
                     .arg(stageList(stages)),
                 {firstMonday.toString(Qt::ISODate), sqlite::periodStart(firstMonday),
                  sqlite::periodEnd(filter.to)}};
    part += sqlite::scopeCondition(QStringLiteral("h.lead_id"), filter.owner, sourceOf(filter));
    part.sql += QStringLiteral(" GROUP BY 1, 2");
    QList<WeekStageCount> counts;
    for (QSqlQuery q = run(m_workspace.database(), part); q.next();)
        counts.append({q.value(0).toInt(),
                       stageFromName(q.value(1).toString()).value_or(Stage::New),
                       q.value(2).toLongLong()});
    return counts;
}

QList<ReportStore::SourceFacts> SqliteReportStore::sources(const ReportFilter& filter)
{
    const QSqlDatabase db = m_workspace.database();
    QList<SourceFacts> facts;
    QHash<QString, qsizetype> index;
    auto factsFor = [&](const QString& source) -> SourceFacts& {
        const QString key = source.toCaseFolded();
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, facts.size());
            facts.append(SourceFacts{source});
        }
        return facts[*it];
    };
    {
        // Each lead once: the rows of leads_created alone, without the leads themselves.
        SqlPart part{QStringLiteral("SELECT coalesce(source, '') COLLATE NOCASE, count(*) FROM "
                                    "leads WHERE created_at >= ? AND created_at < ?"),
                     {sqlite::periodStart(filter.from), sqlite::periodEnd(filter.to)}};
        part += sqlite::scopeCondition(QStringLiteral("id"), filter.owner, sourceOf(filter));
        part.sql += QStringLiteral(" GROUP BY 1");
        for (QSqlQuery q = run(db, part); q.next();)
            factsFor(q.value(0).toString()).created = q.value(1).toLongLong();
    }
    for (Stage stage : {Stage::MQL, Stage::SQL}) {
        ReportSlice entered = sliceOf(filter, ReportSlice::Kind::Entered);
        entered.stage = stage;
        // The source of each move from leads_id_source: reading it from the wide lead rows
        // took four times as long.
        SqlPart part{QStringLiteral("SELECT ") + sourceKey +
                         QStringLiteral(", count(DISTINCT r.lead_id) FROM ("),
                     {}};
        part += sqlite::sliceRows(entered);
        part.sql += QStringLiteral(") r JOIN leads l INDEXED BY leads_id_source ON l.id = "
                                   "r.lead_id GROUP BY 1");
        for (QSqlQuery q = run(db, part); q.next();)
            (stage == Stage::MQL ? factsFor(q.value(0).toString()).mql
                                 : factsFor(q.value(0).toString()).sql) = q.value(1).toLongLong();
    }
    {
        // Amounts once per opportunity, leads once each.
        SqlPart part{QStringLiteral("SELECT ") + sourceKey +
                         QStringLiteral(", count(DISTINCT o.lead_id), total(o.amount) FROM "
                                        "opportunities o JOIN leads l ON l.id = o.lead_id WHERE "
                                        "o.stage IN ('Prospecting','Proposal','Negotiation')"),
                     {}};
        part += sqlite::scopeCondition(QStringLiteral("o.lead_id"), filter.owner, sourceOf(filter));
        part.sql += QStringLiteral(" GROUP BY 1");
        for (QSqlQuery q = run(db, part); q.next();) {
            SourceFacts& f = factsFor(q.value(0).toString());
            f.openLeads = q.value(1).toLongLong();
            f.pipeline = q.value(2).toDouble();
        }
    }
    for (const char* outcome : {"Won", "Lost"}) {
        SqlPart part{QStringLiteral("SELECT ") + sourceKey +
                         QStringLiteral(", count(DISTINCT o.lead_id), total(o.amount) FROM "
                                        "opportunities o JOIN leads l ON l.id = o.lead_id WHERE "
                                        "o.stage = '%1' AND o.id IN (SELECT opportunity_id FROM "
                                        "opportunity_history WHERE to_stage = '%1' AND at >= ? "
                                        "AND at < ? AND from_stage IS NOT to_stage)")
                             .arg(QLatin1String(outcome)),
                     {sqlite::periodStart(filter.from), sqlite::periodEnd(filter.to)}};
        part += sqlite::scopeCondition(QStringLiteral("o.lead_id"), filter.owner, sourceOf(filter));
        part.sql += QStringLiteral(" GROUP BY 1");
        const bool won = QLatin1String(outcome) == QLatin1String("Won");
        for (QSqlQuery q = run(db, part); q.next();) {
            SourceFacts& f = factsFor(q.value(0).toString());
            if (won) {
                f.wonLeads = q.value(1).toLongLong();
                f.won = q.value(2).toDouble();
            } else {
                f.lostLeads = q.value(1).toLongLong();
            }
        }
    }
    return facts;
}

QList<ReportStore::BandCount> SqliteReportStore::scoreBands(const ReportFilter& filter)
{
    // Grouped by score, in the order of lead_scores_score, which holds the stage too: one walk
    // of that index, without sorting a million rows by stage and band (2.5 s against 0.4 s).
    QStringList sums;
    for (Stage stage : allStages)
        sums << QStringLiteral("sum(s.stage = '%1')").arg(stageName(stage));
    SqlPart part{QStringLiteral("SELECT s.score, ") + sums.join(QStringLiteral(", ")) +
                     QStringLiteral(" FROM lead_scores s WHERE 1"),
                 {}};
    part += sqlite::scopeCondition(QStringLiteral("s.lead_id"), filter.owner, sourceOf(filter));
    part.sql += QStringLiteral(" GROUP BY s.score");
    QHash<QPair<int, int>, qint64> counts;
    for (QSqlQuery q = run(m_workspace.database(), part); q.next();) {
        const int score = q.value(0).toInt();
        const int band = score < 10 ? 0 : score >= 90 ? 9 : score / 10;
        for (int i = 0; i < int(allStages.size()); ++i)
            counts[{i, band}] += q.value(i + 1).toLongLong();
    }
    QList<BandCount> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (*it > 0)
            result.append({allStages[size_t(it.key().first)], it.key().second, *it});
    }
    return result;
}

QList<ReportStore::BandCount> SqliteReportStore::ages(const ReportFilter& filter,
                                                      const QDateTime& asOf,
                                                      const QList<int>& bandStarts)
{
    QString bandCase = QStringLiteral("CASE");
    for (qsizetype i = bandStarts.size() - 1; i > 0; --i)
        bandCase += QStringLiteral(" WHEN d >= %1 THEN %2").arg(bandStarts.at(i)).arg(i);
    bandCase += QStringLiteral(" ELSE 0 END");
    const qint64 asOfSecs = asOf.toSecsSinceEpoch();
    // "+s.stage": one pass over the narrow rows (the open stages hold most leads) instead of a
    // look-up of each row found in lead_scores_stage: half the time at a million leads.
    SqlPart part{QStringLiteral("SELECT stage, %1, count(*) FROM (SELECT s.stage, (? - "
                                "s.stage_changed_at) / 86400 AS d FROM lead_scores s WHERE "
                                "+s.stage IN ('New','MQL','SAL','SQL') AND s.stage_changed_at <= ?")
                     .arg(bandCase),
                 {asOfSecs, asOfSecs - qint64(bandStarts.value(0)) * 86400}};
    part += sqlite::scopeCondition(QStringLiteral("s.lead_id"), filter.owner, sourceOf(filter));
    part.sql += QStringLiteral(") GROUP BY 1, 2");
    QList<BandCount> counts;
    for (QSqlQuery q = run(m_workspace.database(), part); q.next();)
        counts.append({stageFromName(q.value(0).toString()).value_or(Stage::New),
                       q.value(1).toInt(), q.value(2).toLongLong()});
    return counts;
}

QList<ReportStore::LeadDuration> SqliteReportStore::durations(const ReportSlice& slice)
{
    SqlPart part{QStringLiteral("SELECT coalesce(u.name, ''), d.seconds FROM ("), {}};
    part += sqlite::sliceRows(slice);
    part.sql += QStringLiteral(") d JOIN lead_scores s ON s.lead_id = d.lead_id LEFT JOIN users u "
                               "ON u.id = s.owner_id");
    QList<LeadDuration> result;
    for (QSqlQuery q = run(m_workspace.database(), part); q.next();)
        result.append({q.value(0).toString(), q.value(1).toLongLong()});
    return result;
}

QList<ReportStore::ReasonCount> SqliteReportStore::reasons(const ReportFilter& filter)
{
    SqlPart part{QStringLiteral("SELECT h.to_stage, h.reason, count(DISTINCT h.lead_id) FROM "
                                "stage_history h WHERE h.to_stage IN ('Disqualified','Nurture') "
                                "AND h.at >= ? AND h.at < ?"),
                 {sqlite::periodStart(filter.from), sqlite::periodEnd(filter.to)}};
    part += sqlite::scopeCondition(QStringLiteral("h.lead_id"), filter.owner, sourceOf(filter));
    part.sql += QStringLiteral(" GROUP BY 1, 2");
    QList<ReasonCount> counts;
    for (QSqlQuery q = run(m_workspace.database(), part); q.next();)
        counts.append({stageFromName(q.value(0).toString()).value_or(Stage::Disqualified),
                       q.value(1).toString(), q.value(2).toLongLong()});
    return counts;
}

QList<ReportStore::ScoreOutcome> SqliteReportStore::mqlScores(const ReportFilter& filter)
{
    SqlPart part{QStringLiteral("SELECT c.score, count(*), sum(EXISTS(SELECT 1 FROM stage_history "
                                "x WHERE x.lead_id = c.lead_id AND x.to_stage = 'SQL' AND x.at "
                                ">= c.at)), sum(EXISTS(SELECT 1 FROM opportunities o WHERE "
                                "o.lead_id = c.lead_id AND o.stage = 'Won')) FROM ("),
                 {}};
    part += sqlite::mqlCohortRows(filter, filter.owner, sourceOf(filter));
    part.sql += QStringLiteral(") c GROUP BY c.score");
    QList<ScoreOutcome> outcomes;
    for (QSqlQuery q = run(m_workspace.database(), part); q.next();)
        outcomes.append({q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toLongLong()});
    return outcomes;
}

} // namespace lb
