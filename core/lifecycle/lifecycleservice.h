#pragma once

#include "util/usererror.h"

#include "lifecycle/stagemachine.h"
#include "model/stagechange.h"
#include "qualification/frameworkcatalog.h"

#include <QList>
#include <memory>
#include <stdexcept>

namespace lb {

class Workspace;
class QualificationStore;
class LifecycleStore;
class JobControl;

// A move the lifecycle refused; carries the machine's decision.
class LifecycleRefused : public UserError
{
public:
    explicit LifecycleRefused(MoveDecision decision)
        : UserError(decision.message), m_decision(std::move(decision))
    {
    }
    const MoveDecision& decision() const { return m_decision; }

private:
    MoveDecision m_decision;
};

// What a bulk move did: the leads moved and, per refused lead, why not.
struct BulkMoveResult
{
    struct Refusal
    {
        qint64 leadId = 0;
        MoveDecision decision;
    };
    QList<qint64> moved;
    QList<Refusal> refused;
};

// The names of what a lead became, for the history line of its conversion.
struct ConvertedNames
{
    QString account;
    QString contact;
    QString opportunity;
};

// Applies stage moves under the StageMachine's rules: each move updates only the lead's stage
// fields (stage, stage_changed_at, owner on accept, version) and appends stage_history, in one
// transaction; other fields of the caller's Lead are neither written nor lost.
// A stale lead (another writer got there first) is refused with StoreError Kind::Conflict.
class LifecycleService
{
public:
    explicit LifecycleService(Workspace& workspace,
                              const FrameworkCatalog& catalog = FrameworkCatalog::builtIn());

    Actor actor(const QString& userName);

    // What the machine says about the move, without changing anything.
    MoveDecision check(const Lead& lead, const MoveRequest& request, const QString& actor);
    // Moves the lead (updating `lead` in place) or throws LifecycleRefused / StoreError.
    StageChange move(Lead& lead, const MoveRequest& request, const QString& actor);
    // Moves many leads in one transaction; refused leads are reported and left as they were.
    // Throws JobCancelled (rolling everything back) when `job` is cancelled.
    BulkMoveResult moveMany(const QList<qint64>& leadIds, const MoveRequest& request,
                            const QString& actor, JobControl* job = nullptr);

    // Takes back `done`, the lead's last move: the lead returns to the stage it came from with
    // the owner it had, and the history records the undo (it is never rewritten). Refused
    // when the lead moved again since, was converted, or is stale (StoreError Conflict).
    StageChange undoMove(Lead& lead, const StageChange& done, const QString& previousOwner,
                         const QString& actor);

    // SQL → Converted: only ConversionService calls this, inside its transaction.
    StageChange markConverted(Lead& lead, const ConversionLink& link, const QString& actor,
                              const ConvertedNames& names = {});

private:
    MoveDecision checkAs(const Lead& lead, const MoveRequest& request, const Actor& actor);
    StageChange apply(Lead& lead, Stage to, const QString& reason, bool overridden,
                      const QString& actor, const std::optional<ConversionLink>& link = {});

    Workspace& m_workspace;
    const FrameworkCatalog& m_catalog;
    QualificationStore* m_store; // the workspace's
    LifecycleStore* m_stages;    // the workspace's
};

} // namespace lb
