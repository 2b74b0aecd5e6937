#include "store/sqlite/sqliteleadrepository.h"

#include "model/companyname.h"
#include "model/leadfields.h"
#include "store/sql/sqlleadrow.h"
#include "store/sqlite/leadcolumns.h"
#include "store/sqlite/reportsql.h"
#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"
#include "store/storeerror.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace lb {

namespace {

const QString leadFrom = QStringLiteral(" FROM leads l JOIN lead_scores s ON s.lead_id = l.id "
                                        "LEFT JOIN users u ON u.id = l.owner_id");

// How many leads have a value, for choosing a plan (SqliteLeadRepository::fewLeadsWith).
const QString stageLeadsSql = QStringLiteral("SELECT count(*) FROM lead_scores WHERE stage = ?");
const QString ownerLeadsSql = QStringLiteral(
    "SELECT count(*) FROM lead_scores WHERE owner_id = (SELECT id FROM users WHERE name = ?)");
const QString unownedLeadsSql =
    QStringLiteral("SELECT count(*) FROM lead_scores WHERE owner_id IS NULL");
const QString countryLeadsSql = QStringLiteral("SELECT count(*) FROM leads WHERE country = ?");

// The one SQL form of "overdue" (leads/sla.h), bound to the SLA moment in Unix seconds: an
// MQL since before it without a touch at or after the moment it became MQL. The touches are
// found by their (lead_id, at) index.
QString overdueCondition()
{
    return QStringLiteral("(s.stage = 'MQL' AND s.stage_changed_at < ? AND NOT EXISTS (SELECT 1 "
                          "FROM touches t WHERE t.lead_id = s.lead_id AND t.at >= ") +
           QLatin1String(sqlite::stageChangedAtText) + QStringLiteral("))");
}

// The FROM of a query that picks leads by filter and order: lead_scores holds the score, stage
// and owner with their indexes, so the wide leads rows are read only when a condition or the
// order needs one of their other columns.
QString pickFrom(bool needsLeads)
{
    return needsLeads ? QStringLiteral(" FROM lead_scores s JOIN leads l ON l.id = s.lead_id")
                      : QStringLiteral(" FROM lead_scores s");
}

// A count reads one table where it can: a country's leads are counted in the country index
// alone, not joined to their scores.
QString countFrom(bool needsLeads, bool needsScores)
{
    if (needsLeads && !needsScores)
        return QStringLiteral(" FROM leads l");
    return pickFrom(needsLeads);
}

bool sortNeedsLeads(const LeadSort& sort)
{
    return sort.key == LeadSortKey::LastName || sort.key == LeadSortKey::Company ||
           sort.key == LeadSortKey::LastActivity;
}

QString orderBy(const LeadSort& sort)
{
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (sort.key) {
    case LeadSortKey::Score:
        return QStringLiteral(" ORDER BY s.score") + dir + QStringLiteral(", s.lead_id") + dir;
    case LeadSortKey::Id:
        return QStringLiteral(" ORDER BY s.lead_id") + dir;
    case LeadSortKey::LastName:
        return QStringLiteral(" ORDER BY l.last_name") + dir + QStringLiteral(", l.first_name") +
               dir + QStringLiteral(", l.id") + dir;
    case LeadSortKey::Company:
        return QStringLiteral(" ORDER BY l.company") + dir + QStringLiteral(", l.id") + dir;
    // Both walk an index of their own (schema version 13), ties by id as the index keeps them.
    case LeadSortKey::StageChangedAt:
        return QStringLiteral(" ORDER BY s.stage_changed_at") + dir +
               QStringLiteral(", s.lead_id") + dir;
    case LeadSortKey::LastActivity:
        return QStringLiteral(" ORDER BY l.last_activity_at") + dir + QStringLiteral(", l.id") +
               dir;
    case LeadSortKey::Stage:
        // For list(); rows() reads stage after stage instead (rowsByStage).
        return sort.descending
                   ? QStringLiteral(" ORDER BY s.stage DESC, s.score ASC, s.lead_id ASC")
                   : QStringLiteral(" ORDER BY s.stage ASC, s.score DESC, s.lead_id DESC");
    }
    return {};
}

} // namespace

QString SqliteLeadRepository::ftsQuery(const QString& userText)
{
    // The words as the unicode61 tokenizer cuts them (runs of letters and digits), each a
    // quoted prefix, all required: "anna.virt" finds anna.virtanen@kaleva.fi. Quoting makes
    // every input valid query syntax.
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}\\p{M}]+"));
    QStringList terms;
    for (auto it = words.globalMatch(userText); it.hasNext();)
        terms << QLatin1Char('"') + it.next().captured() + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

SqliteLeadRepository::Where SqliteLeadRepository::whereFor(const LeadFilter& filter,
                                                           WherePurpose purpose)
{
    QStringList conditions;
    Where where;
    // A stage or owner is counted in its own index, unless a score range is asked too: then the
    // score index answers, since its entries carry stage and owner (the stage index would read
    // the score of each of its leads from the table: 82 ms instead of 1 at a million).
    const WherePurpose scorePurpose =
        filter.minScore || filter.maxScore ? WherePurpose::Rows : purpose;
    if (filter.stage) {
        // As for a country below: few leads are read from the stage index, many by walking the
        // order's index, whose entries carry the stage.
        const QString stage = stageName(*filter.stage);
        conditions << (fewLeadsWith(scorePurpose, stageLeadsSql, stage)
                           ? QStringLiteral("s.stage = ?")
                           : QStringLiteral("+s.stage = ?"));
        where.needsScores = true;
        where.values << stage;
    }
    if (filter.unownedOnly) {
        conditions << (fewLeadsWith(scorePurpose, unownedLeadsSql, {})
                           ? QStringLiteral("s.owner_id IS NULL")
                           : QStringLiteral("+s.owner_id IS NULL"));
        where.needsScores = true;
    } else if (!filter.owner.isEmpty()) {
        conditions << (fewLeadsWith(scorePurpose, ownerLeadsSql, filter.owner)
                           ? QStringLiteral("s.owner_id = (SELECT id FROM users WHERE name = ?)")
                           : QStringLiteral("+s.owner_id = (SELECT id FROM users WHERE name = ?)"));
        where.needsScores = true;
        where.values << filter.owner;
    }
    if (filter.minScore) {
        conditions << QStringLiteral("s.score >= ?");
        where.needsScores = true;
        where.values << *filter.minScore;
    }
    if (filter.maxScore) {
        conditions << QStringLiteral("s.score <= ?");
        where.needsScores = true;
        where.values << *filter.maxScore;
    }
    const QString match = ftsQuery(filter.search);
    if (!match.isEmpty()) {
        // A search that hits a large share of the leads ("v") is answered fastest by walking
        // the order's index and testing membership (the unary + keeps SQLite from looking
        // every hit up by id and sorting them); a selective one by looking its hits up.
        const bool broad = searchHits(match) > broadSearchHits;
        conditions << (broad ? QStringLiteral("+s.lead_id IN (SELECT rowid FROM leads_fts WHERE "
                                              "leads_fts MATCH ?)")
                             : QStringLiteral("s.lead_id IN (SELECT rowid FROM leads_fts WHERE "
                                              "leads_fts MATCH ?)"));
        where.values << match;
        where.needsScores = true;
    }
    if (!filter.source.isEmpty()) {
        conditions << QStringLiteral("l.source = ? COLLATE NOCASE");
        where.values << filter.source;
        where.needsLeads = true;
    }
    if (!filter.missingAnyOf.isEmpty()) {
        // Field names map onto known columns only: nothing a caller passes reaches the SQL. The
        // profile's fields a scoring rule may test can be missing (model/leadfields.cpp).
        static const QHash<QString, QString> columns = [] {
            QHash<QString, QString> map;
            for (const LeadFieldSpec& spec : leadFieldSpecs()) {
                if (spec.has(LeadFieldFlag::Editable) && spec.has(LeadFieldFlag::Scored))
                    map.insert(QString::fromLatin1(spec.key), QString::fromLatin1(spec.column));
            }
            return map;
        }();
        QStringList missing;
        for (const QString& field : filter.missingAnyOf) {
            if (const auto column = columns.constFind(field); column != columns.constEnd())
                missing << QStringLiteral("l.%1 IS NULL OR l.%1 = ''").arg(*column);
        }
        if (!missing.isEmpty()) {
            conditions << QLatin1Char('(') + missing.join(QStringLiteral(" OR ")) +
                              QLatin1Char(')');
            where.needsLeads = true;
        }
    }
    if (!filter.country.isEmpty()) {
        // A count, or a window of a country with few leads, reads the country index; a window
        // of a big country walks the index of its order and tests the country ("+" keeps the
        // planner from sorting 300,000 leads; the country index would find 20 leads at once
        // where the walk would visit a million).
        const QString country = filter.country.toUpper();
        const bool few = fewLeadsWith(purpose, countryLeadsSql, country);
        conditions << (few ? QStringLiteral("l.country = ?") : QStringLiteral("+l.country = ?"));
        where.values << country;
        where.needsLeads = true;
    }
    if (filter.slice) {
        // The same conditions the report counted with: the rows listed are the leads counted.
        const sqlite::SqlPart slice =
            sqlite::sliceCondition(QStringLiteral("s.lead_id"), *filter.slice);
        conditions << slice.sql;
        where.values += slice.values;
        where.needsScores = true;
    }
    if (filter.overdueOnly) {
        conditions << (filter.slaCutoff.isValid() ? overdueCondition() : QStringLiteral("0"));
        if (filter.slaCutoff.isValid())
            where.values << filter.slaCutoff.toSecsSinceEpoch();
        where.needsScores = true;
    }
    if (filter.ids) {
        // One bound JSON array, however many leads were selected.
        QStringList ids;
        ids.reserve(filter.ids->size());
        for (qint64 id : *filter.ids)
            ids << QString::number(id);
        conditions << QStringLiteral("s.lead_id IN (SELECT value FROM json_each(?))");
        where.values << QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']');
        where.needsScores = true;
    }
    if (!conditions.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return where;
}

sqlite::SqlPart SqliteLeadRepository::condition(const LeadFilter& filter)
{
    const Where where = whereFor(filter);
    if (where.sql.isEmpty())
        return {QStringLiteral("1"), {}};
    return {QLatin1Char('(') + where.sql.mid(QStringLiteral(" WHERE ").size()) + QLatin1Char(')'),
            where.values};
}

void SqliteLeadRepository::writeSearchIndex(qint64 id, const Lead& lead, bool removeOld)
{
    const QSqlDatabase db = m_workspace.database();
    if (removeOld) {
        // An external-content FTS5 table forgets a row only when told its old words.
        QSqlQuery remove = sqlite::prepare(
            db, QStringLiteral("INSERT INTO leads_fts(leads_fts, rowid, first_name, last_name, "
                               "company, email, title, notes) SELECT 'delete', id, first_name, "
                               "last_name, company, email, title, notes FROM leads WHERE id = ?"));
        remove.addBindValue(id);
        sqlite::exec(remove);
    }
    QSqlQuery add = sqlite::prepare(
        db, QStringLiteral("INSERT INTO leads_fts(rowid, first_name, last_name, company, email, "
                           "title, notes) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    add.addBindValue(id);
    add.addBindValue(sqlite::textOrNull(lead.firstName));
    add.addBindValue(sqlite::textOrNull(lead.lastName));
    add.addBindValue(sqlite::textOrNull(lead.company));
    add.addBindValue(sqlite::textOrNull(lead.email));
    add.addBindValue(sqlite::textOrNull(lead.title));
    add.addBindValue(sqlite::textOrNull(lead.notes));
    sqlite::exec(add);
}

void SqliteLeadRepository::insert(Lead& lead, const QString& actor)
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
    const QVariant ownerId = lead.owner.isEmpty()
                                 ? QVariant(QMetaType::fromType<qint64>())
                                 : QVariant(m_workspace.users().ensure(lead.owner));
    const int columns = int(sqlleadrow::writtenColumns().size());
    QStringList marks;
    for (int i = 0; i < columns + 4; ++i)
        marks << QStringLiteral("?");
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO leads(%1, created_at, updated_at, updated_by, version) "
                       "VALUES(%2)")
            .arg(sqlleadrow::writtenColumns().join(QStringLiteral(", ")),
                 marks.join(QLatin1Char(','))));
    for (const QVariant& value : sqlleadrow::writtenValues(lead, ownerId))
        query.addBindValue(value);
    query.addBindValue(toIsoUtc(lead.createdAt));
    query.addBindValue(toIsoUtc(lead.updatedAt));
    query.addBindValue(actor);
    query.addBindValue(lead.version);
    sqlite::exec(query, QStringLiteral("insert lead"));
    lead.id = query.lastInsertId().toLongLong();
    QSqlQuery score = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO lead_scores(lead_id, stage, stage_changed_at, owner_id, "
                       "score, fit, behavior, grade, model_id, scored_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(lead.id), QVariant(stageName(lead.stage)),
          QVariant(sqlite::stageTimeOf(lead.stageChangedAt)), ownerId, QVariant(lead.score.total),
          QVariant(lead.score.fit), QVariant(lead.score.behavior),
          sqlite::textOrNull(lead.score.grade),
          lead.score.modelId ? QVariant(lead.score.modelId)
                             : QVariant(QMetaType::fromType<qint64>()),
          sqlite::textOrNull(toIsoUtc(lead.score.scoredAt))})
        score.addBindValue(value);
    sqlite::exec(score, QStringLiteral("insert lead score"));
    writeSearchIndex(lead.id, lead, false);
    transaction.commit();
}

void SqliteLeadRepository::update(Lead& lead, const QString& actor)
{
    Transaction transaction(m_workspace);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariant ownerId = lead.owner.isEmpty()
                                 ? QVariant(QMetaType::fromType<qint64>())
                                 : QVariant(m_workspace.users().ensure(lead.owner));
    writeSearchIndex(lead.id, lead, true);
    QStringList assignments;
    for (const QString& column : sqlleadrow::writtenColumns())
        assignments << column + QStringLiteral(" = ?");
    QSqlQuery query = sqlite::prepare(
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
    sqlite::exec(query, QStringLiteral("update lead"));
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
    // The stage is kept beside the score; an edit that leaves it as it was writes nothing there.
    const QString stage = stageName(lead.stage);
    const qint64 stageChangedAt = sqlite::stageTimeOf(lead.stageChangedAt);
    QSqlQuery stageWrite = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("UPDATE lead_scores SET stage = ?, stage_changed_at = ? WHERE lead_id = ? "
                       "AND (stage IS NOT ? OR stage_changed_at IS NOT ?)"));
    for (const QVariant& value : {QVariant(stage), QVariant(stageChangedAt), QVariant(lead.id),
                                  QVariant(stage), QVariant(stageChangedAt)})
        stageWrite.addBindValue(value);
    sqlite::exec(stageWrite, QStringLiteral("update lead stage"));
    transaction.commit();
    lead.version += 1;
    lead.updatedAt = now;
    lead.updatedBy = actor;
}

std::optional<Lead> SqliteLeadRepository::findOne(const QString& condition, const QVariant& value)
{
    QSqlQuery query = sqlite::prepare(m_workspace.database(),
                                      QStringLiteral("SELECT ") + sqlleadrow::selectColumns() +
                                          leadFrom + QStringLiteral(" WHERE ") + condition);
    query.addBindValue(value);
    sqlite::exec(query);
    if (!query.next())
        return std::nullopt;
    return sqlleadrow::read(query, sqlite::stageOf);
}

std::optional<Lead> SqliteLeadRepository::find(qint64 id)
{
    return findOne(QStringLiteral("l.id = ?"), id);
}

std::optional<Lead> SqliteLeadRepository::findByEmail(const QString& email)
{
    return findOne(QStringLiteral("l.email = ?"), email.trimmed().toLower());
}

std::optional<Lead> SqliteLeadRepository::findByIdOrEmail(const QString& idOrEmail)
{
    bool isNumber = false;
    const qint64 id = idOrEmail.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return find(id);
    return findByEmail(idOrEmail);
}

qint64 SqliteLeadRepository::searchHits(const QString& match)
{
    // Only steers the query plan, so a count a little out of date does no harm.
    if (match == m_lastMatch)
        return m_lastMatchHits;
    QSqlQuery query =
        sqlite::prepare(m_workspace.database(),
                        QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH ?"));
    query.addBindValue(match);
    sqlite::exec(query);
    m_lastMatch = match;
    m_lastMatchHits = query.next() ? query.value(0).toLongLong() : 0;
    return m_lastMatchHits;
}

qint64 SqliteLeadRepository::leadsWith(const QString& countSql, const QVariant& value)
{
    const QString key = countSql + QChar(0x1f) + value.toString();
    if (const auto cached = m_leadsWith.constFind(key); cached != m_leadsWith.constEnd())
        return *cached;
    QSqlQuery query = sqlite::prepare(m_workspace.database(), countSql);
    if (!value.isNull())
        query.addBindValue(value);
    sqlite::exec(query);
    const qint64 leads = query.next() ? query.value(0).toLongLong() : 0;
    m_leadsWith.insert(key, leads);
    return leads;
}

bool SqliteLeadRepository::fewLeadsWith(WherePurpose purpose, const QString& countSql,
                                        const QVariant& value)
{
    return purpose == WherePurpose::Count || leadsWith(countSql, value) < fewLeads;
}

qint64 SqliteLeadRepository::countMatching(const LeadFilter& filter)
{
    const Where where = whereFor(filter, WherePurpose::Count);
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(), QStringLiteral("SELECT count(*)") +
                                    countFrom(where.needsLeads, where.needsScores) + where.sql);
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    sqlite::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 SqliteLeadRepository::count(const LeadFilter& filter)
{
    // A new filter or new data: look again.
    m_leadsWith.clear();
    m_stageLeadsFilter.reset();
    // A search alone is counted in the search index, without visiting the leads it names.
    LeadFilter searchAlone;
    searchAlone.search = filter.search;
    if (!filter.search.isEmpty() && filter == searchAlone) {
        const QString match = ftsQuery(filter.search);
        if (!match.isEmpty()) {
            m_lastMatch.clear();
            return searchHits(match);
        }
    }
    const qint64 leads = countMatching(filter);
    LeadFilter countryAlone;
    countryAlone.country = filter.country;
    if (!filter.country.isEmpty() && filter == countryAlone)
        m_leadsWith.insert(countryLeadsSql + QChar(0x1f) + filter.country.toUpper(),
                           leads); // the windows will ask
    return leads;
}

QMap<Stage, qint64> SqliteLeadRepository::countByStage()
{
    QSqlQuery query =
        sqlite::prepare(m_workspace.database(),
                        QStringLiteral("SELECT stage, count(*) FROM lead_scores GROUP BY stage"));
    sqlite::exec(query);
    QMap<Stage, qint64> counts;
    for (Stage stage : allStages)
        counts.insert(stage, 0);
    while (query.next()) {
        if (const auto stage = stageFromName(query.value(0).toString()))
            counts[*stage] = query.value(1).toLongLong();
    }
    return counts;
}

qint64 SqliteLeadRepository::stageLeads(const LeadFilter& oneStage)
{
    LeadFilter others = oneStage;
    others.stage.reset();
    if (m_stageLeadsFilter != others) {
        m_stageLeads.clear();
        m_stageLeadsFilter = others;
    }
    const QString stage = stageName(oneStage.stage.value_or(Stage::New));
    if (const auto cached = m_stageLeads.constFind(stage); cached != m_stageLeads.constEnd())
        return *cached;
    const qint64 leads = countMatching(oneStage);
    m_stageLeads.insert(stage, leads);
    return leads;
}

QList<LeadRow> SqliteLeadRepository::rowsByStage(const LeadFilter& filter, bool descending,
                                                 qint64 offset, int limit)
{
    // Stage names in the database's (binary) order, as ORDER BY stage would give them; within
    // a stage the best score first when ascending, as in the rest of the table. Only the
    // stages a window skips are counted: the first window counts none.
    QStringList names;
    if (filter.stage) {
        names << stageName(*filter.stage);
    } else {
        for (Stage stage : allStages)
            names << stageName(stage);
        std::sort(names.begin(), names.end());
    }
    if (descending)
        std::reverse(names.begin(), names.end());
    const LeadSort withinStage{LeadSortKey::Score, !descending};
    QList<LeadRow> result;
    qint64 skip = offset;
    for (const QString& name : names) {
        LeadFilter oneStage = filter;
        oneStage.stage = stageFromName(name);
        if (skip > 0) {
            const qint64 leads = stageLeads(oneStage);
            if (skip >= leads) {
                skip -= leads;
                continue;
            }
        }
        result += rows(oneStage, withinStage, skip, limit - int(result.size()));
        skip = 0;
        if (result.size() >= limit)
            break;
    }
    return result;
}

QList<LeadRow> SqliteLeadRepository::rows(const LeadFilter& filter, const LeadSort& sort,
                                          qint64 offset, int limit, const LeadRow* after)
{
    // No index orders by stage and score together (it would be rebuilt by every full rescore):
    // the stages are read one after another.
    if (sort.key == LeadSortKey::Stage)
        return rowsByStage(filter, sort.descending, offset, limit);
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
    // The window's ids come from the index alone (a covering scan, even past an OFFSET of
    // 900,000); only the rows in the window are then read from the table.
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT l.id, s.score, s.grade, l.first_name, l.last_name, l.email, "
                       "l.company, l.title, s.stage, u.name, l.source, l.country, "
                       "l.last_activity_at, ") +
            QLatin1String(sqlite::stageChangedAtText) + QStringLiteral(", ") +
            (filter.slaCutoff.isValid() ? overdueCondition() : QStringLiteral("0")) + leadFrom +
            QStringLiteral(" WHERE l.id IN (SELECT s.lead_id") +
            pickFrom(where.needsLeads || sortNeedsLeads(sort)) + where.sql + orderBy(sort) +
            (seek ? QStringLiteral(" LIMIT ?)") : QStringLiteral(" LIMIT ? OFFSET ?)")) +
            orderBy(sort));
    if (filter.slaCutoff.isValid())
        query.addBindValue(filter.slaCutoff.toSecsSinceEpoch());
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!seek)
        query.addBindValue(offset);
    sqlite::exec(query, QStringLiteral("lead rows"));
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
        row.stage = sqlite::stageOf(query, 8);
        row.owner = query.value(9).toString();
        row.source = query.value(10).toString();
        row.country = query.value(11).toString();
        row.lastActivityAt = query.value(12).toString();
        row.stageChangedAt = query.value(13).toString();
        row.overdue = query.value(14).toInt() != 0;
        result << row;
    }
    return result;
}

namespace {

// The distinct values of an indexed column by seeking from one to the next (a skip scan):
// about ten index seeks for the demo's sources, where SELECT DISTINCT would read an index
// entry of each of a million leads.
QStringList distinctIndexed(const QSqlDatabase& db, const QString& expression)
{
    QSqlQuery query = sqlite::prepare(
        db, QStringLiteral("SELECT min(%1) FROM leads WHERE %1 > ?").arg(expression));
    QStringList values;
    QString last = QStringLiteral("");
    for (;;) {
        query.bindValue(0, last);
        sqlite::exec(query, QStringLiteral("filter values"));
        if (!query.next() || query.isNull(0))
            break;
        last = query.value(0).toString();
        values << last;
        query.finish();
    }
    return values;
}

} // namespace

QStringList SqliteLeadRepository::distinctSources()
{
    return distinctIndexed(m_workspace.database(), QStringLiteral("source COLLATE NOCASE"));
}

QStringList SqliteLeadRepository::distinctCountries()
{
    return distinctIndexed(m_workspace.database(), QStringLiteral("country"));
}

QList<Lead> SqliteLeadRepository::list(const LeadFilter& filter, const LeadSort& sort, int limit)
{
    const Where where = whereFor(filter);
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(), QStringLiteral("SELECT ") + sqlleadrow::selectColumns() + leadFrom +
                                    where.sql + orderBy(sort) + QStringLiteral(" LIMIT ?"));
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    query.addBindValue(limit < 0 ? -1 : limit);
    sqlite::exec(query, QStringLiteral("list leads"));
    QList<Lead> result;
    while (query.next())
        result << sqlleadrow::read(query, sqlite::stageOf);
    return result;
}

} // namespace lb
