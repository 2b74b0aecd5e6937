#pragma once

#include "store/repositories.h"

namespace lb {

class PgWorkspace;

class PgSettingsRepository final : public SettingsRepository
{
public:
    explicit PgSettingsRepository(PgWorkspace& workspace) : m_workspace(workspace) {}
    QString value(const QString& key, const QString& fallback = {}) override;
    void setValue(const QString& key, const QString& value) override;

private:
    PgWorkspace& m_workspace;
};

} // namespace lb
