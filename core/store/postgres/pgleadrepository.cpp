#include "store/postgres/pgleadrepository.h"

#include "model/leadfields.h"
#include "store/leadcodec.h"
#include "store/postgres/pgreportsql.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "store/sql/sqlleadrow.h"
#include "store/storeerror.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace lb {

namespace {

using leadcodec::textOrNull;

// Which tables a condition or an order names, by their aliases: leads (l., and users u.,
// joined through it) or lead_scores (s.).
const QRegularExpression& scoresColumn()
{
    static const QRegularExpression column(QStringLiteral("\\bs\\."));
    return column;
}

bool readsLeads(const QString& sql)
{
    static const QRegularExpression column(QStringLiteral("\\b[lu]\\."));
    return sql.contains(column);
}

const QString leadFrom = QStringLiteral(" FROM leads l JOIN lead_scores s ON s.lead_id = l.id "
                                        "LEFT JOIN users u ON u.id = l.owner_id");

// The stage time (Unix seconds) as the ISO text the other times are kept in.
const QString stageChangedAtText =
    QStringLiteral("to_char(to_timestamp(s.stage_changed_at) AT TIME ZONE 'UTC', "
                   "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");

// "Overdue" (leads/sla.h), bound to the SLA moment in Unix seconds, as on SQLite.
QString overdueCondition()
{
    return QStringLiteral("(s.stage = 'MQL' AND s.stage_changed_at < ? AND NOT EXISTS (SELECT 1 "
                          "FROM touches t WHERE t.lead_id = s.lead_id AND t.at >= ") +
           stageChangedAtText + QStringLiteral("))");
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

// Orders as SqliteLeadRepository's: ties broken by id in the same direction.
QString orderBy(const LeadSort& sort)
{
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // NULLS as SQLite puts them: first when ascending, last when descending.
    const QString nulls =
        sort.descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
    switch (sort.key) {
    case LeadSortKey::Score:
        return QStringLiteral(" ORDER BY s.score") + dir + QStringLiteral(", s.lead_id") + dir;
    case LeadSortKey::Id:
        return QStringLiteral(" ORDER BY s.lead_id") + dir;
    case LeadSortKey::LastName:
        return QStringLiteral(" ORDER BY l.last_name") + dir + nulls +
               QStringLiteral(", l.first_name") + dir + nulls + QStringLiteral(", l.id") + dir;
    case LeadSortKey::Company:
        return QStringLiteral(" ORDER BY l.company") + dir + nulls + QStringLiteral(", l.id") + dir;
    case LeadSortKey::StageChangedAt:
        return QStringLiteral(" ORDER BY s.stage_changed_at") + dir +
               QStringLiteral(", s.lead_id") + dir;
    case LeadSortKey::LastActivity:
        return QStringLiteral(" ORDER BY l.last_activity_at") + dir + nulls +
               QStringLiteral(", l.id") + dir;
    case LeadSortKey::Stage:
        return sort.descending
                   ? QStringLiteral(" ORDER BY s.stage DESC, s.score ASC, s.lead_id ASC")
                   : QStringLiteral(" ORDER BY s.stage ASC, s.score DESC, s.lead_id DESC");
    }
    return {};
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

} // namespace

QString PgLeadRepository::textQuery(const QString& userText)
{
    // The words as the search vector holds them (runs of letters and digits, lower case), each
    // a quoted prefix, all required: "anna.virt" finds anna.virtanen@kaleva.fi. Quoting makes
    // every input valid query syntax.
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}\\p{M}]+"));
    QStringList terms;
    for (auto it = words.globalMatch(userText); it.hasNext();)
        terms << QLatin1Char('\'') + it.next().captured().toLower() + QStringLiteral("':*");
    return terms.join(QStringLiteral(" & "));
}

PgLeadRepository::Where PgLeadRepository::whereFor(const LeadFilter& filter) const
{
    QStringList conditions;
    Where where;
    if (filter.stage) {
        conditions << QStringLiteral("s.stage = ?");
        where.values << stageName(*filter.stage);
    }
    if (filter.unownedOnly) {
        conditions << QStringLiteral("s.owner_id IS NULL");
    } else if (!filter.owner.isEmpty()) {
        conditions << QStringLiteral(
            "s.owner_id = (SELECT id FROM users WHERE lower(name) = lower(?))");
        where.values << filter.owner;
    }
    if (filter.minScore) {
        conditions << QStringLiteral("s.score >= ?");
        where.values << *filter.minScore;
    }
    if (filter.maxScore) {
        conditions << QStringLiteral("s.score <= ?");
        where.values << *filter.maxScore;
    }
    const QString match = textQuery(filter.search);
    if (!match.isEmpty()) {
        conditions << QStringLiteral("l.search @@ to_tsquery('simple', ?)");
        where.values << match;
    }
    if (!filter.source.isEmpty()) {
        conditions << QStringLiteral("lower(l.source) = lower(?)");
        where.values << filter.source;
    }
    if (!filter.missingAnyOf.isEmpty()) {
        // Field names map onto known columns only: nothing a caller passes reaches the SQL.
        static const QHash<QString, QString> columns = [] {
            QHash<QString, QString> map;
            for (const LeadFieldSpec& spec : leadFieldSpecs()) {
                if (spec.has(LeadFieldFlag::Editable) && spec.has(LeadFieldFlag::Scored) &&
                    qstrcmp(spec.table, "leads") == 0)
                    map.insert(QString::fromLatin1(spec.key), QString::fromLatin1(spec.column));
            }
            return map;
        }();
        QStringList missing;
        for (const QString& field : filter.missingAnyOf) {
            if (const auto column = columns.constFind(field); column != columns.constEnd())
                missing << QStringLiteral("l.%1 IS NULL OR l.%1::text = ''").arg(*column);
        }
        if (!missing.isEmpty())
            conditions << QLatin1Char('(') + missing.join(QStringLiteral(" OR ")) +
                              QLatin1Char(')');
    }
    if (!filter.country.isEmpty()) {
        conditions << QStringLiteral("l.country = ?");
        where.values << filter.country.toUpper();
    }
    if (filter.slice) {
        // The leads behind a report's number: the condition the report store counts with.
        const pg::SqlPart slice =
            pg::reportSliceCondition(QStringLiteral("s.lead_id"), *filter.slice);
        conditions << slice.sql;
        where.values += slice.values;
    }
    if (filter.overdueOnly) {
        conditions << (filter.slaCutoff.isValid() ? overdueCondition() : QStringLiteral("FALSE"));
        if (filter.slaCutoff.isValid())
            where.values << filter.slaCutoff.toSecsSinceEpoch();
    }
    if (filter.ids) {
        // One bound array, however many leads were selected.
        QStringList ids;
        ids.reserve(filter.ids->size());
        for (qint64 id : *filter.ids)
            ids << QString::number(id);
        conditions << QStringLiteral("s.lead_id = ANY(?::bigint[])");
        where.values << QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    if (!conditions.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    where.readsLeads = readsLeads(where.sql);
    where.readsScores = where.sql.contains(scoresColumn());
    return where;
}

void PgLeadRepository::insert(Lead& lead, const QString& actor)
{
    write(lead, actor, false);
}

void PgLeadRepository::insertKeepingId(Lead& lead, const QString& actor)
{
    write(lead, actor, lead.id > 0);
}

void PgLeadRepository::write(Lead& lead, const QString& actor, bool keepId)
{
    Transaction transaction(m_workspace);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!lead.createdAt.isValid())
        lead.createdAt = now;
    if (!lead.stageChangedAt.isValid())
        lead.stageChangedAt = lead.createdAt;
    lead.updatedAt = now;
    lead.updatedBy = actor;
    lead.version = 1;
    const QVariant ownerId =
        lead.owner.isEmpty() ? nullId() : QVariant(m_workspace.users().ensure(lead.owner));
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO leads(%1%2, created_at, updated_at, updated_by, version) "
                       "VALUES(%3) RETURNING id")
            .arg(keepId ? QStringLiteral("id, ") : QString(),
                 sqlleadrow::writtenColumns().join(QStringLiteral(", ")),
                 placeholders(sqlleadrow::writtenColumns().size() + (keepId ? 5 : 4))));
    if (keepId)
        query.addBindValue(lead.id);
    for (const QVariant& value : sqlleadrow::writtenValues(lead, ownerId))
        query.addBindValue(value);
    query.addBindValue(toIsoUtc(lead.createdAt));
    query.addBindValue(toIsoUtc(lead.updatedAt));
    query.addBindValue(actor);
    query.addBindValue(lead.version);
    pg::exec(query, QStringLiteral("insert lead"));
    lead.id = query.next() ? query.value(0).toLongLong() : 0;
    QSqlQuery score = pg::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO lead_scores(lead_id, stage, stage_changed_at, owner_id, "
                       "score, fit, behavior, grade, model_id, scored_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : {QVariant(lead.id), QVariant(stageName(lead.stage)),
                                  QVariant(leadcodec::stageTimeOf(lead.stageChangedAt)), ownerId,
                                  QVariant(lead.score.total), QVariant(lead.score.fit),
                                  QVariant(lead.score.behavior), textOrNull(lead.score.grade),
                                  lead.score.modelId ? QVariant(lead.score.modelId) : nullId(),
                                  textOrNull(toIsoUtc(lead.score.scoredAt))})
        score.addBindValue(value);
    pg::exec(score, QStringLiteral("insert lead score"));
    transaction.commit();
}

void PgLeadRepository::update(Lead& lead, const QString& actor)
{
    Transaction transaction(m_workspace);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariant ownerId =
        lead.owner.isEmpty() ? nullId() : QVariant(m_workspace.users().ensure(lead.owner));
    QStringList assignments;
    for (const QString& column : sqlleadrow::writtenColumns())
        assignments << column + QStringLiteral(" = ?");
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("UPDATE leads SET %1, updated_at = ?, updated_by = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?")
            .arg(assignments.join(QStringLiteral(", "))));
    for (const QVariant& value : sqlleadrow::writtenValues(lead, ownerId))
        query.addBindValue(value);
    query.addBindValue(toIsoUtc(now));
    query.addBindValue(actor);
    query.addBindValue(lead.id);
    query.addBindValue(lead.version);
    pg::exec(query, QStringLiteral("update lead"));
    if (query.numRowsAffected() != 1) {
        const std::optional<Lead> current = find(lead.id);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("lb::Store", "lead %1 no longer exists").arg(lead.id));
        throw StoreError(
            StoreError::Kind::Conflict,
            //: %1 the lead id, %2 the user who changed it, %3 when (date and time)
            QCoreApplication::translate("lb::Store",
                                        "lead %1 was changed by %2 at %3; reload it and try again")
                .arg(lead.id)
                .arg(current->updatedBy, toIsoUtc(current->updatedAt)));
    }
    const QString stage = stageName(lead.stage);
    const qint64 stageChangedAt = leadcodec::stageTimeOf(lead.stageChangedAt);
    QSqlQuery stageWrite = pg::prepare(
        m_workspace.database(),
        QStringLiteral("UPDATE lead_scores SET stage = ?, stage_changed_at = ? WHERE lead_id = ? "
                       "AND (stage IS DISTINCT FROM ? OR stage_changed_at IS DISTINCT FROM ?)"));
    for (const QVariant& value : {QVariant(stage), QVariant(stageChangedAt), QVariant(lead.id),
                                  QVariant(stage), QVariant(stageChangedAt)})
        stageWrite.addBindValue(value);
    pg::exec(stageWrite, QStringLiteral("update lead stage"));
    transaction.commit();
    lead.version += 1;
    lead.updatedAt = now;
    lead.updatedBy = actor;
}

std::optional<Lead> PgLeadRepository::findOne(const QString& condition, const QVariant& value)
{
    QSqlQuery query = pg::prepare(m_workspace.database(),
                                  QStringLiteral("SELECT ") + sqlleadrow::selectColumns() +
                                      leadFrom + QStringLiteral(" WHERE ") + condition);
    query.addBindValue(value);
    pg::exec(query);
    if (!query.next())
        return std::nullopt;
    return sqlleadrow::read(query, pg::stageOf);
}

std::optional<Lead> PgLeadRepository::find(qint64 id)
{
    return findOne(QStringLiteral("l.id = ?"), id);
}

std::optional<Lead> PgLeadRepository::findByEmail(const QString& email)
{
    return findOne(QStringLiteral("l.email = ?"), email.trimmed().toLower());
}

std::optional<Lead> PgLeadRepository::findByIdOrEmail(const QString& idOrEmail)
{
    bool isNumber = false;
    const qint64 id = idOrEmail.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return find(id);
    return findByEmail(idOrEmail);
}

qint64 PgLeadRepository::count(const LeadFilter& filter)
{
    const Where where = whereFor(filter);
    // One table where the conditions read one (every lead has its lead_scores row): a count of
    // a million through the join reads both tables (0.8 s against 0.1 s; a country 0.85 s
    // against 0.04 s).
    const QString from =
        !where.readsLeads ? QStringLiteral(" FROM lead_scores s")
        : !where.readsScores
            ? QStringLiteral(" FROM leads l")
            : QStringLiteral(" FROM lead_scores s JOIN leads l ON l.id = s.lead_id");
    QSqlQuery query =
        pg::prepare(m_workspace.database(), QStringLiteral("SELECT count(*)") + from + where.sql);
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    pg::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QMap<Stage, qint64> PgLeadRepository::countByStage()
{
    QSqlQuery query =
        pg::prepare(m_workspace.database(),
                    QStringLiteral("SELECT stage, count(*) FROM lead_scores GROUP BY stage"));
    pg::exec(query);
    QMap<Stage, qint64> counts;
    for (Stage stage : allStages)
        counts.insert(stage, 0);
    while (query.next()) {
        if (const auto stage = stageFromName(query.value(0).toString()))
            counts[*stage] = query.value(1).toLongLong();
    }
    return counts;
}

QList<LeadRow> PgLeadRepository::rows(const LeadFilter& filter, const LeadSort& sort, qint64 offset,
                                      int limit, const LeadRow* after)
{
    Where where = whereFor(filter);
    // Seek by key where the order is a key of an index: constant time wherever the window is.
    bool seek = false;
    if (after && (sort.key == LeadSortKey::Score || sort.key == LeadSortKey::Id)) {
        const QString op = sort.descending ? QStringLiteral("<") : QStringLiteral(">");
        const QString condition = sort.key == LeadSortKey::Score
                                      ? QStringLiteral("(s.score, s.lead_id) %1 (?, ?)").arg(op)
                                      : QStringLiteral("s.lead_id %1 ?").arg(op);
        where.sql +=
            (where.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
        if (sort.key == LeadSortKey::Score)
            where.values << after->score;
        where.values << after->id;
        seek = true;
    }
    const QString order = orderBy(sort);
    // A window far down the list: its ids first, from lead_scores' index alone where the filter
    // and the order allow, then their rows. OFFSET over the joined rows read each skipped lead
    // (4 s for the middle of a million; the ids alone 0.2 s).
    QString from = leadFrom + where.sql + order + QStringLiteral(" LIMIT ?");
    if (!seek) {
        const bool idsNeedLeads = where.readsLeads || readsLeads(order);
        from = QStringLiteral(" FROM (SELECT s.lead_id") +
               (idsNeedLeads ? leadFrom : QStringLiteral(" FROM lead_scores s")) + where.sql +
               order +
               QStringLiteral(" LIMIT ? OFFSET ?) w JOIN leads l ON l.id = w.lead_id JOIN "
                              "lead_scores s ON s.lead_id = w.lead_id LEFT JOIN users u ON u.id "
                              "= l.owner_id") +
               order;
    }
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT l.id, s.score, s.grade, l.first_name, l.last_name, l.email, "
                       "l.company, l.title, s.stage, u.name, l.source, l.country, "
                       "l.last_activity_at, ") +
            stageChangedAtText + QStringLiteral(", ") +
            (filter.slaCutoff.isValid() ? overdueCondition() : QStringLiteral("FALSE")) + from);
    if (filter.slaCutoff.isValid())
        query.addBindValue(filter.slaCutoff.toSecsSinceEpoch());
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!seek)
        query.addBindValue(offset);
    pg::exec(query, QStringLiteral("lead rows"));
    QList<LeadRow> result;
    result.reserve(limit);
    while (query.next()) {
        LeadRow row;
        row.id = query.value(0).toLongLong();
        row.score = query.value(1).toInt();
        row.grade = query.value(2).toString();
        row.firstName = query.value(3).toString();
        row.lastName = query.value(4).toString();
        row.email = query.value(5).toString();
        row.company = query.value(6).toString();
        row.title = query.value(7).toString();
        row.stage = pg::stageOf(query, 8);
        row.owner = query.value(9).toString();
        row.source = query.value(10).toString();
        row.country = query.value(11).toString();
        row.lastActivityAt = query.value(12).toString();
        row.stageChangedAt = query.value(13).toString();
        row.overdue = query.value(14).toBool();
        result << row;
    }
    return result;
}

namespace {

// The distinct values of an indexed expression by seeking from one to the next (a skip scan,
// which PostgreSQL does not do by itself): a few index seeks where SELECT DISTINCT would read
// an index entry of each of a million leads. Returns each value as one of its leads writes it.
QStringList distinctIndexed(const QSqlDatabase& db, const QString& column, const QString& key)
{
    QSqlQuery query = pg::prepare(db, QStringLiteral("SELECT %1 FROM leads WHERE %2 > ? "
                                                     "ORDER BY %2 LIMIT 1")
                                          .arg(column, key));
    QStringList values;
    QString last = QStringLiteral("");
    for (;;) {
        query.bindValue(0, last);
        pg::exec(query, QStringLiteral("filter values"));
        if (!query.next() || query.isNull(0))
            break;
        values << query.value(0).toString();
        last = key.startsWith(QLatin1String("lower(")) ? values.constLast().toLower()
                                                       : values.constLast();
        query.finish();
    }
    return values;
}

} // namespace

QStringList PgLeadRepository::distinctSources()
{
    return distinctIndexed(m_workspace.database(), QStringLiteral("source"),
                           QStringLiteral("lower(source)"));
}

QStringList PgLeadRepository::distinctCountries()
{
    return distinctIndexed(m_workspace.database(), QStringLiteral("country"),
                           QStringLiteral("country"));
}

QList<Lead> PgLeadRepository::list(const LeadFilter& filter, const LeadSort& sort, int limit)
{
    const Where where = whereFor(filter);
    QSqlQuery query = pg::prepare(
        m_workspace.database(), QStringLiteral("SELECT ") + sqlleadrow::selectColumns() + leadFrom +
                                    where.sql + orderBy(sort) + QStringLiteral(" LIMIT ?"));
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    query.addBindValue(limit < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(limit));
    pg::exec(query, QStringLiteral("list leads"));
    QList<Lead> result;
    while (query.next())
        result << sqlleadrow::read(query, pg::stageOf);
    return result;
}

} // namespace lb
