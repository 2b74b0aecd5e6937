// Issue 17, defects 4 and 5: models whose arithmetic could leave the finite numbers, and
// patterns the regular expression engine gives up on, are refused with the rule's path.
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

QJsonObject specObject()
{
    return QJsonDocument::fromJson(test::specModelJson()).object();
}

// Sets `key` of the object at `path` ("fit", "behavior.rules[1]", ...) of the spec model.
QJsonObject withValue(const QString& section, int rule, const QString& key, const QJsonValue& value)
{
    QJsonObject root = specObject();
    QJsonObject part = root.value(section).toObject();
    if (rule < 0) {
        part.insert(key, value);
    } else {
        QJsonArray rules = part.value("rules").toArray();
        QJsonObject object = rules.at(rule).toObject();
        object.insert(key, value);
        rules.replace(rule, object);
        part.insert("rules", rules);
    }
    root.insert(section, part);
    return root;
}

QStringList problemsOf(const QByteArray& json)
{
    const ModelParseResult result = parseScoringModel(json);
    EXPECT_FALSE(result.ok());
    return result.problems;
}

QStringList problemsOf(const QJsonObject& root)
{
    return problemsOf(QJsonDocument(root).toJson());
}

} // namespace

TEST(ModelBounds, HugePointsAreRefusedWithTheRulesPath)
{
    const QString bounds = "must be between -1000000 and 1000000";
    EXPECT_EQ(problemsOf(withValue("fit", 2, "points", 1e308)),
              QStringList{"fit.rules[2].points: " + bounds});
    EXPECT_EQ(problemsOf(withValue("behavior", 3, "points", -1e308)),
              QStringList{"behavior.rules[3].points: " + bounds});
    EXPECT_EQ(problemsOf(withValue("behavior", 0, "cap", 1e300)),
              QStringList{"behavior.rules[0].cap: " + bounds});
    EXPECT_EQ(problemsOf(withValue("fit", -1, "max", 1e308)), QStringList{"fit.max: " + bounds});
    EXPECT_EQ(problemsOf(withValue("behavior", -1, "max", 2e6)),
              QStringList{"behavior.max: " + bounds});
    EXPECT_EQ(problemsOf(withValue("behavior", -1, "window_days", 1e308)),
              QStringList{"behavior.window_days: " + bounds});
    EXPECT_EQ(problemsOf(withValue("behavior", -1, "half_life_days", 1e200)),
              QStringList{"behavior.half_life_days: " + bounds});
    EXPECT_EQ(problemsOf(withValue("thresholds", -1, "mql", 1e308)),
              QStringList{"thresholds.mql: " + bounds});

    // Both at once: every problem is listed.
    QJsonObject both = withValue("fit", 0, "points", 1e308);
    QJsonObject behavior = both.value("behavior").toObject();
    QJsonArray rules = behavior.value("rules").toArray();
    QJsonObject unsub = rules.at(3).toObject();
    unsub.insert("points", -1e308);
    rules.replace(3, unsub);
    behavior.insert("rules", rules);
    both.insert("behavior", behavior);
    EXPECT_EQ(problemsOf(both), (QStringList{"fit.rules[0].points: " + bounds,
                                             "behavior.rules[3].points: " + bounds}));
}

TEST(ModelBounds, TheBoundsThemselvesAndLargeConditionValuesAreAccepted)
{
    QJsonObject root = withValue("fit", 2, "points", 1000000);
    root = QJsonDocument::fromJson(QJsonDocument(root).toJson()).object();
    QJsonObject behavior = root.value("behavior").toObject();
    QJsonArray rules = behavior.value("rules").toArray();
    QJsonObject unsub = rules.at(3).toObject();
    unsub.insert("points", -1000000);
    rules.replace(3, unsub);
    behavior.insert("rules", rules);
    behavior.insert("max", 1000000);
    root.insert("behavior", behavior);
    // Revenues run into billions: condition values are only checked to be numbers.
    QJsonObject fit = root.value("fit").toObject();
    QJsonArray fitRules = fit.value("rules").toArray();
    fitRules.append(QJsonObject{{"id", "revenue"},
                                {"field", "annual_revenue"},
                                {"op", "gte"},
                                {"value", 5e9},
                                {"points", 1}});
    fit.insert("rules", fitRules);
    root.insert("fit", fit);
    const ModelParseResult result = parseScoringModel(QJsonDocument(root).toJson());
    ASSERT_TRUE(result.ok()) << result.problems.join(u'\n').toStdString();

    // The extremes still give a score in range, with a grade.
    Lead lead;
    lead.country = "FI";
    QList<Event> events;
    for (int i = 0; i < 1000; ++i) {
        Event event;
        event.type = i % 2 ? "unsubscribe" : "trial_signup";
        event.occurredAtMs = eventTimeOf(asOf) - i * msPerSecond;
        events << event;
    }
    const ScoreResult score = Scorer(*result.model).score(lead, events, asOf);
    EXPECT_GE(score.total, 0);
    EXPECT_LE(score.total, 100);
    EXPECT_FALSE(score.grade.isEmpty());
}

TEST(ModelBounds, NumbersBeyondDoubleAreNotValidJson)
{
    QByteArray json = test::specModelJson();
    json.replace("\"points\": 15", "\"points\": 1e309");
    const QStringList problems = problemsOf(json);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.at(0).contains("not valid JSON")) << problems.at(0).toStdString();
}

TEST(ModelBounds, APatternTheEngineGivesUpOnIsRefusedWithTheRulesPath)
{
    for (const QString& pattern :
         {QString("(a+)+$"), QString("(\\w+\\s?)+$"), QString("^(\\d+)*$"), QString("^(ä|ää)+$")}) {
        QJsonObject rule{{"id", "decision-maker"},
                         {"field", "title"},
                         {"op", "matches"},
                         {"value", pattern},
                         {"points", 15}};
        QJsonObject root = specObject();
        QJsonObject fit = root.value("fit").toObject();
        QJsonArray rules = fit.value("rules").toArray();
        rules.replace(0, rule);
        fit.insert("rules", rules);
        root.insert("fit", fit);
        const QStringList problems = problemsOf(root);
        ASSERT_EQ(problems.size(), 1) << pattern.toStdString();
        EXPECT_TRUE(problems.at(0).startsWith("fit.rules[0].value: the regular expression"))
            << problems.at(0).toStdString();
        EXPECT_TRUE(problems.at(0).contains("backtracks too much")) << problems.at(0).toStdString();
    }
    // The spec's patterns and ordinary ones pass.
    EXPECT_TRUE(parseScoringModel(test::specModelJson()).ok());
}

TEST(ModelBounds, AReadableModelComesWithTheProblems)
{
    const ModelParseResult result =
        parseScoringModel(QJsonDocument(withValue("fit", 1, "points", 1e308)).toJson());
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.readable.fitRules.size(), 5);
    EXPECT_EQ(result.readable.fitRules.at(1).points, 1e308); // as written, for the editor
    EXPECT_EQ(result.readable.name, "Nordic B2B");
}

namespace {

// The spec model with `count` fit rules (or behaviour rules), each with its own id.
QJsonObject withRules(const QString& section, qsizetype count)
{
    QJsonObject root = specObject();
    QJsonObject part = root.value(section).toObject();
    const QJsonObject first = part.value("rules").toArray().at(0).toObject();
    QJsonArray rules;
    for (qsizetype i = 0; i < count; ++i) {
        QJsonObject rule = first;
        rule.insert("id", QStringLiteral("%1-%2").arg(section).arg(i));
        rules.append(rule);
    }
    part.insert("rules", rules);
    root.insert(section, part);
    return root;
}

QJsonObject withPattern(const QString& pattern)
{
    return withValue("fit", 0, "value", pattern);
}

} // namespace

// Issue 18, defect 9: a 97 MB model of 600,000 rules was accepted (71 s, 1.4 GB).
TEST(ModelLimits, ADocumentOverTheSizeLimitIsRefusedBeforeItIsRead)
{
    QJsonObject root = specObject();
    root.insert("name", QString(int(maxModelBytes), QLatin1Char('x')));
    const QStringList problems = problemsOf(QJsonDocument(root).toJson());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.at(0).startsWith("(model): the document holds "))
        << problems.at(0).toStdString();
    EXPECT_TRUE(problems.at(0).endsWith("a scoring model may hold at most 1048576"))
        << problems.at(0).toStdString();
}

TEST(ModelLimits, RuleAndConditionCountsAreBounded)
{
    EXPECT_TRUE(parseScoringModel(QJsonDocument(withRules("fit", maxFitRules)).toJson()).ok());
    EXPECT_TRUE(problemsOf(withRules("fit", maxFitRules + 1))
                    .contains("fit.rules: lists 1001 entries; a scoring model may list at most "
                              "1000 here"));
    EXPECT_TRUE(
        parseScoringModel(QJsonDocument(withRules("behavior", maxBehaviorRules)).toJson()).ok());
    EXPECT_TRUE(problemsOf(withRules("behavior", maxBehaviorRules + 1))
                    .contains("behavior.rules: lists 201 entries; a scoring model may list at "
                              "most 200 here"));

    QJsonArray conditions;
    for (qsizetype i = 0; i <= maxConditionsPerRule; ++i)
        conditions.append(QJsonObject{{"field", "country"}, {"op", "not_empty"}});
    QJsonObject root = specObject();
    QJsonObject fit = root.value("fit").toObject();
    QJsonArray rules = fit.value("rules").toArray();
    rules.append(QJsonObject{{"id", "many"}, {"all", conditions}, {"points", 1}});
    fit.insert("rules", rules);
    root.insert("fit", fit);
    EXPECT_TRUE(problemsOf(root).contains(
        "fit.rules[5].all: lists 51 entries; a scoring model may list at most 50 here"));
}

TEST(ModelLimits, PatternLengthIsBounded)
{
    EXPECT_TRUE(
        parseScoringModel(QJsonDocument(withPattern(QString(maxPatternLength, 'a'))).toJson())
            .ok());
    const QStringList problems = problemsOf(withPattern(QString(maxPatternLength + 1, 'a')));
    EXPECT_TRUE(problems.contains("fit.rules[0].value: the regular expression holds 1001 "
                                  "characters; a pattern may hold at most 1000"))
        << problems.join('\n').toStdString();
}
