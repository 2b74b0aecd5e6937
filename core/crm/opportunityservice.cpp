#include "crm/opportunityservice.h"

#include "store/storeerror.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <cmath>

namespace lb {

namespace {

// The opportunity with `change` applied, or OpportunityError when the rules refuse it.
Opportunity applied(const Opportunity& current, const OpportunityChange& change)
{
    Opportunity next = current;
    if (change.amount) {
        if (!std::isfinite(*change.amount) || *change.amount < 0)
            throw OpportunityError(
                QCoreApplication::translate("lb::Opportunities",
                                            "amount %1 is not an amount of zero or more")
                    .arg(*change.amount));
        next.amount = change.amount;
    }
    if (change.closeDate) {
        if (!change.closeDate->isValid())
            throw OpportunityError(QCoreApplication::translate(
                "lb::Opportunities", "the expected close date is not a valid date"));
        next.closeDate = *change.closeDate;
    }
    const QString reason = change.lostReason.trimmed();
    if (change.stage)
        next.stage = *change.stage;
    if (change.stage == OpportunityStage::Lost && current.stage != OpportunityStage::Lost) {
        if (reason.isEmpty())
            throw OpportunityError(
                QCoreApplication::translate("lb::Opportunities",
                                            "opportunity %1 cannot be marked Lost without a lost "
                                            "reason")
                    .arg(current.id));
        next.lostReason = reason;
    } else if (!reason.isEmpty()) {
        if (next.stage != OpportunityStage::Lost)
            throw OpportunityError(
                QCoreApplication::translate(
                    "lb::Opportunities", "a lost reason (\"%1\") is given only with the stage Lost")
                    .arg(reason));
        next.lostReason = reason; // a better reason for a deal already lost
    }
    if (next.stage != OpportunityStage::Lost)
        next.lostReason.clear();
    if (next.stage == current.stage && next.amount == current.amount &&
        next.closeDate == current.closeDate && next.lostReason == current.lostReason)
        throw OpportunityError(
            QCoreApplication::translate(
                "lb::Opportunities", "opportunity %1 already has these values: nothing to change")
                .arg(current.id));
    return next;
}

[[noreturn]] void changedMeanwhile(qint64 id)
{
    throw StoreError(StoreError::Kind::Conflict,
                     QCoreApplication::translate(
                         "lb::Opportunities",
                         "opportunity %1 was changed by someone else since it was read; reload "
                         "it and try again")
                         .arg(id));
}

} // namespace

Opportunity OpportunityService::load(qint64 opportunityId)
{
    std::optional<Opportunity> found = m_workspace.crm().opportunity(opportunityId);
    if (!found)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("lb::Opportunities", "there is no opportunity %1")
                .arg(opportunityId));
    return *found;
}

OpportunityEdit OpportunityService::write(const Opportunity& before, Opportunity after,
                                          const QString& actor)
{
    m_workspace.crm().updateOpportunity(after);
    OpportunityStageChange line;
    line.opportunityId = after.id;
    line.at = after.updatedAt;
    line.from = before.stage;
    line.to = after.stage;
    line.amount = after.amount;
    line.closeDate = after.closeDate;
    if (after.stage == OpportunityStage::Lost && after.lostReason != before.lostReason)
        line.reason = after.lostReason;
    line.by = actor;
    m_workspace.crm().appendOpportunityHistory(line);
    return OpportunityEdit{before, after};
}

OpportunityEdit OpportunityService::change(qint64 opportunityId, qint64 expectedVersion,
                                           const OpportunityChange& change, const QString& actor)
{
    Transaction transaction(m_workspace);
    const Opportunity current = load(opportunityId);
    if (current.version != expectedVersion)
        changedMeanwhile(opportunityId);
    OpportunityEdit edit = write(current, applied(current, change), actor);
    transaction.commit();
    return edit;
}

OpportunityEdit OpportunityService::changeCurrent(qint64 opportunityId,
                                                  const OpportunityChange& change,
                                                  const QString& actor)
{
    Transaction transaction(m_workspace);
    const Opportunity current = load(opportunityId);
    OpportunityEdit edit = write(current, applied(current, change), actor);
    transaction.commit();
    return edit;
}

OpportunityEdit OpportunityService::undo(const OpportunityEdit& edit, const QString& actor)
{
    Transaction transaction(m_workspace);
    const Opportunity current = load(edit.after.id);
    if (current.version != edit.after.version)
        changedMeanwhile(current.id);
    Opportunity restored = current;
    restored.stage = edit.before.stage;
    restored.amount = edit.before.amount;
    restored.closeDate = edit.before.closeDate;
    restored.lostReason = edit.before.lostReason;
    OpportunityEdit undone = write(current, restored, actor);
    transaction.commit();
    return undone;
}

} // namespace lb
