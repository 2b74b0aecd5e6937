// assign and log through the real CLI (issue 21): owners one lead and many, round robin, the
// owner the reports group by, logged touches in `show` (text and JSON), and the errors.
#include "core/lifecycle/leadfixtures.h"
#include "leads/ownership.h"
#include "leads/touches.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;
using lb::test::CliResult;
using lb::test::runCli;

class CliSdrTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;

    void SetUp() override
    {
        Workspace& workspace = temp.workspace();
        for (int i = 0; i < 5; ++i)
            m_ids << QString::number(addLead(workspace, QStringLiteral("lead%1@example.fi").arg(i),
                                             QStringLiteral("Firm %1 Oy").arg(i), Stage::MQL)
                                         .id);
        temp.close();
    }

    CliResult cli(QStringList arguments)
    {
        return runCli(QStringList{"--db", temp.path(), "--user", "maija"} + arguments);
    }
    Lead lead(const QString& id) { return *temp.workspace().leads().find(id.toLongLong()); }
    qint64 ownedBy(const QString& owner)
    {
        return temp.workspace().leads().count(LeadFilter{.owner = owner});
    }

    QStringList m_ids;
};

TEST_F(CliSdrTest, AssignOneAndManyLeads)
{
    CliResult r = cli({"assign", m_ids.at(0), "--to", "Sanna"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.outText().contains("Assigned 1 lead")) << r.outText().toStdString();
    EXPECT_EQ(lead(m_ids.at(0)).owner, "Sanna");
    EXPECT_EQ(lead(m_ids.at(0)).updatedBy, "maija");

    r = cli({"assign", m_ids.at(0), "lead1@EXAMPLE.fi", m_ids.at(2), "--to", "Mikko", "--format",
             "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonArray assigned = r.json().object().value("assigned").toArray();
    ASSERT_EQ(assigned.size(), 3);
    EXPECT_EQ(assigned.at(0).toObject().value("from").toString(), "Sanna");
    EXPECT_EQ(ownedBy("Mikko"), 3);
    EXPECT_EQ(ownedBy("Sanna"), 0);

    // show lists the owner changes.
    r = cli({"show", m_ids.at(0), "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonObject shown = r.json().object();
    EXPECT_EQ(shown.value("owner").toString(), "Mikko");
    EXPECT_EQ(shown.value("owner_history").toArray().size(), 2);
}

TEST_F(CliSdrTest, AssignRoundRobin)
{
    const CliResult r = cli({"assign", m_ids.at(0), m_ids.at(1), m_ids.at(2), m_ids.at(3),
                             m_ids.at(4), "--round-robin", "Sanna,Mikko"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.outText().contains("Assigned 5 lead")) << r.outText().toStdString();
    EXPECT_EQ(ownedBy("Sanna"), 3);
    EXPECT_EQ(ownedBy("Mikko"), 2);
    EXPECT_EQ(lead(m_ids.at(1)).owner, "Mikko");
}

TEST_F(CliSdrTest, AssignErrorsChangeNothing)
{
    CliResult r = cli({"assign", m_ids.at(0), "nobody@nowhere.fi", "--to", "Sanna"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("nobody@nowhere.fi")) << r.errText().toStdString();
    EXPECT_EQ(ownedBy("Sanna"), 0); // one transaction: the known lead was not assigned either

    r = cli({"assign", m_ids.at(0), "--round-robin", "Sanna,,Mikko"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("Sanna,,Mikko")) << r.errText().toStdString();

    r = cli({"assign", m_ids.at(0)});
    EXPECT_EQ(r.exitCode, 1);
    r = cli({"assign", m_ids.at(0), "--to", "A", "--round-robin", "B,C"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(lead(m_ids.at(0)).owner, QString());
}

TEST_F(CliSdrTest, LogTouchesAndShowThem)
{
    CliResult r = cli({"log", m_ids.at(0), "--type", "call", "--outcome", "connected", "--at",
                       "2026-11-20T09:30:00Z", "--note", "Wants a demo next week"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.outText().contains("Call")) << r.outText().toStdString();
    r = cli({"log", "lead0@example.fi", "--type", "email", "--at", "2026-11-21T08:00:00Z"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    r = cli({"log", m_ids.at(0), "--type", "note", "--note", "Budget owner is the CFO"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();

    r = cli({"show", m_ids.at(0), "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonObject shown = r.json().object();
    const QJsonArray touches = shown.value("touches").toArray();
    ASSERT_EQ(touches.size(), 3);
    const QJsonObject call = touches.at(2).toObject(); // newest first: the call is the oldest
    EXPECT_EQ(call.value("type").toString(), "call");
    EXPECT_EQ(call.value("outcome").toString(), "connected");
    EXPECT_EQ(call.value("at").toString(), "2026-11-20T09:30:00Z");
    EXPECT_EQ(call.value("note").toString(), "Wants a demo next week");
    EXPECT_EQ(call.value("by").toString(), "maija");
    EXPECT_EQ(shown.value("first_touch_at").toString(), "2026-11-20T09:30:00Z");

    r = cli({"show", m_ids.at(0)});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.outText().contains("Touches:"));
    EXPECT_TRUE(r.outText().contains("Call (Connected)")) << r.outText().toStdString();
    EXPECT_TRUE(r.outText().contains("Budget owner is the CFO"));
}

TEST_F(CliSdrTest, LogErrors)
{
    CliResult r = cli({"log", "ghost@nowhere.fi", "--type", "call"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("ghost@nowhere.fi")) << r.errText().toStdString();
    r = cli({"log", m_ids.at(0), "--type", "fax"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("fax"));
    r = cli({"log", m_ids.at(0), "--type", "email", "--outcome", "connected"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("only a call has an outcome")) << r.errText().toStdString();
    r = cli({"log", m_ids.at(0), "--type", "call", "--outcome", "busy"});
    EXPECT_EQ(r.exitCode, 2);
    r = cli({"log", m_ids.at(0), "--type", "call", "--at", "yesterday"});
    EXPECT_EQ(r.exitCode, 2);
    r = cli({"log", m_ids.at(0), "--type", "call", "--at", "2999-01-01T00:00:00Z"});
    EXPECT_EQ(r.exitCode, 2);
    r = cli({"log", m_ids.at(0), "--type", "note"});
    EXPECT_EQ(r.exitCode, 2);
    r = cli({"log", m_ids.at(0)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(TouchService(temp.workspace()).forLead(m_ids.at(0).toLongLong()).isEmpty());
}
