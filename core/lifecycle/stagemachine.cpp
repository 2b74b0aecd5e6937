#include "lifecycle/stagemachine.h"

#include "lifecycle/leadguard.h"
#include "qualification/qualificationservice.h"
#include "util/localeformat.h"

#include <QCoreApplication>

namespace lb {

namespace {

QString percent(double share)
{
    return fmt::percent(share);
}

MoveDecision refuse(MoveRule rule, const QString& message, QStringList missing = {})
{
    MoveDecision decision;
    decision.allowed = false;
    decision.rule = rule;
    decision.message = message;
    decision.missing = std::move(missing);
    return decision;
}

MoveDecision allow(bool overridden = false)
{
    MoveDecision decision;
    decision.allowed = true;
    decision.rule = MoveRule::Allowed;
    decision.overridden = overridden;
    return decision;
}

QString moveText(const Lead& lead, Stage to)
{
    return QCoreApplication::translate("lb::Lifecycle", "lead %1: %2 → %3 refused")
        .arg(lead.id)
        .arg(stageName(lead.stage), stageName(to));
}

// The SQL guard: readiness at the bar in one framework, nothing disqualifying anywhere.
MoveDecision sqlGuard(const Lead& lead, const LeadQualification* qualification, double bar)
{
    QStringList problems;
    QStringList missing;
    MoveRule rule = MoveRule::Allowed;
    const QStringList disqualifying =
        qualification ? qualification->disqualifying() : QStringList();
    if (!disqualifying.isEmpty()) {
        rule = MoveRule::Disqualifying;
        problems << QCoreApplication::translate("lb::Lifecycle",
                                                "rule \"disqualifying\": marked disqualifying: %1")
                        .arg(disqualifying.join(QStringLiteral(", ")));
        missing << disqualifying;
    }
    if (!qualification || qualification->frameworks.isEmpty()) {
        if (rule == MoveRule::Allowed)
            rule = MoveRule::Readiness;
        problems << QCoreApplication::translate(
                        "lb::Lifecycle",
                        "rule \"readiness\": the lead uses no qualification framework; answer "
                        "one (BANT, CHAMP, MEDDIC, ANUM or GPCTBA) to %1 first")
                        .arg(percent(bar));
        missing << QStringLiteral("framework");
    } else if (qualification->bestReadiness() + 1e-9 < bar) {
        if (rule == MoveRule::Allowed)
            rule = MoveRule::Readiness;
        QStringList parts;
        for (const FrameworkReadiness& readiness : qualification->frameworks) {
            parts << QCoreApplication::translate("lb::Lifecycle", "%1 %2 (missing: %3)")
                         .arg(readiness.framework->id, percent(readiness.readiness),
                              readiness.missing.join(QStringLiteral(", ")));
            for (const QString& key : readiness.missing)
                missing << readiness.framework->id + QLatin1Char('/') + key;
        }
        problems << QCoreApplication::translate(
                        "lb::Lifecycle",
                        "rule \"readiness\": no framework reaches the readiness bar of %1: %2")
                        .arg(percent(bar), parts.join(QStringLiteral("; ")));
    }
    if (rule == MoveRule::Allowed)
        return allow();
    missing.removeDuplicates();
    return refuse(rule,
                  moveText(lead, Stage::SQL) + QStringLiteral(": ") +
                      problems.join(QStringLiteral("; ")),
                  missing);
}

} // namespace

bool Actor::mayOverride() const
{
    return role == QLatin1String("manager") || role == QLatin1String("admin");
}

QString ruleKey(MoveRule rule)
{
    switch (rule) {
    case MoveRule::Allowed:
        return QStringLiteral("allowed");
    case MoveRule::SameStage:
        return QStringLiteral("same_stage");
    case MoveRule::NotAllowed:
        return QStringLiteral("not_allowed");
    case MoveRule::ReadOnly:
        return QStringLiteral("read_only");
    case MoveRule::OnlyByConversion:
        return QStringLiteral("only_by_conversion");
    case MoveRule::ReasonRequired:
        return QStringLiteral("reason_required");
    case MoveRule::DetailRequired:
        return QStringLiteral("detail_required");
    case MoveRule::Readiness:
        return QStringLiteral("readiness");
    case MoveRule::Disqualifying:
        return QStringLiteral("disqualifying");
    case MoveRule::OverrideNotAllowed:
        return QStringLiteral("override_not_allowed");
    case MoveRule::OverrideNeedsReason:
        return QStringLiteral("override_needs_reason");
    }
    return {};
}

QList<Stage> StageMachine::targets(Stage from)
{
    switch (from) {
    case Stage::New:
        return {Stage::MQL, Stage::Disqualified};
    case Stage::MQL:
        return {Stage::SAL, Stage::Nurture, Stage::Disqualified};
    case Stage::SAL:
        return {Stage::SQL, Stage::Nurture, Stage::Disqualified};
    case Stage::SQL:
        return {Stage::Nurture, Stage::Disqualified};
    case Stage::Nurture:
        return {Stage::New};
    case Stage::Disqualified:
        return {Stage::New};
    case Stage::Converted:
        return {};
    }
    return {};
}

bool StageMachine::needsReason(Stage to)
{
    return to == Stage::Nurture || to == Stage::Disqualified;
}

MoveDecision StageMachine::decide(const Lead& lead, const MoveRequest& request, const Actor& actor,
                                  const LeadQualification* qualification, double readinessBar)
{
    if (const auto readOnly = readOnlyReason(lead))
        return refuse(MoveRule::ReadOnly,
                      moveText(lead, request.to) + QStringLiteral(": ") + *readOnly);
    if (request.to == lead.stage)
        return refuse(MoveRule::SameStage,
                      QCoreApplication::translate("lb::Lifecycle", "lead %1 is already in %2")
                          .arg(lead.id)
                          .arg(stageName(lead.stage)));
    if (request.to == Stage::Converted)
        return refuse(MoveRule::OnlyByConversion,
                      moveText(lead, request.to) +
                          QCoreApplication::translate(
                              "lb::Lifecycle",
                              ": a lead becomes Converted only by converting it (convert %1)")
                              .arg(lead.id));
    const QList<Stage> allowed = targets(lead.stage);
    if (!allowed.contains(request.to)) {
        QStringList names;
        for (Stage stage : allowed)
            names << stageName(stage);
        return refuse(
            MoveRule::NotAllowed,
            moveText(lead, request.to) +
                QCoreApplication::translate("lb::Lifecycle",
                                            ": rule \"lifecycle\": from %1 a lead may move to %2")
                    .arg(stageName(lead.stage),
                         names.isEmpty() ? QCoreApplication::translate("lb::Lifecycle", "nothing")
                                         : names.join(QStringLiteral(", "))));
    }
    if (needsReason(request.to)) {
        QStringList keys;
        for (const StageReasonDefinition& reason : stageReasons())
            keys << reason.key;
        if (request.reason.key.isEmpty())
            return refuse(
                MoveRule::ReasonRequired,
                moveText(lead, request.to) +
                    QCoreApplication::translate(
                        "lb::Lifecycle", ": rule \"reason\": a reason is required (one of %1)")
                        .arg(keys.join(QStringLiteral(", "))),
                {QStringLiteral("reason")});
        if (request.reason.key == QLatin1String("other") && request.reason.detail.isEmpty())
            return refuse(
                MoveRule::DetailRequired,
                moveText(lead, request.to) +
                    QCoreApplication::translate(
                        "lb::Lifecycle", ": rule \"reason\": reason \"other\" needs its text"),
                {QStringLiteral("reason")});
    }
    if (request.to != Stage::SQL)
        return allow();

    const MoveDecision guard = sqlGuard(lead, qualification, readinessBar);
    if (guard.allowed || !request.override)
        return guard;
    if (!actor.mayOverride())
        return refuse(
            MoveRule::OverrideNotAllowed,
            guard.message + QStringLiteral("; ") +
                QCoreApplication::translate(
                    "lb::Lifecycle", "rule \"override\": only a manager may override, and %1 is %2")
                    .arg(actor.name, actor.role.isEmpty() ? QStringLiteral("sdr") : actor.role),
            guard.missing);
    if (request.reason.isEmpty())
        return refuse(MoveRule::OverrideNeedsReason,
                      guard.message + QStringLiteral("; ") +
                          QCoreApplication::translate(
                              "lb::Lifecycle", "rule \"override\": an override needs a reason"),
                      {QStringLiteral("reason")});
    return allow(true);
}

MoveDecision StageMachine::decideConversion(const Lead& lead)
{
    if (const auto readOnly = readOnlyReason(lead))
        return refuse(MoveRule::ReadOnly, *readOnly);
    if (lead.stage != Stage::SQL)
        return refuse(
            MoveRule::NotAllowed,
            QCoreApplication::translate(
                "lb::Lifecycle",
                "lead %1 is in %2; only an SQL lead can be converted (rule \"lifecycle\")")
                .arg(lead.id)
                .arg(stageName(lead.stage)));
    return allow();
}

bool StageMachine::promotesByScore(Stage stage, int score, double threshold)
{
    return stage == scorePromotionFrom && score >= threshold;
}

QString StageMachine::scorePromotionReason(int score, double threshold)
{
    //: History reason of an automatic New -> MQL move; %1 the score, %2 the threshold.
    return QCoreApplication::translate("lb::scoring", "score %1 reached the MQL threshold %2")
        .arg(score)
        .arg(QString::number(threshold));
}

} // namespace lb
