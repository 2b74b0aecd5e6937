// leadbench-cli migrate FROM TO, as a subprocess against real files and a real PostgreSQL
// server: a demo workspace copied onto a team server and back into a new file holds exactly the
// rows it started with (every table, every id); a destination that holds data is refused
// untouched; passwords in a URL are refused.
#include "support/cliprocess.h"
#include "support/pgcluster.h"
#include "support/tempworkspace.h"
#include "support/workspacedump.h"

#include <QFileInfo>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace lb::test;

TEST(CliMigrate, AFileCopiedToATeamServerAndBackIsTheSameWorkspace)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempWorkspace temp;
    const QString original = temp.file(QStringLiteral("original.leadbench"));
    ASSERT_EQ(
        runCli({QStringLiteral("--db"), original, QStringLiteral("demo"), QStringLiteral("--leads"),
                QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("7")})
            .exitCode,
        0);
    TempPgDatabase server;
    const CliResult up = runCli({QStringLiteral("migrate"), original, server.url(),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(up.exitCode, 0) << up.errText().toStdString();
    const QJsonObject report = up.json().object();
    EXPECT_EQ(report.value(QStringLiteral("tables")).toObject().value(QStringLiteral("leads")),
              400);
    EXPECT_EQ(report.value(QStringLiteral("checksum")).toString().size(), 64);

    // The team workspace answers as the file did.
    const CliResult fileLeads = runCli({QStringLiteral("--db"), original, QStringLiteral("leads"),
                                        QStringLiteral("--limit"), QStringLiteral("30"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
    const CliResult serverLeads = runCli(
        {QStringLiteral("--db"), server.url(), QStringLiteral("leads"), QStringLiteral("--limit"),
         QStringLiteral("30"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(serverLeads.exitCode, 0) << serverLeads.errText().toStdString();
    EXPECT_EQ(serverLeads.json(), fileLeads.json());

    const QString back = temp.file(QStringLiteral("back.leadbench"));
    const CliResult down = runCli({QStringLiteral("migrate"), server.url(), back,
                                   QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(down.exitCode, 0) << down.errText().toStdString();
    EXPECT_EQ(down.json().object().value(QStringLiteral("checksum")),
              report.value(QStringLiteral("checksum")));
    const WorkspaceDump before = dumpWorkspace(original, {});
    const WorkspaceDump after = dumpWorkspace(back, {});
    EXPECT_TRUE(after.problems.isEmpty()) << after.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(after, before) << after.differenceFrom(before).toStdString();
    EXPECT_EQ(runCli({QStringLiteral("--db"), back, QStringLiteral("check")}).exitCode, 0);
}

TEST(CliMigrate, ADestinationWithDataIsRefusedUntouched)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempWorkspace temp;
    const QString original = temp.file(QStringLiteral("original.leadbench"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), original, QStringLiteral("demo"),
                      QStringLiteral("--leads"), QStringLiteral("50")})
                  .exitCode,
              0);
    TempPgDatabase server;
    ASSERT_EQ(runCli({QStringLiteral("migrate"), original, server.url()}).exitCode, 0);
    // Again onto the same server: it holds the workspace now.
    const CliResult again = runCli({QStringLiteral("migrate"), original, server.url()});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.errText().contains(server.url())) << again.errText().toStdString();
    // Onto an existing file: refused, and the file is as it was.
    const WorkspaceDump before = dumpWorkspace(original, {});
    const QString other = temp.file(QStringLiteral("other.leadbench"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), other, QStringLiteral("init")}).exitCode, 0);
    const CliResult ontoFile = runCli({QStringLiteral("migrate"), server.url(), other});
    EXPECT_EQ(ontoFile.exitCode, 2);
    EXPECT_TRUE(QFileInfo::exists(other));
    EXPECT_EQ(dumpWorkspace(original, {}), before);
}

TEST(CliMigrate, APasswordInTheAddressIsRefused)
{
    TempWorkspace temp;
    const QString original = temp.file(QStringLiteral("original.leadbench"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), original, QStringLiteral("init")}).exitCode, 0);
    const CliResult result = runCli(
        {QStringLiteral("migrate"), original, QStringLiteral("postgresql://anna:s3cret@db/x")});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_FALSE(result.errText().contains(QLatin1String("s3cret")))
        << result.errText().toStdString();
    EXPECT_TRUE(result.errText().contains(QLatin1String("pgpass")))
        << result.errText().toStdString();
}

TEST(CliMigrate, ABackupOfATeamWorkspaceIsAFileWithItsRows)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempWorkspace temp;
    const QString original = temp.file(QStringLiteral("original.leadbench"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), original, QStringLiteral("demo"),
                      QStringLiteral("--leads"), QStringLiteral("120")})
                  .exitCode,
              0);
    TempPgDatabase server;
    ASSERT_EQ(runCli({QStringLiteral("migrate"), original, server.url()}).exitCode, 0);
    const QString backup = temp.file(QStringLiteral("backup.leadbench"));
    const CliResult result =
        runCli({QStringLiteral("--db"), server.url(), QStringLiteral("backup"), backup});
    ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();
    EXPECT_EQ(dumpWorkspace(backup, {}), dumpWorkspace(original, {}));
}
