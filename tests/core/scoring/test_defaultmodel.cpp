// The shipped default model: valid, on the agreed scale, and in tune with the demo data.
#include "demo/demovocabulary.h"
#include "scoring/modelservice.h"
#include "scoring/scorer.h"

#include <gtest/gtest.h>

using namespace lb;
using namespace lb::scoring;

namespace {

const QDateTime asOf = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

QStringList rulesFor(const Scorer& scorer, const Lead& lead, const QList<Event>& events = {})
{
    QStringList ids;
    for (const Contribution& c : scorer.score(lead, events, asOf).explanation)
        ids << c.rule;
    return ids;
}

Lead withTitle(const QString& title)
{
    Lead lead;
    lead.title = title;
    return lead;
}

} // namespace

TEST(DefaultModel, IsValidAndOnTheAgreedScale)
{
    const ScoringModel model = defaultModel();
    EXPECT_EQ(model.fitMax, 60);
    EXPECT_EQ(model.behaviorMax, 40);
    EXPECT_EQ(model.halfLifeDays, 30);
    EXPECT_EQ(model.windowDays, 180);
    EXPECT_EQ(model.mqlThreshold, 50);
    QStringList grades;
    for (const GradeBand& band : model.grades)
        grades << band.grade;
    EXPECT_EQ(grades, QStringList({"A", "B", "C", "D"}));
    QStringList events;
    for (const BehaviorRule& rule : model.behaviorRules)
        events << rule.event;
    for (const char* type :
         {"email_open", "page_visit", "content_download", "blog_comment", "social_follow",
          "event_registration", "trial_signup", "contact_request", "unsubscribe", "email_bounce"})
        EXPECT_TRUE(events.contains(QString::fromLatin1(type))) << type;
}

TEST(DefaultModel, EveryDemoDecisionTitleIsADecisionMaker)
{
    const Scorer scorer(defaultModel());
    for (const QString& title : demo::decisionTitles())
        EXPECT_TRUE(rulesFor(scorer, withTitle(title)).contains("decision-maker"))
            << title.toStdString();
    for (const char* title : {"Analyst", "Developer", "Software Engineer", "Coordinator",
                              "Asiantuntija", "Utvecklare", "Sales Manager"})
        EXPECT_FALSE(
            rulesFor(scorer, withTitle(QString::fromUtf8(title))).contains("decision-maker"))
            << title;
    EXPECT_TRUE(rulesFor(scorer, withTitle("Hankintapäällikkö")).contains("manager"));
    EXPECT_TRUE(rulesFor(scorer, withTitle("Sales Manager")).contains("manager"));
}

TEST(DefaultModel, NegativeCriteria)
{
    const Scorer scorer(defaultModel());
    Lead lead;
    lead.email = "matti@rival.example";
    EXPECT_TRUE(rulesFor(scorer, lead).contains("competitor"));
    for (const QString& domain : demo::freeMailDomains()) {
        lead.email = "someone@" + domain;
        EXPECT_TRUE(rulesFor(scorer, lead).contains("free-mail")) << domain.toStdString();
    }
    lead.email = "liisa@student.aalto.fi";
    EXPECT_TRUE(rulesFor(scorer, lead).contains("student"));
    lead.email = "liisa@aalto.fi";
    EXPECT_FALSE(rulesFor(scorer, lead).contains("student"));
    EXPECT_TRUE(rulesFor(scorer, withTitle("Student")).contains("student"));
    EXPECT_TRUE(rulesFor(scorer, withTitle("Intern")).contains("student"));
    Event unsubscribe;
    unsubscribe.type = "unsubscribe";
    unsubscribe.occurredAtMs = eventTimeOf(asOf);
    Event bounce = unsubscribe;
    bounce.type = "email_bounce";
    const ScoreResult result = scorer.score(Lead(), {unsubscribe, bounce}, asOf);
    EXPECT_LT(result.behaviorExact, -20);
}

TEST(DefaultModel, AnIdealLeadWithInterestBecomesAnMql)
{
    const Scorer scorer(defaultModel());
    Lead lead;
    lead.title = "Toimitusjohtaja";
    lead.employees = 200;
    lead.industry = "Software";
    lead.country = "FI";
    lead.budget = 50000;
    lead.email = "ceo@yritys.fi";
    Event trial;
    trial.type = "trial_signup";
    trial.occurredAtMs = eventTimeOf(asOf) - msPerDay;
    const ScoreResult cold = scorer.score(lead, {}, asOf);
    const ScoreResult warm = scorer.score(lead, {trial}, asOf);
    EXPECT_LT(cold.total, 50);
    EXPECT_GE(warm.total, 50);
    EXPECT_TRUE(scorer.promotes(Stage::New, warm.total));
}
