// What-if scoring over an in-memory snapshot: the same totals as the Scorer and the stored
// scores, comparisons, sampling, fields the snapshot lacks.
#include "scoring/modelparser.h"
#include "scoring/modelservice.h"
#include "scoring/rescorer.h"
#include "scoring/scorer.h"
#include "scoring/whatif.h"
#include "specmodel.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>
#include <random>

using namespace lb;
using namespace lb::scoring;

namespace {

const QDateTime asOf = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

struct Data
{
    QList<Lead> leads;
    QHash<qint64, QList<Event>> events;
};

Data makeData(int count)
{
    std::mt19937 random(7);
    const QStringList titles = {"CEO", "Head of Sales", "Analyst", "Toimitusjohtaja", "Student", "",
                                "VD"};
    const QStringList countries = {"FI", "SE", "DE", "NO", "", "EE"};
    const QStringList industries = {"Software", "Retail", "Manufacturing", ""};
    const QStringList types = {"page_visit",      "email_open",   "trial_signup", "unsubscribe",
                               "contact_request", "email_bounce", "webinar"};
    const QStringList domains = {"x.fi", "gmail.com", "rival.example", "student.uu.se"};
    Data data;
    for (int i = 0; i < count; ++i) {
        Lead lead;
        lead.id = i + 1;
        lead.email = QStringLiteral("p%1@%2").arg(i).arg(domains.at(int(random() % 4)));
        lead.title = titles.at(int(random() % titles.size()));
        lead.country = countries.at(int(random() % countries.size()));
        lead.industry = industries.at(int(random() % industries.size()));
        if (random() % 3)
            lead.employees = qint64(random() % 3000);
        if (random() % 2)
            lead.budget = double(random() % 40000);
        if (random() % 4 == 0)
            lead.expectedClose = QDate(2027, 1, 1).addDays(random() % 90);
        if (random() % 5 == 0)
            lead.custom["tier"] = random() % 2 ? "gold" : "silver";
        lead.stage = random() % 3 ? Stage::New : Stage::SAL;
        data.leads << lead;
        const int events = int(random() % 12);
        for (int e = 0; e < events; ++e) {
            Event event;
            event.leadId = lead.id;
            event.type = types.at(int(random() % types.size()));
            // Milliseconds too: the snapshot and the scorer must agree on them.
            event.occurredAtMs = eventTimeOf(asOf) -
                                 qint64(random() % (250 * 86400)) * msPerSecond -
                                 qint64(random() % 1000) +
                                 (e == 0 ? 3600 * msPerSecond : 0); // now and then in the future
            data.events[lead.id] << event;
        }
    }
    return data;
}

ScoringModel specModel()
{
    return *parseScoringModel(test::specModelJson()).model;
}

} // namespace

TEST(WhatIf, SameTotalsAsTheScorer)
{
    const Data data = makeData(3000);
    WhatIfEngine engine(WhatIfSnapshot::fromLeads(data.leads, data.events, asOf, {"custom.tier"}));
    ScoringModel tiered = specModel();
    FitRule tier;
    tier.id = "tier";
    tier.conditions << Condition{"custom.tier", Operator::Equals, QJsonValue("Gold")};
    tier.points = 7;
    tiered.fitRules << tier;
    for (const ScoringModel& model : {specModel(), defaultModel(), tiered}) {
        const WhatIfOutcome outcome = engine.evaluate(model);
        ASSERT_EQ(outcome.totals.size(), size_t(data.leads.size()));
        EXPECT_TRUE(outcome.fieldsNotInSnapshot.isEmpty());
        const Scorer scorer(model);
        qint64 over = 0;
        qint64 promotable = 0;
        std::array<qint64, 101> histogram{};
        for (qsizetype i = 0; i < data.leads.size(); ++i) {
            const Lead& lead = data.leads.at(i);
            const int expected = scorer.score(lead, data.events.value(lead.id), asOf).total;
            ASSERT_EQ(outcome.totals[size_t(i)], expected)
                << model.name.toStdString() << " lead " << lead.id;
            ++histogram[size_t(expected)];
            over += expected >= model.mqlThreshold;
            promotable += expected >= model.mqlThreshold && lead.stage == Stage::New;
        }
        EXPECT_EQ(outcome.histogram, histogram);
        EXPECT_EQ(outcome.atOrOverMql, over);
        EXPECT_EQ(outcome.wouldPromote, promotable);
    }
}

TEST(WhatIf, ComparesTwoModels)
{
    const Data data = makeData(2000);
    WhatIfEngine engine(WhatIfSnapshot::fromLeads(data.leads, data.events, asOf));
    const ScoringModel current = specModel();
    ScoringModel candidate = current;
    candidate.mqlThreshold = 30;
    candidate.fitRules[0].points = 20;
    candidate.halfLifeDays = 60;
    const WhatIfComparison comparison = engine.compare(current, candidate);
    const Scorer before(current);
    const Scorer after(candidate);
    qint64 newly = 0;
    qint64 noLonger = 0;
    qint64 changed = 0;
    for (const Lead& lead : data.leads) {
        const int a = before.score(lead, data.events.value(lead.id), asOf).total;
        const int b = after.score(lead, data.events.value(lead.id), asOf).total;
        newly += a < 50 && b >= 30;
        noLonger += a >= 50 && b < 30;
        changed += a != b;
    }
    EXPECT_EQ(comparison.newlyOverMql, newly);
    EXPECT_EQ(comparison.noLongerOverMql, noLonger);
    EXPECT_EQ(comparison.changed, changed);
    EXPECT_GT(newly, 0);
    // Tables are reused: the second time gives the same answer.
    EXPECT_EQ(engine.evaluate(candidate).totals, comparison.candidate.totals);
}

TEST(WhatIf, FieldsMissingFromTheSnapshotAreReported)
{
    const Data data = makeData(200);
    WhatIfEngine engine(WhatIfSnapshot::fromLeads(data.leads, data.events, asOf));
    ScoringModel model = specModel();
    FitRule rule;
    rule.id = "tier";
    rule.conditions << Condition{"custom.tier", Operator::Empty, QJsonValue::Undefined};
    rule.points = 3;
    model.fitRules << rule;
    const WhatIfOutcome outcome = engine.evaluate(model);
    EXPECT_EQ(outcome.fieldsNotInSnapshot, QStringList{"custom.tier"});
}

TEST(WhatIf, SnapshotOfAWorkspaceMatchesTheStoredScores)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const Data data = makeData(5000);
    {
        auto writer = workspace.bulkWriter({5000});
        for (Lead lead : data.leads) {
            const qint64 original = lead.id;
            lead.id = 0;
            lead.stageChangedAt = asOf.addDays(-300);
            writer->addLead(lead, "tester");
            for (Event event : data.events.value(original)) {
                event.leadId = lead.id;
                writer->addEvent(event);
            }
        }
        writer->commit();
    }
    importModel(workspace, test::specModelJson(), "maria");
    const auto snapshot = WhatIfSnapshot::load(workspace, asOf);
    EXPECT_EQ(snapshot->size(), 5000);
    EXPECT_EQ(snapshot->workspaceLeads(), 5000);
    WhatIfEngine engine(snapshot);
    const WhatIfOutcome outcome = engine.evaluate(activeModel(workspace).model);
    rescoreAll(workspace, asOf);
    const QList<Lead> stored = workspace.leads().list({}, {LeadSortKey::Id, false}, 5000);
    ASSERT_EQ(stored.size(), 5000);
    for (qsizetype i = 0; i < stored.size(); ++i)
        ASSERT_EQ(outcome.totals[size_t(i)], stored.at(i).score.total) << stored.at(i).id;

    // An even sample when the workspace holds more than asked for.
    const auto sample = WhatIfSnapshot::load(workspace, asOf, 1000);
    EXPECT_EQ(sample->size(), 1000);
    EXPECT_EQ(sample->workspaceLeads(), 5000);
}
