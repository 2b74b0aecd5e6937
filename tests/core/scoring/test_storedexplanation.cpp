// The explanation of a stored score is that of the stored score (docs/spec/scoring-model.md,
// Explanation): the same moment, stage and data as the scoring saw, whatever rescores as of
// other moments, moves to MQL or moves by hand came between; and trims are lines of their own.
#include "lifecycle/lifecycleservice.h"
#include "scoring/breakdown.h"
#include "scoring/modelservice.h"
#include "scoring/rescorer.h"
#include "scoring/scorer.h"
#include "support/tempworkspace.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::scoring;

namespace {

// Whole seconds: the moment is stored as text to the second.
const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);

// A model whose rules read the stage, the title, the size and three kinds of events, with a
// fit.max and caps small enough to trim often.
QByteArray stageModelJson()
{
    return QByteArrayLiteral(R"({
  "format": "leadbench-scoring-model", "version": 1, "name": "Stage aware",
  "fit": {"max": 40, "rules": [
    {"id": "new-lead", "label": "Still new", "field": "stage", "op": "equals", "value": "New", "points": 20},
    {"id": "sal-lead", "label": "Accepted", "field": "stage", "op": "equals", "value": "SAL", "points": 5},
    {"id": "head", "label": "Head title", "field": "title", "op": "contains", "value": "head", "points": 25},
    {"id": "size", "label": "Mid size", "field": "employees", "op": "between", "value": [50, 1000], "points": 10}
  ]},
  "behavior": {"max": 25, "half_life_days": 20, "window_days": 90, "rules": [
    {"id": "opens", "label": "Opens", "event": "email_open", "points": 2, "cap": 6},
    {"id": "visits", "label": "Visits", "event": "page_visit", "points": 4, "cap": 20},
    {"id": "unsub", "label": "Unsubscribed", "event": "unsubscribe", "points": -15, "cap": 20}
  ]},
  "thresholds": {"mql": 40}
})");
}

void addEvents(Workspace& workspace, const QList<Event>& events)
{
    auto writer = workspace.bulkWriter({});
    for (const Event& event : events)
        writer->addEvent(event);
    writer->commit();
}

Event event(qint64 leadId, const char* type, const QDateTime& at)
{
    Event made;
    made.leadId = leadId;
    made.type = QString::fromLatin1(type);
    made.occurredAtMs = eventTimeOf(at);
    made.detail = QString::number(at.toMSecsSinceEpoch());
    return made;
}

// The lines of an explanation as text, to compare two of them and print them.
QString linesOf(const ScoreResult& result)
{
    QStringList lines;
    for (const Contribution& line : result.explanation)
        lines << QStringLiteral("%1%2=%3")
                     .arg(line.rule,
                          line.kind == Contribution::Kind::Cap ? QStringLiteral("(cap)") : "")
                     .arg(line.points);
    return lines.join(QLatin1Char(' '));
}

// Checks one lead: its stored moment, and that its explanation is that of the stored score,
// computed independently here from what the test knows the scoring saw.
void expectExplainsStoredScore(Workspace& workspace, const ScoringModel& model, qint64 id,
                               const QDateTime& moment, Stage scoredStage)
{
    const Lead lead = *workspace.leads().find(id);
    SCOPED_TRACE(QStringLiteral("lead %1").arg(id).toStdString());
    EXPECT_EQ(lead.score.scoredAt, moment);
    Lead asScored = lead;
    asScored.stage = scoredStage;
    const ScoreResult expected =
        Scorer(model).score(asScored, workspace.events().forLead(id), moment);
    EXPECT_EQ(lead.score.total, expected.total);
    EXPECT_EQ(lead.score.fit, expected.fit);
    EXPECT_EQ(lead.score.behavior, expected.behavior);

    const ScoreResult explained = explainStoredScore(workspace, lead);
    EXPECT_EQ(linesOf(explained), linesOf(expected));
    EXPECT_EQ(explained.total, lead.score.total);
    const ScoreBreakdown breakdown = breakDownStoredScore(workspace, lead);
    EXPECT_EQ(breakdown.asOf, moment);
    EXPECT_EQ(linesOf(breakdown.result), linesOf(expected));

    // The lines add up to the parts (each line is rounded to a tenth).
    double fit = 0;
    double behavior = 0;
    for (const Contribution& line : explained.explanation)
        (line.fit ? fit : behavior) += line.points;
    const auto lines = double(explained.explanation.size());
    EXPECT_NEAR(fit, explained.fitExact, 0.05 * lines + 1e-9) << linesOf(explained).toStdString();
    EXPECT_NEAR(behavior, explained.behaviorExact, 0.05 * lines + 1e-9)
        << linesOf(explained).toStdString();
}

} // namespace

TEST(StoredExplanation, AMoveToMqlByTheScoreKeepsTheStageRuleItWasMadeWith)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const ActiveModel model = importModel(workspace, stageModelJson(), "maria");
    Lead lead;
    lead.email = "anna@example.fi";
    lead.title = "Head of Sales";
    workspace.leads().insert(lead, "tester");

    // New (20) + head (25) = 45, trimmed to fit.max 40: at the threshold, so it moves to MQL.
    rescoreAll(workspace, now);
    Lead stored = *workspace.leads().find(lead.id);
    ASSERT_EQ(stored.stage, Stage::MQL);
    ASSERT_EQ(stored.score.total, 40);
    EXPECT_EQ(linesOf(explainStoredScore(workspace, stored)),
              "new-lead=20 head=25 fit.max(cap)=-5");
    expectExplainsStoredScore(workspace, model.model, lead.id, now, Stage::New);

    // A move by hand leaves the score, and so its explanation, as they were made.
    LifecycleService lifecycle(workspace);
    lifecycle.move(stored, MoveRequest{Stage::SAL, {}, false}, "sdr1");
    expectExplainsStoredScore(workspace, model.model, lead.id, now, Stage::New);

    // Scored again, it is explained with the stage it has now.
    const QDateTime later = now.addSecs(3600);
    rescoreLeads(workspace, {lead.id}, later);
    stored = *workspace.leads().find(lead.id);
    EXPECT_EQ(stored.score.total, 30); // SAL (5) + head (25)
    EXPECT_EQ(stored.stage, Stage::SAL);
    expectExplainsStoredScore(workspace, model.model, lead.id, later, Stage::SAL);
}

TEST(StoredExplanation, TrimsByCapsAndMaximaAreLinesOfTheirOwn)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const ActiveModel model = importModel(workspace, stageModelJson(), "maria");
    Lead lead;
    lead.email = "bo@example.se";
    lead.title = "Engineer";
    lead.employees = 200;
    lead.stage = Stage::SAL;
    workspace.leads().insert(lead, "tester");
    QList<Event> events;
    for (int i = 0; i < 5; ++i) // 5 opens now: 10 points, capped at 6
        events << event(lead.id, "email_open", now.addSecs(-i));
    for (int i = 0; i < 7; ++i) // 7 visits now: 28 points, capped at 20
        events << event(lead.id, "page_visit", now.addSecs(-10 - i));
    for (int i = 0; i < 2; ++i) // 2 unsubscribes: -30, capped at -20
        events << event(lead.id, "unsubscribe", now.addSecs(-20 - i));
    addEvents(workspace, events);
    rescoreAll(workspace, now);
    const Lead stored = *workspace.leads().find(lead.id);
    const ScoreResult explained = explainStoredScore(workspace, stored);
    EXPECT_EQ(linesOf(explained), "sal-lead=5 size=10 opens=10 opens(cap)=-4 visits=28 "
                                  "visits(cap)=-8 unsub=-30 unsub(cap)=10");
    EXPECT_EQ(explained.explanation.at(3).bound, 6);
    EXPECT_EQ(explained.explanation.at(7).bound, -20);
    EXPECT_EQ(stored.score.behavior, 6); // 6 + 20 - 20
    expectExplainsStoredScore(workspace, model.model, lead.id, now, Stage::SAL);

    // Over behavior.max (25): 6 + 20 without the unsubscribes.
    Lead keen;
    keen.email = "keen@example.se";
    keen.stage = Stage::SAL;
    workspace.leads().insert(keen, "tester");
    QList<Event> keenEvents;
    for (int i = 0; i < 5; ++i)
        keenEvents << event(keen.id, "email_open", now.addSecs(-i));
    for (int i = 0; i < 7; ++i)
        keenEvents << event(keen.id, "page_visit", now.addSecs(-10 - i));
    addEvents(workspace, keenEvents);
    rescoreAll(workspace, now);
    const Lead keenStored = *workspace.leads().find(keen.id);
    EXPECT_EQ(linesOf(explainStoredScore(workspace, keenStored)),
              "sal-lead=5 opens=10 opens(cap)=-4 visits=28 visits(cap)=-8 behavior.max(cap)=-1");
    expectExplainsStoredScore(workspace, model.model, keen.id, now, Stage::SAL);
}

// Generated leads and events, rescored as of the past, the future and now, in any order, with
// moves by the score and by hand in between: every stored score is explained as it was made.
TEST(StoredExplanation, EveryVisitedLeadIsExplainedAsOfItsScoresMoment)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const ActiveModel model = importModel(workspace, stageModelJson(), "maria");
    QRandomGenerator random(17);
    const QStringList titles = {"Head of Sales", "Engineer", "", "Head of IT", "Intern"};
    const QList<Stage> stages = {Stage::New, Stage::New, Stage::MQL, Stage::SAL, Stage::Nurture};
    const char* types[] = {"email_open", "page_visit", "unsubscribe", "other"};
    QHash<qint64, Stage> scoredStage;
    QList<qint64> ids;
    QList<Event> events;
    for (int i = 0; i < 400; ++i) {
        Lead lead;
        lead.email = QStringLiteral("lead%1@example.fi").arg(i);
        lead.title = titles.at(random.bounded(titles.size()));
        if (random.bounded(3) != 0)
            lead.employees = random.bounded(2000);
        lead.stage = stages.at(random.bounded(stages.size()));
        workspace.leads().insert(lead, "tester");
        ids << lead.id;
        const int count = random.bounded(9);
        for (int e = 0; e < count; ++e) // from 120 days before now to 60 days after
            events << event(lead.id, types[random.bounded(4)],
                            now.addSecs(random.bounded(180 * 86400) - 120 * 86400));
    }
    addEvents(workspace, events);

    const auto rescored = [&](const QList<qint64>& visited) {
        for (qint64 id : visited)
            scoredStage[id] = workspace.leads().find(id)->stage;
    };
    const auto checkAll = [&](const QHash<qint64, QDateTime>& moments) {
        for (qint64 id : ids)
            expectExplainsStoredScore(workspace, model.model, id, moments.value(id),
                                      scoredStage.value(id));
    };
    QHash<qint64, QDateTime> moments;
    const auto all = [&](const QDateTime& moment) {
        rescored(ids);
        rescoreAll(workspace, moment);
        for (qint64 id : ids)
            moments[id] = moment;
        checkAll(moments);
    };

    all(now);
    all(now.addDays(-30)); // the past: later events do not count
    // Moves by hand: the scores stay as they were made.
    LifecycleService lifecycle(workspace);
    for (qint64 id : ids) {
        Lead lead = *workspace.leads().find(id);
        if (lead.stage == Stage::MQL && id % 2 == 0)
            lifecycle.move(lead, MoveRequest{Stage::SAL, {}, false}, "sdr1");
    }
    checkAll(moments);
    all(now.addDays(20)); // the future: events up to then count
    // A few leads rescored as of another moment; the others keep theirs.
    QList<qint64> some;
    for (qint64 id : ids) {
        if (id % 7 == 0)
            some << id;
    }
    rescored(some);
    const QDateTime other = now.addDays(1);
    rescoreLeads(workspace, some, other);
    for (qint64 id : some)
        moments[id] = other;
    checkAll(moments);
}
