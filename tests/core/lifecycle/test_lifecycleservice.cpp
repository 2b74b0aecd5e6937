// Moves against a real workspace: history, owner on accept, the SQL guard from stored answers,
// optimistic concurrency and bulk moves.
#include "core/lifecycle/leadfixtures.h"
#include "lifecycle/lifecycleservice.h"
#include "store/qualificationstore.h"
#include "store/scorestore.h"
#include "store/storeerror.h"
#include "support/tempworkspace.h"
#include "util/jobcontrol.h"

#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;
using lb::test::answer;
using lb::test::answerAll;

class LifecycleServiceTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    LifecycleService lifecycle{workspace};
    QualificationService qualification{workspace};

    MoveRequest to(Stage stage, const QString& reason = {}, bool override = false)
    {
        return MoveRequest{stage, parseStageReason(reason), override};
    }
    Lead reload(const Lead& lead) { return *workspace.leads().find(lead.id); }
};

TEST_F(LifecycleServiceTest, AMoveWritesHistoryStageTimeAndVersion)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const qint64 version = lead.version;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const StageChange change = lifecycle.move(lead, to(Stage::MQL), "sdr1");
    EXPECT_EQ(change.from, Stage::New);
    EXPECT_EQ(change.to, Stage::MQL);

    const Lead stored = reload(lead);
    EXPECT_EQ(stored.stage, Stage::MQL);
    EXPECT_EQ(stored.version, version + 1);
    EXPECT_EQ(lead.version, stored.version);
    EXPECT_GE(stored.stageChangedAt, before);
    EXPECT_EQ(stored.updatedBy, "sdr1");
    const QList<StageChange> history = workspace.history().forLead(lead.id);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.at(0).from, Stage::New);
    EXPECT_EQ(history.at(0).to, Stage::MQL);
    EXPECT_EQ(history.at(0).by, "sdr1");
    EXPECT_FALSE(history.at(0).override);
}

// A rescore moves a lead to MQL beside its score, leaving the lead's row and version as they
// were: a move that starts from the stage the lead had before is refused all the same.
TEST_F(LifecycleServiceTest, AMoveFromAStageARescoreLeftIsRefused)
{
    Lead mine = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    {
        const auto scores = workspace.scoreStore();
        Transaction transaction(workspace);
        scores->writeScores({ScoreWrite{mine.id, 80, 50, 30, "A", "score 80 reached 60", true}}, 0,
                            QDateTime::currentDateTimeUtc(), "Default model");
        transaction.commit();
    }
    const Lead promoted = reload(mine);
    EXPECT_EQ(promoted.stage, Stage::MQL);
    EXPECT_EQ(promoted.version, mine.version);
    try {
        lifecycle.move(mine, to(Stage::Disqualified, "student"), "sdr1");
        FAIL();
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Conflict);
        EXPECT_TRUE(error.message().contains("changed by Default model"))
            << error.message().toStdString();
    }
    EXPECT_EQ(reload(mine).stage, Stage::MQL);
    ASSERT_EQ(workspace.history().forLead(mine.id).size(), 1);
    // Read again, the lead moves on from MQL.
    Lead fresh = reload(mine);
    lifecycle.move(fresh, to(Stage::Disqualified, "student"), "sdr1");
    EXPECT_EQ(reload(mine).stage, Stage::Disqualified);
}

TEST_F(LifecycleServiceTest, AcceptingMakesTheActorTheOwner)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::MQL);
    EXPECT_TRUE(lead.owner.isEmpty());
    lifecycle.move(lead, to(Stage::SAL), "sdr2");
    EXPECT_EQ(reload(lead).owner, "sdr2");
}

TEST_F(LifecycleServiceTest, ARefusedMoveChangesNothing)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SAL);
    answer(qualification, lead, "BANT", "budget", AnswerStatus::Confirmed, "1000");
    try {
        lifecycle.move(lead, to(Stage::SQL), "sdr1");
        FAIL();
    } catch (const LifecycleRefused& refused) {
        EXPECT_EQ(refused.decision().rule, MoveRule::Readiness);
        EXPECT_TRUE(refused.message().contains("BANT: Authority, Need, Timeline (at 25%)"))
            << refused.message().toStdString();
        // The lead by its name, not its id.
        EXPECT_TRUE(refused.message().startsWith(lead.displayName()));
    }
    const Lead stored = reload(lead);
    EXPECT_EQ(stored.stage, Stage::SAL);
    EXPECT_EQ(stored.version, lead.version);
    EXPECT_TRUE(workspace.history().forLead(lead.id).isEmpty());
}

TEST_F(LifecycleServiceTest, SqlGuardReadsStoredAnswersAndTheWorkspaceBar)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SAL);
    answer(qualification, lead, "ANUM", "authority", AnswerStatus::Confirmed);
    answer(qualification, lead, "ANUM", "need", AnswerStatus::Confirmed);
    answer(qualification, lead, "ANUM", "urgency", AnswerStatus::Partial);
    EXPECT_FALSE(lifecycle.check(lead, to(Stage::SQL), "sdr1").allowed); // 62.5 %
    workspace.settings().setValue(QualificationSettings::readinessBarKey, "60");
    EXPECT_TRUE(lifecycle.check(lead, to(Stage::SQL), "sdr1").allowed);

    // A disqualifying answer in another framework blocks it again.
    answer(qualification, lead, "BANT", "budget", AnswerStatus::Disqualifying);
    const MoveDecision d = lifecycle.check(lead, to(Stage::SQL), "sdr1");
    EXPECT_EQ(d.rule, MoveRule::Disqualifying);
    EXPECT_TRUE(d.message.contains("BANT: Budget")) << d.message.toStdString();

    // Correcting the answer (history keeps the old one) clears the block.
    answer(qualification, lead, "BANT", "budget", AnswerStatus::Partial);
    lifecycle.move(lead, to(Stage::SQL), "sdr1");
    EXPECT_EQ(reload(lead).stage, Stage::SQL);
}

TEST_F(LifecycleServiceTest, ManagerOverrideIsRecorded)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SAL);
    workspace.qualification().setUserRole("maija", "manager");
    workspace.users().ensure("sdr1");
    EXPECT_THROW(lifecycle.move(lead, to(Stage::SQL, "strategic account", true), "sdr1"),
                 LifecycleRefused);
    lifecycle.move(lead, to(Stage::SQL, "strategic account", true), "maija");
    const QList<StageChange> history = workspace.history().forLead(lead.id);
    ASSERT_EQ(history.size(), 1);
    EXPECT_TRUE(history.at(0).override);
    EXPECT_EQ(history.at(0).by, "maija");
    EXPECT_EQ(history.at(0).reason, "other: strategic account");
}

TEST_F(LifecycleServiceTest, ReasonsAreStoredByKeyAndReopenWorks)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::MQL);
    EXPECT_THROW(lifecycle.move(lead, to(Stage::Disqualified), "sdr1"), LifecycleRefused);
    lifecycle.move(lead, to(Stage::Disqualified, "Competitor: uses Acme"), "sdr1");
    lifecycle.move(lead, to(Stage::New), "sdr1");
    lifecycle.move(lead, to(Stage::MQL), "sdr1");
    lifecycle.move(lead, to(Stage::Nurture, "bad_timing"), "sdr1");
    const QList<StageChange> history = workspace.history().forLead(lead.id);
    ASSERT_EQ(history.size(), 4);
    EXPECT_EQ(history.at(0).reason, "competitor: uses Acme");
    EXPECT_EQ(history.at(1).to, Stage::New);
    EXPECT_EQ(history.at(3).reason, "bad_timing");
    EXPECT_EQ(reload(lead).stage, Stage::Nurture);
}

TEST_F(LifecycleServiceTest, AStaleLeadIsRefusedNamingWhoChangedIt)
{
    Lead mine = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::MQL);
    Lead theirs = mine;
    lifecycle.move(theirs, to(Stage::SAL), "sdr2");
    try {
        lifecycle.move(mine, to(Stage::Disqualified, "student"), "sdr1");
        FAIL();
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Conflict);
        EXPECT_TRUE(error.message().contains("changed by sdr2")) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains("reload"));
    }
    EXPECT_EQ(reload(mine).stage, Stage::SAL);
    EXPECT_EQ(workspace.history().forLead(mine.id).size(), 1);
}

TEST_F(LifecycleServiceTest, BulkMovesReportRefusalsAndMoveTheRest)
{
    const Lead a = addLead(workspace, "a@one.fi", "One Oy", Stage::MQL);
    const Lead b = addLead(workspace, "b@two.fi", "Two Oy", Stage::New); // New -> Nurture: no
    const Lead c = addLead(workspace, "c@three.fi", "Three Oy", Stage::SQL);
    const BulkMoveResult result =
        lifecycle.moveMany({a.id, b.id, c.id, 999}, to(Stage::Nurture, "unresponsive"), "sdr1");
    EXPECT_EQ(result.moved, (QList<qint64>{a.id, c.id}));
    ASSERT_EQ(result.refused.size(), 2);
    EXPECT_EQ(result.refused.at(0).leadId, b.id);
    EXPECT_EQ(result.refused.at(0).decision.rule, MoveRule::NotAllowed);
    EXPECT_EQ(result.refused.at(1).leadId, 999);
    EXPECT_EQ(reload(a).stage, Stage::Nurture);
    EXPECT_EQ(reload(b).stage, Stage::New);
    EXPECT_EQ(workspace.history().forLead(c.id).constLast().reason, "unresponsive");

    // Without the reason every lead is refused for it.
    const Lead d = addLead(workspace, "d@four.fi", "Four Oy", Stage::MQL);
    const BulkMoveResult none = lifecycle.moveMany({d.id}, to(Stage::Disqualified), "sdr1");
    EXPECT_TRUE(none.moved.isEmpty());
    EXPECT_EQ(none.refused.at(0).decision.rule, MoveRule::ReasonRequired);
}

TEST_F(LifecycleServiceTest, CancellingABulkMoveRollsItAllBack)
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << addLead(workspace, QStringLiteral("l%1@x%1.fi").arg(i), "X", Stage::New).id;
    JobControl job([&](qint64 done, qint64, const QString&) {
        if (done == 3)
            job.cancel();
    });
    EXPECT_THROW(lifecycle.moveMany(ids, to(Stage::MQL), "sdr1", &job), JobCancelled);
    for (qint64 id : ids)
        EXPECT_EQ(workspace.leads().find(id)->stage, Stage::New);
}

TEST_F(LifecycleServiceTest, AMoveWritesOnlyTheStageFieldsAndKeepsSearchWorking)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::MQL);
    // An edit in the caller's copy that was never saved is not written by a move.
    lead.title = "Unsaved title";
    lifecycle.move(lead, to(Stage::SAL), "sdr1");
    const Lead stored = reload(lead);
    EXPECT_EQ(stored.title, "CTO");
    EXPECT_EQ(stored.stage, Stage::SAL);
    EXPECT_EQ(stored.owner, "sdr1");
    EXPECT_EQ(lead.version, stored.version);
    LeadFilter bySearch;
    bySearch.search = "Virtanen";
    EXPECT_EQ(workspace.leads().count(bySearch), 1);
    LeadFilter byOwner;
    byOwner.stage = Stage::SAL;
    byOwner.owner = "sdr1";
    EXPECT_EQ(workspace.leads().count(byOwner), 1);
}
