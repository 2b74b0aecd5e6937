#include "lifecycle/stagemachine.h"

#include "lifecycle/leadguard.h"
#include "lifecycle/systemtext.h"
#include "model/labels.h"
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

// "BANT: Budget, Need": a framework's criteria by their translated names.
QString criteriaText(const FrameworkDefinition& framework, const QStringList& keys)
{
    QStringList names;
    for (const QString& key : keys) {
        const CriterionDefinition* criterion = framework.criterion(key);
        names << (criterion ? criterion->displayName() : key);
    }
    //: A framework and some of its criteria; %1 the framework (BANT), %2 criterion names
    return QCoreApplication::translate("lb::Lifecycle", "%1: %2")
        .arg(framework.title, names.join(QStringLiteral(", ")));
}

// The SQL guard: readiness at the bar in one framework, nothing disqualifying anywhere. Each
// problem is one whole sentence that names the lead and says what to do.
MoveDecision sqlGuard(const Lead& lead, const LeadQualification* qualification, double bar)
{
    QStringList problems;
    QStringList missing;
    MoveRule rule = MoveRule::Allowed;
    const QString name = lead.displayName();
    const QString sql = stageLabel(Stage::SQL);
    if (qualification && !qualification->disqualifying().isEmpty()) {
        rule = MoveRule::Disqualifying;
        QStringList marked;
        for (const FrameworkReadiness& readiness : qualification->frameworks) {
            if (!readiness.disqualifying.isEmpty())
                marked << criteriaText(*readiness.framework, readiness.disqualifying);
        }
        //: %1 the lead's name, %2 the stage (SQL), %3 "BANT: Budget" (criteria by name)
        problems << QCoreApplication::translate(
                        "lb::Lifecycle",
                        "%1 cannot move to %2: an answer is marked disqualifying (%3). Disqualify "
                        "the lead, or correct the answer if it was wrong.")
                        .arg(name, sql, marked.join(QStringLiteral("; ")));
        missing << qualification->disqualifying();
    }
    if (!qualification || qualification->frameworks.isEmpty()) {
        if (rule == MoveRule::Allowed)
            rule = MoveRule::Readiness;
        //: %1 the lead's name, %2 the stage (SQL), %3 the readiness bar (75%)
        problems << QCoreApplication::translate(
                        "lb::Lifecycle",
                        "%1 cannot move to %2 yet: no qualification framework has been started. "
                        "Answer the criteria of one (BANT, CHAMP, MEDDIC, ANUM or GPCTBA/C&I) to "
                        "a readiness of %3, or ask a manager to override.")
                        .arg(name, sql, percent(bar));
        missing << QStringLiteral("framework");
    } else if (qualification->bestReadiness() + 1e-9 < bar) {
        if (rule == MoveRule::Allowed)
            rule = MoveRule::Readiness;
        QStringList parts;
        for (const FrameworkReadiness& readiness : qualification->frameworks) {
            //: One framework's readiness; %1 framework and missing criteria, %2 its readiness
            parts << QCoreApplication::translate("lb::Lifecycle", "%1 (at %2)")
                         .arg(criteriaText(*readiness.framework, readiness.missing),
                              percent(readiness.readiness));
            for (const QString& key : readiness.missing)
                missing << readiness.framework->id + QLatin1Char('/') + key;
        }
        //: %1 the lead's name, %2 the stage (SQL), %3 the readiness bar (75%), %4 per
        //: framework the criteria not yet confirmed ("BANT: Need, Timeline (at 50%)")
        problems << QCoreApplication::translate(
                        "lb::Lifecycle",
                        "%1 cannot move to %2 yet: no framework reaches the readiness bar of %3. "
                        "Not yet confirmed: %4. Confirm these criteria, or ask a manager to "
                        "override.")
                        .arg(name, sql, percent(bar), parts.join(QStringLiteral("; ")));
    }
    if (rule == MoveRule::Allowed)
        return allow();
    missing.removeDuplicates();
    return refuse(rule, problems.join(QLatin1Char(' ')), missing);
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
        return refuse(MoveRule::ReadOnly, *readOnly);
    const QString name = lead.displayName();
    const QString from = stageLabel(lead.stage);
    const QString to = stageLabel(request.to);
    if (request.to == lead.stage)
        //: %1 the lead's name, %2 its stage
        return refuse(
            MoveRule::SameStage,
            QCoreApplication::translate("lb::Lifecycle", "%1 is already in %2.").arg(name, from));
    if (request.to == Stage::Converted)
        //: %1 the lead's name, %2 the stage Converted
        return refuse(MoveRule::OnlyByConversion,
                      QCoreApplication::translate(
                          "lb::Lifecycle",
                          "%1 cannot be moved to %2 by hand. Convert the lead instead: that "
                          "creates its account and contact.")
                          .arg(name, to));
    const QList<Stage> allowed = targets(lead.stage);
    if (!allowed.contains(request.to)) {
        QStringList names;
        for (Stage stage : allowed)
            names << stageLabel(stage);
        if (names.isEmpty())
            //: %1 the lead's name, %2 its stage, %3 the stage asked for
            return refuse(
                MoveRule::NotAllowed,
                QCoreApplication::translate(
                    "lb::Lifecycle", "%1 cannot move from %2 to %3: a lead in %2 stays there.")
                    .arg(name, from, to));
        //: %1 the lead's name, %2 its stage, %3 the stage asked for, %4 the stages it may go to
        return refuse(
            MoveRule::NotAllowed,
            QCoreApplication::translate("lb::Lifecycle",
                                        "%1 cannot move from %2 to %3. From %2 it can move to: %4.")
                .arg(name, from, to, names.join(QStringLiteral(", "))));
    }
    if (needsReason(request.to)) {
        QStringList labels;
        for (const StageReasonDefinition& reason : stageReasons())
            labels << reasonLabel(reason.key);
        if (request.reason.key.isEmpty())
            //: %1 the lead's name, %2 the stage, %3 the reasons to choose from
            return refuse(MoveRule::ReasonRequired,
                          QCoreApplication::translate(
                              "lb::Lifecycle", "Moving %1 to %2 needs a reason. Choose one: %3.")
                              .arg(name, to, labels.join(QStringLiteral(", "))),
                          {QStringLiteral("reason")});
        if (request.reason.key == QLatin1String("other") && request.reason.detail.isEmpty())
            //: %1 the lead's name, %2 the stage, %3 the reason "Other"
            return refuse(MoveRule::DetailRequired,
                          QCoreApplication::translate(
                              "lb::Lifecycle",
                              "Moving %1 to %2 with the reason “%3” needs a few words on why.")
                              .arg(name, to, reasonLabel(QStringLiteral("other"))),
                          {QStringLiteral("reason")});
    }
    if (request.to != Stage::SQL)
        return allow();

    MoveDecision guard = sqlGuard(lead, qualification, readinessBar);
    if (guard.allowed || !request.override)
        return guard;
    if (!actor.mayOverride())
        //: After a refused move to SQL; %1 the user's name
        return refuse(
            MoveRule::OverrideNotAllowed,
            guard.message + QLatin1Char(' ') +
                QCoreApplication::translate("lb::Lifecycle",
                                            "Only a manager may override this, and %1 is not one.")
                    .arg(actor.name),
            guard.missing);
    if (request.reason.isEmpty())
        return refuse(MoveRule::OverrideNeedsReason,
                      guard.message + QLatin1Char(' ') +
                          QCoreApplication::translate("lb::Lifecycle",
                                                      "To override, give the reason for it."),
                      {QStringLiteral("reason")});
    return allow(true);
}

MoveDecision StageMachine::decideConversion(const Lead& lead)
{
    if (const auto readOnly = readOnlyReason(lead))
        return refuse(MoveRule::ReadOnly, *readOnly);
    if (lead.stage != Stage::SQL)
        //: %1 the lead's name, %2 its stage, %3 the stage SQL
        return refuse(MoveRule::NotAllowed,
                      QCoreApplication::translate(
                          "lb::Lifecycle",
                          "%1 is in %2, and only a lead in %3 can be converted. Qualify it first.")
                          .arg(lead.displayName(), stageLabel(lead.stage), stageLabel(Stage::SQL)));
    return allow();
}

bool StageMachine::promotesByScore(Stage stage, int score, double threshold)
{
    return stage == scorePromotionFrom && score >= threshold;
}

QString StageMachine::scorePromotionReason(int score, double threshold)
{
    // Stored as a code, read in each reader's language (SystemText).
    return SystemText::scorePromotion(score, threshold).toStored();
}

} // namespace lb
