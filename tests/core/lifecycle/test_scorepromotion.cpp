// The automatic New -> MQL move has one definition (StageMachine::promotesByScore and
// scorePromotionReason): the rescore's SQL, the import and the demo data all move exactly the
// leads it says, with the same history line and the lead's "last changed".
#include "demo/demogenerator.h"
#include "io/leadimporter.h"
#include "lifecycle/stagemachine.h"
#include "scoring/modelservice.h"
#include "scoring/rescorer.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace lb;

namespace {

const QDateTime asOf = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
const QString modelName = QStringLiteral("Promotion test");
constexpr double threshold = 50;

// Scores 49, 50 and 51 by title: just under, at and over the threshold.
QByteArray modelJson()
{
    return QByteArrayLiteral(R"({
  "format": "leadbench-scoring-model", "version": 1, "name": "Promotion test",
  "fit": {"max": 100, "rules": [
    {"id": "under", "field": "title", "op": "equals", "value": "under", "points": 49},
    {"id": "at", "field": "title", "op": "equals", "value": "at", "points": 50},
    {"id": "over", "field": "title", "op": "equals", "value": "over", "points": 51}
  ]},
  "behavior": {"max": 0, "rules": []},
  "thresholds": {"mql": 50}
})");
}

const QStringList titles = {"under", "at", "over"};

// What the stage machine says of a lead scored `score` in `stage`, checked against the store.
void expectMovedAsTheRuleSays(Workspace& workspace, const Lead& before, const QDateTime& at)
{
    const Lead after = *workspace.leads().find(before.id);
    SCOPED_TRACE(QStringLiteral("%1 in %2, score %3")
                     .arg(before.email, stageName(before.stage))
                     .arg(after.score.total)
                     .toStdString());
    const bool moves = StageMachine::promotesByScore(before.stage, after.score.total, threshold);
    QList<StageChange> byModel;
    for (const StageChange& change : workspace.history().forLead(before.id)) {
        if (change.by == modelName)
            byModel << change;
    }
    EXPECT_EQ(byModel.size(), moves ? 1 : 0);
    if (!moves) {
        EXPECT_EQ(after.stage, before.stage);
        return;
    }
    EXPECT_EQ(after.stage, StageMachine::scorePromotionTo);
    EXPECT_EQ(after.stageChangedAt, at);
    ASSERT_EQ(byModel.size(), 1);
    const StageChange& change = byModel.constFirst();
    EXPECT_EQ(change.from, StageMachine::scorePromotionFrom);
    EXPECT_EQ(change.to, StageMachine::scorePromotionTo);
    EXPECT_EQ(change.at, at);
    EXPECT_EQ(change.reason, StageMachine::scorePromotionReason(after.score.total, threshold));
    EXPECT_FALSE(change.override);
    // "Last changed" names the move, as a move by hand does.
    EXPECT_EQ(after.updatedBy, modelName);
    EXPECT_EQ(after.updatedAt, at);
}

} // namespace

TEST(ScorePromotion, TheStageMachineSaysWhoMoves)
{
    EXPECT_FALSE(StageMachine::promotesByScore(Stage::New, 49, 50));
    EXPECT_TRUE(StageMachine::promotesByScore(Stage::New, 50, 50));
    EXPECT_TRUE(StageMachine::promotesByScore(Stage::New, 51, 50.5));
    EXPECT_FALSE(StageMachine::promotesByScore(Stage::New, 50, 50.5));
    for (Stage stage : {Stage::MQL, Stage::SAL, Stage::SQL, Stage::Converted, Stage::Nurture,
                        Stage::Disqualified})
        EXPECT_FALSE(StageMachine::promotesByScore(stage, 100, 50))
            << stageName(stage).toStdString();
    // Stored as a code, read as a sentence in the reader's language.
    EXPECT_EQ(StageMachine::scorePromotionReason(52, 50),
              R"(@mql_score {"score":52,"threshold":50})");
    EXPECT_EQ(displayStoredReason(StageMachine::scorePromotionReason(52, 50)),
              "score 52 reached the MQL threshold 50");
}

TEST(ScorePromotion, ARescoreMovesExactlyTheLeadsTheRuleSays)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    scoring::importModel(workspace, modelJson(), "maria");
    QList<Lead> leads;
    for (Stage stage :
         {Stage::New, Stage::MQL, Stage::SAL, Stage::SQL, Stage::Nurture, Stage::Disqualified}) {
        for (const QString& title : titles) {
            Lead lead;
            lead.email = QStringLiteral("%1.%2@example.fi").arg(title, stageName(stage)).toLower();
            lead.title = title;
            lead.stage = stage;
            workspace.leads().insert(lead, "tester");
            leads << *workspace.leads().find(lead.id);
        }
    }
    const scoring::RescoreSummary summary = scoring::rescoreAll(workspace, asOf);
    EXPECT_EQ(summary.promoted, 2); // New at 50 and at 51
    for (const Lead& lead : leads)
        expectMovedAsTheRuleSays(workspace, lead, asOf);
    // The version stays: an SDR's open edit of the lead is not refused by the score's move.
    for (const Lead& lead : leads)
        EXPECT_EQ(workspace.leads().find(lead.id)->version, lead.version);
}

TEST(ScorePromotion, AnImportMovesTheNewLeadsItScoresByTheSameRule)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    scoring::importModel(workspace, modelJson(), "maria");
    const QString path = temp.file(QStringLiteral("leads.csv"));
    QByteArray csv = "email,title\n";
    for (const QString& title : titles)
        csv += QStringLiteral("%1@example.fi,%1\n").arg(title).toUtf8();
    test::writeFile(path, csv);
    io::ImportOptions options;
    options.path = path;
    options.actor = QStringLiteral("importer");
    options.asOf = asOf;
    io::importLeads(workspace, options);
    for (const QString& title : titles) {
        Lead before = *workspace.leads().findByEmail(title + QStringLiteral("@example.fi"));
        before.stage = Stage::New; // as it was imported
        expectMovedAsTheRuleSays(workspace, before, asOf);
    }
}

TEST(ScorePromotion, DemoDataMovesByTheSameRule)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    DemoOptions options;
    options.leads = 300;
    options.seed = 5;
    options.now = asOf;
    DemoGenerator(options).generate(workspace);
    const scoring::ActiveModel model = scoring::activeModel(workspace);
    int moved = 0;
    for (const Lead& lead : workspace.leads().list(LeadFilter{}, LeadSort{}, 1000)) {
        for (const StageChange& change : workspace.history().forLead(lead.id)) {
            if (change.by != model.stored.name)
                continue;
            ++moved;
            EXPECT_EQ(change.from, StageMachine::scorePromotionFrom);
            EXPECT_EQ(change.to, StageMachine::scorePromotionTo);
            EXPECT_EQ(change.reason, StageMachine::scorePromotionReason(lead.score.total,
                                                                        model.model.mqlThreshold));
            EXPECT_EQ(lead.score.scoredStage, StageMachine::scorePromotionFrom);
            if (lead.stage == StageMachine::scorePromotionTo) {
                EXPECT_EQ(lead.updatedBy, model.stored.name);
            }
        }
    }
    EXPECT_GT(moved, 0);
}
