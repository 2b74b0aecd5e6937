#pragma once

#include "store/lifecyclestore.h"

namespace lb {

class SqliteWorkspace;

// LifecycleStore on the workspace's own connection (joins its transactions).
class SqliteLifecycleStore final : public LifecycleStore
{
public:
    explicit SqliteLifecycleStore(SqliteWorkspace& workspace) : m_workspace(workspace) {}

    void writeStage(Lead& lead, Stage to, const QDateTime& at,
                    const std::optional<QString>& newOwner,
                    const std::optional<ConversionLink>& link, const QString& actor) override;

private:
    SqliteWorkspace& m_workspace;
};

} // namespace lb
