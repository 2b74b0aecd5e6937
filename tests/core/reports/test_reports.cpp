// The reports of issue 19 against the hand-built workspace of reportfixture.h: every number
// worked out by hand, the empty period, the owner and source filters, and click-through (the
// leads a number lists are as many as it counts).
#include "core/reports/reportfixture.h"
#include "reports/reportservice.h"
#include "reports/reportstats.h"
#include "scoring/rescorer.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace lb;
using namespace lb::reports;

namespace {

const ReportFilter march{QDate(2026, 3, 1), QDate(2026, 3, 31), {}, {}};
const ReportFilter emptyPeriod{QDate(2025, 1, 1), QDate(2025, 1, 31), {}, {}};
const QDateTime later = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);

class ReportsTest : public ::testing::Test
{
protected:
    void SetUp() override { test::ReportWorkspaceBuilder(workspace).build(); }

    // The leads a number lists, counted and fetched as the workbench does.
    void expectListed(const LeadFilter& filter, qint64 expected, const QString& what)
    {
        SCOPED_TRACE(what.toStdString());
        EXPECT_EQ(workspace.leads().count(filter), expected);
        EXPECT_EQ(workspace.leads().rows(filter, LeadSort{}, 0, 1000).size(), expected);
    }

    QStringList listedNames(const LeadFilter& filter)
    {
        QStringList names;
        for (const Lead& lead : workspace.leads().list(filter, {LeadSortKey::Id, false}, 100))
            names << lead.firstName;
        return names;
    }

    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    ReportService service{workspace};
};

std::optional<qint64> stepCount(const FunnelReport& report, const QString& stage)
{
    for (const FunnelStep& step : report.steps)
        if (step.stage == stage)
            return step.count;
    return std::nullopt;
}

} // namespace

TEST_F(ReportsTest, FunnelCountsLeadsEnteringEachStageInThePeriod)
{
    const FunnelReport report = service.funnel(march);
    ASSERT_EQ(report.steps.size(), 5);
    // MQL: L1, L2, L4 (reopened, again MQL on 03-09), L5. L3 skipped MQL.
    EXPECT_EQ(report.steps[0].stage, "MQL");
    EXPECT_EQ(report.steps[0].count, 4);
    EXPECT_FALSE(report.steps[0].rate);
    // SAL: L1, L2, L3 (straight from New), L4 (03-01).
    EXPECT_EQ(report.steps[1].count, 4);
    EXPECT_DOUBLE_EQ(*report.steps[1].rate, 1.0);
    // SQL: L1, L2, L3; L7's was in January.
    EXPECT_EQ(report.steps[2].count, 3);
    EXPECT_DOUBLE_EQ(*report.steps[2].rate, 0.75);
    // Converted: L1, L2.
    EXPECT_EQ(report.steps[3].count, 2);
    EXPECT_DOUBLE_EQ(*report.steps[3].rate, 2.0 / 3.0);
    // Won: L1 only; L2's deal was lost, L7's is still open.
    EXPECT_EQ(report.steps[4].stage, "Won");
    EXPECT_EQ(report.steps[4].count, 1);
    EXPECT_DOUBLE_EQ(*report.steps[4].rate, 0.5);
    EXPECT_EQ(listedNames(report.steps[0].leads), (QStringList{"L1", "L2", "L4", "L5"}));
    EXPECT_EQ(listedNames(report.steps[4].leads), QStringList{"L1"});
}

TEST_F(ReportsTest, AnEmptyPeriodHasZerosAndNoRates)
{
    const FunnelReport funnel = service.funnel(emptyPeriod);
    for (const FunnelStep& step : funnel.steps) {
        EXPECT_EQ(step.count, 0) << step.stage.toStdString();
        EXPECT_FALSE(step.rate) << step.stage.toStdString();
        expectListed(step.leads, 0, step.stage);
    }
    for (const VelocityStep& step : service.velocity(emptyPeriod, later).steps) {
        EXPECT_EQ(step.leads, 0);
        EXPECT_FALSE(step.medianDays);
        EXPECT_FALSE(step.p80Days);
    }
    EXPECT_TRUE(service.owners(emptyPeriod).owners.isEmpty());
    EXPECT_TRUE(service.reasons(emptyPeriod).reasons.isEmpty());
    const CalibrationReport calibration = service.calibration(emptyPeriod);
    EXPECT_FALSE(calibration.auc);
    for (const CalibrationBand& band : calibration.bands) {
        EXPECT_EQ(band.leads, 0);
        EXPECT_FALSE(band.sqlRate);
    }
    // The snapshot of open pipeline stays: L7's deal, which is still open.
    const SourcesReport sources = service.sources(emptyPeriod);
    ASSERT_EQ(sources.sources.size(), 1);
    EXPECT_EQ(sources.sources[0].source, "Website");
    EXPECT_EQ(sources.sources[0].leads, 0);
    EXPECT_DOUBLE_EQ(sources.sources[0].pipeline, 20000);
    EXPECT_FALSE(sources.sources[0].winRate);
}

TEST_F(ReportsTest, OwnerAndSourceFiltersNarrowTheFunnel)
{
    ReportFilter mine = march;
    mine.owner = "sdr-b"; // L3 and L4
    const FunnelReport b = service.funnel(mine);
    EXPECT_EQ(stepCount(b, "MQL"), 1);
    EXPECT_EQ(stepCount(b, "SAL"), 2);
    EXPECT_EQ(stepCount(b, "SQL"), 1);
    EXPECT_EQ(stepCount(b, "Converted"), 0);
    EXPECT_EQ(stepCount(b, "Won"), 0);
    EXPECT_DOUBLE_EQ(*b.steps[1].rate, 2.0);

    ReportFilter website = march;
    website.source = "website"; // compared case-insensitively: L1, L2, L6 (L7 in January)
    const FunnelReport w = service.funnel(website);
    EXPECT_EQ(stepCount(w, "MQL"), 2);
    EXPECT_EQ(stepCount(w, "Converted"), 2);
    EXPECT_EQ(stepCount(w, "Won"), 1);
    for (const FunnelStep& step : w.steps)
        expectListed(step.leads, step.count, step.stage);
}

TEST_F(ReportsTest, CompleteFillsThePeriodAndRefusesBadFilters)
{
    const ReportFilter filled = service.complete({}, QDate(2026, 3, 31));
    EXPECT_EQ(filled.to, QDate(2026, 3, 31));
    EXPECT_EQ(filled.from, QDate(2026, 1, 1)); // 90 days
    EXPECT_EQ(service.complete({{}, {}, "SDR-A", {}}, QDate(2026, 3, 31)).owner, "sdr-a");
    EXPECT_THROW(service.complete({{}, {}, "nobody", {}}, QDate(2026, 3, 31)), ReportError);
    EXPECT_THROW(service.complete({QDate(2026, 3, 2), QDate(2026, 3, 1), {}, {}}, {}), ReportError);
}

TEST_F(ReportsTest, InflowCountsNewStagesPerWeek)
{
    const InflowReport report = service.inflow(march);
    ASSERT_EQ(report.weeks.size(), 12);
    EXPECT_EQ(report.weeks.constLast().start, QDate(2026, 3, 30)); // the week of 03-31
    EXPECT_EQ(report.weeks.constLast().end, QDate(2026, 3, 31));   // up to the period's end
    EXPECT_EQ(report.weeks.constFirst().start, QDate(2026, 1, 12));
    QMap<QDate, QList<qint64>> expected = {
        {QDate(2026, 2, 9), {1, 0, 0}},  // L4 MQL 02-11
        {QDate(2026, 2, 23), {0, 1, 0}}, // L4 SAL on Sunday 03-01
        {QDate(2026, 3, 2), {3, 3, 0}},  // MQL L1 L2 L5; SAL L1 L2 L3
        {QDate(2026, 3, 9), {1, 0, 3}},  // MQL L4 again; SQL L1 L2 L3
    };
    for (const InflowWeek& week : report.weeks) {
        const QList<qint64> counts = expected.value(week.start, {0, 0, 0});
        ASSERT_EQ(week.cells.size(), 3);
        for (int i = 0; i < 3; ++i) {
            EXPECT_EQ(week.cells[i].count, counts[i]) << week.start.toString().toStdString();
            expectListed(week.cells[i].leads, week.cells[i].count, week.start.toString());
        }
    }
}

TEST_F(ReportsTest, SourcesFollowTheEurosToTheirSource)
{
    const SourcesReport report = service.sources(march);
    EXPECT_EQ(report.currency, "EUR");
    ASSERT_EQ(report.sources.size(), 3);
    const SourceLine& web = report.sources[0]; // the most won first
    EXPECT_EQ(web.source, "Website");
    EXPECT_EQ(web.leads, 3); // L1, L2, L6
    EXPECT_EQ(web.mql, 2);
    EXPECT_EQ(web.sql, 2);
    EXPECT_DOUBLE_EQ(web.pipeline, 20000); // L7's open deal
    EXPECT_DOUBLE_EQ(web.won, 10000);      // L1's
    EXPECT_DOUBLE_EQ(*web.winRate, 0.5);   // won L1, lost L2
    for (const SourceLine& line : report.sources) {
        if (line.source == "Webinar") {
            EXPECT_EQ(line.leads, 1); // L3 (L4 in February)
            EXPECT_EQ(line.mql, 1);   // L4
            EXPECT_EQ(line.sql, 1);   // L3
            EXPECT_FALSE(line.winRate);
        } else if (line.source.isEmpty()) {
            EXPECT_EQ(line.leads, 1); // L5
            EXPECT_EQ(line.mql, 1);
            EXPECT_EQ(line.sql, 0);
        }
        expectListed(line.leadsCreated, line.leads, "created " + line.source);
        expectListed(line.mqlLeads, line.mql, "mql " + line.source);
        expectListed(line.sqlLeads, line.sql, "sql " + line.source);
    }
    expectListed(web.pipelineLeads, 1, "pipeline");
    expectListed(web.wonLeads, 1, "won");
    EXPECT_EQ(listedNames(report.sources[1].source.isEmpty() ? report.sources[1].leadsCreated
                                                             : report.sources[2].leadsCreated),
              QStringList{"L5"});
}

TEST_F(ReportsTest, ScoreDistributionBandsTodaysLeadsByStage)
{
    const ScoreDistributionReport report = service.scoreDistribution(march);
    EXPECT_EQ(report.cells.size(), 7 * 10);
    QMap<QPair<Stage, int>, qint64> expected = {
        {{Stage::Converted, 7}, 1}, {{Stage::Converted, 5}, 1}, {{Stage::Converted, 9}, 1},
        {{Stage::SQL, 6}, 1},       {{Stage::MQL, 3}, 1},       {{Stage::Nurture, 2}, 1},
        {{Stage::New, 0}, 1}, // -5: the lowest band takes negative scores
    };
    for (const ScoreCell& cell : report.cells) {
        EXPECT_EQ(cell.leads, expected.value({cell.stage, cell.band}, 0));
        expectListed(cell.filter, cell.leads, stageName(cell.stage) + QString::number(cell.band));
    }
}

TEST_F(ReportsTest, VelocityTakesTheLatestEarlierMoveAndAgingCountsOpenLeads)
{
    const VelocityReport report = service.velocity(march, later);
    ASSERT_EQ(report.steps.size(), 4);
    // MQL -> SAL: L1 2 days, L2 2 days, L4 18 days (MQL 02-11); L3 never was MQL.
    EXPECT_EQ(report.steps[0].leads, 3);
    EXPECT_DOUBLE_EQ(*report.steps[0].medianDays, 2.0);
    EXPECT_NEAR(*report.steps[0].p80Days, 11.6, 1e-9);
    // SAL -> SQL: L3 3, L1 6, L2 7.
    EXPECT_EQ(report.steps[1].leads, 3);
    EXPECT_DOUBLE_EQ(*report.steps[1].medianDays, 6.0);
    EXPECT_NEAR(*report.steps[1].p80Days, 6.6, 1e-9);
    // SQL -> Converted: L1 5, L2 8.
    EXPECT_DOUBLE_EQ(*report.steps[2].medianDays, 6.5);
    EXPECT_NEAR(*report.steps[2].p80Days, 7.4, 1e-9);
    // Converted -> Won: L1 10 days; L2's deal was lost.
    EXPECT_EQ(report.steps[3].to, "Won");
    EXPECT_EQ(report.steps[3].leads, 1);
    EXPECT_DOUBLE_EQ(*report.steps[3].medianDays, 10.0);
    for (const VelocityStep& step : report.steps)
        expectListed(step.filter, step.leads, step.from + step.to);

    // At the end of March: L6 New for 0 days, L4 MQL and L3 SQL for 22 days.
    EXPECT_EQ(report.asOf, QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    QMap<QPair<Stage, int>, qint64> expected = {
        {{Stage::New, 0}, 1}, {{Stage::MQL, 2}, 1}, {{Stage::SQL, 2}, 1}};
    ASSERT_EQ(report.aging.size(), 4 * 5);
    for (const AgingCell& cell : report.aging) {
        EXPECT_EQ(cell.leads, expected.value({cell.stage, cell.band}, 0))
            << stageName(cell.stage).toStdString() << cell.band;
        expectListed(cell.filter, cell.leads, stageName(cell.stage) + QString::number(cell.band));
    }
}

TEST_F(ReportsTest, OwnersLeaderboardByCurrentOwner)
{
    const OwnersReport report = service.owners(march);
    ASSERT_EQ(report.owners.size(), 2); // L5 and L6 have no owner
    const OwnerLine& a = report.owners[0];
    EXPECT_EQ(a.owner, "sdr-a");
    EXPECT_EQ(a.accepted, 2);
    EXPECT_EQ(a.qualified, 2);
    EXPECT_EQ(a.converted, 2);
    EXPECT_EQ(a.disqualified, 0);
    EXPECT_DOUBLE_EQ(*a.medianResponseDays, 2.0);
    const OwnerLine& b = report.owners[1];
    EXPECT_EQ(b.owner, "sdr-b");
    EXPECT_EQ(b.accepted, 2); // L3, L4
    EXPECT_EQ(b.qualified, 1);
    EXPECT_EQ(b.converted, 0);
    EXPECT_EQ(b.disqualified, 1);
    EXPECT_DOUBLE_EQ(*b.medianResponseDays, 18.0); // only L4 was an MQL
    for (const OwnerLine& line : report.owners) {
        expectListed(line.acceptedLeads, line.accepted, line.owner);
        expectListed(line.qualifiedLeads, line.qualified, line.owner);
        expectListed(line.convertedLeads, line.converted, line.owner);
        expectListed(line.disqualifiedLeads, line.disqualified, line.owner);
        expectListed(line.responseFilter, line.responseLeads, line.owner);
    }
}

TEST_F(ReportsTest, ReasonsCountDisqualifyAndNurtureMoves)
{
    const ReasonsReport report = service.reasons(march);
    ASSERT_EQ(report.reasons.size(), 2);
    EXPECT_EQ(report.reasons[0].stage, Stage::Disqualified);
    EXPECT_EQ(report.reasons[0].reason, "No budget");
    EXPECT_EQ(report.reasons[0].leads, 1);
    EXPECT_DOUBLE_EQ(report.reasons[0].share, 1.0);
    EXPECT_EQ(report.reasons[1].stage, Stage::Nurture);
    EXPECT_EQ(report.reasons[1].reason, "Bad timing");
    EXPECT_EQ(listedNames(report.reasons[0].filter), QStringList{"L4"});
    EXPECT_EQ(listedNames(report.reasons[1].filter), QStringList{"L5"});
}

TEST_F(ReportsTest, CalibrationBandsTheScoreWhenLeadsBecameMql)
{
    const CalibrationReport report = service.calibration(march);
    ASSERT_EQ(report.bands.size(), 10);
    // L1 72 (SQL, won), L2 55 (SQL, lost), L4 38 (its first MQL move in March, with the score
    // the store recorded), L5 60 (scores 20 now: banded by its score then).
    QMap<int, QList<qint64>> expected = {
        {7, {1, 1, 1}}, {5, {1, 1, 0}}, {3, {1, 0, 0}}, {6, {1, 0, 0}}};
    for (int band = 0; band < 10; ++band) {
        const CalibrationBand& line = report.bands[band];
        const QList<qint64> counts = expected.value(band, {0, 0, 0});
        EXPECT_EQ(line.min, band * 10);
        EXPECT_EQ(line.leads, counts[0]) << band;
        EXPECT_EQ(line.reachedSql, counts[1]) << band;
        EXPECT_EQ(line.won, counts[2]) << band;
        expectListed(line.filter, line.leads, QString::number(band));
    }
    EXPECT_EQ(report.bands[9].max, 100);
    EXPECT_DOUBLE_EQ(*report.bands[7].sqlRate, 1.0);
    EXPECT_DOUBLE_EQ(*report.bands[5].wonRate, 0.0);
    // Positives 72, 55; negatives 38, 60: 3 of 4 pairs ranked right.
    EXPECT_DOUBLE_EQ(*report.auc, 0.75);
}

TEST(ReportStats, QuantilesAndAuc)
{
    EXPECT_FALSE(quantile({}, 0.5));
    EXPECT_DOUBLE_EQ(*quantile({4}, 0.8), 4);
    EXPECT_DOUBLE_EQ(*quantile({3, 1, 2, 4}, 0.5), 2.5);
    EXPECT_DOUBLE_EQ(*rocAuc({{10, 2, 1}, {20, 2, 1}}), 0.5); // no better than chance
    EXPECT_DOUBLE_EQ(*rocAuc({{10, 1, 0}, {20, 1, 1}}), 1.0); // ranks perfectly
    EXPECT_DOUBLE_EQ(*rocAuc({{10, 2, 1}}), 0.5);             // one tie
    EXPECT_FALSE(rocAuc({{10, 3, 0}, {20, 1, 0}}));           // nothing reached it
}

// A rescore's own move to MQL records the score that made it: a later rescore that changes the
// score leaves the calibration band where the lead was when it became MQL.
TEST(ReportsFromRescore, CalibrationKeepsTheScoreOfTheAutomaticMove)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    for (const char* title : {"over", "low"}) {
        Lead lead;
        lead.email = QStringLiteral("%1@example.fi").arg(QLatin1String(title));
        lead.title = QString::fromLatin1(title);
        workspace.leads().insert(lead, "tester");
    }
    auto model = [](int overPoints) {
        return QStringLiteral(R"({"format": "leadbench-scoring-model", "version": 1,
  "name": "Calibration test", "fit": {"max": 100, "rules": [
    {"id": "over", "field": "title", "op": "equals", "value": "over", "points": %1}]},
  "behavior": {"max": 0, "rules": []}, "thresholds": {"mql": 50}})")
            .arg(overPoints)
            .toUtf8();
    };
    const QDateTime first(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC);
    scoring::importModelAndRescore(workspace, model(55), "tester", first);
    // A later model scores the same lead 95: it is already MQL and stays in the 50-59 band.
    scoring::importModelAndRescore(workspace, model(95), "tester", first.addDays(7));
    const CalibrationReport report =
        ReportService(workspace).calibration({QDate(2026, 11, 1), QDate(2026, 11, 30), {}, {}});
    EXPECT_EQ(report.bands[5].leads, 1);
    EXPECT_EQ(report.bands[9].leads, 0);
    const ScoreDistributionReport today = ReportService(workspace).scoreDistribution({});
    for (const ScoreCell& cell : today.cells) {
        if (cell.stage == Stage::MQL && cell.band == 9) {
            EXPECT_EQ(cell.leads, 1); // its score now
        }
    }
}
