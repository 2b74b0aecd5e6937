#pragma once

#include "store/leadexportsource.h"

namespace lb {

class SqliteWorkspace;

class SqliteLeadExportSource final : public LeadExportSource
{
public:
    explicit SqliteLeadExportSource(SqliteWorkspace& workspace) : m_workspace(workspace) {}

    QStringList customFieldNames(const LeadFilter& leads) override;
    qint64 forEach(const LeadFilter& leads,
                   const std::function<void(const LeadExportRow&)>& row) override;

private:
    SqliteWorkspace& m_workspace;
};

} // namespace lb
