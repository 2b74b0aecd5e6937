#pragma once

#include "store/repositories.h"

namespace lb {

class PgWorkspace;

class PgHistoryRepository final : public HistoryRepository
{
public:
    explicit PgHistoryRepository(PgWorkspace& workspace) : m_workspace(workspace) {}
    void append(StageChange& change) override;
    QList<StageChange> forLead(qint64 leadId) override;

private:
    PgWorkspace& m_workspace;
};

} // namespace lb
