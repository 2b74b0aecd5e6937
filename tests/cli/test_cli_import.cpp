// `import` and `export` through the real leadbench-cli (spec/cli.md): output line, rejected
// file beside the input, exit statuses, dry run, round trip.
#include "store/workspace.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::runCli;

namespace {

class CliImport : public ::testing::Test
{
protected:
    QString copy(const char* name)
    {
        const QString target = m_temp.file(QString::fromLatin1(name));
        QFile::remove(target);
        EXPECT_TRUE(QFile::copy(
            QStringLiteral(LEADBENCH_FIXTURES_DIR "/csv/") + QString::fromLatin1(name), target));
        return target;
    }
    test::CliResult cli(QStringList arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), m_temp.path(), QStringLiteral("--user"),
                                  QStringLiteral("cli-tester")} +
                      arguments);
    }
    qint64 leadCount()
    {
        auto workspace = openWorkspace(m_temp.path());
        return workspace->leads().count(LeadFilter{});
    }

    test::TempWorkspace m_temp;
};

} // namespace

TEST_F(CliImport, ImportsAndPrintsTheSummaryLine)
{
    const test::CliResult result = cli({"import", "leads", copy("hubspot_utf8_bom.csv")});
    EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
    EXPECT_EQ(result.outText(), QStringLiteral("imported 3, updated 0, unchanged 0, rejected 0\n"));
    EXPECT_EQ(leadCount(), 3);
    auto workspace = openWorkspace(m_temp.path());
    const Lead anna =
        *workspace->leads().findByEmail(QStringLiteral("anna.virtanen@nordic-widgets.fi"));
    const QList<StageChange> history = workspace->history().forLead(anna.id);
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history.first().by, QStringLiteral("cli-tester"));

    const test::CliResult again = cli({"import", "leads", copy("hubspot_utf8_bom.csv")});
    EXPECT_EQ(again.outText(), QStringLiteral("imported 0, updated 0, unchanged 3, rejected 0\n"));
}

TEST_F(CliImport, RejectedRowsGoBesideTheInput)
{
    const QString path = copy("bad_values.csv");
    const test::CliResult result = cli({"import", "leads", path});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.outText(), QStringLiteral("imported 4, updated 0, unchanged 0, rejected 7\n"));
    const QByteArray rejected = test::readFile(path + QStringLiteral(".rejected.csv"));
    EXPECT_TRUE(rejected.contains(",line,reason\r\n"));
    EXPECT_TRUE(rejected.contains("not-an-email,Bad,Mail,Example Oy,10,1000,2026-05-01,FI,3,"));
    EXPECT_TRUE(result.errText().contains(QStringLiteral(".rejected.csv")));
}

TEST_F(CliImport, DryRunWritesNothing)
{
    cli({"init"});
    const QString path = copy("bad_values.csv");
    const test::CliResult result = cli({"import", "leads", path, "--dry-run"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.outText(), QStringLiteral("imported 4, updated 0, unchanged 0, rejected 7\n"));
    EXPECT_EQ(leadCount(), 0);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".rejected.csv")));
}

TEST_F(CliImport, DryRunDoesNotCreateAMissingWorkspace)
{
    const test::CliResult result = cli({"import", "leads", copy("duplicates_a.csv"), "--dry-run"});
    EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
    EXPECT_EQ(result.outText(), QStringLiteral("imported 2, updated 1, unchanged 1, rejected 0\n"));
    EXPECT_FALSE(QFile::exists(m_temp.path()));
}

TEST_F(CliImport, MapAndDelimiterOptions)
{
    const QString path = m_temp.file(QStringLiteral("semi.csv"));
    test::writeFile(path, "Email;Lead Score;Segment|Tier\nmapped@example.com;77;Gold|A\n");
    const test::CliResult result = cli({"import", "leads", path, "--delimiter", ";", "--map",
                                        "Lead Score=ignore", "--map", "Segment|Tier=industry"});
    EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
    auto workspace = openWorkspace(m_temp.path());
    const Lead lead = *workspace->leads().findByEmail(QStringLiteral("mapped@example.com"));
    EXPECT_EQ(lead.industry, QStringLiteral("Gold|A"));
    EXPECT_TRUE(lead.custom.isEmpty());
}

TEST_F(CliImport, ExitStatuses)
{
    EXPECT_EQ(cli({"import", "leads", m_temp.file(QStringLiteral("missing.csv"))}).exitCode, 2);
    EXPECT_EQ(cli({"import", "contacts", copy("duplicates_a.csv")}).exitCode, 1);
    EXPECT_EQ(cli({"import", "leads", copy("duplicates_a.csv"), "--frobnicate"}).exitCode, 1);
    EXPECT_EQ(cli({"import", "leads", copy("duplicates_a.csv"), "--delimiter", "x"}).exitCode, 1);
    const test::CliResult badMap =
        cli({"import", "leads", copy("duplicates_a.csv"), "--map", "Nope=ignore"});
    EXPECT_EQ(badMap.exitCode, 2);
    EXPECT_TRUE(badMap.errText().contains(QStringLiteral("Nope")));
    const QString noId = m_temp.file(QStringLiteral("noid.csv"));
    test::writeFile(noId, "city\nOulu\n");
    EXPECT_EQ(cli({"import", "leads", noId}).exitCode, 2);
    // Not a workspace: refused untouched.
    const QString notDb = m_temp.file(QStringLiteral("not.db"));
    test::writeFile(notDb, "email\nx@example.com\n");
    EXPECT_EQ(runCli({"--db", notDb, "import", "leads", copy("duplicates_a.csv")}).exitCode, 3);
    EXPECT_EQ(test::readFile(notDb), QByteArray("email\nx@example.com\n"));
}

TEST_F(CliImport, EventsImportIsIdempotent)
{
    cli({"import", "leads", copy("hubspot_utf8_bom.csv")});
    const test::CliResult first = cli({"import", "events", copy("events.csv")});
    EXPECT_EQ(first.exitCode, 0);
    EXPECT_EQ(first.outText(), QStringLiteral("imported 3, updated 0, unchanged 1, rejected 2\n"));
    const test::CliResult second = cli({"import", "events", copy("events.csv")});
    EXPECT_EQ(second.outText(), QStringLiteral("imported 0, updated 0, unchanged 4, rejected 2\n"));
}

TEST_F(CliImport, ExportAndReimportRoundTrip)
{
    cli({"import", "leads", copy("hubspot_utf8_bom.csv")});
    cli({"import", "leads", copy("excel_fi_cp1252.csv")});
    const QString out = m_temp.file(QStringLiteral("export.csv"));
    const test::CliResult exported = cli({"export", "leads", out});
    EXPECT_EQ(exported.exitCode, 0) << exported.errText().toStdString();
    EXPECT_TRUE(test::readFile(out).startsWith("\xEF\xBB\xBF"
                                               "email,first_name,"));
    const test::CliResult reimport = cli({"import", "leads", out});
    EXPECT_EQ(reimport.outText(),
              QStringLiteral("imported 0, updated 0, unchanged 5, rejected 0\n"));

    const QString sql = m_temp.file(QStringLiteral("sql.csv"));
    EXPECT_EQ(cli({"export", "leads", sql, "--stage", "SQL"}).exitCode, 0);
    const QString text = QString::fromUtf8(test::readFile(sql));
    EXPECT_TRUE(text.contains(QStringLiteral("erik.lund@fjord.se")));
    EXPECT_FALSE(text.contains(QStringLiteral("anna.virtanen")));
    EXPECT_EQ(cli({"export", "leads", sql, "--stage", "Hot"}).exitCode, 2);
    EXPECT_EQ(cli({"export", "accounts", sql}).exitCode, 1);
}
