#include "store/postgres/pgreportstore.h"

#include "store/postgres/pgreportsql.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"

#include <QHash>
#include <algorithm>
#include <map>

namespace lb {

using pg::SqlPart;

namespace {

std::optional<QString> sourceOf(const ReportFilter& filter)
{
    return filter.source.isEmpty() ? std::nullopt : std::optional<QString>(filter.source);
}

QString stageArray(const QList<Stage>& stages)
{
    QStringList names;
    for (Stage stage : stages)
        names << stageName(stage);
    return pg::textArray(names);
}

int stageIndex(Stage stage)
{
    return int(std::find(allStages.cbegin(), allStages.cend(), stage) - allStages.cbegin());
}

QByteArray asciiLowered(const QString& text)
{
    QByteArray key = text.toUtf8();
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return key;
}

} // namespace

static QSqlQuery run(const QSqlDatabase& db, const SqlPart& part)
{
    QSqlQuery query = pg::prepare(db, part.sql);
    for (const QVariant& value : part.values)
        query.addBindValue(value);
    pg::exec(query, QStringLiteral("report"));
    return query;
}

qint64 PgReportStore::count(const ReportSlice& slice)
{
    SqlPart part{QStringLiteral("SELECT count(DISTINCT lead_id) FROM ("), {}};
    part += pg::sliceRows(slice);
    part.sql += QStringLiteral(") r");
    QSqlQuery query = run(m_workspace.database(), part);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<ReportStore::OwnerStageCount> PgReportStore::enteredByOwner(const ReportFilter& filter,
                                                                  const QList<Stage>& stages)
{
    // Grouped by owner id, as SQLite's facts group them (an owner id no user has is "").
    SqlPart part{QStringLiteral("SELECT h.to_stage, coalesce(u.name, ''), count(DISTINCT "
                                "h.lead_id) FROM stage_history h JOIN lead_scores s ON s.lead_id "
                                "= h.lead_id LEFT JOIN users u ON u.id = s.owner_id WHERE "
                                "h.to_stage = ANY(?::text[])"),
                 {stageArray(stages)}};
    part += pg::period(QStringLiteral("h.at"), filter.from, filter.to);
    part += pg::scopeCondition(QStringLiteral("h.lead_id"), filter.owner, sourceOf(filter));
    part.sql += QStringLiteral(" GROUP BY h.to_stage, s.owner_id, u.name ORDER BY s.owner_id "
                               "NULLS FIRST");
    QSqlQuery query = run(m_workspace.database(), part);
    QList<OwnerStageCount> rows;
    while (query.next())
        rows.append(
            {query.value(1).toString(), pg::stageOf(query, 0), query.value(2).toLongLong()});
    QList<OwnerStageCount> counts;
    for (Stage stage : stages) {
        for (const OwnerStageCount& row : std::as_const(rows)) {
            if (row.stage == stage)
                counts.append(row);
        }
    }
    return counts;
}

QList<ReportStore::WeekStageCount> PgReportStore::enteredByWeek(const ReportFilter& filter,
                                                                const QDate& firstMonday,
                                                                const QList<Stage>& stages)
{
    // A move's week is whole days since the first Monday, by 7; a lead counts once a week.
    const qint64 mondayMs = QDateTime(firstMonday, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    SqlPart part{QStringLiteral("SELECT h.to_stage, ((floor(extract(epoch FROM ") +
                     pg::moment(QStringLiteral("h.at")) +
                     QStringLiteral(") * 1000)::bigint - ?) / 86400000) / 7 AS week, "
                                    "count(DISTINCT h.lead_id) FROM stage_history h WHERE "
                                    "h.to_stage = ANY(?::text[])"),
                 {mondayMs, stageArray(stages)}};
    part += pg::period(QStringLiteral("h.at"), firstMonday, filter.to);
    part += pg::scopeCondition(QStringLiteral("h.lead_id"), filter.owner, sourceOf(filter));
    part.sql += QStringLiteral(" GROUP BY 1, 2 ORDER BY 2");
    QSqlQuery query = run(m_workspace.database(), part);
    QList<WeekStageCount> rows;
    while (query.next())
        rows.append({query.value(1).toInt(), pg::stageOf(query, 0), query.value(2).toLongLong()});
    QList<WeekStageCount> counts;
    for (Stage stage : stages) {
        for (const WeekStageCount& row : std::as_const(rows)) {
            if (row.stage == stage)
                counts.append(row);
        }
    }
    return counts;
}

QList<ReportStore::SourceFacts> PgReportStore::sources(const ReportFilter& filter)
{
    const QSqlDatabase db = m_workspace.database();
    const std::optional<QString> source = sourceOf(filter);
    // Sources are told apart as SQLite's NOCASE does (A-Z only), each spelt as its lead with
    // the lowest id spells it, in the order of those leads; no source (NULL or '') comes first.
    QList<SourceFacts> byKey{SourceFacts{}};
    QHash<QByteArray, qsizetype> keyOfLowered{{QByteArray(), 0}};
    QHash<QString, qsizetype> keyOfSpelling{{QString(), 0}};
    {
        QSqlQuery spellings = run(db, {QStringLiteral("SELECT source FROM leads WHERE source <> "
                                                      "'' GROUP BY source ORDER BY min(id)"),
                                       {}});
        while (spellings.next()) {
            const QString spelling = spellings.value(0).toString();
            const QByteArray lowered = asciiLowered(spelling);
            auto it = keyOfLowered.constFind(lowered);
            if (it == keyOfLowered.constEnd()) {
                it = keyOfLowered.insert(lowered, byKey.size());
                SourceFacts facts;
                facts.source = spelling;
                byKey.append(facts);
            }
            keyOfSpelling.insert(spelling, *it);
        }
    }
    auto of = [&](const QString& spelling) -> SourceFacts& {
        auto it = keyOfSpelling.constFind(spelling);
        if (it == keyOfSpelling.constEnd()) { // a lead written since the spellings were read
            SourceFacts facts;
            facts.source = spelling;
            it = keyOfSpelling.insert(spelling, byKey.size());
            byKey.append(facts);
        }
        return byKey[*it];
    };
    {
        SqlPart part{QStringLiteral("SELECT coalesce(l.source, ''), count(*) FROM leads l WHERE "
                                    "TRUE"),
                     {}};
        part += pg::period(QStringLiteral("l.created_at"), filter.from, filter.to);
        part += pg::scopeCondition(QStringLiteral("l.id"), filter.owner, source);
        part.sql += QStringLiteral(" GROUP BY 1");
        QSqlQuery query = run(db, part);
        while (query.next())
            of(query.value(0).toString()).created += query.value(1).toLongLong();
    }
    {
        SqlPart part{QStringLiteral("SELECT coalesce(l.source, ''), count(DISTINCT h.lead_id) "
                                    "FILTER (WHERE h.to_stage = 'MQL'), count(DISTINCT h.lead_id) "
                                    "FILTER (WHERE h.to_stage = 'SQL') FROM stage_history h LEFT "
                                    "JOIN leads l ON l.id = h.lead_id WHERE h.to_stage IN "
                                    "('MQL','SQL')"),
                     {}};
        part += pg::period(QStringLiteral("h.at"), filter.from, filter.to);
        part += pg::scopeCondition(QStringLiteral("h.lead_id"), filter.owner, source);
        part.sql += QStringLiteral(" GROUP BY 1");
        QSqlQuery query = run(db, part);
        while (query.next()) {
            SourceFacts& f = of(query.value(0).toString());
            f.mql += query.value(1).toLongLong();
            f.sql += query.value(2).toLongLong();
        }
    }
    {
        // Amounts once per opportunity, leads once each.
        SqlPart part{QStringLiteral("SELECT coalesce(l.source, ''), count(DISTINCT o.lead_id), "
                                    "coalesce(sum(o.amount), 0) FROM opportunities o LEFT JOIN "
                                    "leads l ON l.id = o.lead_id WHERE o.stage IN "
                                    "('Prospecting','Proposal','Negotiation') AND o.lead_id IS "
                                    "NOT NULL"),
                     {}};
        part += pg::scopeCondition(QStringLiteral("o.lead_id"), filter.owner, source);
        part.sql += QStringLiteral(" GROUP BY 1");
        QSqlQuery query = run(db, part);
        while (query.next()) {
            SourceFacts& f = of(query.value(0).toString());
            f.openLeads += query.value(1).toLongLong();
            f.pipeline += query.value(2).toDouble();
        }
    }
    {
        // Opportunities won or lost in the period and still so.
        SqlPart part{QStringLiteral("SELECT coalesce(l.source, ''), o.stage, count(DISTINCT "
                                    "o.lead_id), coalesce(sum(o.amount), 0) FROM opportunities o "
                                    "LEFT JOIN leads l ON l.id = o.lead_id WHERE o.stage IN "
                                    "('Won','Lost') AND o.lead_id IS NOT NULL AND EXISTS (SELECT "
                                    "1 FROM opportunity_history oh WHERE oh.opportunity_id = o.id "
                                    "AND oh.to_stage = o.stage AND oh.from_stage IS DISTINCT FROM "
                                    "oh.to_stage"),
                     {}};
        part += pg::period(QStringLiteral("oh.at"), filter.from, filter.to);
        part.sql += QLatin1Char(')');
        part += pg::scopeCondition(QStringLiteral("o.lead_id"), filter.owner, source);
        part.sql += QStringLiteral(" GROUP BY 1, 2");
        QSqlQuery query = run(db, part);
        while (query.next()) {
            SourceFacts& f = of(query.value(0).toString());
            if (query.value(1).toString() == QLatin1String("Won")) {
                f.wonLeads += query.value(2).toLongLong();
                f.won += query.value(3).toDouble();
            } else {
                f.lostLeads += query.value(2).toLongLong();
            }
        }
    }
    // Sources that differ only in letters outside ASCII are one source in the report, as they
    // read the same (as SqliteReportStore folds them).
    QList<SourceFacts> result;
    QHash<QString, qsizetype> index;
    for (const SourceFacts& f : std::as_const(byKey)) {
        if (f.created + f.mql + f.sql + f.openLeads + f.wonLeads + f.lostLeads == 0)
            continue;
        const QString key = f.source.toCaseFolded();
        const auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, result.size());
            result.append(f);
            continue;
        }
        SourceFacts& into = result[*it];
        into.created += f.created;
        into.mql += f.mql;
        into.sql += f.sql;
        into.openLeads += f.openLeads;
        into.pipeline += f.pipeline;
        into.wonLeads += f.wonLeads;
        into.won += f.won;
        into.lostLeads += f.lostLeads;
    }
    return result;
}

QList<ReportStore::BandCount> PgReportStore::scoreBands(const ReportFilter& filter)
{
    SqlPart part{QStringLiteral("SELECT s.stage, CASE WHEN s.score < 10 THEN 0 WHEN s.score >= 90 "
                                "THEN 9 ELSE s.score / 10 END AS band, count(*) FROM lead_scores "
                                "s WHERE TRUE"),
                 {}};
    part += pg::scopeCondition(QStringLiteral("s.lead_id"), filter.owner, sourceOf(filter));
    part.sql += QStringLiteral(" GROUP BY 1, 2");
    QSqlQuery query = run(m_workspace.database(), part);
    std::map<std::pair<int, int>, qint64> counts; // (stage index, band)
    while (query.next())
        counts[{stageIndex(pg::stageOf(query, 0)), query.value(1).toInt()}] +=
            query.value(2).toLongLong();
    QList<BandCount> result;
    for (const auto& [key, leads] : counts)
        result.append({allStages[std::size_t(key.first)], key.second, leads});
    return result;
}

QList<ReportStore::BandCount> PgReportStore::ages(const ReportFilter& filter, const QDateTime& asOf,
                                                  const QList<int>& bandStarts)
{
    const qint64 asOfSecs = asOf.toSecsSinceEpoch();
    const qint64 latest = asOfSecs - qint64(bandStarts.value(0)) * 86400;
    QList<Stage> open;
    for (Stage stage : allStages) {
        if (isOpenStage(stage))
            open << stage;
    }
    // Whole days in the stage, counted per day here and into the bands below.
    SqlPart part{QStringLiteral("SELECT s.stage, (? - s.stage_changed_at) / 86400 AS days, "
                                "count(*) FROM lead_scores s WHERE s.stage = ANY(?::text[]) AND "
                                "s.stage_changed_at <= ?"),
                 {asOfSecs, stageArray(open), latest}};
    part += pg::scopeCondition(QStringLiteral("s.lead_id"), filter.owner, sourceOf(filter));
    part.sql += QStringLiteral(" GROUP BY 1, 2");
    QSqlQuery query = run(m_workspace.database(), part);
    std::map<std::pair<int, int>, qint64> counts; // (stage index, band)
    while (query.next()) {
        const qint64 days = query.value(1).toLongLong();
        int band = 0;
        for (qsizetype i = bandStarts.size() - 1; i > 0; --i) {
            if (days >= bandStarts.at(i)) {
                band = int(i);
                break;
            }
        }
        counts[{stageIndex(pg::stageOf(query, 0)), band}] += query.value(2).toLongLong();
    }
    QList<BandCount> result;
    for (const auto& [key, leads] : counts)
        result.append({allStages[std::size_t(key.first)], key.second, leads});
    return result;
}

QList<ReportStore::LeadDuration> PgReportStore::durations(const ReportSlice& slice)
{
    if (slice.kind != ReportSlice::Kind::Transition &&
        slice.kind != ReportSlice::Kind::ConvertedToWon)
        return {};
    // In the order of the later moves, as SQLite meets them.
    SqlPart part{QStringLiteral("SELECT coalesce(u.name, ''), d.seconds FROM ("), {}};
    part += pg::sliceRows(slice);
    part.sql += QStringLiteral(") d JOIN lead_scores s ON s.lead_id = d.lead_id LEFT JOIN users u "
                               "ON u.id = s.owner_id ORDER BY d.at, d.lead_id");
    QSqlQuery query = run(m_workspace.database(), part);
    QList<LeadDuration> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toLongLong()});
    return result;
}

QList<ReportStore::ReasonCount> PgReportStore::reasons(const ReportFilter& filter)
{
    SqlPart part{QStringLiteral("SELECT h.to_stage, h.reason, count(DISTINCT h.lead_id) FROM "
                                "stage_history h WHERE h.to_stage IN ('Disqualified','Nurture')"),
                 {}};
    part += pg::period(QStringLiteral("h.at"), filter.from, filter.to);
    part += pg::scopeCondition(QStringLiteral("h.lead_id"), filter.owner, sourceOf(filter));
    part.sql += QStringLiteral(" GROUP BY 1, 2 ORDER BY h.reason COLLATE \"C\"");
    QSqlQuery query = run(m_workspace.database(), part);
    QList<ReasonCount> rows;
    while (query.next())
        rows.append(
            {pg::stageOf(query, 0), query.value(1).toString(), query.value(2).toLongLong()});
    QList<ReasonCount> counts;
    for (Stage stage : {Stage::Disqualified, Stage::Nurture}) {
        for (const ReasonCount& row : std::as_const(rows)) {
            if (row.stage == stage)
                counts.append(row);
        }
    }
    return counts;
}

QList<ReportStore::ScoreOutcome> PgReportStore::mqlScores(const ReportFilter& filter)
{
    // Reached SQL: a move to SQL at or after the move to MQL, at any time since the period
    // began. Won: the lead has a won opportunity.
    SqlPart part{QStringLiteral("SELECT c.score, count(*), count(*) FILTER (WHERE EXISTS (SELECT "
                                "1 FROM stage_history q WHERE q.lead_id = c.lead_id AND "
                                "q.to_stage = 'SQL' AND q.at >= ? AND q.at < '9999' AND ") +
                     pg::moment(QStringLiteral("q.at")) + QStringLiteral(" >= ") +
                     pg::moment(QStringLiteral("c.at")) +
                     QStringLiteral(")), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "
                                    "opportunities o WHERE o.lead_id = c.lead_id AND o.stage = "
                                    "'Won')) FROM ("),
                 {pg::periodStart(filter.from)}};
    part += pg::mqlCohortRows(filter.from, filter.to, filter.owner, sourceOf(filter));
    part.sql += QStringLiteral(") c GROUP BY c.score ORDER BY c.score");
    QSqlQuery query = run(m_workspace.database(), part);
    QList<ScoreOutcome> outcomes;
    while (query.next())
        outcomes.append({query.value(0).toInt(), query.value(1).toLongLong(),
                         query.value(2).toLongLong(), query.value(3).toLongLong()});
    return outcomes;
}

} // namespace lb
