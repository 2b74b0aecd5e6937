// The partial files a killed backup or workspace creation leaves beside its target are removed
// by the next one for that target, and only those of processes that no longer run
// (tests/cli/test_cli_kill_points_files.cpp kills real runs).
#include "support/tempworkspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace lb;

namespace {

TEST(AbandonedPartials, TheNextBackupRemovesThoseOfEndedProcesses)
{
    test::TempWorkspace temp;
    QProcess ended;
    ended.start(QStringLiteral("true"), QStringList());
    ASSERT_TRUE(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    ended.waitForFinished();
    ASSERT_GT(deadPid, 0);

    const QString target = temp.file(QStringLiteral("copy.leadbench"));
    const QString dead = temp.file(QStringLiteral(".copy.leadbench.backup-%1-0").arg(deadPid));
    // A running process's partial (this test's parent) and another target's stay.
    const QString running =
        temp.file(QStringLiteral(".copy.leadbench.backup-%1-0").arg(qint64(::getppid())));
    const QString other = temp.file(QStringLiteral(".other.leadbench.backup-%1-0").arg(deadPid));
    const QString creating =
        temp.file(QStringLiteral(".copy.leadbench.creating-%1-3").arg(deadPid));
    for (const QString& path : {dead, dead + QStringLiteral("-journal"), running, other, creating})
        test::writeFile(path, "partial");

    temp.workspace().backupTo(target);
    EXPECT_TRUE(QFile::exists(target));
    EXPECT_FALSE(QFile::exists(dead));
    EXPECT_FALSE(QFile::exists(dead + QStringLiteral("-journal")));
    EXPECT_TRUE(QFile::exists(running));
    EXPECT_TRUE(QFile::exists(other));
    EXPECT_TRUE(QFile::exists(creating)) << "another purpose: the next init of it removes it";

    // The next creation of a workspace there removes the killed creation's files.
    QFile::remove(target);
    openWorkspace(target, Workspace::OpenMode::CreateIfMissing);
    EXPECT_FALSE(QFile::exists(creating));
    EXPECT_TRUE(QFile::exists(running));
}

} // namespace
