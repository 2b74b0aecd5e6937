#include "store/postgres/pgeventrepository.h"

#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "util/isotime.h"

namespace lb {

bool PgEventRepository::add(Event& event)
{
    Transaction transaction(m_workspace);
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO events(lead_id, type, occurred_at, detail) VALUES(?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING"));
    query.addBindValue(event.leadId);
    query.addBindValue(event.type);
    query.addBindValue(event.occurredAtMs);
    // No detail is '' (the key holds it, and NULL is never equal to NULL).
    query.addBindValue(event.detail.isNull() ? QStringLiteral("") : event.detail);
    pg::exec(query, QStringLiteral("add event"));
    const bool added = query.numRowsAffected() == 1;
    if (added) {
        QSqlQuery activity =
            pg::prepare(m_workspace.database(),
                        QStringLiteral("UPDATE leads SET last_activity_at = ? WHERE id = ? AND "
                                       "(last_activity_at IS NULL OR last_activity_at < ?)"));
        const QString at = toIsoUtc(momentOfEventTime(event.occurredAtMs));
        activity.addBindValue(at);
        activity.addBindValue(event.leadId);
        activity.addBindValue(at);
        pg::exec(activity);
    }
    transaction.commit();
    return added;
}

namespace {

QList<Event> readEvents(QSqlQuery& query)
{
    pg::exec(query);
    QList<Event> events;
    while (query.next()) {
        events.append(Event{query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toLongLong(), query.value(3).toString()});
    }
    return events;
}

} // namespace

QList<Event> PgEventRepository::forLead(qint64 leadId)
{
    return newestForLead(leadId, -1);
}

QList<Event> PgEventRepository::newestForLead(qint64 leadId, qint64 limit)
{
    // LIMIT NULL is no limit, as a negative one is on SQLite.
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT lead_id, type, occurred_at, detail FROM events WHERE lead_id = ? "
                       "ORDER BY occurred_at DESC LIMIT ?"));
    query.addBindValue(leadId);
    query.addBindValue(limit < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(limit));
    return readEvents(query);
}

QList<Event> PgEventRepository::forLeadBetween(qint64 leadId, qint64 fromMs, qint64 toMs)
{
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT lead_id, type, occurred_at, detail FROM events WHERE lead_id = ? "
                       "AND occurred_at BETWEEN ? AND ? ORDER BY occurred_at DESC"));
    query.addBindValue(leadId);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    return readEvents(query);
}

qint64 PgEventRepository::countForLead(qint64 leadId)
{
    QSqlQuery query = pg::prepare(m_workspace.database(),
                                  QStringLiteral("SELECT count(*) FROM events WHERE lead_id = ?"));
    query.addBindValue(leadId);
    pg::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 PgEventRepository::count()
{
    return pg::scalar(m_workspace.database(), QStringLiteral("SELECT count(*) FROM events"))
        .toLongLong();
}

} // namespace lb
