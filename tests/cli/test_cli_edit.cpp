// `leadbench-cli edit` through the real CLI (issue 23): profile fields and custom fields set
// under the importer's rules, rescored, versioned with --if-version, and refusals (an unknown
// field, a bad value, a stale version) that name what was wrong and change nothing.
#include "core/lifecycle/leadfixtures.h"
#include "scoring/modelservice.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;
using lb::test::CliResult;
using lb::test::runCli;

namespace {

const QByteArray tierModel = QByteArrayLiteral(R"({
  "format": "leadbench-scoring-model", "version": 1, "name": "Tiers",
  "fit": {"max": 60, "rules": [
    {"id": "gold", "label": "Gold tier", "field": "custom.Tier", "op": "equals", "value": "gold",
     "points": 20},
    {"id": "budget", "label": "Budget", "field": "budget", "op": "gte", "value": 10000, "points": 10}
  ]},
  "behavior": {"max": 40, "half_life_days": 30, "window_days": 180, "rules": []},
  "thresholds": {"mql": 90},
  "grades": [{"min": 0, "grade": "D"}]
})");

class CliEditTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    qint64 id = 0;

    void SetUp() override
    {
        Workspace& workspace = temp.workspace();
        scoring::importModel(workspace, tierModel, "maria");
        Lead lead = addLead(workspace, "aino@acme.fi", "Acme Oy");
        lead.custom.insert("Tier", "silver");
        workspace.leads().update(lead, "importer");
        id = lead.id;
        temp.close();
    }

    CliResult cli(const QStringList& arguments)
    {
        return runCli(QStringList{"--db", temp.path(), "--user", "maija"} + arguments);
    }
    Lead lead()
    {
        Lead stored = *temp.workspace().leads().find(id);
        temp.close();
        return stored;
    }
};

} // namespace

TEST_F(CliEditTest, SetsFieldsAndCustomFieldsAndRescores)
{
    const Lead before = lead();
    CliResult r = cli({"edit", "aino@acme.fi", "--set", "Title=Head of IT", "--set",
                       "budget=25 000", "--set", "custom.tier=gold", "--set", "city="});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    // Fields by their labels, as `show` lists them (issue 22); JSON keeps the keys.
    EXPECT_TRUE(r.outText().contains("Job title: CTO -> Head of IT")) << r.outText().toStdString();
    EXPECT_TRUE(r.outText().contains("Tier: silver -> gold")) << r.outText().toStdString();
    EXPECT_TRUE(r.outText().contains("City: Tampere -> -")) << r.outText().toStdString();
    const Lead after = lead();
    EXPECT_EQ(after.title, "Head of IT");
    EXPECT_EQ(after.budget, 25000.0);
    EXPECT_EQ(after.custom, (QMap<QString, QString>{{"Tier", "gold"}}));
    EXPECT_TRUE(after.city.isEmpty());
    EXPECT_EQ(after.updatedBy, "maija");
    EXPECT_EQ(after.version, before.version + 1);
    EXPECT_EQ(after.score.fit, 30) << "gold tier and the budget, rescored";

    // JSON: the lead as stored, what changed and what an undo would put back.
    r = cli({"edit", QString::number(id), "--set", "custom.Tier=bronze", "--if-version",
             QString::number(after.version), "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonObject json = r.json().object();
    EXPECT_EQ(json.value("custom").toObject().value("Tier").toString(), "bronze");
    EXPECT_EQ(json.value("changed").toArray(), QJsonArray{"custom.Tier"});
    EXPECT_EQ(json.value("previous").toObject().value("custom.Tier").toString(), "gold");
    EXPECT_EQ(json.value("previous").toObject().value("version").toInteger(), after.version);
    EXPECT_EQ(json.value("score").toObject().value("fit").toInt(), 10);

    // The same values again change nothing and write nothing.
    r = cli({"edit", QString::number(id), "--set", "custom.Tier=bronze"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.outText().contains("nothing changed")) << r.outText().toStdString();
    EXPECT_EQ(lead().version, after.version + 1);
}

TEST_F(CliEditTest, RefusesAnUnknownFieldOrABadValueNamingIt)
{
    const Lead before = lead();
    CliResult r = cli({"edit", QString::number(id), "--set", "city=Oulu", "--set", "stage=SQL"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("\"stage\" is not a profile field"))
        << r.errText().toStdString();

    r = cli({"edit", QString::number(id), "--set", "city=Oulu", "--set", "budget=lots"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("budget: \"lots\" is not a number"))
        << r.errText().toStdString();

    r = cli({"edit", QString::number(id), "--set", "expected_close=31.2.2027"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("expected_close: \"31.2.2027\"")) << r.errText().toStdString();

    r = cli({"edit", QString::number(id), "--set", "cityOulu"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("\"cityOulu\" is not field=value"))
        << r.errText().toStdString();

    r = cli({"edit", "nobody@acme.fi", "--set", "city=Oulu"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("nobody@acme.fi")) << r.errText().toStdString();

    r = cli({"edit", QString::number(id)});
    EXPECT_EQ(r.exitCode, 1) << "--set is required";

    const Lead after = lead();
    EXPECT_EQ(after.city, before.city);
    EXPECT_EQ(after.version, before.version);
    EXPECT_EQ(after.updatedBy, before.updatedBy);
}

TEST_F(CliEditTest, AStaleVersionIsRefused)
{
    const Lead before = lead();
    CliResult r = cli({"edit", QString::number(id), "--set", "city=Oulu", "--if-version",
                       QString::number(before.version)});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    // A script that read the lead before that change is refused.
    r = cli({"edit", QString::number(id), "--set", "city=Vaasa", "--if-version",
             QString::number(before.version)});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("maija")) << r.errText().toStdString();
    EXPECT_EQ(lead().city, "Oulu");
    r = cli({"edit", QString::number(id), "--set", "city=Vaasa", "--if-version", "newest"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("newest")) << r.errText().toStdString();
}
