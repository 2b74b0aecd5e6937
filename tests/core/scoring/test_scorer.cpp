// The arithmetic of docs/spec/scoring-model.md: the worked example, every operator, decay, window,
// caps, bounds, rounding, grades, MQL and the explanation.
#include "scoring/modelparser.h"
#include "scoring/scorer.h"
#include "specmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::scoring;

namespace {

const QDateTime asOf = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

ScoringModel parsed(const QByteArray& json)
{
    const ModelParseResult result = parseScoringModel(json);
    EXPECT_TRUE(result.ok()) << result.problems.join(u'\n').toStdString();
    return result.model.value_or(ScoringModel{});
}

// A model with the given fit and behaviour rules and section settings.
QByteArray modelJson(const QJsonArray& fitRules, const QJsonArray& behaviorRules = {},
                     const QJsonObject& extraBehavior = {}, double fitMax = 100,
                     double behaviorMax = 100,
                     const QJsonValue& grades = QJsonValue(QJsonValue::Undefined))
{
    QJsonObject behavior{{"max", behaviorMax}, {"rules", behaviorRules}};
    for (auto it = extraBehavior.begin(); it != extraBehavior.end(); ++it)
        behavior.insert(it.key(), it.value());
    QJsonObject root{{"format", "leadbench-scoring-model"},
                     {"version", 1},
                     {"name", "Test"},
                     {"fit", QJsonObject{{"max", fitMax}, {"rules", fitRules}}},
                     {"behavior", behavior},
                     {"thresholds", QJsonObject{{"mql", 50}}}};
    if (!grades.isUndefined())
        root.insert("grades", grades);
    return QJsonDocument(root).toJson();
}

QJsonObject rule(const QString& field, const QString& op, const QJsonValue& value,
                 double points = 10, const QString& id = "r")
{
    QJsonObject object{{"id", id}, {"field", field}, {"op", op}, {"points", points}};
    if (!value.isUndefined())
        object.insert("value", value);
    return object;
}

// An event time or as-of moment as the scorer takes it (milliseconds).
qint64 at(const QDateTime& moment)
{
    return eventTimeOf(moment);
}

Event ev(const QString& type, qint64 time)
{
    Event event;
    event.leadId = 1;
    event.type = type;
    event.occurredAtMs = time;
    return event;
}

Lead specLead()
{
    Lead lead;
    lead.title = "Head of Sales";
    lead.employees = 120;
    lead.country = "FI";
    lead.industry = "Software";
    lead.budget = 25000;
    lead.email = "anna@example.fi";
    return lead;
}

// Whether one single-condition rule holds for a lead (its points show in the fit part).
bool holdsFor(const QJsonObject& condition, const Lead& lead)
{
    Scorer scorer(parsed(modelJson({condition})));
    return scorer.score(lead, {}, asOf).fitExact == condition.value("points").toDouble();
}

} // namespace

TEST(Scorer, WorkedExampleOfTheSpec)
{
    Scorer scorer(parsed(test::specModelJson()));
    const QList<Event> events = {
        ev("page_visit", at(QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC))),
        ev("page_visit", at(QDateTime(QDate(2026, 10, 23), QTime(12, 0), Qt::UTC))),
        ev("page_visit", at(QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC))),
        ev("trial_signup", at(QDateTime(QDate(2026, 11, 7), QTime(12, 0), Qt::UTC))),
    };
    const ScoreResult result = scorer.score(specLead(), events, asOf);
    EXPECT_DOUBLE_EQ(result.fitExact, 38);
    EXPECT_NEAR(result.behaviorExact, 13.607, 0.0005);
    EXPECT_EQ(result.fit, 38);
    EXPECT_EQ(result.behavior, 14);
    EXPECT_EQ(result.total, 52);
    EXPECT_EQ(result.grade, "C");
    EXPECT_TRUE(scorer.promotes(Stage::New, result.total));

    const QList<std::pair<QString, double>> expected = {
        {"decision-maker", 15.0}, {"size", 10.0},  {"nordics", 5.0},
        {"saas-industry", 8.0},   {"visits", 3.0}, {"trial", 10.6}};
    ASSERT_EQ(result.explanation.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(result.explanation.at(i).rule, expected.at(i).first);
        EXPECT_DOUBLE_EQ(result.explanation.at(i).points, expected.at(i).second);
    }
    EXPECT_EQ(result.explanation.at(0).label, "Decision-maker title");
    EXPECT_TRUE(result.explanation.at(3).fit);
    EXPECT_FALSE(result.explanation.at(4).fit);
}

TEST(Scorer, FactsFromTheStoreGiveTheSameScoreAsTheLead)
{
    Scorer scorer(parsed(test::specModelJson()));
    std::vector<FactValue> facts(size_t(scorer.fields().size()));
    for (qsizetype i = 0; i < scorer.fields().size(); ++i) {
        const QString field = scorer.fields().at(i);
        if (field == "employees")
            facts[size_t(i)] = {{}, 120, true};
        else if (field == "budget")
            facts[size_t(i)] = {{}, 25000, true};
        else
            facts[size_t(i)].text = leadFieldText(specLead(), field);
    }
    const std::vector<EventFact> events = {
        {int(scorer.eventTypes().indexOf("trial_signup")), at(asOf) - 15 * msPerDay}};
    const ScoreResult direct = scorer.score(facts, events, at(asOf), false);
    const ScoreResult viaLead =
        scorer.score(specLead(), {ev("trial_signup", at(asOf) - 15 * msPerDay)}, asOf);
    EXPECT_EQ(direct.total, viaLead.total);
    EXPECT_EQ(direct.fit, 38);
    EXPECT_EQ(direct.behavior, 11);
    EXPECT_TRUE(direct.explanation.isEmpty()); // not asked for
}

TEST(Scorer, EqualsAndNotEquals)
{
    Lead lead;
    lead.industry = "  software ";
    lead.employees = 50;
    lead.custom["tier"] = "abc";
    EXPECT_TRUE(holdsFor(rule("industry", "equals", "Software"), lead));
    EXPECT_FALSE(holdsFor(rule("industry", "equals", "Soft"), lead));
    EXPECT_TRUE(holdsFor(rule("industry", "not_equals", "Retail"), lead));
    EXPECT_FALSE(holdsFor(rule("industry", "not_equals", "SOFTWARE"), lead));
    EXPECT_TRUE(holdsFor(rule("employees", "equals", 50), lead));
    EXPECT_TRUE(holdsFor(rule("employees", "equals", 50.0), lead));
    EXPECT_FALSE(holdsFor(rule("employees", "equals", 51), lead));
    EXPECT_TRUE(holdsFor(rule("employees", "not_equals", 51), lead));
    lead.custom["size"] = " 50.0 ";
    EXPECT_TRUE(holdsFor(rule("custom.size", "equals", 50), lead)); // numbers compare numerically
    // A number against a value that is not a number: false for both.
    EXPECT_FALSE(holdsFor(rule("custom.tier", "equals", 5), lead));
    EXPECT_FALSE(holdsFor(rule("custom.tier", "not_equals", 5), lead));
}

TEST(Scorer, InAndNotIn)
{
    Lead lead;
    lead.country = "se";
    lead.employees = 20;
    EXPECT_TRUE(holdsFor(rule("country", "in", QJsonArray{"FI", "SE"}), lead));
    EXPECT_FALSE(holdsFor(rule("country", "in", QJsonArray{"FI", "NO"}), lead));
    EXPECT_TRUE(holdsFor(rule("country", "not_in", QJsonArray{"FI", "NO"}), lead));
    EXPECT_FALSE(holdsFor(rule("country", "not_in", QJsonArray{"FI", "SE"}), lead));
    EXPECT_TRUE(holdsFor(rule("employees", "in", QJsonArray{10, 20}), lead));
    EXPECT_FALSE(holdsFor(rule("employees", "not_in", QJsonArray{10, 20}), lead));
}

TEST(Scorer, ContainsAndMatches)
{
    Lead lead;
    lead.title = "Försäljningschef, Norden";
    EXPECT_TRUE(holdsFor(rule("title", "contains", "CHEF"), lead));
    EXPECT_FALSE(holdsFor(rule("title", "contains", "ceo"), lead));
    EXPECT_TRUE(holdsFor(rule("title", "matches", "(?i)chef\\b"), lead));
    EXPECT_FALSE(holdsFor(rule("title", "matches", "chef\\b(?!,)"), lead));
    EXPECT_FALSE(holdsFor(rule("title", "matches", "^CHEF"), lead)); // case-sensitive without (?i)
    lead.title = "CEO";
    EXPECT_TRUE(holdsFor(rule("title", "matches", "^(CEO|CFO)$"), lead));
    // The cache of regular-expression results must not mix values up.
    Scorer scorer(parsed(modelJson({rule("title", "matches", "^CEO$")})));
    Lead other;
    other.title = "CFO";
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(scorer.score(lead, {}, asOf).fit, 10);
        EXPECT_EQ(scorer.score(other, {}, asOf).fit, 0);
    }
}

TEST(Scorer, CachedResultsAgreeWithAFreshScorerForRepeatedAndUniqueValues)
{
    // Each rule's own points, so that the fit says which rules held.
    const ScoringModel model = parsed(modelJson(
        {rule("title", "in", QJsonArray{"CEO", "cto", " Head of Sales "}, 1, "in"),
         rule("industry", "not_in", QJsonArray{"Retail"}, 2, "not_in"),
         rule("title", "contains", "chef", 4, "contains"),
         rule("email", "email_domain_in", QJsonArray{"rival.example"}, 8, "domain"),
         rule("expected_close", "between", QJsonArray{"2026-12-01", "2027-03-31"}, 16, "close"),
         rule("city", "matches", "^[A-H]", 32, "matches")},
        {}, {}, 100));
    const QStringList titles = {"CEO", "ceo ", "Försäljningschef", "CTO", "Analyst", ""};
    const QStringList industries = {"Retail", "retail", "Software", ""};
    Scorer longLived(model);
    for (int i = 0; i < 6000; ++i) {
        Lead lead;
        lead.title = titles.at(i % titles.size());
        lead.industry = industries.at(i % industries.size());
        // Unique values: the e-mail and city caches turn themselves off after their trial.
        lead.email = QStringLiteral("lead%1@%2").arg(i).arg(i % 3 ? "rival.example" : "x.fi");
        lead.city = QStringLiteral("%1town%2").arg(QChar(u'A' + i % 26)).arg(i);
        lead.expectedClose = QDate(2026, 11, 1).addDays(i % 200);
        const int fresh = Scorer(model).score(lead, {}, asOf).fit;
        ASSERT_EQ(longLived.score(lead, {}, asOf).fit, fresh) << i;
    }
}

// A reader numbers repeated texts; the scorer remembers each condition's answer by number,
// for every kind of test, but only within the code space the numbers came from.
TEST(Scorer, CodedTextsAreRememberedWithinTheirCodeSpaceOnly)
{
    const ScoringModel model =
        parsed(modelJson({rule("title", "equals", " ceo", 1, "equals"),
                          rule("country", "in", QJsonArray{"FI"}, 2, "in"),
                          rule("title", "matches", "(?i)intern", 4, "matches")},
                         {}, {}, 100));
    Scorer scorer(model);
    const qsizetype titleSlot = scorer.fields().indexOf("title");
    const qsizetype countrySlot = scorer.fields().indexOf("country");
    ASSERT_GE(titleSlot, 0);
    ASSERT_GE(countrySlot, 0);
    auto facts = [&](const QString& title, const QString& country, int code) {
        std::vector<FactValue> values(size_t(scorer.fields().size()));
        values[size_t(titleSlot)].text = title;
        values[size_t(titleSlot)].code = code;
        values[size_t(countrySlot)].text = country;
        values[size_t(countrySlot)].code = code;
        return values;
    };
    const quint64 first = newCodeSpace();
    const quint64 second = newCodeSpace();
    ASSERT_NE(first, second);
    EXPECT_EQ(scorer.score(facts("CEO", "FI", 0), {}, at(asOf), false, first).fit, 3);
    // The same code again in the same space: the remembered answers.
    EXPECT_EQ(scorer.score(facts("CEO", "FI", 0), {}, at(asOf), false, first).fit, 3);
    // Code 0 means another text in another space: worked out afresh.
    EXPECT_EQ(scorer.score(facts("Intern", "SE", 0), {}, at(asOf), false, second).fit, 4);
    EXPECT_EQ(scorer.score(facts("Intern", "SE", 1), {}, at(asOf), false, second).fit, 4);
    // Back to the first space: what the first texts gave, not what code 0 gave in the second.
    EXPECT_EQ(scorer.score(facts("CEO", "FI", 0), {}, at(asOf), false, first).fit, 3);
    // Without a code space the codes are ignored.
    EXPECT_EQ(scorer.score(facts("Intern", "FI", 0), {}, at(asOf), false).fit, 6);
}

TEST(Scorer, GteLteBetweenOnNumbersAndDates)
{
    Lead lead;
    lead.annualRevenue = 1000000;
    lead.expectedClose = QDate(2027, 1, 15);
    lead.custom["note"] = "lots";
    EXPECT_TRUE(holdsFor(rule("annual_revenue", "gte", 1000000), lead));
    EXPECT_FALSE(holdsFor(rule("annual_revenue", "gte", 1000001), lead));
    EXPECT_TRUE(holdsFor(rule("annual_revenue", "lte", 1000000), lead));
    EXPECT_FALSE(holdsFor(rule("annual_revenue", "lte", 999999.5), lead));
    EXPECT_TRUE(holdsFor(rule("annual_revenue", "between", QJsonArray{1000000, 2000000}), lead));
    EXPECT_TRUE(holdsFor(rule("annual_revenue", "between", QJsonArray{0, 1000000}), lead));
    EXPECT_FALSE(holdsFor(rule("annual_revenue", "between", QJsonArray{0, 999999}), lead));
    EXPECT_TRUE(holdsFor(rule("expected_close", "lte", "2027-01-15"), lead));
    EXPECT_FALSE(holdsFor(rule("expected_close", "lte", "2027-01-14"), lead));
    EXPECT_TRUE(holdsFor(rule("expected_close", "gte", "2026-12-01"), lead));
    EXPECT_TRUE(
        holdsFor(rule("expected_close", "between", QJsonArray{"2027-01-01", "2027-03-31"}), lead));
    EXPECT_FALSE(
        holdsFor(rule("expected_close", "between", QJsonArray{"2027-02-01", "2027-03-31"}), lead));
    // Numeric operators on a value that is not a number (or a date) are false.
    EXPECT_FALSE(holdsFor(rule("custom.note", "gte", 0), lead));
    EXPECT_FALSE(holdsFor(rule("custom.note", "lte", 1e9), lead));
    EXPECT_FALSE(holdsFor(rule("custom.note", "between", QJsonArray{-1e9, 1e9}), lead));
    EXPECT_FALSE(holdsFor(rule("custom.note", "gte", "2000-01-01"), lead));
    EXPECT_FALSE(holdsFor(rule("expected_close", "gte", 0), lead));
}

TEST(Scorer, EmptyNotEmptyAndEmailDomains)
{
    Lead lead;
    lead.city = "   ";
    lead.email = "Pekka@Mail.Rival.Example";
    EXPECT_TRUE(holdsFor(rule("city", "empty", QJsonValue::Undefined), lead));
    EXPECT_FALSE(holdsFor(rule("city", "not_empty", QJsonValue::Undefined), lead));
    EXPECT_TRUE(holdsFor(rule("email", "not_empty", QJsonValue::Undefined), lead));
    EXPECT_FALSE(holdsFor(rule("email", "empty", QJsonValue::Undefined), lead));
    EXPECT_TRUE(holdsFor(rule("email", "email_domain_in", QJsonArray{"rival.example"}), lead));
    EXPECT_TRUE(holdsFor(rule("email", "email_domain_in", QJsonArray{"mail.rival.example"}), lead));
    EXPECT_FALSE(holdsFor(rule("email", "email_domain_in", QJsonArray{"val.example"}), lead));
    EXPECT_TRUE(holdsFor(
        rule("email", "email_domain_in", QJsonArray{"yahoo.com", " RIVAL.example", "gmail.com"}),
        lead));
    EXPECT_TRUE(holdsFor(rule("email", "email_domain_in", QJsonArray{"example"}), lead));
    EXPECT_FALSE(holdsFor(rule("email", "email_domain_in", QJsonArray{"ail.rival.example"}), lead));
    lead.email = "x@notrival.example";
    EXPECT_FALSE(holdsFor(rule("email", "email_domain_in", QJsonArray{"rival.example"}), lead));
    lead.email = "no-at-sign";
    EXPECT_FALSE(holdsFor(rule("email", "email_domain_in", QJsonArray{"no-at-sign"}), lead));
    lead.employees = 0;
    EXPECT_TRUE(holdsFor(rule("employees", "not_empty", QJsonValue::Undefined), lead));
}

TEST(Scorer, MissingValuesSatisfyOnlyEmpty)
{
    const Lead nothing;
    const QList<std::pair<QString, QJsonValue>> operators = {
        {"equals", "x"},
        {"equals", 1},
        {"not_equals", "x"},
        {"not_equals", 1},
        {"in", QJsonArray{"x"}},
        {"not_in", QJsonArray{"x"}},
        {"contains", "x"},
        {"matches", ".*"},
        {"gte", 0},
        {"lte", 0},
        {"between", QJsonArray{-1, 1}},
        {"not_empty", QJsonValue::Undefined},
        {"email_domain_in", QJsonArray{"x.fi"}}};
    for (const QString& field :
         {QString("title"), QString("employees"), QString("budget"), QString("expected_close"),
          QString("custom.x"), QString("email")}) {
        for (const auto& [op, value] : operators)
            EXPECT_FALSE(holdsFor(rule(field, op, value), nothing))
                << field.toStdString() << " " << op.toStdString();
        EXPECT_TRUE(holdsFor(rule(field, "empty", QJsonValue::Undefined), nothing));
    }
}

TEST(Scorer, AllAndAny)
{
    const QJsonArray conditions{
        QJsonObject{{"field", "industry"}, {"op", "equals"}, {"value", "Software"}},
        QJsonObject{{"field", "budget"}, {"op", "gte"}, {"value", 10000}}};
    Scorer all(parsed(modelJson({QJsonObject{{"id", "a"}, {"all", conditions}, {"points", 8}}})));
    Scorer any(parsed(modelJson({QJsonObject{{"id", "a"}, {"any", conditions}, {"points", 8}}})));
    Lead lead;
    lead.industry = "Software";
    EXPECT_EQ(all.score(lead, {}, asOf).fit, 0);
    EXPECT_EQ(any.score(lead, {}, asOf).fit, 8);
    lead.budget = 10000;
    EXPECT_EQ(all.score(lead, {}, asOf).fit, 8);
    EXPECT_EQ(any.score(lead, {}, asOf).fit, 8); // counts once
    lead.industry = "Retail";
    lead.budget.reset();
    EXPECT_EQ(any.score(lead, {}, asOf).fit, 0);
}

TEST(Scorer, DecayWindowAndFutureEvents)
{
    const QJsonArray rules{QJsonObject{{"id", "v"}, {"event", "page_visit"}, {"points", 8}}};
    Scorer decaying(parsed(modelJson({}, rules, {{"half_life_days", 10}, {"window_days", 30}})));
    Scorer flat(parsed(modelJson({}, rules)));
    const qint64 t = at(asOf);
    auto visits = [](std::initializer_list<qint64> times) {
        QList<Event> events;
        for (qint64 time : times)
            events.append(ev("page_visit", time));
        return events;
    };
    EXPECT_DOUBLE_EQ(decaying.score(Lead(), visits({t}), asOf).behaviorExact, 8);
    EXPECT_DOUBLE_EQ(decaying.score(Lead(), visits({t - 10 * msPerDay}), asOf).behaviorExact, 4);
    EXPECT_DOUBLE_EQ(decaying.score(Lead(), visits({t - 20 * msPerDay}), asOf).behaviorExact, 2);
    EXPECT_NEAR(decaying.score(Lead(), visits({t - 5 * msPerDay}), asOf).behaviorExact,
                8 * std::pow(0.5, 0.5), 1e-12);
    // Inside the window up to and including its edge; nothing from after the moment.
    EXPECT_DOUBLE_EQ(decaying.score(Lead(), visits({t - 30 * msPerDay}), asOf).behaviorExact, 1);
    EXPECT_DOUBLE_EQ(decaying.score(Lead(), visits({t - 30 * msPerDay - 1}), asOf).behaviorExact,
                     0);
    EXPECT_DOUBLE_EQ(decaying.score(Lead(), visits({t + 1}), asOf).behaviorExact, 0);
    EXPECT_DOUBLE_EQ(flat.score(Lead(), visits({t + 1}), asOf).behaviorExact, 0);
    // Without half-life and window every past event counts in full.
    EXPECT_DOUBLE_EQ(flat.score(Lead(), visits({t, t - 400 * msPerDay, t - 4000 * msPerDay}), asOf)
                         .behaviorExact,
                     24);
    // Other event types do not count.
    EXPECT_DOUBLE_EQ(flat.score(Lead(), {ev("Page_Visit", t)}, asOf).behaviorExact, 0);
}

TEST(Scorer, CapsForPositiveAndNegativeRules)
{
    const QJsonArray rules{
        QJsonObject{{"id", "opens"}, {"event", "email_open"}, {"points", 2}, {"cap", 5}},
        QJsonObject{{"id", "unsub"}, {"event", "unsubscribe"}, {"points", -20}, {"cap", 30}},
        QJsonObject{{"id", "bounce"}, {"event", "email_bounce"}, {"points", -5}}};
    Scorer scorer(parsed(modelJson({}, rules)));
    const qint64 t = at(asOf);
    QList<Event> events;
    for (int i = 0; i < 4; ++i)
        events.append(ev("email_open", t - i));
    ScoreResult result = scorer.score(Lead(), events, asOf);
    EXPECT_DOUBLE_EQ(result.behaviorExact, 5); // 8 capped at 5
    for (int i = 0; i < 2; ++i)
        events.append(ev("unsubscribe", t - i));
    result = scorer.score(Lead(), events, asOf);
    EXPECT_DOUBLE_EQ(result.behaviorExact, 5 - 30); // -40 bounded at -30
    EXPECT_EQ(result.behavior, -25);                // not clamped
    EXPECT_EQ(result.total, 0);                     // clamped
    for (int i = 0; i < 3; ++i)
        events.append(ev("email_bounce", t - i));
    result = scorer.score(Lead(), events, asOf);
    EXPECT_DOUBLE_EQ(result.behaviorExact, 5 - 30 - 15); // no cap: no bound
    // Each rule's own points, each trim by a cap right after its rule: the lines add up.
    ASSERT_EQ(result.explanation.size(), 5);
    EXPECT_DOUBLE_EQ(result.explanation.at(0).points, 8);
    EXPECT_EQ(result.explanation.at(1).kind, Contribution::Kind::Cap);
    EXPECT_DOUBLE_EQ(result.explanation.at(1).points, -3);
    EXPECT_DOUBLE_EQ(result.explanation.at(1).bound, 5);
    EXPECT_DOUBLE_EQ(result.explanation.at(2).points, -40);
    EXPECT_EQ(result.explanation.at(3).kind, Contribution::Kind::Cap);
    EXPECT_DOUBLE_EQ(result.explanation.at(3).points, 10);
    EXPECT_DOUBLE_EQ(result.explanation.at(3).bound, -30);
    EXPECT_DOUBLE_EQ(result.explanation.at(4).points, -15);
    double sum = 0;
    for (const Contribution& line : result.explanation)
        sum += line.points;
    EXPECT_DOUBLE_EQ(sum, result.behaviorExact);
}

TEST(Scorer, FitAndBehaviourMaxAndClamp)
{
    const QJsonArray fit{rule("title", "not_empty", QJsonValue::Undefined, 50, "a"),
                         rule("company", "not_empty", QJsonValue::Undefined, 30, "b")};
    const QJsonArray behavior{QJsonObject{{"id", "t"}, {"event", "trial"}, {"points", 70}}};
    Scorer scorer(parsed(modelJson(fit, behavior, {}, 60, 40)));
    Lead lead;
    lead.title = "CEO";
    lead.company = "Acme";
    const ScoreResult result = scorer.score(lead, {ev("trial", at(asOf))}, asOf);
    EXPECT_EQ(result.fit, 60);
    EXPECT_EQ(result.behavior, 40);
    EXPECT_EQ(result.total, 100);
    // The explanation shows each rule's own points, and what fit.max and behavior.max took
    // off as lines of their own.
    ASSERT_EQ(result.explanation.size(), 5);
    EXPECT_EQ(result.explanation.at(2).rule, QLatin1String(fitMaxRule));
    EXPECT_EQ(result.explanation.at(2).kind, Contribution::Kind::Cap);
    EXPECT_DOUBLE_EQ(result.explanation.at(2).points, -20);
    EXPECT_DOUBLE_EQ(result.explanation.at(2).bound, 60);
    EXPECT_DOUBLE_EQ(result.explanation.at(3).points, 70);
    EXPECT_EQ(result.explanation.at(4).rule, QLatin1String(behaviorMaxRule));
    EXPECT_DOUBLE_EQ(result.explanation.at(4).points, -30);
    EXPECT_DOUBLE_EQ(result.explanation.at(4).bound, 40);

    Scorer big(parsed(modelJson(fit, behavior, {}, 100, 100)));
    EXPECT_EQ(big.score(lead, {ev("trial", at(asOf))}, asOf).total, 100); // 150 clamped

    // No lower bound on fit; the total is clamped at 0 while the parts are not.
    Scorer negative(parsed(modelJson({rule("title", "not_empty", QJsonValue::Undefined, -50)})));
    const ScoreResult low = negative.score(lead, {}, asOf);
    EXPECT_EQ(low.fit, -50);
    EXPECT_EQ(low.total, 0);
}

TEST(Scorer, RoundsHalfAwayFromZero)
{
    EXPECT_EQ(roundScore(51.5), 52);
    EXPECT_EQ(roundScore(50.5), 51);
    EXPECT_EQ(roundScore(2.5), 3);
    EXPECT_EQ(roundScore(-2.5), -3);
    EXPECT_EQ(roundScore(51.4999), 51);
    EXPECT_DOUBLE_EQ(roundTenth(0.25), 0.3);
    EXPECT_DOUBLE_EQ(roundTenth(-0.25), -0.3);
    EXPECT_DOUBLE_EQ(roundTenth(10.607), 10.6);

    const QJsonArray fit{rule("title", "not_empty", QJsonValue::Undefined, 20.5, "a"),
                         rule("company", "not_empty", QJsonValue::Undefined, 30, "b"),
                         rule("city", "not_empty", QJsonValue::Undefined, -2.5, "c")};
    Scorer scorer(parsed(modelJson(fit)));
    Lead lead;
    lead.title = "CEO";
    lead.company = "Acme";
    EXPECT_EQ(scorer.score(lead, {}, asOf).total, 51); // 50.5
    EXPECT_EQ(scorer.score(lead, {}, asOf).fit, 51);
    lead.company.clear();
    lead.city = "Oulu";
    EXPECT_EQ(scorer.score(lead, {}, asOf).fit, 18); // 18.0
    lead.title.clear();
    EXPECT_EQ(scorer.score(lead, {}, asOf).fit, -3); // -2.5 away from zero
    EXPECT_EQ(scorer.score(lead, {}, asOf).total, 0);
}

TEST(Scorer, Grades)
{
    const QJsonArray grades{QJsonObject{{"min", 80}, {"grade", "A"}},
                            QJsonObject{{"min", 60}, {"grade", "B"}},
                            QJsonObject{{"min", 40.5}, {"grade", "C"}}};
    Scorer graded(parsed(modelJson({}, {}, {}, 100, 100, grades)));
    EXPECT_EQ(graded.gradeFor(100), "A");
    EXPECT_EQ(graded.gradeFor(80), "A");
    EXPECT_EQ(graded.gradeFor(79), "B");
    EXPECT_EQ(graded.gradeFor(41), "C");
    EXPECT_EQ(graded.gradeFor(40), ""); // below every band
    Scorer ungraded(parsed(modelJson({})));
    EXPECT_EQ(ungraded.gradeFor(100), "");
    EXPECT_EQ(ungraded.score(Lead(), {}, asOf).grade, "");
}

TEST(Scorer, MqlOnlyFromNew)
{
    Scorer scorer(parsed(test::specModelJson()));
    EXPECT_TRUE(scorer.promotes(Stage::New, 50));
    EXPECT_FALSE(scorer.promotes(Stage::New, 49));
    for (Stage stage : allStages) {
        if (stage != Stage::New) {
            EXPECT_FALSE(scorer.promotes(stage, 100)) << stageName(stage).toStdString();
        }
    }
}

TEST(Scorer, ExplanationOrderFollowsTheModel)
{
    const QJsonArray fit{rule("title", "not_empty", QJsonValue::Undefined, 1, "small-first"),
                         rule("company", "not_empty", QJsonValue::Undefined, 0, "zero"),
                         rule("city", "not_empty", QJsonValue::Undefined, 20, "big-second")};
    const QJsonArray behavior{QJsonObject{{"id", "b2"}, {"event", "b"}, {"points", 3}},
                              QJsonObject{{"id", "a1"}, {"event", "a"}, {"points", 30}},
                              QJsonObject{{"id", "none"}, {"event", "c"}, {"points", 30}}};
    Scorer scorer(parsed(modelJson(fit, behavior)));
    Lead lead;
    lead.title = "x";
    lead.company = "y";
    lead.city = "z";
    const qint64 t = at(asOf);
    const ScoreResult result = scorer.score(lead, {ev("a", t), ev("b", t)}, asOf);
    QStringList ids;
    for (const Contribution& c : result.explanation)
        ids << c.rule;
    EXPECT_EQ(ids, QStringList({"small-first", "big-second", "b2", "a1"}));
    EXPECT_EQ(result.explanation.at(0).label, "small-first"); // label defaults to the id
}
