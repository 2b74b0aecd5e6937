// A CLI import killed midway (SIGKILL) leaves the workspace exactly as before
// (docs/spec/csv-import.md: the whole file is one transaction).
#include "store/workspace.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <gtest/gtest.h>
#include <signal.h>

using namespace lb;

TEST(CliImportKill, KilledImportChangesNothing)
{
    test::TempWorkspace temp;
    // Some leads already there, one of which the big file would update.
    const QString small = temp.file(QStringLiteral("small.csv"));
    test::writeFile(small, "email,last_name,company,title\nkeep@example.com,Keep,Keep Oy,CEO\n"
                           "other@example.com,Other,Other Oy,CFO\n");
    ASSERT_EQ(test::runCli({"--db", temp.path(), "import", "leads", small}).exitCode, 0);

    const QString big = temp.file(QStringLiteral("big.csv"));
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("email,first_name,last_name,company,title,employees,annual_revenue,country\n");
        file.write("keep@example.com,Changed,Changed,Changed Oy,Changed,1,1,FI\n");
        QByteArray chunk;
        for (int i = 0; i < 400000; ++i) {
            chunk += "bulk" + QByteArray::number(i) + "@example.com,First" + QByteArray::number(i) +
                     ",Last,Company " + QByteArray::number(i % 5000) +
                     " Oy,Sales Manager,120,\"1 500 000,50\",Finland\n";
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }

    QProcess process;
    process.start(test::cliPath(), {"--db", temp.path(), "import", "leads", big});
    ASSERT_TRUE(process.waitForStarted());
    // Midway: the import has written to the WAL but is still running.
    const QString wal = temp.path() + QStringLiteral("-wal");
    QElapsedTimer timer;
    timer.start();
    while (QFileInfo(wal).size() < 8 * 1024 * 1024 && process.state() == QProcess::Running &&
           timer.elapsed() < 60000)
        QThread::msleep(20);
    ASSERT_EQ(process.state(), QProcess::Running) << "the import ended before it could be killed";
    EXPECT_GE(QFileInfo(wal).size(), 8 * 1024 * 1024);
    ::kill(pid_t(process.processId()), SIGKILL);
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitStatus(), QProcess::CrashExit);

    auto workspace = openWorkspace(temp.path());
    EXPECT_TRUE(workspace->integrityProblems().isEmpty())
        << workspace->integrityProblems().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(workspace->leads().count(LeadFilter{}), 2);
    const auto keep = workspace->leads().findByEmail(QStringLiteral("keep@example.com"));
    ASSERT_TRUE(keep.has_value());
    EXPECT_EQ(keep->title, QStringLiteral("CEO"));
    LeadFilter search;
    search.search = QStringLiteral("Keep");
    EXPECT_EQ(workspace->leads().count(search), 1);
    workspace.reset();

    // And the workspace takes the same import afterwards.
    const test::CliResult again =
        test::runCli({"--db", temp.path(), "import", "leads", big}, {}, 300000);
    EXPECT_EQ(again.exitCode, 0) << again.errText().toStdString();
    EXPECT_EQ(again.outText(),
              QStringLiteral("imported 400000, updated 1, unchanged 0, rejected 0\n"));
}
