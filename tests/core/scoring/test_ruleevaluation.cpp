// Issue 17, defects 3 and 4: numeric comparisons on values that are not numbers, Unicode
// letters in patterns, and patterns the engine gives up on, through every path that evaluates a
// condition: a lead, store facts (cached by text and by code), the breakdown and the what-if.
#include "scoring/breakdown.h"
#include "scoring/modelparser.h"
#include "scoring/scorer.h"
#include "scoring/whatif.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::scoring;

namespace {

const QDateTime asOf = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

QJsonObject rule(const QString& id, const QString& field, const QString& op,
                 const QJsonValue& value, double points)
{
    return QJsonObject{
        {"id", id}, {"field", field}, {"op", op}, {"value", value}, {"points", points}};
}

ScoringModel parsed(const QJsonArray& fitRules)
{
    const QJsonObject root{{"format", "leadbench-scoring-model"},
                           {"version", 1},
                           {"name", "Test"},
                           {"fit", QJsonObject{{"max", 100000}, {"rules", fitRules}}},
                           {"behavior", QJsonObject{{"max", 100}, {"rules", QJsonArray{}}}},
                           {"thresholds", QJsonObject{{"mql", 50}}}};
    const ModelParseResult result = parseScoringModel(QJsonDocument(root).toJson());
    EXPECT_TRUE(result.ok()) << result.problems.join(u'\n').toStdString();
    return result.model.value_or(ScoringModel{});
}

// Each rule gets its own power of two, so that the fit says exactly which rules held.
ScoringModel powersOfTwo(const QList<std::tuple<QString, QString, QJsonValue>>& conditions)
{
    QJsonArray rules;
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const auto& [field, op, value] = conditions.at(i);
        rules.append(rule(QStringLiteral("r%1").arg(i), field, op, value, double(1 << i)));
    }
    return parsed(rules);
}

// The fit of `lead` by every path: the lead itself, its facts as the store gives them (text
// cache), the same facts with codes, and the what-if snapshot. All must agree.
double fitByEveryPath(const ScoringModel& model, const Lead& lead, const QStringList& extraFields)
{
    Scorer scorer(model);
    const double direct = scorer.score(lead, {}, asOf).fitExact;

    std::vector<FactValue> facts = scorer.factsOf(lead);
    EXPECT_EQ(scorer.score(facts, {}, asOf.toSecsSinceEpoch(), false).fitExact, direct);
    // Twice: the second time from the caches.
    EXPECT_EQ(scorer.score(facts, {}, asOf.toSecsSinceEpoch(), false).fitExact, direct);
    for (size_t i = 0; i < facts.size(); ++i)
        facts[i].code = int(i) + 1;
    const quint64 space = newCodeSpace();
    for (int pass = 0; pass < 2; ++pass)
        EXPECT_EQ(scorer.score(facts, {}, asOf.toSecsSinceEpoch(), false, space).fitExact, direct);

    Lead withId = lead;
    withId.id = 1;
    WhatIfEngine engine(WhatIfSnapshot::fromLeads({withId}, {}, asOf, extraFields));
    const WhatIfOutcome outcome = engine.evaluate(model);
    EXPECT_EQ(outcome.totals.at(0),
              roundScore(std::clamp(std::min(direct, model.fitMax), 0.0, 100.0)));
    return direct;
}

} // namespace

TEST(RuleEvaluation, NumericComparisonsAreFalseOnAValueThatIsNotANumber)
{
    const ScoringModel model = powersOfTwo({
        {"custom.seats", "equals", 5},                  // 1
        {"custom.seats", "not_equals", 5},              // 2
        {"custom.seats", "in", QJsonArray{5, 6}},       // 4
        {"custom.seats", "not_in", QJsonArray{5}},      // 8
        {"custom.seats", "not_in", QJsonArray{"x", 5}}, // 16: "x" differs, 5 cannot be compared
        {"custom.seats", "not_in", QJsonArray{"x"}},    // 32: a text list compares texts
    });
    Lead lead;
    lead.custom["seats"] = "abc";
    // Only the text comparison holds; before the fix not_in [5] and not_in ["x", 5] held too.
    EXPECT_EQ(fitByEveryPath(model, lead, {"custom.seats"}), 32);

    lead.custom["seats"] = " 7 ";
    EXPECT_EQ(fitByEveryPath(model, lead, {"custom.seats"}), 2 + 8 + 16 + 32);
    lead.custom["seats"] = "5";
    EXPECT_EQ(fitByEveryPath(model, lead, {"custom.seats"}), 1 + 4 + 32);
    lead.custom["seats"] = "";
    EXPECT_EQ(fitByEveryPath(model, lead, {"custom.seats"}), 0); // missing: none of them

    const ScoringModel employees =
        powersOfTwo({{"employees", "not_in", QJsonArray{5, 10}}, {"employees", "not_equals", 5}});
    Lead sized;
    sized.employees = 7;
    EXPECT_EQ(fitByEveryPath(employees, sized, {}), 3);
    sized.employees = 5;
    EXPECT_EQ(fitByEveryPath(employees, sized, {}), 0);
}

TEST(RuleEvaluation, PatternsTreatNordicLettersAsLetters)
{
    const ScoringModel model = powersOfTwo({
        {"city", "matches", "\\bÅbo\\b"},         // 1
        {"title", "matches", "päällikkö\\b"},     // 2
        {"company", "matches", "^\\w+$"},         // 4
        {"industry", "matches", "(?i)^ÅLAND\\b"}, // 8
        {"first_name", "matches", "\\bö"},        // 16: no boundary inside a word
    });
    Lead lead;
    lead.city = "Åbo Akademi";
    lead.title = "Myyntipäällikkö, Pohjoismaat";
    lead.company = "Köökkä";
    lead.industry = "åland shipping";
    lead.firstName = "Jörn";
    EXPECT_EQ(fitByEveryPath(model, lead, {}), 1 + 2 + 4 + 8);
}

TEST(RuleEvaluation, APatternTheEngineGivesUpOnIsReportedNotCountedAsNoMatch)
{
    // Passes the model check's hostile sample (runs of one character), but nested repetition
    // of "ab" makes the engine give up on "abab...ab!".
    const ScoringModel model = powersOfTwo({
        {"title", "matches", "^((ab)+)+$"},
        {"country", "equals", "FI"},
    });
    Lead lead;
    lead.country = "FI";
    lead.title = QString("ab").repeated(40) + "!";

    EXPECT_EQ(fitByEveryPath(model, lead, {}), 2); // counts no points, on every path
    const Scorer scorer(model);
    const ScoreResult result = scorer.score(lead, {}, asOf);
    ASSERT_EQ(result.unevaluated.size(), 1);
    EXPECT_EQ(result.unevaluated.at(0).rule, "r0");
    EXPECT_EQ(result.unevaluated.at(0).points, 1);
    ASSERT_EQ(result.explanation.size(), 1);
    EXPECT_EQ(result.explanation.at(0).rule, "r1");
    EXPECT_FALSE(scorer.fitRuleHolds(0, scorer.factsOf(lead)));

    const ScoreBreakdown breakdown = breakDown(model, lead, {}, asOf);
    ASSERT_EQ(breakdown.result.unevaluated.size(), 1);
    EXPECT_EQ(breakdown.result.unevaluated.at(0).rule, "r0");

    // A value it can answer is a plain match or no match, and nothing is reported.
    lead.title = QString("ab").repeated(40);
    EXPECT_EQ(fitByEveryPath(model, lead, {}), 3);
    EXPECT_TRUE(scorer.score(lead, {}, asOf).unevaluated.isEmpty());
    lead.title = "Analyst";
    EXPECT_TRUE(scorer.score(lead, {}, asOf).unevaluated.isEmpty());
}

TEST(RuleEvaluation, AnUnevaluatedConditionDecidesNothingThatOthersDecide)
{
    QJsonArray rules;
    const QJsonObject slow{{"field", "title"}, {"op", "matches"}, {"value", "^((ab)+)+$"}};
    const QJsonObject finland{{"field", "country"}, {"op", "equals"}, {"value", "FI"}};
    const QJsonObject sweden{{"field", "country"}, {"op", "equals"}, {"value", "SE"}};
    rules.append(
        QJsonObject{{"id", "any-holds"}, {"any", QJsonArray{slow, finland}}, {"points", 1}});
    rules.append(
        QJsonObject{{"id", "all-fails"}, {"all", QJsonArray{slow, sweden}}, {"points", 2}});
    rules.append(
        QJsonObject{{"id", "any-unknown"}, {"any", QJsonArray{slow, sweden}}, {"points", 4}});
    rules.append(
        QJsonObject{{"id", "all-unknown"}, {"all", QJsonArray{slow, finland}}, {"points", 8}});
    const ScoringModel model = parsed(rules);
    Lead lead;
    lead.country = "FI";
    lead.title = QString("ab").repeated(40) + "!";
    EXPECT_EQ(fitByEveryPath(model, lead, {}), 1);
    const ScoreResult result = Scorer(model).score(lead, {}, asOf);
    ASSERT_EQ(result.unevaluated.size(), 2);
    EXPECT_EQ(result.unevaluated.at(0).rule, "any-unknown");
    EXPECT_EQ(result.unevaluated.at(1).rule, "all-unknown");
}
