#pragma once

#include "store/leadexportsource.h"

namespace lb {

class SqliteWorkspace;

class SqliteLeadExportSource final : public LeadExportSource
{
public:
    explicit SqliteLeadExportSource(SqliteWorkspace& workspace) : m_workspace(workspace) {}

    QStringList customFieldNames(std::optional<Stage> stage) override;
    qint64 forEach(std::optional<Stage> stage,
                   const std::function<void(const LeadExportRow&)>& row) override;

private:
    SqliteWorkspace& m_workspace;
};

} // namespace lb
