#include "leads/ownership.h"

#include "lifecycle/leadguard.h"
#include "store/sdrstore.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace lb {

OwnershipService::OwnershipService(Workspace& workspace)
    : m_workspace(workspace), m_store(&workspace.owners())
{
}

Lead OwnershipService::findLead(qint64 leadId)
{
    std::optional<Lead> lead = m_workspace.leads().find(leadId);
    if (!lead)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("lb::Ownership", "lead %1 does not exist").arg(leadId));
    return *lead;
}

OwnerChange OwnershipService::assign(Lead& lead, const QString& owner, const QString& actor)
{
    const QString name = owner.trimmed();
    if (const auto refusal = readOnlyReason(lead))
        throw StoreError(StoreError::Kind::Invalid, *refusal);
    OwnerChange change;
    change.leadId = lead.id;
    change.from = lead.owner;
    change.to = name;
    change.by = actor;
    change.version = lead.version;
    if (lead.owner.compare(name, Qt::CaseInsensitive) == 0)
        return change;
    Lead updated = lead;
    Transaction transaction(m_workspace);
    m_store->writeOwner(updated, name, actor);
    change.at = updated.updatedAt;
    m_store->append(change);
    transaction.commit();
    lead = updated;
    change.version = lead.version;
    return change;
}

QList<OwnerChange> OwnershipService::assignMany(const QList<qint64>& leadIds, const QString& owner,
                                                const QString& actor)
{
    return assignRoundRobin(leadIds, QStringList{owner}, actor);
}

QList<OwnerChange> OwnershipService::assignRoundRobin(const QList<qint64>& leadIds,
                                                      const QStringList& owners,
                                                      const QString& actor)
{
    if (owners.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("lb::Ownership", "no owner was chosen"));
    QList<OwnerChange> changes;
    Transaction transaction(m_workspace);
    for (qsizetype i = 0; i < leadIds.size(); ++i) {
        Lead lead = findLead(leadIds.at(i));
        const OwnerChange change = assign(lead, owners.at(i % owners.size()), actor);
        if (change.id != 0)
            changes << change;
    }
    transaction.commit();
    return changes;
}

OwnerChange OwnershipService::revert(const OwnerChange& done, const QString& actor)
{
    Lead lead = findLead(done.leadId);
    // Only the owner this change set is ours to take back: a later change by anyone (another
    // assignment, an accept, an edit) shows up as a conflict instead of being undone silently.
    if (lead.version != done.version || lead.owner.compare(done.to, Qt::CaseInsensitive) != 0)
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate(
                             "lb::Ownership", "%1 was changed by %2 since; reload it and try again")
                             .arg(lead.displayName(), lead.updatedBy));
    return assign(lead, done.from, actor);
}

QList<OwnerChange> OwnershipService::revertMany(const QList<OwnerChange>& done,
                                                const QString& actor)
{
    QList<OwnerChange> changes;
    Transaction transaction(m_workspace);
    for (const OwnerChange& change : done)
        changes << revert(change, actor);
    transaction.commit();
    return changes;
}

QList<qint64> OwnershipService::unownedMqls()
{
    return m_store->unownedIn(Stage::MQL);
}

QList<OwnerChange> OwnershipService::history(qint64 leadId)
{
    return m_store->forLead(leadId);
}

} // namespace lb
