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
    qint64 count() override;

private:
    SqliteWorkspace& m_workspace;
};

} // namespace lb
