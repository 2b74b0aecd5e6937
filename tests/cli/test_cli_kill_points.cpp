// Crash safety of the commands that write a workspace (issue 18): SIGKILL at random points of
// an import, a rescore, a model import (which saves the model and rescores with it) and a
// conversion leaves the workspace exactly as before or as after the command, sound, with
// history and scores agreeing, and the next command works (docs/spec/cli.md: "Nothing is half-done
// after a non-zero exit: each command is one transaction"). See support/killpoints.h.
#include "support/cliprocess.h"
#include "support/killpoints.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace lb;

namespace {

// Large enough that each command runs for a few hundred milliseconds, small enough that
// about a dozen kills with their checks take some 20 seconds an operation on two cores.
constexpr int demoLeads = 12000;

const QStringList nextWrite = {QStringLiteral("qualify"),     QStringLiteral("1"),
                               QStringLiteral("--framework"), QStringLiteral("BANT"),
                               QStringLiteral("--criterion"), QStringLiteral("budget"),
                               QStringLiteral("--status"),    QStringLiteral("partial"),
                               QStringLiteral("--note"),      QStringLiteral("after the kill")};

class CliKillPoints : public ::testing::Test
{
protected:
    // A demo workspace of `leads` leads at `baseline()`.
    void makeDemo(int leads)
    {
        const test::CliResult demo =
            test::runCli({"--db", baseline(), "--user", "kill-test", "demo", "--leads",
                          QString::number(leads), "--seed", "18"},
                         {}, 240000);
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
        // Scores that do not change with the moment they are made (imports and model imports
        // score as of now): without decay and window, a killed run scores as the run that
        // made the state after it did, seconds earlier.
        const QString model = file(QStringLiteral("timeless.json"));
        ASSERT_EQ(test::runCli({"--db", baseline(), "model", "export", model}).exitCode, 0);
        QByteArray json = test::readFile(model);
        ASSERT_TRUE(json.contains("\"half_life_days\": 30") &&
                    json.contains("\"window_days\": 180"));
        json.replace("\"half_life_days\": 30", "\"half_life_days\": 0");
        json.replace("\"window_days\": 180", "\"window_days\": 0");
        test::writeFile(model, json);
        const test::CliResult imported = test::runCli(
            {"--db", baseline(), "--user", "kill-test", "model", "import", model}, {}, 240000);
        ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    }
    QString baseline() const { return m_dir.filePath(QStringLiteral("baseline.leadbench")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    // One column of the baseline's rows, read through a plain connection.
    QStringList column(const QByteArray& sql) const
    {
        QStringList values;
        sqlite3* db = nullptr;
        sqlite3_open_v2(QFile::encodeName(baseline()).constData(), &db, SQLITE_OPEN_READONLY,
                        nullptr);
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW)
                values << QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return values;
    }

    test::KillPoints m_points{
        QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name())};
    QTemporaryDir m_dir;
};

TEST_F(CliKillPoints, ImportOfNewAndChangedLeads)
{
    makeDemo(demoLeads);
    ASSERT_FALSE(HasFatalFailure());
    // A third of the file changes existing leads, the rest are new.
    QByteArray csv = "email,first_name,last_name,company,title,employees,country,source\n";
    const QStringList emails = column("SELECT email FROM leads ORDER BY id LIMIT 4000");
    for (const QString& email : emails)
        csv += email.toUtf8() + ",Changed,Person,Changed Oy,Chief Executive Officer,250,FI,fair\n";
    for (int i = 0; i < 8000; ++i)
        csv += "new" + QByteArray::number(i) + "@kill.example,New" + QByteArray::number(i) +
               ",Lead,Company " + QByteArray::number(i % 700) + " Oy,Sales Manager,120,SE,web\n";
    const QString input = file(QStringLiteral("leads.csv"));
    test::writeFile(input, csv);
    test::killWorkspaceOperation(m_points,
                                 {QStringLiteral("import leads"),
                                  baseline(),
                                  {input},
                                  [](const QString& folder) {
                                      return QStringList{"import", "leads", folder + "/leads.csv"};
                                  },
                                  nextWrite,
                                  14});
    m_points.printSummary();
}

// Into a nearly empty workspace a big file takes the bulk path: indexes dropped and built
// again, the search index built aside.
TEST_F(CliKillPoints, BulkImportIntoANearlyEmptyWorkspace)
{
    makeDemo(50);
    ASSERT_FALSE(HasFatalFailure());
    QByteArray csv = "email,first_name,last_name,company,title,employees,annual_revenue,country\n";
    for (int i = 0; i < 60000; ++i)
        csv += "bulk" + QByteArray::number(i) + "@kill.example,First" + QByteArray::number(i) +
               ",Last,Company " + QByteArray::number(i % 5000) +
               " Oy,Sales Manager,120,\"1 500 000,50\",Finland\n";
    const QString input = file(QStringLiteral("bulk.csv"));
    test::writeFile(input, csv);
    test::killWorkspaceOperation(m_points,
                                 {QStringLiteral("bulk import"),
                                  baseline(),
                                  {input},
                                  [](const QString& folder) {
                                      return QStringList{"import", "leads", folder + "/bulk.csv"};
                                  },
                                  nextWrite,
                                  14});
    m_points.printSummary();
}

TEST_F(CliKillPoints, ImportOfEvents)
{
    makeDemo(demoLeads);
    ASSERT_FALSE(HasFatalFailure());
    QByteArray csv = "email,event,timestamp,detail\n";
    const QStringList emails = column("SELECT email FROM leads ORDER BY id LIMIT 8000");
    const char* types[] = {"page_visit", "content_download", "trial_signup", "email_open"};
    for (int i = 0; i < emails.size(); ++i)
        for (int k = 0; k < 4; ++k)
            csv += emails.at(i).toUtf8() + ',' + types[(i + k) % 4] + ",2026-11-" +
                   QByteArray::number(10 + k) + "T09:00:0" + QByteArray::number(k) + "Z,/kill/" +
                   QByteArray::number(i % 50) + '\n';
    // And some for no lead: the import writes them to events.csv.rejected.csv.
    for (int i = 0; i < 50; ++i)
        csv +=
            "nobody" + QByteArray::number(i) + "@kill.example,page_visit,2026-11-10T09:00:00Z,/\n";
    const QString input = file(QStringLiteral("events.csv"));
    test::writeFile(input, csv);
    test::killWorkspaceOperation(
        m_points, {QStringLiteral("import events"),
                   baseline(),
                   {input},
                   [](const QString& folder) {
                       return QStringList{"import", "events", folder + "/events.csv"};
                   },
                   nextWrite,
                   12});
    m_points.printSummary();
}

TEST_F(CliKillPoints, Rescore)
{
    makeDemo(demoLeads);
    ASSERT_FALSE(HasFatalFailure());
    // As of an earlier day the later events do not count: scores change.
    test::killWorkspaceOperation(m_points,
                                 {QStringLiteral("score"),
                                  baseline(),
                                  {},
                                  [](const QString&) {
                                      return QStringList{"score", "--as-of", "2026-09-01"};
                                  },
                                  nextWrite,
                                  14});
    m_points.printSummary();
}

TEST_F(CliKillPoints, ModelImportSavesAndRescores)
{
    makeDemo(demoLeads);
    ASSERT_FALSE(HasFatalFailure());
    const test::CliResult exported =
        test::runCli({"--db", baseline(), "model", "export", file(QStringLiteral("model.json"))});
    ASSERT_EQ(exported.exitCode, 0) << exported.errText().toStdString();
    QByteArray model = test::readFile(file(QStringLiteral("model.json")));
    // A lower threshold and another name: a new stored model, new scores, moves to MQL.
    ASSERT_TRUE(model.contains("\"mql\": 50"));
    model.replace("\"mql\": 50", "\"mql\": 35");
    model.replace("\"name\": \"Nordic B2B\"", "\"name\": \"Nordic B2B, lower bar\"");
    const QString input = file(QStringLiteral("lower.json"));
    test::writeFile(input, model);
    test::killWorkspaceOperation(m_points,
                                 {QStringLiteral("model import"),
                                  baseline(),
                                  {input},
                                  [](const QString& folder) {
                                      return QStringList{"model", "import", folder + "/lower.json"};
                                  },
                                  nextWrite,
                                  14});
    m_points.printSummary();
}

TEST_F(CliKillPoints, Conversion)
{
    makeDemo(demoLeads);
    ASSERT_FALSE(HasFatalFailure());
    const QStringList qualified =
        column("SELECT lead_id FROM lead_scores WHERE stage = 'SQL' ORDER BY lead_id LIMIT 1");
    ASSERT_EQ(qualified.size(), 1);
    const QString lead = qualified.constFirst();
    test::killWorkspaceOperation(
        m_points, {QStringLiteral("convert"),
                   baseline(),
                   {},
                   [lead](const QString&) {
                       return QStringList{"convert",       lead,           "--new-account",
                                          "--opportunity", "Kill deal",    "--amount",
                                          "1000",          "--close-date", "2027-06-30"};
                   },
                   nextWrite,
                   12});
    m_points.printSummary();
}

} // namespace
