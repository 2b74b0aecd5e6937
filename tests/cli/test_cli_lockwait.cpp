// A command that finds another program writing to the workspace waits its turn: as long as
// --wait says, telling a terminal what it waits for, then exit 3 with "locked".
#include "store/workspace.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace lb;

namespace {

QByteArray oneLeadCsv()
{
    return "email,last_name,company\nwaiter@example.com,Waiter,Waiter Oy\n";
}

} // namespace

TEST(CliLockWait, GivesUpAfterWaitSecondsWithExit3)
{
    test::TempWorkspace temp;
    const QString csv = temp.file(QStringLiteral("one.csv"));
    test::writeFile(csv, oneLeadCsv());
    Workspace& other = temp.workspace();
    other.begin(); // another program's long write
    QElapsedTimer timer;
    timer.start();
    const test::CliResult result =
        test::runCli({"--db", temp.path(), "--wait", "0.5", "import", "leads", csv});
    const qint64 elapsed = timer.elapsed();
    other.rollback();
    EXPECT_EQ(result.exitCode, 3) << result.errText().toStdString();
    EXPECT_TRUE(result.errText().contains(QStringLiteral("locked by another program")))
        << result.errText().toStdString();
    EXPECT_GE(elapsed, 500);
    EXPECT_LT(elapsed, 4000);
    EXPECT_EQ(other.leads().count(LeadFilter{}), 0) << "nothing half-done";
}

TEST(CliLockWait, ABadWaitIsAUsageError)
{
    test::TempWorkspace temp;
    for (const char* value : {"soon", "-1", "1e9"}) {
        const test::CliResult result =
            test::runCli({"--db", temp.path(), "--wait", value, "check"});
        EXPECT_EQ(result.exitCode, 1) << value;
        EXPECT_TRUE(result.errText().contains(QStringLiteral("--wait"))) << value;
    }
}

TEST(CliLockWait, OnATerminalItSaysWhatItWaitsForAndGoesOn)
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        GTEST_SKIP() << "needs script(1) for a terminal";
    test::TempWorkspace temp;
    const QString csv = temp.file(QStringLiteral("one.csv"));
    test::writeFile(csv, oneLeadCsv());
    Workspace& other = temp.workspace();
    other.begin();
    // script(1) gives the command a terminal, as a user typing it has.
    const QString command =
        QStringLiteral("'%1' --db '%2' import leads '%3'").arg(test::cliPath(), temp.path(), csv);
    QProcess process;
    process.start(script, {"-qec", command, "/dev/null"});
    ASSERT_TRUE(process.waitForStarted());
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (!seen.contains("waiting for another program") && timer.elapsed() < 10000) {
        process.waitForReadyRead(200);
        seen += process.readAll();
    }
    other.rollback(); // the other program is done: the import goes on
    ASSERT_TRUE(process.waitForFinished(30000));
    seen += process.readAll();
    EXPECT_TRUE(seen.contains("waiting for another program to finish writing to"))
        << seen.toStdString();
    EXPECT_EQ(process.exitCode(), 0) << seen.toStdString();
    EXPECT_EQ(other.leads().count(LeadFilter{}), 1);
}
