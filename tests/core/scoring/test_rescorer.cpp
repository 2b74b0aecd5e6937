// Rescoring a workspace: stored scores, MQL promotion with history, model history, the
// parallel path against the evaluator, transactions, cancel.
#include "scoring/modelservice.h"
#include "scoring/rescorer.h"
#include "scoring/scorer.h"
#include "specmodel.h"
#include "store/scorestore.h"
#include "store/storeerror.h"
#include "support/tempworkspace.h"
#include "util/isotime.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::scoring;

namespace {

const QDateTime asOf = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

qint64 at(int y, int m, int d, int h = 0)
{
    return eventTimeOf(QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC));
}

Lead specLead(const QString& email = "anna@example.fi")
{
    Lead lead;
    lead.firstName = "Anna";
    lead.lastName = "Virtanen";
    lead.title = "Head of Sales";
    lead.employees = 120;
    lead.country = "FI";
    lead.industry = "Software";
    lead.budget = 25000;
    lead.email = email;
    lead.stageChangedAt = asOf.addDays(-100);
    return lead;
}

void addEvent(Workspace& workspace, qint64 leadId, const QString& type, qint64 time)
{
    Event event;
    event.leadId = leadId;
    event.type = type;
    event.occurredAtMs = time;
    auto writer = workspace.bulkWriter({});
    ASSERT_TRUE(writer->addEvent(event));
    writer->commit();
}

qint64 addSpecLead(Workspace& workspace, const QString& email = "anna@example.fi")
{
    Lead lead = specLead(email);
    workspace.leads().insert(lead, "tester");
    addEvent(workspace, lead.id, "page_visit", at(2026, 11, 22, 12));
    addEvent(workspace, lead.id, "page_visit", at(2026, 10, 23, 12));
    addEvent(workspace, lead.id, "page_visit", at(2026, 5, 1));
    addEvent(workspace, lead.id, "trial_signup", at(2026, 11, 7, 12));
    return lead.id;
}

} // namespace

TEST(Rescorer, WorkedExampleIsStoredAndPromoted)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const ActiveModel model = importModel(workspace, test::specModelJson(), "maria");
    const qint64 id = addSpecLead(workspace);
    Lead cold;
    cold.email = "cold@example.se";
    cold.country = "SE";
    workspace.leads().insert(cold, "tester");

    const RescoreSummary summary = rescoreAll(workspace, asOf);
    EXPECT_EQ(summary.scored, 2);
    EXPECT_EQ(summary.promoted, 1);
    EXPECT_EQ(summary.modelId, model.stored.id);

    const Lead lead = *workspace.leads().find(id);
    EXPECT_EQ(lead.score.total, 52);
    EXPECT_EQ(lead.score.fit, 38);
    EXPECT_EQ(lead.score.behavior, 14);
    EXPECT_EQ(lead.score.grade, "C");
    EXPECT_EQ(lead.score.modelId, model.stored.id);
    EXPECT_EQ(lead.score.scoredAt, asOf);
    EXPECT_EQ(lead.stage, Stage::MQL);
    EXPECT_EQ(lead.stageChangedAt, asOf);
    const QList<StageChange> history = workspace.history().forLead(id);
    ASSERT_FALSE(history.isEmpty());
    const StageChange& change = history.constLast();
    EXPECT_EQ(change.from, Stage::New);
    EXPECT_EQ(change.to, Stage::MQL);
    EXPECT_EQ(change.by, "Nordic B2B");
    EXPECT_TRUE(change.reason.contains("52")) << change.reason.toStdString();
    EXPECT_TRUE(change.reason.contains("50")) << change.reason.toStdString();

    const Lead other = *workspace.leads().find(cold.id);
    EXPECT_EQ(other.score.total, 5);
    EXPECT_EQ(other.score.grade, "D");
    EXPECT_EQ(other.stage, Stage::New);

    // The explanation of `show` matches what was stored.
    const ScoreResult explained = explainLead(workspace, lead, asOf);
    EXPECT_EQ(explained.total, 52);
    ASSERT_EQ(explained.explanation.size(), 6);
    EXPECT_EQ(explained.explanation.at(5).rule, "trial");
    EXPECT_DOUBLE_EQ(explained.explanation.at(5).points, 10.6);
}

TEST(Rescorer, NeverMovesBackAndPromotesOnce)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    importModel(workspace, test::specModelJson(), "maria");
    const qint64 id = addSpecLead(workspace);
    Lead sal = specLead("sal@example.fi");
    sal.stage = Stage::SAL;
    workspace.leads().insert(sal, "tester");

    EXPECT_EQ(rescoreAll(workspace, asOf).promoted, 1);
    const qsizetype historyRows = workspace.history().forLead(id).size();
    // A year later the behaviour has faded: the score drops, the stage stays.
    const RescoreSummary later = rescoreAll(workspace, asOf.addDays(365));
    EXPECT_EQ(later.promoted, 0);
    const Lead lead = *workspace.leads().find(id);
    EXPECT_EQ(lead.score.total, 38);
    EXPECT_EQ(lead.stage, Stage::MQL);
    EXPECT_EQ(workspace.history().forLead(id).size(), historyRows);
    EXPECT_EQ(workspace.leads().find(sal.id)->stage, Stage::SAL);
    EXPECT_TRUE(workspace.history().forLead(sal.id).size() <= 1);
}

TEST(Rescorer, StoresTheDefaultModelWhenNoneIsStored)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    EXPECT_TRUE(modelHistory(workspace).isEmpty());
    EXPECT_EQ(activeModel(workspace).stored.id, 0); // not stored by a read
    EXPECT_TRUE(modelHistory(workspace).isEmpty());
    Lead lead = specLead();
    workspace.leads().insert(lead, "tester");
    const RescoreSummary summary = rescoreAll(workspace, asOf);
    const QList<StoredScoringModel> models = modelHistory(workspace);
    ASSERT_EQ(models.size(), 1);
    EXPECT_TRUE(models.at(0).active);
    EXPECT_EQ(models.at(0).definition, defaultModelJson());
    EXPECT_EQ(summary.modelId, models.at(0).id);
    EXPECT_GT(workspace.leads().find(lead.id)->score.fit, 0);

    // A new model keeps the old one as history; scores name the model they came from.
    const RescoreSummary again =
        importModelAndRescore(workspace, test::specModelJson(), "maria", asOf);
    const QList<StoredScoringModel> after = modelHistory(workspace);
    ASSERT_EQ(after.size(), 2);
    EXPECT_EQ(after.at(0).id, again.modelId);
    EXPECT_TRUE(after.at(0).active);
    EXPECT_FALSE(after.at(1).active);
    EXPECT_EQ(after.at(0).author, "maria");
    EXPECT_EQ(workspace.leads().find(lead.id)->score.modelId, again.modelId);
    EXPECT_EQ(activeModel(workspace).stored.id, again.modelId);
}

TEST(Rescorer, RefusedModelChangesNothing)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const qint64 id = addSpecLead(workspace);
    QByteArray broken = test::specModelJson();
    broken.replace("\"between\"", "\"bewteen\"");
    broken.replace("\"cap\": 5", "\"cap\": -5");
    try {
        importModelAndRescore(workspace, broken, "maria", asOf);
        FAIL() << "a broken model was accepted";
    } catch (const ModelError& error) {
        EXPECT_TRUE(error.problems().contains("fit.rules[1].op: unknown operator \"bewteen\""))
            << error.problems().join(u'\n').toStdString();
        EXPECT_TRUE(error.problems().contains("behavior.rules[0].cap: must be positive"));
    }
    EXPECT_TRUE(modelHistory(workspace).isEmpty());
    EXPECT_EQ(workspace.leads().find(id)->score.total, 0);
    EXPECT_EQ(workspace.leads().find(id)->stage, Stage::New);
}

// Every lead a rescore visits records the moment its score is as of, changed or not (its
// explanation is computed as of that moment).
TEST(Rescorer, EveryVisitedLeadRecordsTheMomentOfItsScore)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    importModel(workspace, test::specModelJson(), "maria");
    Lead lead = specLead();
    workspace.leads().insert(lead, "tester");
    rescoreAll(workspace, asOf);
    EXPECT_EQ(workspace.leads().find(lead.id)->score.scoredAt, asOf);
    // No events: the score cannot change with time, but it is now as of the new moment.
    rescoreAll(workspace, asOf.addDays(3));
    EXPECT_EQ(workspace.leads().find(lead.id)->score.scoredAt, asOf.addDays(3));
    rescoreAll(workspace, asOf.addDays(-3)); // the past too
    EXPECT_EQ(workspace.leads().find(lead.id)->score.scoredAt, asOf.addDays(-3));
    addEvent(workspace, lead.id, "trial_signup", eventTimeOf(asOf.addDays(2)));
    rescoreAll(workspace, asOf.addDays(3));
    EXPECT_EQ(workspace.leads().find(lead.id)->score.scoredAt, asOf.addDays(3));
}

TEST(Rescorer, RescoreLeadsJoinsTheCallersTransaction)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    importModel(workspace, test::specModelJson(), "maria");
    const qint64 untouched = addSpecLead(workspace, "other@example.fi");
    qint64 id = 0;
    {
        Transaction transaction(workspace);
        id = addSpecLead(workspace);
        const RescoreSummary summary = rescoreLeads(workspace, {id, id, 999999}, asOf);
        EXPECT_EQ(summary.scored, 1);
        EXPECT_EQ(summary.promoted, 1);
        EXPECT_EQ(workspace.leads().find(id)->score.total, 52);
        // rolled back with the caller's transaction
    }
    EXPECT_FALSE(workspace.leads().find(id).has_value());
    EXPECT_EQ(workspace.leads().find(untouched)->score.total, 0);
    {
        Transaction transaction(workspace);
        rescoreLeads(workspace, {untouched}, asOf);
        transaction.commit();
    }
    EXPECT_EQ(workspace.leads().find(untouched)->score.total, 52);
}

// Enough leads for the worker threads; every stored score must equal the evaluator's.
TEST(Rescorer, ParallelRescoreMatchesTheEvaluator)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    importModel(workspace, test::specModelJson(), "maria");
    const QStringList titles = {"CEO", "Head of Sales", "Analyst", "Toimitusjohtaja", ""};
    const QStringList countries = {"FI", "SE", "DE", "NO", ""};
    const QStringList types = {"page_visit", "email_open", "trial_signup", "unsubscribe", "other"};
    const int leads = 30000;
    {
        auto writer = workspace.bulkWriter({leads});
        for (int i = 0; i < leads; ++i) {
            Lead lead;
            lead.email =
                QStringLiteral("lead%1@%2").arg(i).arg(i % 97 == 0 ? "rival.example" : "x.fi");
            lead.title = titles.at(i % titles.size());
            lead.country = countries.at((i / 5) % countries.size());
            if (i % 3)
                lead.employees = (i * 37) % 2000;
            lead.industry = i % 2 ? "Software" : "Retail";
            if (i % 4)
                lead.budget = (i % 7) * 5000;
            lead.stage = i % 11 == 0 ? Stage::SAL : Stage::New;
            lead.stageChangedAt = asOf.addDays(-300);
            writer->addLead(lead, "tester");
            for (int e = 0; e < i % 6; ++e) {
                Event event;
                event.leadId = lead.id;
                event.type = types.at((i + e) % types.size());
                event.occurredAtMs =
                    eventTimeOf(asOf) - qint64((i * 7919 + e * 104729) % (200 * 86400)) * 1000;
                writer->addEvent(event);
            }
            for (int e = 0; i % 13 == 0 && e < 6; ++e) {
                Event event;
                event.leadId = lead.id;
                event.type = e == 0 ? "trial_signup" : "page_visit";
                event.occurredAtMs = eventTimeOf(asOf) - (e * 3600 + i) * msPerSecond;
                writer->addEvent(event);
            }
        }
        writer->commit();
    }
    int reports = 0;
    JobControl job([&](qint64, qint64, const QString&) { ++reports; });
    const RescoreSummary summary = rescoreAll(workspace, asOf, &job);
    EXPECT_EQ(summary.scored, leads);
    EXPECT_GT(reports, 0);

    const Scorer scorer(activeModel(workspace).model);
    qint64 promoted = 0;
    for (const Lead& lead : workspace.leads().list({}, {LeadSortKey::Id, false}, leads)) {
        const ScoreResult expected = scorer.score(lead, workspace.events().forLead(lead.id), asOf);
        ASSERT_EQ(lead.score.total, expected.total) << lead.id;
        ASSERT_EQ(lead.score.fit, expected.fit) << lead.id;
        ASSERT_EQ(lead.score.behavior, expected.behavior) << lead.id;
        ASSERT_EQ(lead.score.grade, expected.grade) << lead.id;
        const bool wasNew = lead.email.mid(4).section(u'@', 0, 0).toInt() % 11 != 0;
        if (wasNew && expected.total >= 50) {
            ASSERT_EQ(lead.stage, Stage::MQL) << lead.id;
            ++promoted;
        }
    }
    EXPECT_EQ(summary.promoted, promoted);
    EXPECT_GT(promoted, 0);
}

TEST(Rescorer, CancelRollsEverythingBack)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    importModel(workspace, test::specModelJson(), "maria");
    {
        auto writer = workspace.bulkWriter({20000});
        for (int i = 0; i < 20000; ++i) {
            Lead lead = specLead(QStringLiteral("l%1@example.fi").arg(i));
            writer->addLead(lead, "tester");
        }
        writer->commit();
    }
    JobControl job;
    job.cancel();
    EXPECT_THROW(rescoreAll(workspace, asOf, &job), JobCancelled);
    EXPECT_EQ(workspace.leads().count({}), 20000);
    LeadFilter scored;
    scored.minScore = 1;
    EXPECT_EQ(workspace.leads().count(scored), 0);
    EXPECT_EQ(workspace.leads().countByStage().value(Stage::MQL), 0);
}

// The names of the indexes that hold the score, read through a connection of the
// test's own (the store keeps SQL to itself).
QStringList scoreIndexes(const QString& path)
{
    QStringList names;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                           "tbl_name = 'lead_scores' AND sql LIKE '%score DESC%' ORDER BY name"));
        while (query.next())
            names << query.value(0).toString();
        query.exec(QStringLiteral("PRAGMA integrity_check"));
        EXPECT_TRUE(query.next() && query.value(0).toString() == QLatin1String("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return names;
}

void addVariedLeads(Workspace& workspace, int count)
{
    const QStringList titles = {"CEO", "Head of Sales", "Analyst", "Toimitusjohtaja", ""};
    auto writer = workspace.bulkWriter({count});
    for (int i = 0; i < count; ++i) {
        Lead lead = specLead(QStringLiteral("v%1@example.fi").arg(i));
        lead.title = titles.at(i % titles.size());
        lead.employees = (i * 37) % 2000;
        lead.stage = Stage::SAL; // no promotions: only scores change
        writer->addLead(lead, "tester");
    }
    writer->commit();
}

TEST(Rescorer, ARescoreThatChangesMostTotalsRebuildsTheScoreIndexesOnce)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    importModel(workspace, test::specModelJson(), "maria");
    const int leads = 60000; // above the size where rebuilding beats updating
    addVariedLeads(workspace, leads);
    const QStringList before = scoreIndexes(temp.path());
    ASSERT_EQ(before.size(), 1); // lead_scores_score

    QStringList phases;
    JobControl job([&](qint64, qint64, const QString& phase) {
        if (!phases.contains(phase))
            phases << phase;
    });
    EXPECT_EQ(rescoreAll(workspace, asOf, &job).scored, leads);
    EXPECT_EQ(scoreIndexes(temp.path()), before);
    EXPECT_EQ(phases.constLast(), QStringLiteral("Sorting by score"));

    // The rebuilt indexes serve the score order, in the queue of a stage too.
    LeadFilter sal;
    sal.stage = Stage::SAL;
    const QList<Lead> top = workspace.leads().list(sal, {LeadSortKey::Score, true}, 200);
    ASSERT_EQ(top.size(), 200);
    const ActiveModel active = activeModel(workspace);
    const Scorer scorer(active.model);
    for (qsizetype i = 0; i < top.size(); ++i) {
        // Written by the batch path (one UPDATE a batch): every part of the score arrives.
        const ScoreResult expected = scorer.score(top.at(i), {}, asOf);
        EXPECT_EQ(top.at(i).score.total, expected.total);
        EXPECT_EQ(top.at(i).score.fit, expected.fit);
        EXPECT_EQ(top.at(i).score.behavior, expected.behavior);
        EXPECT_EQ(top.at(i).score.grade, expected.grade);
        EXPECT_EQ(top.at(i).score.modelId, active.stored.id);
        EXPECT_EQ(top.at(i).score.scoredAt, asOf);
        if (i > 0)
            ASSERT_LE(top.at(i).score.total, top.at(i - 1).score.total) << i;
    }
    LeadFilter scored;
    scored.minScore = 1;
    EXPECT_EQ(workspace.leads().count(scored), leads);
}

TEST(Rescorer, ACancelAfterTheIndexesWereDroppedRestoresThem)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    importModel(workspace, test::specModelJson(), "maria");
    const int leads = 60000;
    addVariedLeads(workspace, leads);
    // Cancel once more than the sample that decides has been scored.
    JobControl* control = nullptr;
    JobControl job([&](qint64 done, qint64, const QString&) {
        if (done > 40000)
            control->cancel();
    });
    control = &job;
    EXPECT_THROW(rescoreAll(workspace, asOf, &job), JobCancelled);
    EXPECT_EQ(scoreIndexes(temp.path()).size(), 1);
    LeadFilter scored;
    scored.minScore = 1;
    EXPECT_EQ(workspace.leads().count(scored), 0);
}

TEST(Rescorer, ABatchedWriteChangesTheLeadsOfItsBatchAndNoOthers)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const ActiveModel model = importModel(workspace, test::specModelJson(), "maria");
    addVariedLeads(workspace, 300);
    rescoreAll(workspace, asOf);
    const QList<Lead> before = workspace.leads().list({}, {LeadSortKey::Id, false}, 300);
    ASSERT_EQ(before.size(), 300);

    // Every third lead of the middle hundred: the batch's range holds leads it must not touch.
    std::vector<ScoreWrite> writes;
    for (qsizetype i = 100; i < 200; i += 3)
        writes.push_back({before.at(i).id, 90 - int(i % 7), 60, 30 - int(i % 7), "A", {}, true});
    const auto store = workspace.scoreStore();
    Transaction transaction(workspace);
    store->expectMostScoresToChange();
    store->writeScores(writes, model.stored.id, asOf.addDays(1), "tester");
    store->finishWrites();
    transaction.commit();

    const QList<Lead> after = workspace.leads().list({}, {LeadSortKey::Id, false}, 300);
    ASSERT_EQ(after.size(), 300);
    size_t next = 0;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const StoredScore& score = after.at(i).score;
        if (next < writes.size() && writes[next].leadId == after.at(i).id) {
            const ScoreWrite& write = writes[next++];
            EXPECT_EQ(score.total, write.total) << i;
            EXPECT_EQ(score.fit, write.fit) << i;
            EXPECT_EQ(score.behavior, write.behavior) << i;
            EXPECT_EQ(score.grade, write.grade) << i;
            EXPECT_EQ(score.scoredAt, asOf.addDays(1)) << i;
        } else {
            EXPECT_EQ(score.total, before.at(i).score.total) << i;
            EXPECT_EQ(score.grade, before.at(i).score.grade) << i;
            EXPECT_EQ(score.scoredAt, asOf) << i;
        }
    }
    EXPECT_EQ(next, writes.size());
    // The rebuilt score index orders the new totals too.
    const QList<Lead> byScore = workspace.leads().list({}, {LeadSortKey::Score, true}, 300);
    ASSERT_EQ(byScore.size(), 300);
    for (qsizetype i = 1; i < byScore.size(); ++i)
        EXPECT_GE(byScore.at(i - 1).score.total, byScore.at(i).score.total) << i;
}

TEST(Rescorer, AStoredModelThatNoLongerReadsIsAStoreError)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const qint64 id = addSpecLead(workspace);
    StoredScoringModel broken;
    broken.name = "Hand-edited";
    broken.definition = "{\"format\": \"leadbench-scoring-model\", \"version\": 7}";
    broken.author = "someone";
    workspace.scoreStore()->addActiveModel(broken);
    try {
        rescoreAll(workspace, asOf);
        FAIL() << "scored with an invalid stored model";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Invalid);
        EXPECT_TRUE(error.message().contains("Hand-edited")) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains("version: must be 1"))
            << error.message().toStdString();
    }
    EXPECT_EQ(workspace.leads().find(id)->score.total, 0);
}

// The stage is kept beside the score, not in the leads row: a rule on it still reads it, in the
// parallel path as in the evaluator.
TEST(Rescorer, ARuleOnTheStageReadsTheStoredStage)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const QByteArray json = R"({"format": "leadbench-scoring-model", "version": 1, "name": "Stage",
        "fit": {"max": 60, "rules": [
          {"id": "nurtured", "label": "Being nurtured", "field": "stage", "op": "in",
           "value": ["Nurture"], "points": 7}]},
        "behavior": {"max": 40, "half_life_days": 30, "rules": []},
        "thresholds": {"mql": 50},
        "grades": [{"min": 0, "grade": "D"}]})";
    importModel(workspace, json, "maria");
    QList<qint64> nurtured;
    {
        auto writer = workspace.bulkWriter({});
        for (int i = 0; i < 20000; ++i) { // enough for the worker threads' path
            Lead lead;
            lead.email = QStringLiteral("lead%1@example.fi").arg(i);
            lead.stage = i % 3 == 0 ? Stage::Nurture : Stage::SAL;
            writer->addLead(lead, "tester");
            if (lead.stage == Stage::Nurture)
                nurtured << lead.id;
        }
        writer->commit();
    }
    const RescoreSummary summary = rescoreAll(workspace, asOf);
    EXPECT_EQ(summary.scored, 20000);
    EXPECT_EQ(workspace.leads().find(nurtured.first())->score.fit, 7);
    EXPECT_EQ(workspace.leads().find(nurtured.last())->score.fit, 7);
    EXPECT_EQ(workspace.leads().find(nurtured.first() + 1)->score.fit, 0);
    EXPECT_EQ(workspace.leads().find(nurtured.first() + 1)->stage, Stage::SAL);
    EXPECT_EQ(workspace.leads().count({.minScore = 7}), nurtured.size());
}
