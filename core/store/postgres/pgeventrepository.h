#pragma once

#include "store/repositories.h"

namespace lb {

class PgWorkspace;

// A lead's events in a team workspace. SQLite keeps a packed copy of each lead's events for its
// scorer (event_digests); the team workspace's scorer reads the events themselves.
class PgEventRepository final : public EventRepository
{
public:
    explicit PgEventRepository(PgWorkspace& workspace) : m_workspace(workspace) {}
    bool add(Event& event) override;
    QList<Event> forLead(qint64 leadId) override;
    QList<Event> newestForLead(qint64 leadId, qint64 limit) override;
    QList<Event> forLeadBetween(qint64 leadId, qint64 fromMs, qint64 toMs) override;
    qint64 countForLead(qint64 leadId) override;
    qint64 count() override;

private:
    PgWorkspace& m_workspace;
};

} // namespace lb
