// report through the real leadbench-cli (docs/spec/cli.md, issue 19): every report in text, JSON
// and CSV over the hand-built workspace of reportfixture.h, and the refusals of bad arguments.
#include "core/reports/reportfixture.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::test;

namespace {

const QStringList kinds = {"funnel", "inflow",  "sources",    "velocity",
                           "owners", "reasons", "calibration"};

class CliReports : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ReportWorkspaceBuilder(temp.workspace()).build();
        temp.close();
    }

    CliResult report(const QStringList& arguments)
    {
        return runCli(QStringList{"--db", temp.path(), "report"} + arguments);
    }

    CliResult march(const QString& kind, const QString& format, const QStringList& more = {})
    {
        return report(
            QStringList{kind, "--from", "2026-03-01", "--to", "2026-03-31", "--format", format} +
            more);
    }

    TempWorkspace temp;
};

} // namespace

TEST_F(CliReports, FunnelJsonIsTheSpecsShape)
{
    const CliResult result = march("funnel", "json");
    ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();
    const QJsonObject json = result.json().object();
    EXPECT_EQ(json["from"].toString(), "2026-03-01");
    EXPECT_EQ(json["to"].toString(), "2026-03-31");
    const QJsonArray stages = json["stages"].toArray();
    ASSERT_EQ(stages.size(), 5);
    const QList<QPair<QString, int>> expected = {
        {"MQL", 4}, {"SAL", 4}, {"SQL", 3}, {"Converted", 2}, {"Won", 1}};
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(stages[i]["stage"].toString(), expected[i].first);
        EXPECT_EQ(stages[i]["count"].toInt(), expected[i].second);
    }
    EXPECT_TRUE(stages[0]["rate"].isNull());
    EXPECT_DOUBLE_EQ(stages[2]["rate"].toDouble(), 0.75);
}

TEST_F(CliReports, SourcesAndCalibrationJson)
{
    const CliResult sources = march("sources", "json");
    ASSERT_EQ(sources.exitCode, 0) << sources.errText().toStdString();
    const QJsonObject json = sources.json().object();
    EXPECT_EQ(json["currency"].toString(), "EUR");
    const QJsonObject web = json["sources"].toArray()[0].toObject();
    EXPECT_EQ(web["source"].toString(), "Website");
    EXPECT_EQ(web["leads"].toInt(), 3);
    EXPECT_EQ(web["mql"].toInt(), 2);
    EXPECT_EQ(web["sql"].toInt(), 2);
    EXPECT_DOUBLE_EQ(web["pipeline"].toDouble(), 20000);
    EXPECT_DOUBLE_EQ(web["won"].toDouble(), 10000);
    EXPECT_DOUBLE_EQ(web["win_rate"].toDouble(), 0.5);

    const CliResult calibration = march("calibration", "json");
    ASSERT_EQ(calibration.exitCode, 0);
    const QJsonObject c = calibration.json().object();
    EXPECT_DOUBLE_EQ(c["auc"].toDouble(), 0.75);
    const QJsonArray bands = c["bands"].toArray();
    ASSERT_EQ(bands.size(), 10);
    EXPECT_EQ(bands[0]["min"].toInt(), 0);
    EXPECT_EQ(bands[0]["max"].toInt(), 9);
    EXPECT_EQ(bands[7]["leads"].toInt(), 1);
    EXPECT_DOUBLE_EQ(bands[7]["sql_rate"].toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(bands[7]["won_rate"].toDouble(), 1.0);
    EXPECT_TRUE(bands[8]["sql_rate"].isNull());
}

TEST_F(CliReports, OwnersByNameAndFilters)
{
    const CliResult owners = march("owners", "json", {"--owner", "SDR-B"});
    ASSERT_EQ(owners.exitCode, 0) << owners.errText().toStdString();
    const QJsonObject json = owners.json().object();
    EXPECT_EQ(json["owner"].toString(), "sdr-b");
    const QJsonArray lines = json["owners"].toArray();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0]["owner"].toString(), "sdr-b");
    EXPECT_EQ(lines[0]["accepted"].toInt(), 2);
    EXPECT_EQ(lines[0]["disqualified"].toInt(), 1);
    EXPECT_DOUBLE_EQ(lines[0]["median_response_days"].toDouble(), 18.0);

    const CliResult webinar = march("funnel", "json", {"--source", "Webinar"});
    ASSERT_EQ(webinar.exitCode, 0);
    EXPECT_EQ(webinar.json()["stages"][1]["count"].toInt(), 2); // SAL: L3, L4
}

TEST_F(CliReports, EveryReportInEveryFormat)
{
    for (const QString& kind : kinds) {
        SCOPED_TRACE(kind.toStdString());
        const CliResult text = march(kind, "text");
        ASSERT_EQ(text.exitCode, 0) << text.errText().toStdString();
        EXPECT_FALSE(text.out.isEmpty());
        EXPECT_TRUE(text.err.isEmpty());
        const CliResult json = march(kind, "json");
        ASSERT_EQ(json.exitCode, 0);
        EXPECT_TRUE(json.json().isObject());
        EXPECT_EQ(json.json()["from"].toString(), "2026-03-01");
        const CliResult csv = march(kind, "csv");
        ASSERT_EQ(csv.exitCode, 0);
        const QStringList lines = csv.outText().split('\n', Qt::SkipEmptyParts);
        ASSERT_GE(lines.size(), 2);
        const qsizetype columns = lines[0].count(',');
        for (const QString& line : lines)
            EXPECT_EQ(line.count(','), columns) << line.toStdString();
    }
    // Names, not ids; money in the workspace currency, grouped as the locale writes it; the lead
    // without a source named so.
    const QString sources = march("sources", "text").outText();
    EXPECT_TRUE(sources.contains("Website"));
    EXPECT_TRUE(sources.contains("20,000 EUR"));
    EXPECT_TRUE(sources.contains("(no source)"));
    EXPECT_TRUE(march("owners", "text").outText().contains("sdr-a"));
    EXPECT_TRUE(march("reasons", "csv").outText().contains("Disqualified,No budget,1,1"));
    EXPECT_TRUE(march("inflow", "csv").outText().contains("2026-03-02,2026-03-08,3,3,0"));
    EXPECT_TRUE(march("velocity", "csv").outText().contains("velocity,MQL,SAL,3,2,11.6"));
}

TEST_F(CliReports, BadArgumentsAreRefused)
{
    struct Case
    {
        QStringList arguments;
        int exitCode;
        const char* message;
    };
    const QList<Case> cases = {
        {{"funnel", "--from", "2026-02-30"}, 2, "--from: \"2026-02-30\" is not a date"},
        {{"funnel", "--to", "31.3.2026"}, 2, "--to: \"31.3.2026\" is not a date"},
        {{"funnel", "--from", "2026-04-01", "--to", "2026-03-01"}, 2, "before it starts"},
        {{"owners", "--owner", "nobody"}, 2, "no user is called \"nobody\""},
        {{"forecast"}, 1, "unknown report \"forecast\""},
        {{}, 1, "wrong number of arguments"},
        {{"funnel", "--region", "FI"}, 1, "region"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.arguments.join(' ').toStdString());
        const CliResult result = report(c.arguments);
        EXPECT_EQ(result.exitCode, c.exitCode);
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_TRUE(result.errText().contains(QString::fromUtf8(c.message)))
            << result.errText().toStdString();
    }
    const CliResult missing = runCli({"--db", temp.file("missing.leadbench"), "report", "funnel"});
    EXPECT_EQ(missing.exitCode, 2);
}
