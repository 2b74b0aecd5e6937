#pragma once

#include "store/repositories.h"

namespace lb {

class SqliteWorkspace;

class SqliteUserRepository final : public UserRepository
{
public:
    explicit SqliteUserRepository(SqliteWorkspace& workspace) : m_workspace(workspace) {}
    qint64 ensure(const QString& name) override;
    QStringList names() override;

private:
    SqliteWorkspace& m_workspace;
};

} // namespace lb
