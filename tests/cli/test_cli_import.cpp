// `import` and `export` through the real leadbench-cli (docs/spec/cli.md): output line, rejected
// file beside the input, exit statuses, dry run, round trip.
#include "store/workspace.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QStringEncoder>
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

TEST_F(CliImport, AHugeFieldRejectsItsRowAndEveryOtherRowIsImported)
{
    // As reported: a 100 MB field halfway down the file ended the import there, exit 0.
    const QString path = m_temp.file(QStringLiteral("huge.csv"));
    QByteArray bytes = "Email,Last Name,Notes\n";
    const int rows = 20000;
    for (int i = 1; i <= rows; ++i) {
        bytes += "r" + QByteArray::number(i) + "@example.com,Name,";
        bytes += i == rows / 2 ? "\"" + QByteArray(100'000'000, 'n') + "\"\n" : "note\n";
    }
    test::writeFile(path, bytes);
    bytes.clear();
    const test::CliResult result = cli({"import", "leads", path});
    EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
    EXPECT_EQ(result.outText(),
              QStringLiteral("imported 19999, updated 0, unchanged 0, rejected 1\n"));
    EXPECT_EQ(leadCount(), rows - 1);
    const QString rejected = QString::fromUtf8(test::readFile(path + ".rejected.csv"));
    EXPECT_TRUE(rejected.contains(QStringLiteral(",10001,\"column \"\"Notes\"\" holds ")));
    EXPECT_TRUE(rejected.contains(QStringLiteral("a field may hold at most ")));
    EXPECT_EQ(cli({"show", "r20000@example.com"}).exitCode, 0);
}

TEST_F(CliImport, NulBytesDuplicateHeadersAndUtf16WithoutBom)
{
    // A NUL byte rejects its row, so that it never reaches show or export.
    const QString nul = m_temp.file(QStringLiteral("nul.csv"));
    test::writeFile(
        nul,
        QByteArray("Email,First Name\na@example.com,An?na\nb@example.com,Bo\n").replace('?', '\0'));
    const test::CliResult nulResult = cli({"import", "leads", nul, "--dry-run"});
    EXPECT_EQ(nulResult.outText(),
              QStringLiteral("imported 1, updated 0, unchanged 0, rejected 1\n"));
    EXPECT_TRUE(nulResult.errText().contains(
        QStringLiteral("line 2: column \"First Name\" holds a NUL byte")));
    EXPECT_EQ(cli({"import", "leads", nul}).exitCode, 0);
    const QString out = m_temp.file(QStringLiteral("out.csv"));
    EXPECT_EQ(cli({"export", "leads", out}).exitCode, 0);
    EXPECT_FALSE(test::readFile(out).contains('\0'));
    EXPECT_NE(cli({"show", "a@example.com"}).exitCode, 0);

    // Two Email columns: refused, naming the header; ignoring them leaves no e-mail column.
    const QString dup = m_temp.file(QStringLiteral("dup.csv"));
    test::writeFile(dup,
                    "Email,Last Name,Company,Email\nc@example.com,Berg,Fjord AB,d@example.com\n");
    const test::CliResult dupResult = cli({"import", "leads", dup});
    EXPECT_EQ(dupResult.exitCode, 2);
    EXPECT_TRUE(dupResult.errText().contains(
        QStringLiteral("more than one column is named \"Email\" (columns 1, 4)")));
    EXPECT_EQ(cli({"import", "leads", dup, "--map", "Email=ignore"}).outText(),
              QStringLiteral("imported 1, updated 0, unchanged 0, rejected 0\n"));

    // UTF-16 without a byte order mark, as some exporters write it.
    const QString utf16 = m_temp.file(QStringLiteral("utf16.csv"));
    test::writeFile(utf16, QStringEncoder(QStringConverter::Utf16LE)
                               .encode(QStringLiteral("Email,First Name\ne@example.com,Åsa\n")));
    const test::CliResult utf16Result = cli({"import", "leads", utf16});
    EXPECT_EQ(utf16Result.exitCode, 0) << utf16Result.errText().toStdString();
    EXPECT_EQ(utf16Result.outText(),
              QStringLiteral("imported 1, updated 0, unchanged 0, rejected 0\n"));
    auto workspace = openWorkspace(m_temp.path());
    const auto lead = workspace->leads().findByEmail(QStringLiteral("e@example.com"));
    ASSERT_TRUE(lead.has_value());
    EXPECT_EQ(lead->firstName, QStringLiteral("Åsa"));
}

TEST_F(CliImport, AHundredThousandColumns)
{
    const QString path = m_temp.file(QStringLiteral("columns.csv"));
    QByteArray header = "Email";
    QByteArray row = "wide@example.com";
    for (int i = 1; i < 100'000; ++i) {
        header += ",c" + QByteArray::number(i);
        row += ",v";
    }
    test::writeFile(path, header + "\n" + row + "\n");
    const test::CliResult result = cli({"import", "leads", path});
    EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
    EXPECT_EQ(result.outText(), QStringLiteral("imported 1, updated 0, unchanged 0, rejected 0\n"));
}
