// qualify, stage, convert and opportunity through the real CLI: outputs, exit statuses,
// refusals that name the rule and what is missing, and no lost updates across processes.
#include "core/lifecycle/leadfixtures.h"
#include "lifecycle/lifecycleservice.h"
#include "store/crmstore.h"
#include "store/qualificationstore.h"
#include "store/storeerror.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;
using lb::test::CliResult;
using lb::test::runCli;

class CliLifecycleTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;

    void SetUp() override
    {
        Workspace& workspace = temp.workspace();
        m_mql = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::MQL).id;
        m_new = addLead(workspace, "eero@kotka.fi", "Kotka Oy", Stage::New).id;
        m_sql = addLead(workspace, "lars@skovlogistics.dk", "Skov Logistics ApS", Stage::SQL).id;
        workspace.qualification().setUserRole("maija", "manager");
        workspace.users().ensure("sdr1");
        temp.close();
    }

    CliResult cli(const QString& user, QStringList arguments)
    {
        return runCli(QStringList{"--db", temp.path(), "--user", user} + arguments);
    }
    Lead lead(qint64 id) { return *temp.workspace().leads().find(id); }

    qint64 m_mql = 0;
    qint64 m_new = 0;
    qint64 m_sql = 0;
};

TEST_F(CliLifecycleTest, QualifyAcceptQualifyConvertAndWin)
{
    const QString id = QString::number(m_mql);
    CliResult r = cli("sdr1", {"stage", id, "--to", "SAL"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.outText().contains("MQL -> SAL"));

    for (const char* criterion : {"budget", "authority", "need"}) {
        r = cli("sdr1", {"qualify", "aino@NordicWidgets.fi", "--framework", "bant", "--criterion",
                         criterion, "--status", "confirmed", "--note", "asked"});
        ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    }
    r = cli("sdr1", {"qualify", id, "--framework", "BANT", "--criterion", "timeline", "--status",
                     "partial", "--value", "2027-04-30", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    QJsonObject json = r.json().object();
    EXPECT_DOUBLE_EQ(json.value("readiness").toDouble(), 3.5 / 4);
    EXPECT_EQ(json.value("value").toString(), "2027-04-30");
    EXPECT_EQ(json.value("missing").toArray().size(), 1);

    r = cli("sdr1", {"stage", id, "--to", "SQL", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.json().object().value("to").toString(), "SQL");

    r = cli("sdr1", {"convert", id, "--opportunity", "Widget line", "--amount", "48 000",
                     "--close-date", "2027-05-31", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    json = r.json().object();
    EXPECT_TRUE(json.value("account_created").toBool());
    EXPECT_TRUE(json.value("contact_created").toBool());
    const qint64 opportunity = json.value("opportunity").toInteger();
    ASSERT_GT(opportunity, 0);

    r = cli("ae1", {"opportunity", QString::number(opportunity), "--stage", "won", "--amount",
                    "50000", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.json().object().value("stage").toString(), "Won");
    EXPECT_DOUBLE_EQ(r.json().object().value("amount").toDouble(), 50000);

    const Lead stored = lead(m_mql);
    EXPECT_EQ(stored.stage, Stage::Converted);
    EXPECT_EQ(stored.owner, "sdr1");
    EXPECT_EQ(stored.converted->opportunityId, opportunity);
    CrmStore* crm = &temp.workspace().crm();
    EXPECT_EQ(crm->opportunityHistory(opportunity).size(), 2);
    EXPECT_EQ(crm->opportunity(opportunity)->stage, OpportunityStage::Won);

    r = cli("sdr1", {"show", id, "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    json = r.json().object();
    const QJsonObject bant = json.value("frameworks").toObject().value("BANT").toObject();
    EXPECT_DOUBLE_EQ(bant.value("readiness").toDouble(), 0.875);
    EXPECT_EQ(bant.value("criteria").toObject().value("timeline").toObject().value("status"),
              "partial");
    EXPECT_EQ(json.value("converted").toObject().value("opportunity").toInteger(), opportunity);
}

TEST_F(CliLifecycleTest, RefusalsExitTwoNamingTheRuleAndWhatIsMissing)
{
    CliResult r = cli("sdr1", {"stage", QString::number(m_new), "--to", "SQL"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("from New to SQL")) << r.errText().toStdString();
    EXPECT_TRUE(r.errText().contains("MQL, Disqualified"));

    r = cli("sdr1", {"stage", QString::number(m_mql), "--to", "Disqualified"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("needs a reason")) << r.errText().toStdString();

    ASSERT_EQ(cli("sdr1", {"stage", QString::number(m_mql), "--to", "SAL"}).exitCode, 0);
    cli("sdr1", {"qualify", QString::number(m_mql), "--framework", "MEDDIC", "--criterion",
                 "champion", "--status", "confirmed", "--value", "Mikko"});
    r = cli("sdr1", {"stage", QString::number(m_mql), "--to", "SQL"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("readiness bar")) << r.errText().toStdString();
    EXPECT_TRUE(r.errText().contains("(at 16.7%)")) << r.errText().toStdString();
    EXPECT_TRUE(r.errText().contains("MEDDIC: Metrics, Economic buyer"))
        << r.errText().toStdString();

    r = cli("sdr1", {"qualify", QString::number(m_mql), "--framework", "BANT", "--criterion",
                     "champion", "--status", "confirmed"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("champion"));
    r = cli("sdr1", {"qualify", QString::number(m_mql), "--framework", "BANT", "--criterion",
                     "budget", "--status", "maybe"});
    EXPECT_EQ(r.exitCode, 2);
    r = cli("sdr1", {"qualify", QString::number(m_mql), "--framework", "BANT", "--criterion",
                     "budget", "--status", "confirmed", "--value", "a lot"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("a lot"));
    EXPECT_EQ(cli("sdr1", {"stage", QString::number(m_mql)}).exitCode, 1);
    EXPECT_EQ(cli("sdr1", {"stage", "nobody@nowhere.fi", "--to", "MQL"}).exitCode, 2);
    r = cli("sdr1", {"convert", QString::number(m_new)});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("only a lead in SQL")) << r.errText().toStdString();

    // None of it changed the lead beyond the one accepted move.
    EXPECT_EQ(lead(m_mql).stage, Stage::SAL);
    EXPECT_EQ(temp.workspace().history().forLead(m_mql).size(), 1);
}

TEST_F(CliLifecycleTest, OnlyAManagerOverridesAndTheOverrideIsHistory)
{
    const QString id = QString::number(m_mql);
    ASSERT_EQ(cli("sdr1", {"stage", id, "--to", "SAL"}).exitCode, 0);
    CliResult r = cli("sdr1", {"stage", id, "--to", "SQL", "--override", "--reason", "urgent"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("Only a manager")) << r.errText().toStdString();
    r = cli("maija", {"stage", id, "--to", "SQL", "--override"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("give the reason")) << r.errText().toStdString();
    r = cli("maija", {"stage", id, "--to", "SQL", "--override", "--reason", "board decision"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.outText().contains("override"));
    const StageChange last = temp.workspace().history().forLead(m_mql).constLast();
    EXPECT_TRUE(last.override);
    EXPECT_EQ(last.by, "maija");
    EXPECT_EQ(last.reason, "other: board decision");
}

TEST_F(CliLifecycleTest, SeveralLeadsMoveTogetherOrNotAtAll)
{
    CliResult r = cli("sdr1", {"stage", QString::number(m_mql), QString::number(m_new), "--to",
                               "Nurture", "--reason", "bad timing"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("from New to Nurture")) << r.errText().toStdString();
    EXPECT_EQ(lead(m_mql).stage, Stage::MQL);
    temp.close();
    r = cli("sdr1", {"stage", QString::number(m_mql), QString::number(m_sql), "--to", "Nurture",
                     "--reason", "bad timing", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.json().array().size(), 2);
    EXPECT_EQ(lead(m_mql).stage, Stage::Nurture);
    EXPECT_EQ(lead(m_sql).stage, Stage::Nurture);
    EXPECT_EQ(temp.workspace().history().forLead(m_sql).constLast().reason, "bad_timing");
}

TEST_F(CliLifecycleTest, ConvertingAgainIsRefusedNamingWhatItBecame)
{
    const QString id = QString::number(m_sql);
    CliResult r = cli("sdr1", {"convert", id, "--new-account", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const qint64 account = r.json().object().value("account").toInteger();
    EXPECT_TRUE(r.json().object().value("opportunity").isNull());

    r = cli("sdr1", {"convert", id});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("account %1").arg(account)))
        << r.errText().toStdString();
    r = cli("sdr1", {"stage", id, "--to", "Disqualified", "--reason", "duplicate"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("read-only"));
    r = cli("sdr1",
            {"qualify", id, "--framework", "BANT", "--criterion", "need", "--status", "confirmed"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("read-only"));

    // A second lead of the same company goes to the same account, by domain or by choice.
    Lead colleague =
        addLead(temp.workspace(), "mette@skovlogistics.dk", "Skov Logistics", Stage::SQL);
    temp.close();
    r = cli("sdr1", {"convert", QString::number(colleague.id), "--dry-run", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.json().object().value("account").toInteger(), account);
    EXPECT_EQ(r.json().object().value("account_match").toString(), "domain");
    EXPECT_EQ(lead(colleague.id).stage, Stage::SQL); // dry run changed nothing
    temp.close();
    r = cli("sdr1", {"convert", QString::number(colleague.id), "--account",
                     QString::number(account), "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_FALSE(r.json().object().value("account_created").toBool());
    EXPECT_EQ(r.json().object().value("account").toInteger(), account);
    EXPECT_EQ(cli("sdr1", {"convert", id, "--account", "1", "--new-account"}).exitCode, 1);
    EXPECT_EQ(cli("sdr1", {"convert", id, "--amount", "5"}).exitCode, 1);
}

TEST_F(CliLifecycleTest, OpportunityRefusals)
{
    EXPECT_EQ(cli("ae1", {"opportunity", "99", "--stage", "Won"}).exitCode, 2);
    ASSERT_EQ(cli("sdr1", {"convert", QString::number(m_sql), "--opportunity", "Deal"}).exitCode,
              0);
    const qint64 opportunity = *lead(m_sql).converted->opportunityId;
    temp.close();
    CliResult r = cli("ae1", {"opportunity", QString::number(opportunity), "--stage", "Closed"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains("Closed"));
    EXPECT_EQ(cli("ae1",
                  {"opportunity", QString::number(opportunity), "--stage", "Won", "--amount", "-5"})
                  .exitCode,
              2);
    // Without a change it shows the deal (issue 20); a change-only option alone is a usage error.
    EXPECT_EQ(cli("ae1", {"opportunity", QString::number(opportunity)}).exitCode, 0);
    EXPECT_EQ(
        cli("ae1", {"opportunity", QString::number(opportunity), "--if-version", "1"}).exitCode, 1);
}

// Two processes change the same lead: this test's connection reads it, the CLI (another
// process) moves it, and the test's write with the version it read is refused.
TEST_F(CliLifecycleTest, TheSecondWriterIsRefusedWithWhoAndWhen)
{
    Workspace& workspace = temp.workspace();
    Lead stale = *workspace.leads().find(m_mql);
    const CliResult r = cli("other-sdr", {"stage", QString::number(m_mql), "--to", "SAL"});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    LifecycleService lifecycle(workspace);
    try {
        lifecycle.move(stale, MoveRequest{Stage::Nurture, parseStageReason("no need"), false},
                       "sdr1");
        FAIL() << "a stale write went through";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Conflict);
        EXPECT_TRUE(error.message().contains("changed by other-sdr"))
            << error.message().toStdString();
        EXPECT_TRUE(error.message().contains("reload"));
    }
    const Lead current = *workspace.leads().find(m_mql);
    EXPECT_EQ(current.stage, Stage::SAL);
    EXPECT_EQ(current.owner, "other-sdr");
    EXPECT_EQ(workspace.history().forLead(m_mql).size(), 1);
}

// Two CLI processes at once on the same lead: exactly one move wins, the other is refused
// (by the version or by the lifecycle), and the history has one entry.
TEST_F(CliLifecycleTest, TwoConcurrentCliProcessesDoNotBothWin)
{
    QProcess first;
    QProcess second;
    const QString id = QString::number(m_mql);
    first.start(test::cliPath(),
                {"--db", temp.path(), "--user", "sdr1", "stage", id, "--to", "SAL"});
    second.start(test::cliPath(),
                 {"--db", temp.path(), "--user", "sdr2", "stage", id, "--to", "SAL"});
    ASSERT_TRUE(first.waitForFinished(60000));
    ASSERT_TRUE(second.waitForFinished(60000));
    const QList<int> codes{first.exitCode(), second.exitCode()};
    EXPECT_EQ(codes.count(0), 1) << first.readAllStandardError().toStdString()
                                 << second.readAllStandardError().toStdString();
    EXPECT_EQ(codes.count(2), 1);
    EXPECT_EQ(temp.workspace().history().forLead(m_mql).size(), 1);
}
