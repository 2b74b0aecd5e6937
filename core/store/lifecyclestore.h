#pragma once

#include "model/lead.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace lb {

class Workspace;

// The lifecycle's narrow write: only what a stage move changes (stage, stage_changed_at, owner,
// conversion links, updated_*, version), so bulk moves skip rewriting every field and the
// search index. Same optimistic concurrency as LeadRepository::update.
class LifecycleStore
{
public:
    virtual ~LifecycleStore() = default;

    // Writes the move when lead.version still matches the stored one and the stored stage is
    // still lead.stage (a rescore moves leads to MQL without a new version), then bumps
    // lead.version and sets lead.stage, stageChangedAt, owner (when given), converted (when given)
    // and updated*. Throws StoreError Kind::Conflict ("changed by X at T") or Kind::NotFound.
    virtual void writeStage(Lead& lead, Stage to, const QDateTime& at,
                            const std::optional<QString>& newOwner,
                            const std::optional<ConversionLink>& link, const QString& actor) = 0;
};

} // namespace lb
