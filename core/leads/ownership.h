#pragma once

#include "model/lead.h"
#include "model/ownerchange.h"

#include <QList>
#include <QStringList>
#include <memory>

namespace lb {

class OwnerStore;
class Workspace;

// Who owns a lead (issue 21): assigning and reassigning it, one lead or many, round robin among
// SDRs, and taking an assignment back. Every change is versioned like any lead write (a stale
// lead is refused with StoreError Kind::Conflict), records a line in the lead's owner history
// and keeps the owner the reports group by. The GUI and `leadbench-cli assign` both use it.
class OwnershipService
{
public:
    explicit OwnershipService(Workspace& workspace);

    // Gives `lead` (as the caller read it) to `owner` (empty: nobody), updating it in place.
    // Returns the change; one whose owner is already `owner` writes nothing (change.id 0).
    // Throws StoreError: Conflict (stale), NotFound, Invalid (a converted lead is read-only).
    OwnerChange assign(Lead& lead, const QString& owner, const QString& actor);
    // Gives every lead to `owner`, in one transaction; an unknown lead refuses them all
    // (StoreError NotFound naming it). Returns the changes made, leads already owned by
    // `owner` left out.
    QList<OwnerChange> assignMany(const QList<qint64>& leadIds, const QString& owner,
                                  const QString& actor);
    // Deals the leads out in turn: the first to owners[0], the second to owners[1], ... in
    // one transaction, as assignMany.
    QList<OwnerChange> assignRoundRobin(const QList<qint64>& leadIds, const QStringList& owners,
                                        const QString& actor);
    // Takes back `done` (a change or an undo of one): the lead returns to `done.from`, with a
    // history line of its own. Refused (Conflict) when the lead changed since `done` was made.
    OwnerChange revert(const OwnerChange& done, const QString& actor);
    // Reverts many changes in one transaction, all or none.
    QList<OwnerChange> revertMany(const QList<OwnerChange>& done, const QString& actor);

    // "Assign new MQLs": the MQLs nobody owns, longest waiting first.
    QList<qint64> unownedMqls();
    // The lead's owner changes, oldest first.
    QList<OwnerChange> history(qint64 leadId);

private:
    Lead findLead(qint64 leadId);

    Workspace& m_workspace;
    OwnerStore* m_store; // the workspace's
};

} // namespace lb
