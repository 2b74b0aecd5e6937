// Reading and refusing scoring models (docs/spec/scoring-model.md, Format and Errors).
#include "scoring/modelparser.h"
#include "specmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace lb::scoring;

namespace {

QJsonObject specObject()
{
    return QJsonDocument::fromJson(lb::test::specModelJson()).object();
}

QStringList problemsOf(const QJsonObject& root)
{
    const ModelParseResult result = parseScoringModel(QJsonDocument(root).toJson());
    EXPECT_FALSE(result.ok());
    return result.problems;
}

// The spec model with one fit rule replaced.
QJsonObject withFitRule(int index, const QJsonObject& rule)
{
    QJsonObject root = specObject();
    QJsonObject fit = root.value("fit").toObject();
    QJsonArray rules = fit.value("rules").toArray();
    rules.replace(index, rule);
    fit.insert("rules", rules);
    root.insert("fit", fit);
    return root;
}

QJsonObject withBehaviorRule(int index, const QJsonObject& rule)
{
    QJsonObject root = specObject();
    QJsonObject behavior = root.value("behavior").toObject();
    QJsonArray rules = behavior.value("rules").toArray();
    rules.replace(index, rule);
    behavior.insert("rules", rules);
    root.insert("behavior", behavior);
    return root;
}

QJsonObject fitRuleAt(int index)
{
    return specObject().value("fit").toObject().value("rules").toArray().at(index).toObject();
}

bool hasProblem(const QStringList& problems, const QString& prefix)
{
    for (const QString& problem : problems) {
        if (problem.startsWith(prefix))
            return true;
    }
    return false;
}

#define EXPECT_PROBLEM(problems, prefix)                                                           \
    EXPECT_TRUE(hasProblem(problems, prefix))                                                      \
        << "expected " << QString(prefix).toStdString() << " in:\n"                                \
        << problems.join(u'\n').toStdString()

} // namespace

TEST(ModelParser, ReadsTheSpecModel)
{
    const ModelParseResult result = parseScoringModel(lb::test::specModelJson());
    ASSERT_TRUE(result.ok()) << result.problems.join(u'\n').toStdString();
    const ScoringModel& model = *result.model;
    EXPECT_EQ(model.name, "Nordic B2B");
    EXPECT_EQ(model.fitMax, 60);
    ASSERT_EQ(model.fitRules.size(), 5);
    EXPECT_EQ(model.fitRules.at(3).mode, FitRule::Mode::All);
    EXPECT_EQ(model.fitRules.at(3).conditions.size(), 2);
    EXPECT_EQ(model.fitRules.at(0).conditions.at(0).op, Operator::Matches);
    EXPECT_EQ(model.fitRules.at(4).points, -50);
    EXPECT_EQ(model.behaviorMax, 40);
    EXPECT_EQ(model.halfLifeDays, 30);
    EXPECT_EQ(model.windowDays, 180);
    ASSERT_EQ(model.behaviorRules.size(), 4);
    EXPECT_EQ(model.behaviorRules.at(0).cap, 5);
    EXPECT_FALSE(model.behaviorRules.at(2).cap.has_value());
    EXPECT_EQ(model.mqlThreshold, 50);
    ASSERT_EQ(model.grades.size(), 4);
    EXPECT_EQ(model.grades.at(3).grade, "D");
}

TEST(ModelParser, RoundTripThroughJson)
{
    const ScoringModel model = *parseScoringModel(lb::test::specModelJson()).model;
    const ModelParseResult again = parseScoringModel(modelToJson(model));
    ASSERT_TRUE(again.ok()) << again.problems.join(u'\n').toStdString();
    EXPECT_EQ(modelToJson(*again.model), modelToJson(model));
    EXPECT_EQ(again.model->fitRules.at(3).conditions.at(1).field, "budget");
}

TEST(ModelParser, OptionalPartsMayBeLeftOut)
{
    QJsonObject root = specObject();
    root.remove("grades");
    QJsonObject behavior = root.value("behavior").toObject();
    behavior.remove("half_life_days");
    behavior.remove("window_days");
    root.insert("behavior", behavior);
    QJsonObject rule = fitRuleAt(1);
    rule.remove("label");
    root = [&] {
        QJsonObject fit = root.value("fit").toObject();
        QJsonArray rules = fit.value("rules").toArray();
        rules.replace(1, rule);
        fit.insert("rules", rules);
        root.insert("fit", fit);
        return root;
    }();
    const ModelParseResult result = parseScoringModel(QJsonDocument(root).toJson());
    ASSERT_TRUE(result.ok()) << result.problems.join(u'\n').toStdString();
    EXPECT_TRUE(result.model->grades.isEmpty());
    EXPECT_EQ(result.model->halfLifeDays, 0);
    EXPECT_EQ(result.model->fitRules.at(1).displayLabel(), "size");
}

TEST(ModelParser, UnknownOperatorNamesItsPath)
{
    QJsonObject rule = fitRuleAt(3);
    rule = QJsonObject{{"id", "x"},
                       {"field", "employees"},
                       {"op", "bewteen"},
                       {"value", QJsonArray{1, 2}},
                       {"points", 1}};
    const QStringList problems = problemsOf(withFitRule(3, rule));
    EXPECT_TRUE(problems.contains("fit.rules[3].op: unknown operator \"bewteen\""))
        << problems.join(u'\n').toStdString();
}

TEST(ModelParser, CapMustBePositive)
{
    const QStringList problems = problemsOf(withBehaviorRule(
        0, QJsonObject{{"id", "opens"}, {"event", "email_open"}, {"points", 1}, {"cap", 0}}));
    EXPECT_TRUE(problems.contains("behavior.rules[0].cap: must be positive"))
        << problems.join(u'\n').toStdString();
    EXPECT_PROBLEM(
        problemsOf(withBehaviorRule(
            0, QJsonObject{{"id", "opens"}, {"event", "email_open"}, {"points", 1}, {"cap", -3}})),
        "behavior.rules[0].cap: must be positive");
}

TEST(ModelParser, EveryProblemIsListed)
{
    QJsonObject root = withFitRule(
        0, QJsonObject{
               {"id", "size"}, {"field", "shoe_size"}, {"op", "gte"}, {"value", 1}, {"points", 1}});
    root.insert("format", "something-else");
    root.insert("version", 2);
    root.remove("name");
    QJsonObject behavior = root.value("behavior").toObject();
    behavior.insert("half_life_days", -1);
    root.insert("behavior", behavior);
    const QStringList problems = problemsOf(root);
    EXPECT_PROBLEM(problems, "format: must be \"leadbench-scoring-model\"");
    EXPECT_PROBLEM(problems, "version: must be 1");
    EXPECT_PROBLEM(problems, "name: missing");
    EXPECT_PROBLEM(problems, "fit.rules[0].field: unknown field \"shoe_size\"");
    EXPECT_PROBLEM(problems, "fit.rules[1].id: duplicate id \"size\" (also at fit.rules[0].id)");
    EXPECT_PROBLEM(problems, "behavior.half_life_days: must not be negative");
    EXPECT_EQ(problems.size(), 6) << problems.join(u'\n').toStdString();
}

TEST(ModelParser, RefusesBadValuesForEachOperator)
{
    struct Case
    {
        QString op;
        QJsonValue value;
        QString field = "title";
    };
    const QList<Case> cases = {
        {"equals", QJsonArray{1}},
        {"not_equals", QJsonValue::Null},
        {"in", "FI"},
        {"in", QJsonArray{}},
        {"not_in", QJsonArray{QJsonObject{}}},
        {"contains", 5},
        {"contains", ""},
        {"matches", "(unclosed"},
        {"gte", "tomorrow"},
        {"lte", "2026-02-30"},
        {"between", QJsonArray{1}},
        {"between", QJsonArray{10, 1}},
        {"between", QJsonArray{1, "2026-01-01"}},
        {"empty", "x"},
        {"not_empty", 1},
        {"email_domain_in", QJsonArray{"@x.fi"}},
        {"email_domain_in", "x.fi"},
        {"matches", QJsonValue::Undefined},
    };
    for (const Case& c : cases) {
        QJsonObject rule{{"id", "r"}, {"field", c.field}, {"op", c.op}, {"points", 1}};
        if (!c.value.isUndefined())
            rule.insert("value", c.value);
        const QStringList problems = problemsOf(withFitRule(0, rule));
        EXPECT_PROBLEM(problems, "fit.rules[0].value") << c.op.toStdString();
    }
}

TEST(ModelParser, RuleShapes)
{
    const QJsonObject condition{{"field", "title"}, {"op", "not_empty"}};
    EXPECT_PROBLEM(problemsOf(withFitRule(0, QJsonObject{{"id", "r"}, {"points", 1}})),
                   "fit.rules[0]: needs a condition");
    EXPECT_PROBLEM(problemsOf(withFitRule(0, QJsonObject{{"id", "r"},
                                                         {"points", 1},
                                                         {"field", "title"},
                                                         {"op", "not_empty"},
                                                         {"all", QJsonArray{condition}}})),
                   "fit.rules[0]: has more than one");
    EXPECT_PROBLEM(
        problemsOf(withFitRule(
            0, QJsonObject{{"id", "r"},
                           {"points", 1},
                           {"any", QJsonArray{QJsonObject{{"all", QJsonArray{condition}}}}}})),
        "fit.rules[0].any[0]: conditions cannot nest");
    EXPECT_PROBLEM(
        problemsOf(withFitRule(0, QJsonObject{{"id", "r"}, {"points", 1}, {"all", QJsonArray{}}})),
        "fit.rules[0].all: must list at least one condition");
    EXPECT_PROBLEM(
        problemsOf(withFitRule(
            0, QJsonObject{{"id", "r"},
                           {"points", 1},
                           {"all", QJsonArray{QJsonObject{{"field", "title"}, {"op", "nope"}}}}})),
        "fit.rules[0].all[0].op: unknown operator \"nope\"");
    EXPECT_PROBLEM(problemsOf(withFitRule(
                       0, QJsonObject{{"id", "r"}, {"field", "title"}, {"op", "not_empty"}})),
                   "fit.rules[0].points: missing");
    EXPECT_PROBLEM(
        problemsOf(withFitRule(
            0,
            QJsonObject{{"id", "r"}, {"field", "title"}, {"op", "not_empty"}, {"points", "10"}})),
        "fit.rules[0].points: must be a number");
    EXPECT_PROBLEM(problemsOf(withFitRule(
                       0, QJsonObject{{"field", "title"}, {"op", "not_empty"}, {"points", 1}})),
                   "fit.rules[0].id: missing");
    EXPECT_PROBLEM(problemsOf(withFitRule(0, QJsonObject{{"id", "r"},
                                                         {"field", "title"},
                                                         {"op", "not_empty"},
                                                         {"points", 1},
                                                         {"pionts", 2}})),
                   "fit.rules[0].pionts: unknown key");
    EXPECT_PROBLEM(
        problemsOf(withFitRule(
            0, QJsonObject{{"id", "r"}, {"field", "custom."}, {"op", "not_empty"}, {"points", 1}})),
        "fit.rules[0].field: unknown field");
    EXPECT_PROBLEM(problemsOf(withBehaviorRule(1, QJsonObject{{"id", "v"}, {"points", 1}})),
                   "behavior.rules[1].event: missing");
    EXPECT_PROBLEM(problemsOf(withBehaviorRule(
                       1, QJsonObject{{"id", "opens"}, {"event", "x"}, {"points", 1}})),
                   "behavior.rules[1].id: duplicate id \"opens\"");
    // Custom fields are fine.
    EXPECT_TRUE(parseScoringModel(QJsonDocument(withFitRule(0, QJsonObject{{"id", "r"},
                                                                           {"field", "custom.Tier"},
                                                                           {"op", "equals"},
                                                                           {"value", "gold"},
                                                                           {"points", 1}}))
                                      .toJson())
                    .ok());
}

TEST(ModelParser, SectionsAndGrades)
{
    QJsonObject root = specObject();
    root.remove("thresholds");
    EXPECT_PROBLEM(problemsOf(root), "thresholds: missing");
    root = specObject();
    root.insert("fit", QJsonArray{});
    EXPECT_PROBLEM(problemsOf(root), "fit: must be an object");
    root = specObject();
    root.insert("grades", QJsonArray{QJsonObject{{"min", 40}, {"grade", "C"}},
                                     QJsonObject{{"min", 60}, {"grade", "B"}}});
    EXPECT_PROBLEM(problemsOf(root), "grades[1].min: must be lower");
    root.insert("grades", QJsonArray{QJsonObject{{"min", 40}}});
    EXPECT_PROBLEM(problemsOf(root), "grades[0].grade: missing");
    root = specObject();
    QJsonObject fit = root.value("fit").toObject();
    fit.insert("max", -1);
    root.insert("fit", fit);
    EXPECT_PROBLEM(problemsOf(root), "fit.max: must not be negative");
    root = specObject();
    root.insert("colour", "blue");
    EXPECT_PROBLEM(problemsOf(root), "colour: unknown key");
}

TEST(ModelParser, NotJson)
{
    ModelParseResult result =
        parseScoringModel("{\n  \"format\": \"leadbench-scoring-model\",\n  oops\n}");
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_TRUE(result.problems.at(0).startsWith("line 3, column"))
        << result.problems.at(0).toStdString();
    result = parseScoringModel("[1, 2]");
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.problems.at(0).contains("object"));
}
