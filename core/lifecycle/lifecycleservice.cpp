#include "lifecycle/lifecycleservice.h"

#include "lifecycle/systemtext.h"
#include "model/labels.h"
#include "qualification/qualificationservice.h"
#include "store/lifecyclestore.h"
#include "store/qualificationstore.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "util/jobcontrol.h"

#include <QCoreApplication>

namespace lb {

LifecycleService::LifecycleService(Workspace& workspace, const FrameworkCatalog& catalog)
    : m_workspace(workspace), m_catalog(catalog), m_store(&workspace.qualification()),
      m_stages(&workspace.lifecycle())
{
}

Actor LifecycleService::actor(const QString& userName)
{
    return Actor{userName, m_store->userRole(userName)};
}

MoveDecision LifecycleService::check(const Lead& lead, const MoveRequest& request,
                                     const QString& actorName)
{
    return checkAs(lead, request, actor(actorName));
}

MoveDecision LifecycleService::checkAs(const Lead& lead, const MoveRequest& request,
                                       const Actor& actor)
{
    // Only a move to SQL needs the answers; skip reading them otherwise (bulk moves).
    std::optional<LeadQualification> qualification;
    double bar = QualificationSettings().readinessBar;
    if (request.to == Stage::SQL) {
        QualificationService service(m_workspace, m_catalog);
        qualification = service.load(lead.id);
        bar = qualification->settings.readinessBar;
    }
    return StageMachine::decide(lead, request, actor, qualification ? &*qualification : nullptr,
                                bar);
}

StageChange LifecycleService::apply(Lead& lead, Stage to, const QString& reason, bool overridden,
                                    const QString& actorName,
                                    const std::optional<ConversionLink>& link)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StageChange change;
    change.leadId = lead.id;
    change.at = now;
    change.from = lead.stage;
    change.to = to;
    change.by = actorName;
    // stage_history.reason is NOT NULL: a null QString would bind as NULL.
    change.reason = reason.isNull() ? QStringLiteral("") : reason;
    change.override = overridden;
    // Accepting a lead is taking it: the SDR who accepts becomes its owner.
    const std::optional<QString> owner =
        to == Stage::SAL ? std::optional<QString>(actorName) : std::nullopt;
    Lead updated = lead;
    Transaction transaction(m_workspace);
    m_stages->writeStage(updated, to, now, owner, link, actorName);
    m_workspace.history().append(change);
    transaction.commit();
    lead = updated;
    return change;
}

StageChange LifecycleService::move(Lead& lead, const MoveRequest& request, const QString& actorName)
{
    const MoveDecision decision = check(lead, request, actorName);
    if (!decision.allowed)
        throw LifecycleRefused(decision);
    return apply(lead, request.to, request.reason.toStored(), decision.overridden, actorName);
}

StageChange LifecycleService::undoMove(Lead& lead, const StageChange& done,
                                       const QString& previousOwner, const QString& actorName)
{
    const auto refuse = [&](MoveRule rule, const QString& message) {
        MoveDecision decision;
        decision.allowed = false;
        decision.rule = rule;
        decision.message = message;
        throw LifecycleRefused(decision);
    };
    if (!done.from)
        refuse(MoveRule::NotAllowed,
               QCoreApplication::translate("lb::Lifecycle",
                                           "the creation of a lead cannot be undone"));
    if (lead.stage == Stage::Converted || done.to == Stage::Converted)
        refuse(MoveRule::ReadOnly,
               //: %1 the lead's name
               QCoreApplication::translate("lb::Lifecycle",
                                           "%1 has been converted since. Undo the conversion "
                                           "first.")
                   .arg(lead.displayName()));
    if (lead.stage != done.to)
        refuse(MoveRule::NotAllowed,
               //: %1 the lead's name, %2 the stage it is in now
               QCoreApplication::translate("lb::Lifecycle",
                                           "%1 has moved on to %2 since, so this move cannot be "
                                           "undone any more.")
                   .arg(lead.displayName(), stageLabel(lead.stage)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StageChange change;
    change.leadId = lead.id;
    change.at = now;
    change.from = lead.stage;
    change.to = *done.from;
    change.by = actorName;
    change.reason = SystemText::moveUndone(done.to).toStored();
    Lead updated = lead;
    Transaction transaction(m_workspace);
    m_stages->writeStage(updated, *done.from, now, previousOwner, std::nullopt, actorName);
    m_workspace.history().append(change);
    transaction.commit();
    lead = updated;
    return change;
}

BulkMoveResult LifecycleService::moveMany(const QList<qint64>& leadIds, const MoveRequest& request,
                                          const QString& actorName, JobControl* job)
{
    BulkMoveResult result;
    Transaction transaction(m_workspace);
    const Actor who = actor(actorName);
    qint64 done = 0;
    for (qint64 id : leadIds) {
        if (job) {
            job->checkCancelled();
            job->report(done++, leadIds.size(),
                        QCoreApplication::translate("lb::Lifecycle", "Moving leads"));
        }
        std::optional<Lead> lead = m_workspace.leads().find(id);
        if (!lead) {
            MoveDecision missing;
            missing.rule = MoveRule::NotAllowed;
            missing.message =
                QCoreApplication::translate("lb::Lifecycle", "lead %1 does not exist").arg(id);
            result.refused << BulkMoveResult::Refusal{id, missing};
            continue;
        }
        const MoveDecision decision = checkAs(*lead, request, who);
        if (!decision.allowed) {
            result.refused << BulkMoveResult::Refusal{id, decision};
            continue;
        }
        apply(*lead, request.to, request.reason.toStored(), decision.overridden, actorName);
        result.moved << id;
    }
    if (job)
        job->report(leadIds.size(), leadIds.size(),
                    QCoreApplication::translate("lb::Lifecycle", "Moving leads"));
    transaction.commit();
    return result;
}

StageChange LifecycleService::markConverted(Lead& lead, const ConversionLink& link,
                                            const QString& actorName, const ConvertedNames& names)
{
    const MoveDecision decision = StageMachine::decideConversion(lead);
    if (!decision.allowed)
        throw LifecycleRefused(decision);
    const QString reason =
        SystemText::converted(link, names.account, names.contact, names.opportunity).toStored();
    return apply(lead, Stage::Converted, reason, false, actorName, link);
}

} // namespace lb
