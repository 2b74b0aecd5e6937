#pragma once

#include "store/repositories.h"

namespace lb {

class SqliteWorkspace;

class SqliteHistoryRepository final : public HistoryRepository
{
public:
    explicit SqliteHistoryRepository(SqliteWorkspace& workspace) : m_workspace(workspace) {}
    void append(StageChange& change) override;
    QList<StageChange> forLead(qint64 leadId) override;

private:
    SqliteWorkspace& m_workspace;
};

} // namespace lb
