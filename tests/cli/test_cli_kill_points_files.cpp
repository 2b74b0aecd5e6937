// Crash safety of the commands that make a new file (issue 18): `backup` and `init` killed at
// random points leave their target either absent or complete and sound, the workspace backed up
// as it was, and nothing that blocks or clutters the next run: the next run of the same command
// works and leaves no partial file of a killed one beside its target. See support/killpoints.h.
#include "support/cliprocess.h"
#include "support/killpoints.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace lb;

namespace {

class CliKillPointsFiles : public ::testing::Test
{
protected:
    test::KillPoints m_points{
        QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name())};
    QTemporaryDir m_dir;
};

// The hidden partial files beside `target` (".NAME.PURPOSE-PID-N" and their journals).
std::string partialsBeside(const QString& folder, const QString& target)
{
    QStringList partials;
    for (const QString& name : test::filesIn(folder)) {
        if (name.startsWith(QLatin1Char('.') + target + QLatin1Char('.')))
            partials << name;
    }
    return partials.join(QLatin1Char(' ')).toStdString();
}

TEST_F(CliKillPointsFiles, Backup)
{
    const QString source = m_dir.filePath(QStringLiteral("source.leadbench"));
    const test::CliResult demo =
        test::runCli({"--db", source, "demo", "--leads", "10000", "--seed", "18"}, {}, 240000);
    ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    const test::WorkspaceDump original = m_points.dump(source);
    ASSERT_TRUE(original.problems.isEmpty()) << original.problems.join('\n').toStdString();

    QString error;
    const QString measured = m_dir.filePath(QStringLiteral("measured.leadbench"));
    const qint64 duration = test::KillPoints::timeRun({"--db", source, "backup", measured}, &error);
    ASSERT_GE(duration, 0) << error.toStdString();
    ASSERT_EQ(m_points.dump(measured), original);
    std::cout << "[kill points] backup: " << duration / 1000 << " ms uninterrupted" << std::endl;

    test::DumpOptions quick = m_points.dumpOptions();
    quick.integrityCheck = false;
    int complete = 0;
    const int kills = m_points.count(14);
    for (int point = 0; point < kills && !HasFailure(); ++point) {
        const qint64 delay = m_points.nextDelay(duration);
        const std::string at = m_points.where(point, delay).toStdString();
        QTemporaryDir folder;
        const QString workspace = folder.filePath(QStringLiteral("ws.leadbench"));
        const QString target = folder.filePath(QStringLiteral("copy.leadbench"));
        ASSERT_TRUE(test::copyWorkspace(source, workspace));
        QString killError;
        m_points.killed(
            test::KillPoints::runAndKill({"--db", workspace, "backup", target}, delay, &killError));
        EXPECT_TRUE(killError.isEmpty()) << at << ": " << killError.toStdString();

        // The workspace is as it was; the target is absent or a complete, sound copy.
        EXPECT_EQ(test::dumpWorkspace(workspace, quick), original) << at;
        const bool made = QFile::exists(target);
        if (made) {
            ++complete;
            const test::WorkspaceDump copy = m_points.dump(target);
            EXPECT_EQ(copy, original)
                << at << ": the backup differs: " << copy.differenceFrom(original).toStdString();
            EXPECT_TRUE(copy.problems.isEmpty())
                << at << ": " << copy.problems.join("; ").toStdString();
            QFile::remove(target);
        }
        m_points.landed(!made);
        // The next backup to the same name works and clears what the killed one left.
        const test::CliResult again = test::runCli({"--db", workspace, "backup", target});
        EXPECT_EQ(again.exitCode, 0) << at << ": " << again.errText().toStdString();
        EXPECT_TRUE(QFile::exists(target)) << at;
        EXPECT_EQ(partialsBeside(folder.path(), QStringLiteral("copy.leadbench")), "")
            << at << ": a killed backup's partial file is left";
        const test::CliResult check = test::runCli({"--db", workspace, "check"});
        EXPECT_EQ(check.exitCode, 0) << at << ": " << check.errText().toStdString();
    }
    std::cout << "[kill points] backup: " << complete << " killed backups were complete"
              << std::endl;
    m_points.printSummary();
}

TEST_F(CliKillPointsFiles, Init)
{
    const QString measured = m_dir.filePath(QStringLiteral("measured.leadbench"));
    QString error;
    const qint64 duration = test::KillPoints::timeRun({"--db", measured, "init"}, &error);
    ASSERT_GE(duration, 0) << error.toStdString();
    const test::WorkspaceDump fresh = m_points.dump(measured);
    ASSERT_TRUE(fresh.problems.isEmpty()) << fresh.problems.join('\n').toStdString();
    std::cout << "[kill points] init: " << duration / 1000 << " ms uninterrupted" << std::endl;

    const int kills = m_points.count(16);
    for (int point = 0; point < kills && !HasFailure(); ++point) {
        const qint64 delay = m_points.nextDelay(duration);
        const std::string at = m_points.where(point, delay).toStdString();
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("new.leadbench"));
        QString killError;
        m_points.killed(test::KillPoints::runAndKill({"--db", target, "init"}, delay, &killError));
        EXPECT_TRUE(killError.isEmpty()) << at << ": " << killError.toStdString();

        // Absent, or a complete new workspace.
        const bool exists = QFile::exists(target);
        m_points.landed(!exists);
        if (exists) {
            const test::WorkspaceDump made = m_points.dump(target);
            EXPECT_EQ(made, fresh) << at << ": " << made.differenceFrom(fresh).toStdString();
            EXPECT_TRUE(made.problems.isEmpty())
                << at << ": " << made.problems.join("; ").toStdString();
        }
        // The next `init` works, and a write after it.
        const test::CliResult again = test::runCli({"--db", target, "init"});
        EXPECT_EQ(again.exitCode, 0) << at << ": " << again.errText().toStdString();
        EXPECT_EQ(m_points.dump(target), fresh) << at;
        EXPECT_EQ(partialsBeside(folder.path(), QStringLiteral("new.leadbench")), "")
            << at << ": a killed init's partial file is left";
        const QString csv = folder.filePath(QStringLiteral("one.csv"));
        test::writeFile(csv, "email,last_name\nafter@kill.example,After\n");
        const test::CliResult import = test::runCli({"--db", target, "import", "leads", csv});
        EXPECT_EQ(import.exitCode, 0) << at << ": " << import.errText().toStdString();
    }
    m_points.printSummary();
}

} // namespace
