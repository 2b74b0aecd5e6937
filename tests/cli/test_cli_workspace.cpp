// leadbench-cli as a subprocess: init, demo, leads, show, check, backup; exit statuses and
// JSON of docs/spec/cli.md.
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace lb::test;

namespace {

class CliWorkspace : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("ws.leadbench"));
    CliResult cli(QStringList arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + arguments);
    }
};

} // namespace

TEST_F(CliWorkspace, InitCreatesAndReportsTheSchema)
{
    const CliResult first =
        cli({QStringLiteral("init"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(first.exitCode, 0) << first.errText().toStdString();
    EXPECT_TRUE(first.json().object().value(QStringLiteral("created")).toBool());
    EXPECT_GE(first.json().object().value(QStringLiteral("schema_version")).toInt(), 1);
    const CliResult again = cli({QStringLiteral("init")});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(QFile::exists(db));
}

TEST_F(CliWorkspace, UsageErrorsExitOne)
{
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("init"), QStringLiteral("--bogus")}).exitCode, 1);
    EXPECT_EQ(runCli({}).exitCode, 1);
    const CliResult help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.outText().contains(QStringLiteral("backup FILE")));
}

TEST_F(CliWorkspace, MissingWorkspaceIsBadInputNotCreated)
{
    const CliResult result = cli({QStringLiteral("leads")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.errText().contains(db)) << result.errText().toStdString();
    EXPECT_FALSE(QFile::exists(db));
}

TEST_F(CliWorkspace, ForeignFileIsRefusedWithExitThreeAndKept)
{
    writeFile(db, "first_name;last_name\nAnna;Virtanen\n");
    const CliResult result = cli({QStringLiteral("check")});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.errText().contains(QStringLiteral("not a Leadbench workspace")))
        << result.errText().toStdString();
    EXPECT_EQ(readFile(db), QByteArray("first_name;last_name\nAnna;Virtanen\n"));
    EXPECT_EQ(cli({QStringLiteral("init")}).exitCode, 3);
}

TEST_F(CliWorkspace, DemoThenLeadsAndShowAsJson)
{
    const CliResult demo =
        cli({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("300"),
             QStringLiteral("--seed"), QStringLiteral("4")});
    ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    EXPECT_TRUE(demo.err.isEmpty()) << "no progress output when stderr is not a terminal";

    const CliResult leads =
        cli({QStringLiteral("leads"), QStringLiteral("--limit"), QStringLiteral("25"),
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(leads.exitCode, 0) << leads.errText().toStdString();
    const QJsonArray array = leads.json().array();
    ASSERT_EQ(array.size(), 25);
    int previous = 101;
    for (const QJsonValue& value : array) {
        const int total = value.toObject()
                              .value(QStringLiteral("score"))
                              .toObject()
                              .value(QStringLiteral("total"))
                              .toInt();
        EXPECT_LE(total, previous) << "highest score first";
        previous = total;
        EXPECT_FALSE(value.toObject().contains(QStringLiteral("history")));
    }

    const QJsonObject top = array.first().toObject();
    const QString email = top.value(QStringLiteral("email")).toString();
    const CliResult show = cli({QStringLiteral("show"), email.toUpper(), QStringLiteral("--format"),
                                QStringLiteral("json")});
    ASSERT_EQ(show.exitCode, 0) << show.errText().toStdString();
    const QJsonObject lead = show.json().object();
    EXPECT_EQ(lead.value(QStringLiteral("id")).toInteger(),
              top.value(QStringLiteral("id")).toInteger());
    for (const char* key : {"email", "first_name", "last_name", "company", "stage", "owner",
                            "score", "frameworks", "history", "converted"})
        EXPECT_TRUE(lead.contains(QLatin1String(key))) << key;
    const QJsonObject score = lead.value(QStringLiteral("score")).toObject();
    for (const char* key : {"total", "fit", "behavior", "grade"})
        EXPECT_TRUE(score.contains(QLatin1String(key))) << key;
    const QJsonArray history = lead.value(QStringLiteral("history")).toArray();
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history.last().toObject().value(QStringLiteral("to")).toString(),
              lead.value(QStringLiteral("stage")).toString());

    const CliResult byId = cli(
        {QStringLiteral("show"), QString::number(lead.value(QStringLiteral("id")).toInteger())});
    EXPECT_EQ(byId.exitCode, 0);
    EXPECT_TRUE(byId.outText().contains(email));

    const CliResult demoAgain =
        cli({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("10")});
    EXPECT_EQ(demoAgain.exitCode, 2) << "demo data never mixes with existing leads";
}

TEST_F(CliWorkspace, FiltersAndBadValues)
{
    ASSERT_EQ(
        cli({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("200")}).exitCode,
        0);
    const CliResult mql =
        cli({QStringLiteral("leads"), QStringLiteral("--stage"), QStringLiteral("mql"),
             QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(mql.exitCode, 0);
    for (const QJsonValue& value : mql.json().array())
        EXPECT_EQ(value.toObject().value(QStringLiteral("stage")).toString(),
                  QStringLiteral("MQL"));
    const CliResult minScore =
        cli({QStringLiteral("leads"), QStringLiteral("--min-score"), QStringLiteral("60"),
             QStringLiteral("--format"), QStringLiteral("json")});
    for (const QJsonValue& value : minScore.json().array())
        EXPECT_GE(value.toObject()
                      .value(QStringLiteral("score"))
                      .toObject()
                      .value(QStringLiteral("total"))
                      .toInt(),
                  60);
    EXPECT_EQ(
        cli({QStringLiteral("leads"), QStringLiteral("--stage"), QStringLiteral("Hot")}).exitCode,
        2);
    EXPECT_EQ(cli({QStringLiteral("leads"), QStringLiteral("--min-score"), QStringLiteral("lots")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("show"), QStringLiteral("nobody@example.com")}).exitCode, 2);
    EXPECT_EQ(
        cli({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("-5")}).exitCode, 2);
}

TEST_F(CliWorkspace, LeadsAsCsvHaveTheExportColumns)
{
    ASSERT_EQ(
        cli({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("50")}).exitCode, 0);
    const CliResult csv =
        cli({QStringLiteral("leads"), QStringLiteral("--limit"), QStringLiteral("5"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.errText().toStdString();
    const QStringList lines = csv.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(
        lines.first().startsWith(QStringLiteral("email,first_name,last_name,phone,title,company")));
    const QStringList header = lines.first().split(QLatin1Char(','));
    const QString firstEmail =
        cli({QStringLiteral("leads"), QStringLiteral("--limit"), QStringLiteral("1"),
             QStringLiteral("--format"), QStringLiteral("json")})
            .json()
            .array()
            .first()
            .toObject()
            .value(QStringLiteral("email"))
            .toString();
    EXPECT_TRUE(lines.at(1).startsWith(firstEmail + QLatin1Char(','))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral(",'+"))) << "phone numbers are formula-guarded";
    EXPECT_EQ(header.indexOf(QStringLiteral("score")), header.size() - 2);
}

TEST_F(CliWorkspace, CheckAndBackup)
{
    ASSERT_EQ(
        cli({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("100")}).exitCode,
        0);
    const CliResult check =
        cli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(check.exitCode, 0);
    EXPECT_TRUE(check.json().object().value(QStringLiteral("ok")).toBool());
    const QString copy = dir.filePath(QStringLiteral("copy.leadbench"));
    ASSERT_EQ(cli({QStringLiteral("backup"), copy}).exitCode, 0);
    const CliResult copied =
        runCli({QStringLiteral("--db"), copy, QStringLiteral("leads"), QStringLiteral("--limit"),
                QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(copied.json().array().size(), 100);
    EXPECT_EQ(cli({QStringLiteral("backup"), copy}).exitCode, 2) << "never overwrites";
}
