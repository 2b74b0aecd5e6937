#pragma once

#include "store/lifecyclestore.h"

namespace lb {

class PgWorkspace;

// LifecycleStore of a team workspace, on the workspace's own connection (joins its
// transactions): the same rows, checks and refusals as SqliteLifecycleStore.
class PgLifecycleStore final : public LifecycleStore
{
public:
    explicit PgLifecycleStore(PgWorkspace& workspace) : m_workspace(workspace) {}

    void writeStage(Lead& lead, Stage to, const QDateTime& at,
                    const std::optional<QString>& newOwner,
                    const std::optional<ConversionLink>& link, const QString& actor) override;

private:
    PgWorkspace& m_workspace;
};

} // namespace lb
