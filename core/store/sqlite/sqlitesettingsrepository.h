#pragma once

#include "store/repositories.h"

namespace lb {

class SqliteWorkspace;

class SqliteSettingsRepository final : public SettingsRepository
{
public:
    explicit SqliteSettingsRepository(SqliteWorkspace& workspace) : m_workspace(workspace) {}
    QString value(const QString& key, const QString& fallback = {}) override;
    void setValue(const QString& key, const QString& value) override;

private:
    SqliteWorkspace& m_workspace;
};

} // namespace lb
