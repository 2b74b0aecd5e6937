#pragma once

#include "store/repositories.h"

namespace lb {

class PgWorkspace;

// Users are told apart without case, as on SQLite (its users.name is COLLATE NOCASE): the
// unique index is on lower(name).
class PgUserRepository final : public UserRepository
{
public:
    explicit PgUserRepository(PgWorkspace& workspace) : m_workspace(workspace) {}
    qint64 ensure(const QString& name) override;
    QStringList names() override;

private:
    PgWorkspace& m_workspace;
};

} // namespace lb
