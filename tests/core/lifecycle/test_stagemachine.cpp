// The lifecycle's rules, pure: every transition allowed and refused, reasons, the SQL guard
// and the manager's override.
#include "lifecycle/stagemachine.h"
#include "qualification/frameworkcatalog.h"
#include "qualification/qualificationservice.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace lb;

namespace {

Lead leadIn(Stage stage)
{
    Lead lead;
    lead.id = 7;
    lead.firstName = QStringLiteral("Aino");
    lead.lastName = QStringLiteral("Virtanen");
    lead.stage = stage;
    return lead;
}

const Actor sdr{QStringLiteral("sdr1"), QStringLiteral("sdr")};
const Actor manager{QStringLiteral("maija"), QStringLiteral("manager")};

MoveRequest to(Stage stage, const QString& reason = {}, bool override = false)
{
    return MoveRequest{stage, parseStageReason(reason), override};
}

// A qualification with the given statuses for BANT (budget, authority, need, timeline) and,
// optionally, one CHAMP answer.
LeadQualification bant(const QList<AnswerStatus>& statuses,
                       std::optional<AnswerStatus> champChallenges = std::nullopt)
{
    const FrameworkCatalog& catalog = FrameworkCatalog::builtIn();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Answer> answers;
    const QStringList keys = catalog.find("BANT")->criterionKeys();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        Answer a;
        a.framework = "BANT";
        a.criterion = keys.at(i);
        a.status = statuses.at(i);
        a.at = now;
        answers << a;
    }
    LeadQualification q;
    q.frameworks << computeReadiness(*catalog.find("BANT"), answers, now, 90);
    if (champChallenges) {
        Answer a;
        a.framework = "CHAMP";
        a.criterion = "challenges";
        a.status = *champChallenges;
        a.at = now;
        q.frameworks << computeReadiness(*catalog.find("CHAMP"), {a}, now, 90);
    }
    return q;
}

const auto C = AnswerStatus::Confirmed;
const auto P = AnswerStatus::Partial;
const auto U = AnswerStatus::Unknown;
const auto D = AnswerStatus::Disqualifying;

} // namespace

TEST(StageMachine, EveryTransitionIsAllowedOrRefusedAsTheLifecycleSays)
{
    const QMap<Stage, QSet<Stage>> expected = {
        {Stage::New, {Stage::MQL, Stage::Disqualified}},
        {Stage::MQL, {Stage::SAL, Stage::Nurture, Stage::Disqualified}},
        {Stage::SAL, {Stage::SQL, Stage::Nurture, Stage::Disqualified}},
        {Stage::SQL, {Stage::Nurture, Stage::Disqualified}},
        {Stage::Nurture, {Stage::New}},
        {Stage::Disqualified, {Stage::New}},
        {Stage::Converted, {}},
    };
    const LeadQualification ready = bant({C, C, C, C});
    for (Stage from : allStages) {
        for (Stage target : allStages) {
            const MoveDecision decision =
                StageMachine::decide(leadIn(from), to(target, "other: testing"), sdr, &ready, 0.75);
            const bool shouldPass = expected.value(from).contains(target);
            EXPECT_EQ(decision.allowed, shouldPass)
                << stageName(from).toStdString() << " -> " << stageName(target).toStdString()
                << ": " << decision.message.toStdString();
            if (!shouldPass) {
                EXPECT_FALSE(decision.message.isEmpty());
            }
        }
    }
}

TEST(StageMachine, RefusalsNameTheRule)
{
    const LeadQualification ready = bant({C, C, C, C});
    MoveDecision d = StageMachine::decide(leadIn(Stage::New), to(Stage::SQL), sdr, &ready, 0.75);
    EXPECT_EQ(d.rule, MoveRule::NotAllowed);
    EXPECT_TRUE(d.message.contains("from New to SQL")) << d.message.toStdString();
    EXPECT_TRUE(d.message.contains("MQL, Disqualified")) << d.message.toStdString();

    d = StageMachine::decide(leadIn(Stage::MQL), to(Stage::MQL), sdr, &ready, 0.75);
    EXPECT_EQ(d.rule, MoveRule::SameStage);

    d = StageMachine::decide(leadIn(Stage::SQL), to(Stage::Converted), sdr, &ready, 0.75);
    EXPECT_EQ(d.rule, MoveRule::OnlyByConversion);
    EXPECT_TRUE(d.message.contains("Convert the lead")) << d.message.toStdString();

    Lead converted = leadIn(Stage::Converted);
    converted.converted = ConversionLink{3, 5, 9};
    d = StageMachine::decide(converted, to(Stage::New), manager, &ready, 0.75);
    EXPECT_EQ(d.rule, MoveRule::ReadOnly);
    EXPECT_TRUE(d.message.contains("account 3"));
    EXPECT_TRUE(d.message.contains("opportunity 9"));
    EXPECT_EQ(ruleKey(d.rule), "read_only");
}

TEST(StageMachine, NurtureAndDisqualifyNeedAStandardReason)
{
    for (Stage target : {Stage::Nurture, Stage::Disqualified}) {
        MoveDecision d = StageMachine::decide(leadIn(Stage::MQL), to(target), sdr, nullptr, 0.75);
        EXPECT_FALSE(d.allowed);
        EXPECT_EQ(d.rule, MoveRule::ReasonRequired);
        EXPECT_TRUE(d.message.contains("No budget")) << d.message.toStdString();
        EXPECT_FALSE(d.message.contains("no_budget")) << d.message.toStdString();
        EXPECT_EQ(d.missing, QStringList{"reason"});
        d = StageMachine::decide(leadIn(Stage::MQL), to(target, "other"), sdr, nullptr, 0.75);
        EXPECT_EQ(d.rule, MoveRule::DetailRequired);
        EXPECT_TRUE(
            StageMachine::decide(leadIn(Stage::MQL), to(target, "No budget"), sdr, nullptr, 0.75)
                .allowed);
    }
    // Moves that need no reason go without one.
    EXPECT_TRUE(
        StageMachine::decide(leadIn(Stage::New), to(Stage::MQL), sdr, nullptr, 0.75).allowed);
    EXPECT_TRUE(
        StageMachine::decide(leadIn(Stage::Nurture), to(Stage::New), sdr, nullptr, 0.75).allowed);
}

TEST(StageReason, ParsesKeysLabelsAndFreeText)
{
    EXPECT_EQ(parseStageReason("no_budget").key, "no_budget");
    EXPECT_EQ(parseStageReason("No budget").key, "no_budget");
    EXPECT_EQ(parseStageReason("invalid-contact-data").key, "invalid_contact_data");
    const StageReason competitor = parseStageReason("competitor: went with Acme");
    EXPECT_EQ(competitor.key, "competitor");
    EXPECT_EQ(competitor.detail, "went with Acme");
    EXPECT_EQ(competitor.toStored(), "competitor: went with Acme");
    EXPECT_EQ(competitor.display(), "Competitor: went with Acme");
    const StageReason free = parseStageReason("moved to Oulu");
    EXPECT_EQ(free.key, "other");
    EXPECT_EQ(free.detail, "moved to Oulu");
    EXPECT_TRUE(parseStageReason("  ").isEmpty());
    QStringList keys;
    for (const StageReasonDefinition& r : stageReasons())
        keys << r.key;
    EXPECT_EQ(keys, (QStringList{"no_budget", "no_authority", "no_need", "bad_timing", "competitor",
                                 "student", "duplicate", "invalid_contact_data", "unresponsive",
                                 "other"}));
    EXPECT_EQ(reasonLabel("student"), "Student");
    // Stored reasons read back with labels, the program's own texts (SystemText) and the
    // English sentences earlier versions stored as sentences; other texts as they are.
    EXPECT_EQ(displayStoredReason("no_need"), "No need");
    EXPECT_EQ(displayStoredReason("competitor: uses Acme"), "Competitor: uses Acme");
    EXPECT_EQ(displayStoredReason(StageMachine::scorePromotionReason(55, 50)),
              "score 55 reached the MQL threshold 50");
    EXPECT_EQ(displayStoredReason("score 55 >= 50"), "score 55 reached the MQL threshold 50");
    EXPECT_EQ(displayStoredReason("account 3, contact 5"), "Converted: account 3, contact 5");
    EXPECT_EQ(displayStoredReason("No budget"), "No budget");
    EXPECT_EQ(displayStoredReason("went with Acme"), "went with Acme");
    EXPECT_EQ(displayStoredReason("@no_such_code {\"a\":1}"), "@no_such_code {\"a\":1}");
    EXPECT_EQ(displayStoredReason("@mql_score {broken"), "@mql_score {broken");
}

TEST(StageMachine, SqlNeedsReadinessAtTheBar)
{
    // 3 confirmed of 4 = 75 %: exactly at the default bar.
    LeadQualification q = bant({C, C, C, U});
    EXPECT_TRUE(StageMachine::decide(leadIn(Stage::SAL), to(Stage::SQL), sdr, &q, 0.75).allowed);
    // 2 confirmed + 1 partial = 62.5 %.
    q = bant({C, C, P, U});
    MoveDecision d = StageMachine::decide(leadIn(Stage::SAL), to(Stage::SQL), sdr, &q, 0.75);
    EXPECT_FALSE(d.allowed);
    EXPECT_EQ(d.rule, MoveRule::Readiness);
    EXPECT_TRUE(d.message.contains("62.5%")) << d.message.toStdString();
    EXPECT_TRUE(d.message.contains("75%")) << d.message.toStdString();
    EXPECT_TRUE(d.message.contains("BANT: Need, Timeline (at 62.5%)")) << d.message.toStdString();
    EXPECT_EQ(d.missing, (QStringList{"BANT/need", "BANT/timeline"}));
    // A lower workspace bar lets it through.
    EXPECT_TRUE(StageMachine::decide(leadIn(Stage::SAL), to(Stage::SQL), sdr, &q, 0.6).allowed);
    // No framework at all.
    LeadQualification none;
    d = StageMachine::decide(leadIn(Stage::SAL), to(Stage::SQL), sdr, &none, 0.75);
    EXPECT_EQ(d.rule, MoveRule::Readiness);
    EXPECT_TRUE(d.message.contains("no qualification framework"));
}

TEST(StageMachine, DisqualifyingAnywhereBlocksSql)
{
    // BANT fully ready, but a CHAMP criterion is disqualifying.
    LeadQualification q = bant({C, C, C, C}, D);
    MoveDecision d = StageMachine::decide(leadIn(Stage::SAL), to(Stage::SQL), sdr, &q, 0.75);
    EXPECT_FALSE(d.allowed);
    EXPECT_EQ(d.rule, MoveRule::Disqualifying);
    EXPECT_TRUE(d.message.contains("CHAMP: Challenges")) << d.message.toStdString();
    EXPECT_TRUE(d.missing.contains("CHAMP/challenges"));
    // Both failures are reported together.
    q = bant({D, U, U, U});
    d = StageMachine::decide(leadIn(Stage::SAL), to(Stage::SQL), sdr, &q, 0.75);
    EXPECT_TRUE(d.message.contains("BANT: Budget")) << d.message.toStdString();
    EXPECT_TRUE(d.message.contains("readiness bar"));
}

TEST(StageMachine, OnlyAManagerWithAReasonMayOverride)
{
    const LeadQualification q = bant({C, U, U, U});
    MoveDecision d =
        StageMachine::decide(leadIn(Stage::SAL), to(Stage::SQL, "CEO asked", true), sdr, &q, 0.75);
    EXPECT_FALSE(d.allowed);
    EXPECT_EQ(d.rule, MoveRule::OverrideNotAllowed);
    EXPECT_TRUE(d.message.contains("sdr1"));

    d = StageMachine::decide(leadIn(Stage::SAL), to(Stage::SQL, {}, true), manager, &q, 0.75);
    EXPECT_EQ(d.rule, MoveRule::OverrideNeedsReason);

    d = StageMachine::decide(leadIn(Stage::SAL), to(Stage::SQL, "CEO asked", true), manager, &q,
                             0.75);
    EXPECT_TRUE(d.allowed);
    EXPECT_TRUE(d.overridden);
    const Actor admin{"root", "admin"};
    EXPECT_TRUE(StageMachine::decide(leadIn(Stage::SAL), to(Stage::SQL, "x", true), admin, &q, 0.75)
                    .allowed);

    // An override never opens an edge the lifecycle does not have.
    d = StageMachine::decide(leadIn(Stage::MQL), to(Stage::SQL, "x", true), manager, &q, 0.75);
    EXPECT_EQ(d.rule, MoveRule::NotAllowed);
    // When the guard passes anyway, the move is not recorded as an override.
    const LeadQualification ready = bant({C, C, C, C});
    d = StageMachine::decide(leadIn(Stage::SAL), to(Stage::SQL, "x", true), manager, &ready, 0.75);
    EXPECT_TRUE(d.allowed);
    EXPECT_FALSE(d.overridden);
}

TEST(StageMachine, ConversionOnlyFromSql)
{
    EXPECT_TRUE(StageMachine::decideConversion(leadIn(Stage::SQL)).allowed);
    for (Stage stage : {Stage::New, Stage::MQL, Stage::SAL, Stage::Nurture, Stage::Disqualified})
        EXPECT_FALSE(StageMachine::decideConversion(leadIn(stage)).allowed);
    Lead converted = leadIn(Stage::Converted);
    converted.converted = ConversionLink{3, 5, std::nullopt};
    const MoveDecision d = StageMachine::decideConversion(converted);
    EXPECT_FALSE(d.allowed);
    EXPECT_TRUE(d.message.contains("account 3 and contact 5"));
}
