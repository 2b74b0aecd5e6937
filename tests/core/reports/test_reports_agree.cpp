// Every number of every report, made on a generated workspace, against the leads it lists:
// the reports count in memory from the stores' passes (core/store/sqlite/reportfacts), the
// workbench lists a number's leads with SQL conditions (LeadFilter::slice), so each count is
// checked by a second, independent reading. Sources are spelt in mixed case, some leads have
// none, and the filters take an owner, a source in other letters and the empty source.
#include "demo/demogenerator.h"
#include "reports/allreports.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::reports;

namespace {

const QDateTime demoNow(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

struct Number
{
    QString what;
    qint64 count = 0;
    LeadFilter leads;
};

QList<Number> everyNumber(const AllReports& all)
{
    QList<Number> numbers;
    for (const FunnelStep& step : all.funnel.steps)
        numbers.append({QStringLiteral("funnel ") + step.stage, step.count, step.leads});
    for (const InflowWeek& week : all.inflow.weeks)
        for (const InflowCell& cell : week.cells)
            numbers.append({QStringLiteral("inflow %1 %2")
                                .arg(week.start.toString(Qt::ISODate), stageName(cell.stage)),
                            cell.count, cell.leads});
    for (const SourceLine& line : all.sources.sources) {
        const QString source = QStringLiteral("source '%1' ").arg(line.source);
        numbers.append({source + QStringLiteral("created"), line.leads, line.leadsCreated});
        numbers.append({source + QStringLiteral("MQL"), line.mql, line.mqlLeads});
        numbers.append({source + QStringLiteral("SQL"), line.sql, line.sqlLeads});
    }
    for (const ScoreCell& cell : all.scores.cells)
        numbers.append(
            {QStringLiteral("score %1 band %2").arg(stageName(cell.stage)).arg(cell.band),
             cell.leads, cell.filter});
    for (const VelocityStep& step : all.velocity.steps)
        numbers.append(
            {QStringLiteral("velocity %1 to %2").arg(step.from, step.to), step.leads, step.filter});
    for (const AgingCell& cell : all.velocity.aging)
        numbers.append(
            {QStringLiteral("aging %1 band %2").arg(stageName(cell.stage)).arg(cell.band),
             cell.leads, cell.filter});
    for (const OwnerLine& line : all.owners.owners) {
        const QString owner = QStringLiteral("owner '%1' ").arg(line.owner);
        numbers.append({owner + QStringLiteral("accepted"), line.accepted, line.acceptedLeads});
        numbers.append({owner + QStringLiteral("qualified"), line.qualified, line.qualifiedLeads});
        numbers.append({owner + QStringLiteral("converted"), line.converted, line.convertedLeads});
        numbers.append(
            {owner + QStringLiteral("disqualified"), line.disqualified, line.disqualifiedLeads});
        numbers.append(
            {owner + QStringLiteral("response"), line.responseLeads, line.responseFilter});
    }
    for (const ReasonLine& line : all.reasons.reasons)
        numbers.append({QStringLiteral("reason %1 '%2'").arg(stageName(line.stage), line.reason),
                        line.leads, line.filter});
    for (const CalibrationBand& band : all.calibration.bands)
        numbers.append({QStringLiteral("calibration %1-%2").arg(band.min).arg(band.max), band.leads,
                        band.filter});
    return numbers;
}

class ReportsAgree : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        temp = new test::TempWorkspace;
        DemoOptions options;
        options.leads = 4000;
        options.seed = 19;
        options.now = demoNow;
        DemoGenerator(options).generate(temp->workspace());
        temp->close();
        // Sources as people type them: some in other letters, some missing.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("agree"));
        db.setDatabaseName(temp->path());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(
            query.exec(QStringLiteral("UPDATE leads SET source = upper(source) WHERE id % 5 = 0")));
        ASSERT_TRUE(
            query.exec(QStringLiteral("UPDATE leads SET source = lower(source) WHERE id % 7 = 0")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE leads SET source = NULL WHERE id % 11 = 0")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE leads SET source = '' WHERE id % 13 = 0")));
        query = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("agree"));
    }
    static void TearDownTestSuite()
    {
        delete temp;
        temp = nullptr;
    }

    void expectAgreement(const ReportFilter& filter) { expectAgreement(temp->workspace(), filter); }
    void expectAgreement(Workspace& workspace, const ReportFilter& filter)
    {
        const AllReports all = makeAllReports(workspace, filter, demoNow);
        const QList<Number> numbers = everyNumber(all);
        qint64 nonZero = 0;
        for (const Number& number : numbers) {
            EXPECT_EQ(workspace.leads().count(number.leads), number.count)
                << qPrintable(number.what);
            nonZero += number.count > 0 ? 1 : 0;
        }
        // Numbers that are all zero would agree with anything.
        EXPECT_GT(nonZero, 10);
    }

    static test::TempWorkspace* temp;
};

test::TempWorkspace* ReportsAgree::temp = nullptr;

} // namespace

TEST_F(ReportsAgree, TheLast90Days)
{
    expectAgreement({demoNow.date().addDays(-89), demoNow.date(), {}, {}});
}

TEST_F(ReportsAgree, TheWholeHistory)
{
    expectAgreement({demoNow.date().addYears(-2), demoNow.date(), {}, {}});
}

TEST_F(ReportsAgree, OneOwner)
{
    const QStringList owners = temp->workspace().users().names();
    ASSERT_FALSE(owners.isEmpty());
    expectAgreement({demoNow.date().addDays(-179), demoNow.date(), owners.first(), {}});
}

TEST_F(ReportsAgree, ASourceInOtherLetters)
{
    // The first source of the sources report, asked for in upper case.
    const AllReports all = makeAllReports(
        temp->workspace(), {demoNow.date().addDays(-179), demoNow.date(), {}, {}}, demoNow);
    QString source;
    for (const SourceLine& line : all.sources.sources)
        if (!line.source.isEmpty() && line.mql > 0) {
            source = line.source;
            break;
        }
    ASSERT_FALSE(source.isEmpty());
    expectAgreement({demoNow.date().addDays(-179), demoNow.date(), {}, source.toUpper()});
}

// Lead ids far apart (a file made by hand or by another tool): the reports hold their facts by
// a compact slot, not an array as long as the largest id, and still agree with the listings.
TEST_F(ReportsAgree, LeadIdsFarApart)
{
    temp->close();
    test::TempWorkspace copy; // (its file is made by the copy)
    ASSERT_TRUE(QFile::copy(temp->path(), copy.path()));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("far"));
        db.setDatabaseName(copy.path());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        // Twenty leads with a move to MQL again, as leads of ids beyond 2^42.
        for (const char* sql :
             {"CREATE TEMP TABLE picked AS SELECT DISTINCT lead_id AS id FROM stage_history "
              "WHERE to_stage = 'MQL' ORDER BY lead_id LIMIT 20",
              "CREATE TEMP TABLE l AS SELECT * FROM leads WHERE id IN (SELECT id FROM picked)",
              "UPDATE l SET id = id + 5000000000000, email = 'far.' || email",
              "INSERT INTO leads SELECT * FROM l",
              "CREATE TEMP TABLE s AS SELECT * FROM lead_scores WHERE lead_id IN (SELECT id "
              "FROM picked)",
              "UPDATE s SET lead_id = lead_id + 5000000000000",
              "INSERT INTO lead_scores SELECT * FROM s",
              "CREATE TEMP TABLE h AS SELECT * FROM stage_history WHERE lead_id IN (SELECT id "
              "FROM picked)",
              "UPDATE h SET id = NULL, lead_id = lead_id + 5000000000000",
              "INSERT INTO stage_history SELECT * FROM h"})
            ASSERT_TRUE(query.exec(QString::fromLatin1(sql)))
                << sql << ": " << query.lastError().text().toStdString();
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("far"));
    auto workspace = openWorkspace(copy.path());
    expectAgreement(*workspace, {demoNow.date().addYears(-2), demoNow.date(), {}, {}});
    // The twenty are counted: the funnel's MQLs grew by them.
    const AllReports before = makeAllReports(
        temp->workspace(), {demoNow.date().addYears(-2), demoNow.date(), {}, {}}, demoNow);
    const AllReports after =
        makeAllReports(*workspace, {demoNow.date().addYears(-2), demoNow.date(), {}, {}}, demoNow);
    EXPECT_EQ(after.funnel.steps.first().count, before.funnel.steps.first().count + 20);
}
