#pragma once

#include "store/repositories.h"

namespace lb {

class SqliteWorkspace;

class SqliteEventRepository final : public EventRepository
{
public:
    explicit SqliteEventRepository(SqliteWorkspace& workspace) : m_workspace(workspace) {}
    bool add(Event& event) override;
    QList<Event> forLead(qint64 leadId) override;
    QList<Event> newestForLead(qint64 leadId, qint64 limit) override;
    QList<Event> forLeadBetween(qint64 leadId, qint64 fromMs, qint64 toMs) override;
    qint64 countForLead(qint64 leadId) override;
    qint64 count() override;

private:
    SqliteWorkspace& m_workspace;
};

namespace sqlite {

class Statement;

// The statement that stores an event for the bulk paths: OR IGNORE, because the same event
// (lead, time, type, detail) imported twice is one event.
inline constexpr char insertEventSql[] =
    "INSERT OR IGNORE INTO events(lead_id, type, occurred_at, detail) VALUES(?1, ?2, ?3, ?4)";
// Runs insertEventSql for `event`; false when the event was already stored.
bool insertEvent(Statement& insert, const Event& event);

} // namespace sqlite

} // namespace lb
