// accounts, account, opportunities and opportunity through the real leadbench-cli (issue 20,
// docs/spec/cli.md) over the hand-built workspace of crmfixture.h: every command in text, JSON and
// CSV, every refusal (exit 2 naming the value), and two processes changing one deal.
#include "core/crm/crmfixture.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::test;

namespace {

class CliCrm : public ::testing::Test
{
protected:
    void SetUp() override
    {
        f = CrmWorkspaceBuilder(temp.workspace()).build();
        temp.close();
    }

    CliResult cli(const QStringList& arguments, const QString& user = QStringLiteral("ae-x"))
    {
        return runCli(QStringList{"--db", temp.path(), "--user", user} + arguments);
    }

    static QList<qint64> ids(const QJsonArray& array)
    {
        QList<qint64> result;
        for (const QJsonValue& value : array)
            result << value["id"].toInteger();
        return result;
    }

    QList<qint64> opportunityIds(const QStringList& filter)
    {
        const CliResult result = cli(QStringList{"opportunities", "--format", "json"} + filter);
        EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
        return ids(result.json().array());
    }

    // Exit 2, and the message names `value`.
    void expectRefused(const QStringList& arguments, const QString& value)
    {
        const CliResult result = cli(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(' ').toStdString();
        EXPECT_TRUE(result.errText().contains(value, Qt::CaseInsensitive))
            << result.errText().toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }

    TempWorkspace temp;
    CrmFixture f;
};

} // namespace

TEST_F(CliCrm, AccountsJsonByNameWithTheirFigures)
{
    const CliResult result = cli({"accounts", "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();
    const QJsonArray accounts = result.json().array();
    EXPECT_EQ(ids(accounts), (QList<qint64>{f.a1, f.a2, f.a3, f.a4}));
    const QJsonObject acme = accounts[0].toObject();
    EXPECT_EQ(acme["name"].toString(), "Acme Oy");
    EXPECT_EQ(acme["domain"].toString(), "acme.fi");
    EXPECT_EQ(acme["owner"].toString(), "ae-a");
    EXPECT_EQ(acme["contacts"].toInt(), 2);
    EXPECT_DOUBLE_EQ(acme["open_pipeline"].toDouble(), 4000);
    EXPECT_DOUBLE_EQ(acme["won"].toDouble(), 0);
    EXPECT_DOUBLE_EQ(accounts[1]["won"].toDouble(), 5000);
    EXPECT_TRUE(accounts[2]["domain"].isNull());
}

TEST_F(CliCrm, AccountsSearchLimitTextAndCsv)
{
    const CliResult csv = cli({"accounts", "--search", "BETA", "--format", "csv"});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_EQ(csv.outText(),
              QStringLiteral("id,name,domain,country,contacts,open_pipeline,won,owner\n"
                             "%1,beta AB,beta.se,,1,2000,5000,ae-b\n")
                  .arg(f.a2));
    const CliResult text = cli({"accounts", "--limit", "2"});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.outText().contains("Acme Oy"));
    EXPECT_TRUE(text.outText().contains("beta AB"));
    EXPECT_FALSE(text.outText().contains("Gamma"));
    EXPECT_TRUE(text.outText().contains("--limit")); // says there may be more
    expectRefused({"accounts", "--limit", "0"}, "\"0\"");
    EXPECT_EQ(cli({"accounts", "--bogus"}).exitCode, 1);
}

TEST_F(CliCrm, AccountPageHasContactsDealsAndTheBuyingCommittee)
{
    const CliResult result = cli({"account", QString::number(f.a1), "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();
    const QJsonObject account = result.json().object();
    EXPECT_EQ(account["id"].toInteger(), f.a1);
    EXPECT_EQ(account["contact_count"].toInt(), 2);
    EXPECT_EQ(ids(account["contacts"].toArray()), (QList<qint64>{f.c1, f.c2}));
    EXPECT_EQ(ids(account["opportunities"].toArray()), (QList<qint64>{f.o6, f.o1}));
    EXPECT_EQ(ids(account["leads"].toArray()), (QList<qint64>{f.l1, f.l2, f.l3, f.l4}));
    EXPECT_EQ(account["leads"][0]["converted_account"].toInteger(), f.a1);
    EXPECT_EQ(account["leads"][1]["email"].toString(), "bertil@acme.fi");
    EXPECT_EQ(account["opportunities"][0]["name"].toString(), "Acme expansion");

    const CliResult text = cli({"account", QString::number(f.a1)});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.outText().contains("Acme expansion"));
    EXPECT_TRUE(text.outText().contains("bertil@acme.fi") || text.outText().contains("bertil"));
    EXPECT_TRUE(text.outText().contains("2 contact"));
    const CliResult csv = cli({"account", QString::number(f.a2), "--format", "csv"});
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList lines = csv.outText().split('\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines[0], "record,id,name,email_or_domain,title,stage,amount,owner");
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("account,%1,beta AB").arg(f.a2)));
    EXPECT_EQ(lines.filter(QRegularExpression("^opportunity,")).size(), 3);

    expectRefused({"account", "9999"}, "9999");
    expectRefused({"account", "acme"}, "acme");
    EXPECT_EQ(cli({"account"}).exitCode, 1);
}

TEST_F(CliCrm, OpportunitiesNewestFirstWithEveryFilter)
{
    EXPECT_EQ(opportunityIds({}), (QList<qint64>{f.o6, f.o5, f.o4, f.o3, f.o2, f.o1}));
    EXPECT_EQ(opportunityIds({"--stage", "negotiation"}), (QList<qint64>{f.o6, f.o4}));
    EXPECT_EQ(opportunityIds({"--owner", "ae-b"}), (QList<qint64>{f.o4, f.o3, f.o2}));
    EXPECT_EQ(opportunityIds({"--closing-before", "2026-02-15"}), (QList<qint64>{f.o4, f.o1}));
    EXPECT_EQ(opportunityIds({"--account", QString::number(f.a2), "--limit", "2"}),
              (QList<qint64>{f.o4, f.o3}));
    EXPECT_EQ(opportunityIds({"--search", "pilot"}), (QList<qint64>{f.o1}));
    // Overdue: open and due before today (O1 15 Jan, O4 1 Feb, O6 30 Jun 2026).
    QList<qint64> overdue;
    for (const auto& [id, close] : QList<QPair<qint64, QDate>>{
             {f.o6, QDate(2026, 6, 30)}, {f.o4, QDate(2026, 2, 1)}, {f.o1, QDate(2026, 1, 15)}})
        if (close < QDate::currentDate())
            overdue << id;
    EXPECT_EQ(opportunityIds({"--overdue"}), overdue);

    const CliResult json = cli({"opportunities", "--owner", "ae-b", "--format", "json"});
    const QJsonObject won = json.json().array()[2].toObject();
    EXPECT_EQ(won["id"].toInteger(), f.o2);
    EXPECT_EQ(won["account"].toInteger(), f.a2);
    EXPECT_EQ(won["account_name"].toString(), "beta AB");
    EXPECT_DOUBLE_EQ(won["amount"].toDouble(), 5000);
    EXPECT_EQ(won["currency"].toString(), "EUR");
    EXPECT_EQ(won["close_date"].toString(), "2026-03-01");
    EXPECT_EQ(won["stage"].toString(), "Won");
    EXPECT_EQ(won["owner"].toString(), "ae-b");
    EXPECT_EQ(won["lead"].toInteger(), f.l5);
    EXPECT_EQ(won["lead_source"].toString(), "Webinar");
    EXPECT_EQ(won["stage_changed_at"].toString(), "2026-01-10T09:00:00Z");
    EXPECT_EQ(won["days_in_stage"].toInteger(),
              crmAt("2026-01-10").secsTo(QDateTime::currentDateTimeUtc()) / 86400);
    EXPECT_EQ(won["version"].toInt(), 1);

    const CliResult csv = cli({"opportunities", "--stage", "Proposal", "--format", "csv"});
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList lines = csv.outText().split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], "id,name,account,account_name,amount,currency,close_date,stage,owner,"
                        "lead_source,days_in_stage");
    EXPECT_TRUE(lines[1].startsWith(
        QStringLiteral("%1,Gamma trial,%2,Gamma,,EUR,,Proposal,,,").arg(f.o5).arg(f.a3)));
    const CliResult text = cli({"opportunities"});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.outText().contains("Beta licence"));
}

TEST_F(CliCrm, OpportunitiesRefuseBadFilters)
{
    expectRefused({"opportunities", "--stage", "Closed"}, "Closed");
    expectRefused({"opportunities", "--closing-before", "2026-02-30"}, "2026-02-30");
    expectRefused({"opportunities", "--closing-before", "soon"}, "soon");
    expectRefused({"opportunities", "--account", "x"}, "\"x\"");
}

TEST_F(CliCrm, OpportunityShowsItselfWithItsHistory)
{
    const CliResult json = cli({"opportunity", QString::number(f.o3), "--format", "json"});
    ASSERT_EQ(json.exitCode, 0) << json.errText().toStdString();
    const QJsonObject deal = json.json().object();
    EXPECT_EQ(deal["name"].toString(), "Beta support");
    EXPECT_EQ(deal["stage"].toString(), "Lost");
    EXPECT_EQ(deal["lost_reason"].toString(), "Price");
    EXPECT_TRUE(deal["lead"].isNull());
    const QJsonArray history = deal["history"].toArray();
    ASSERT_EQ(history.size(), 1);
    EXPECT_TRUE(history[0]["from"].isNull());
    EXPECT_EQ(history[0]["to"].toString(), "Lost");
    EXPECT_EQ(history[0]["by"].toString(), "test");
    EXPECT_EQ(history[0]["at"].toString(), "2026-01-10T09:00:00Z");

    const CliResult text = cli({"opportunity", QString::number(f.o3)});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.outText().contains("Beta support"));
    EXPECT_TRUE(text.outText().contains("Price"));
    const CliResult csv = cli({"opportunity", QString::number(f.o3), "--format", "csv"});
    EXPECT_EQ(csv.outText(), "at,from,to,amount,close_date,reason,by\n"
                             "2026-01-10T09:00:00Z,,Lost,700,2026-02-20,,test\n");
    expectRefused({"opportunity", "9999"}, "9999");
    expectRefused({"opportunity", "deal"}, "deal");
}

TEST_F(CliCrm, OpportunityUpdateIsRecordedAndCountedAsWon)
{
    const CliResult result =
        cli({"opportunity", QString::number(f.o1), "--stage", "Won", "--amount", "2 500",
             "--close-date", "2026-02-10", "--format", "json"},
            "ae-a");
    ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();
    const QJsonObject deal = result.json().object();
    EXPECT_EQ(deal["stage"].toString(), "Won");
    EXPECT_DOUBLE_EQ(deal["amount"].toDouble(), 2500);
    EXPECT_EQ(deal["close_date"].toString(), "2026-02-10");
    EXPECT_EQ(deal["version"].toInt(), 2);
    EXPECT_EQ(deal["previous"]["stage"].toString(), "Prospecting");
    EXPECT_DOUBLE_EQ(deal["previous"]["amount"].toDouble(), 1000);
    EXPECT_EQ(deal["previous"]["close_date"].toString(), "2026-01-15");
    EXPECT_EQ(deal["previous"]["version"].toInt(), 1);
    const QJsonObject last = deal["history"].toArray().last().toObject();
    EXPECT_EQ(last["from"].toString(), "Prospecting");
    EXPECT_EQ(last["to"].toString(), "Won");
    EXPECT_EQ(last["by"].toString(), "ae-a");

    // The funnel of the days around today counts L1's deal as won.
    const QString from = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const QString to = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const CliResult funnel =
        cli({"report", "funnel", "--from", from, "--to", to, "--format", "json"});
    ASSERT_EQ(funnel.exitCode, 0) << funnel.errText().toStdString();
    const QJsonArray stages = funnel.json().object()["stages"].toArray();
    EXPECT_EQ(stages.last()["stage"].toString(), "Won");
    EXPECT_EQ(stages.last()["count"].toInt(), 1);

    const CliResult lost = cli(
        {"opportunity", QString::number(f.o4), "--stage", "Lost", "--reason", "Went elsewhere"});
    ASSERT_EQ(lost.exitCode, 0) << lost.errText().toStdString();
    EXPECT_TRUE(lost.outText().contains("Negotiation -> Lost"));
    const CliResult csv =
        cli({"opportunity", QString::number(f.o6), "--amount", "0", "--format", "csv"});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.outText().contains(QStringLiteral("\n%1,Acme expansion,").arg(f.o6)));
}

TEST_F(CliCrm, OpportunityUpdateRefusals)
{
    const QString o4 = QString::number(f.o4);
    expectRefused({"opportunity", "9999", "--stage", "Won"}, "9999");
    expectRefused({"opportunity", o4, "--stage", "Closed"}, "Closed");
    expectRefused({"opportunity", o4, "--stage", "Lost"}, "lost reason");
    expectRefused({"opportunity", o4, "--stage", "Won", "--reason", "Cheap"}, "Cheap");
    expectRefused({"opportunity", o4, "--amount", "-5"}, "-5");
    expectRefused({"opportunity", o4, "--amount", "lots"}, "lots");
    expectRefused({"opportunity", o4, "--close-date", "2026-13-01"}, "2026-13-01");
    expectRefused({"opportunity", o4, "--stage", "Negotiation"}, "nothing to change");
    expectRefused({"opportunity", o4, "--stage", "Won", "--if-version", "7"}, "someone else");
    EXPECT_EQ(cli({"opportunity", o4, "--if-version", "1"}).exitCode, 1);
    // Nothing of it was written.
    const QJsonObject deal = cli({"opportunity", o4, "--format", "json"}).json().object();
    EXPECT_EQ(deal["version"].toInt(), 1);
    EXPECT_EQ(deal["history"].toArray().size(), 1);
}

TEST_F(CliCrm, AConvertedLeadsJsonGivesTheIdsTheseCommandsTake)
{
    const CliResult show = cli({"show", QString::number(f.l1), "--format", "json"});
    ASSERT_EQ(show.exitCode, 0) << show.errText().toStdString();
    const QJsonObject converted = show.json().object()["converted"].toObject();
    EXPECT_EQ(converted["account"].toInteger(), f.a1);
    EXPECT_EQ(converted["contact"].toInteger(), f.c1);
    EXPECT_EQ(converted["opportunity"].toInteger(), f.o1);
    const CliResult account =
        cli({"account", QString::number(converted["account"].toInteger()), "--format", "json"});
    EXPECT_EQ(account.exitCode, 0);
    EXPECT_TRUE(ids(account.json().object()["contacts"].toArray())
                    .contains(converted["contact"].toInteger()));
    const CliResult deal = cli(
        {"opportunity", QString::number(converted["opportunity"].toInteger()), "--format", "json"});
    EXPECT_EQ(deal.exitCode, 0);
    EXPECT_EQ(deal.json().object()["lead"].toInteger(), f.l1);
}

// Two programs read the deal at version 1 and both decide on it. They write at the same time:
// the one that comes second finds it changed and is refused; nothing it decided is written.
TEST_F(CliCrm, TwoProcessesChangingOneDealTheSecondIsRefused)
{
    const QString o4 = QString::number(f.o4);
    const QJsonObject seen = cli({"opportunity", o4, "--format", "json"}).json().object();
    const QString version = QString::number(seen["version"].toInt());
    ASSERT_EQ(version, "1");
    const QList<QStringList> changes = {{"--db", temp.path(), "--user", "ae-a", "opportunity", o4,
                                         "--stage", "Won", "--if-version", version},
                                        {"--db", temp.path(), "--user", "ae-b", "opportunity", o4,
                                         "--stage", "Lost", "--reason", "Price", "--if-version",
                                         version}};
    QList<QProcess*> processes;
    for (const QStringList& arguments : changes) {
        auto* process = new QProcess;
        process->start(cliPath(), arguments);
        processes << process;
    }
    int succeeded = -1;
    int refused = 0;
    for (int i = 0; i < processes.size(); ++i) {
        QProcess* process = processes[i];
        ASSERT_TRUE(process->waitForFinished(60000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        if (process->exitCode() == 0) {
            EXPECT_EQ(succeeded, -1) << "both changes were written";
            succeeded = i;
        } else {
            EXPECT_EQ(process->exitCode(), 2);
            EXPECT_TRUE(err.contains("changed by someone else")) << err.toStdString();
            ++refused;
        }
        delete process;
    }
    ASSERT_NE(succeeded, -1);
    EXPECT_EQ(refused, 1);
    const QJsonObject after = cli({"opportunity", o4, "--format", "json"}).json().object();
    EXPECT_EQ(after["stage"].toString(), succeeded == 0 ? "Won" : "Lost");
    EXPECT_EQ(after["version"].toInt(), 2);
    EXPECT_EQ(after["history"].toArray().size(), 2); // the creation and the one change

    // One after the other, as two people would: the second still holds version 1.
    const CliResult late = cli({"opportunity", o4, "--amount", "100", "--if-version", version});
    EXPECT_EQ(late.exitCode, 2);
    EXPECT_TRUE(late.errText().contains("someone else"));
}
