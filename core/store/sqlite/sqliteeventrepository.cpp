#include "store/sqlite/sqliteeventrepository.h"

#include "store/sqlite/eventdigests.h"
#include "store/sqlite/sqlitestatement.h"
#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"
#include "util/isotime.h"

namespace lb {

bool SqliteEventRepository::add(Event& event)
{
    Transaction transaction(m_workspace);
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT OR IGNORE INTO events(lead_id, type, occurred_at, detail) "
                       "VALUES(?, ?, ?, ?)"));
    query.addBindValue(event.leadId);
    query.addBindValue(event.type);
    query.addBindValue(event.occurredAtMs);
    // A null QString binds NULL, which OR IGNORE would silently drop: no detail is ''.
    query.addBindValue(event.detail.isNull() ? QStringLiteral("") : event.detail);
    sqlite::exec(query, QStringLiteral("add event"));
    const bool added = query.numRowsAffected() == 1;
    if (added) {
        QSqlQuery activity = sqlite::prepare(
            m_workspace.database(),
            QStringLiteral("UPDATE leads SET last_activity_at = :at WHERE id = :id AND "
                           "(last_activity_at IS NULL OR last_activity_at < :at)"));
        activity.bindValue(QStringLiteral(":at"), toIsoUtc(momentOfEventTime(event.occurredAtMs)));
        activity.bindValue(QStringLiteral(":id"), event.leadId);
        sqlite::exec(activity);
        sqlite::EventDigests(m_workspace.handle()).refresh(event.leadId);
    }
    transaction.commit();
    return added;
}

namespace {

QList<Event> readEvents(QSqlQuery& query)
{
    sqlite::exec(query);
    QList<Event> events;
    while (query.next()) {
        events.append(Event{query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toLongLong(), query.value(3).toString()});
    }
    return events;
}

} // namespace

QList<Event> SqliteEventRepository::forLead(qint64 leadId)
{
    return newestForLead(leadId, -1); // SQLite: a negative LIMIT is no limit
}

QList<Event> SqliteEventRepository::newestForLead(qint64 leadId, qint64 limit)
{
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT lead_id, type, occurred_at, detail FROM events WHERE lead_id = ? "
                       "ORDER BY occurred_at DESC LIMIT ?"));
    query.addBindValue(leadId);
    query.addBindValue(limit);
    return readEvents(query);
}

QList<Event> SqliteEventRepository::forLeadBetween(qint64 leadId, qint64 fromMs, qint64 toMs)
{
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT lead_id, type, occurred_at, detail FROM events WHERE lead_id = ? "
                       "AND occurred_at BETWEEN ? AND ? ORDER BY occurred_at DESC"));
    query.addBindValue(leadId);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    return readEvents(query);
}

qint64 SqliteEventRepository::countForLead(qint64 leadId)
{
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(), QStringLiteral("SELECT count(*) FROM events WHERE lead_id = ?"));
    query.addBindValue(leadId);
    sqlite::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 SqliteEventRepository::count()
{
    return sqlite::scalar(m_workspace.database(), QStringLiteral("SELECT count(*) FROM events"))
        .toLongLong();
}

bool sqlite::insertEvent(Statement& insert, const Event& event)
{
    // bindText binds '' for no detail: NULL would break NOT NULL, which OR IGNORE drops quietly.
    return insert.bind(1, event.leadId)
               .bindText(2, event.type)
               .bind(3, event.occurredAtMs)
               .bindText(4, event.detail)
               .step() == 1;
}

} // namespace lb
