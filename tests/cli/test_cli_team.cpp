// leadbench-cli team, as a subprocess against a real PostgreSQL server: the owner sets the
// roles up and adds members; an SDR's command that does a manager's work is refused by the
// server with exit 2 and one clear line, whatever name it runs under; a file has no team.
#include "support/cliprocess.h"
#include "support/pgcluster.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <gtest/gtest.h>

using namespace lb::test;

namespace {

// Logins are the server's: named after the test's database, and dropped after it.
struct Logins
{
    QString adminUrl;
    QString prefix;
    QString login(const char* who) const { return prefix + QLatin1Char('_') + QLatin1String(who); }
    QString url(const char* who) const
    {
        QUrl url(adminUrl);
        url.setUserName(login(who));
        return url.toString();
    }
    ~Logins()
    {
        if (prefix.isEmpty())
            return;
        QUrl url(adminUrl);
        url.setPath(QStringLiteral("/postgres"));
        for (const char* who : {"anna", "boss", "sdrs", "managers"})
            pgExec(url.toString(), QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login(who)));
    }
};

CliResult cli(const QString& db, QStringList arguments)
{
    return runCli(QStringList{QStringLiteral("--db"), db} + arguments);
}

} // namespace

TEST(CliTeam, TheOwnerSetsUpTheTeamAndTheServerHoldsAnSdrToHerRole)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    Logins logins;
    TempPgDatabase server;
    logins.adminUrl = server.url();
    logins.prefix = server.name();
    ASSERT_EQ(cli(server.url(), {"demo", "--leads", "60", "--seed", "3"}).exitCode, 0);

    const CliResult init = cli(server.url(), {"team", "init"});
    ASSERT_EQ(init.exitCode, 0) << init.errText().toStdString();
    EXPECT_TRUE(init.errText().isEmpty()) << init.errText().toStdString(); // no server notices
    ASSERT_EQ(cli(server.url(), {"team", "add", logins.login("anna"), "--role", "sdr"}).exitCode,
              0);
    ASSERT_EQ(
        cli(server.url(), {"team", "add", logins.login("boss"), "--role", "manager"}).exitCode, 0);
    const CliResult list = cli(server.url(), {"--format", "json", "team", "list"});
    ASSERT_EQ(list.exitCode, 0) << list.errText().toStdString();
    const QJsonArray members = list.json().array();
    ASSERT_EQ(members.size(), 2);
    EXPECT_EQ(members.at(0).toObject().value(QStringLiteral("login")).toString(),
              logins.login("anna"));
    EXPECT_EQ(members.at(0).toObject().value(QStringLiteral("role")).toString(), "sdr");
    EXPECT_EQ(members.at(1).toObject().value(QStringLiteral("role")).toString(), "manager");

    // Anna, under the manager's name, overrides the readiness guard of a lead in SAL.
    const CliResult sal =
        cli(logins.url("anna"), {"--format", "json", "leads", "--stage", "SAL", "--limit", "1"});
    ASSERT_EQ(sal.exitCode, 0) << sal.errText().toStdString();
    ASSERT_FALSE(sal.json().array().isEmpty());
    const QString lead = QString::number(
        sal.json().array().at(0).toObject().value(QStringLiteral("id")).toInteger());
    const CliResult forged =
        cli(logins.url("anna"), {"--user", logins.login("boss"), "stage", lead, "--to", "SQL",
                                 "--override", "--reason", "budget agreed on the phone"});
    EXPECT_EQ(forged.exitCode, 2) << forged.errText().toStdString();
    EXPECT_TRUE(
        forged.errText().contains(QStringLiteral("only a manager may override a stage guard")))
        << forged.errText().toStdString();
    EXPECT_EQ(forged.errText().count(QLatin1Char('\n')), 1) << forged.errText().toStdString();
    const CliResult after = cli(server.url(), {"--format", "json", "show", lead});
    EXPECT_EQ(after.json().object().value(QStringLiteral("stage")).toString(), "SAL");

    // The manager may; an SDR may not set the team up or add to it.
    const CliResult manager =
        cli(logins.url("boss"), {"--user", logins.login("boss"), "stage", lead, "--to", "SQL",
                                 "--override", "--reason", "budget agreed on the phone"});
    EXPECT_EQ(manager.exitCode, 0) << manager.errText().toStdString();
    EXPECT_EQ(cli(logins.url("anna"), {"team", "init"}).exitCode, 2);
    EXPECT_EQ(cli(logins.url("anna"), {"team", "add", "mallory", "--role", "manager"}).exitCode, 2);
}

TEST(CliTeam, AWorkspaceFileHasNoTeamAndMistakesAreUsageErrors)
{
    TempWorkspace temp;
    temp.workspace();
    temp.close();
    if (testingTeamWorkspace())
        GTEST_SKIP() << "about workspace files";
    const CliResult file = cli(temp.path(), {"team", "list"});
    EXPECT_EQ(file.exitCode, 2);
    EXPECT_TRUE(file.errText().contains(QStringLiteral("team roles are for a team workspace")))
        << file.errText().toStdString();
    EXPECT_EQ(cli(temp.path(), {"team", "promote"}).exitCode, 1);
    EXPECT_EQ(cli(temp.path(), {"team", "add", "anna"}).exitCode, 1);
    EXPECT_EQ(cli(temp.path(), {"team", "init", "--role", "sdr"}).exitCode, 1);
}
