// Issue 18: the files leadbench-cli makes (workspaces, backups, exports, rejected rows) are
// complete or absent, even when the command fails or is killed, and private to their owner.
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace lb::test;

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QFileDevice::Permissions permissionsOf(const QString& path)
{
    // Qt adds the "user" flags of the process's view to the owner's: compare the owner's,
    // group's and others' bits only.
    return QFile::permissions(path) &
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

// Starts leadbench-cli and kills it (SIGKILL) after `afterMs` milliseconds.
void killedAfter(const QStringList& arguments, int afterMs)
{
    QProcess process;
    process.start(cliPath(), arguments);
    ASSERT_TRUE(process.waitForStarted());
    if (afterMs > 0)
        QThread::msleep(afterMs);
    process.kill();
    process.waitForFinished();
}

class WorkspaceFiles : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("ws.leadbench"));
    QTemporaryDir out; // where backups and exports go
    CliResult cli(QStringList arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + arguments);
    }
    QStringList filesIn(const QString& folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
};

} // namespace

TEST_F(WorkspaceFiles, NewFilesAreForTheirOwnerOnly)
{
    const CliResult demo =
        cli({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("50")});
    ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    EXPECT_EQ(permissionsOf(db), ownerOnly);

    const QString backup = out.filePath(QStringLiteral("backup.leadbench"));
    ASSERT_EQ(cli({QStringLiteral("backup"), backup}).exitCode, 0);
    EXPECT_EQ(permissionsOf(backup), ownerOnly);

    const QString exported = out.filePath(QStringLiteral("leads.csv"));
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("leads"), exported}).exitCode, 0);
    EXPECT_EQ(permissionsOf(exported), ownerOnly);

    const QString input = out.filePath(QStringLiteral("input.csv"));
    writeFile(input, "email,first_name,last_name,company,employees\n"
                     "ok@example.fi,Aino,Aalto,Oy Ab,10\n"
                     "bad@example.fi,Eino,Eskola,Oy Ab,many\n");
    const CliResult import = cli({QStringLiteral("import"), QStringLiteral("leads"), input});
    const QString rejected = input + QStringLiteral(".rejected.csv");
    ASSERT_TRUE(QFileInfo::exists(rejected)) << import.errText().toStdString();
    EXPECT_EQ(permissionsOf(rejected), ownerOnly);
}

// A file that exists keeps the permissions its owner gave it.
TEST_F(WorkspaceFiles, AnExistingExportKeepsItsPermissions)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).exitCode, 0);
    const QString exported = out.filePath(QStringLiteral("leads.csv"));
    writeFile(exported, "old\n");
    const QFileDevice::Permissions shared = ownerOnly | QFileDevice::ReadGroup;
    ASSERT_TRUE(QFile::setPermissions(exported, shared));
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("leads"), exported}).exitCode, 0);
    EXPECT_EQ(permissionsOf(exported), shared);
}

// Killed at any moment, a backup leaves either nothing or a whole workspace at the target,
// and the next backup to that name works.
TEST_F(WorkspaceFiles, AKilledBackupLeavesNoPartialFileAtTheTarget)
{
    ASSERT_EQ(
        cli({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("20000")}).exitCode,
        0);
    for (const int afterMs : {0, 10, 30, 60, 120, 250}) {
        const QString backup = out.filePath(QStringLiteral("backup-%1.leadbench").arg(afterMs));
        killedAfter({QStringLiteral("--db"), db, QStringLiteral("backup"), backup}, afterMs);
        for (const char* suffix : {"-journal", "-wal", "-shm"})
            EXPECT_FALSE(QFileInfo::exists(backup + QLatin1String(suffix))) << afterMs << suffix;
        if (QFileInfo::exists(backup)) {
            const CliResult check =
                runCli({QStringLiteral("--db"), backup, QStringLiteral("check")});
            EXPECT_EQ(check.exitCode, 0) << afterMs << " ms: " << check.errText().toStdString();
        } else {
            const CliResult again = cli({QStringLiteral("backup"), backup});
            EXPECT_EQ(again.exitCode, 0) << afterMs << " ms: " << again.errText().toStdString();
        }
    }
}

// init killed in its first milliseconds left a file that every later command refused.
TEST_F(WorkspaceFiles, AKilledInitLeavesNothingThatBlocks)
{
    for (const int afterMs : {0, 1, 3, 6, 10, 20, 40}) {
        const QString path = dir.filePath(QStringLiteral("init-%1.leadbench").arg(afterMs));
        killedAfter({QStringLiteral("--db"), path, QStringLiteral("init")}, afterMs);
        const CliResult init = runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
        EXPECT_EQ(init.exitCode, 0) << afterMs << " ms: " << init.errText().toStdString();
        const CliResult check = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
        EXPECT_EQ(check.exitCode, 0) << afterMs << " ms: " << check.errText().toStdString();
    }
}

TEST_F(WorkspaceFiles, AFailedInitLeavesNoFile)
{
    const QString path = dir.filePath(QStringLiteral("missing/deeper/ws.leadbench"));
    // A file where the folder should be: the folder cannot be made.
    writeFile(dir.filePath(QStringLiteral("missing")), "not a folder");
    const CliResult init = runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
    EXPECT_EQ(init.exitCode, 3) << init.errText().toStdString();
    EXPECT_FALSE(init.errText().contains(QStringLiteral("PRAGMA"))) << init.errText().toStdString();
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("missing")});
}

// "damaged or not a Leadbench workspace: attempt to write a readonly database" said nothing
// of the folder. (Root may write anywhere: the test needs an ordinary user.)
TEST_F(WorkspaceFiles, AReadOnlyFolderIsNamedAsSuch)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root may write in a read-only folder";
    ASSERT_EQ(cli({QStringLiteral("init")}).exitCode, 0);
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const CliResult result = cli({QStringLiteral("leads")});
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.errText().contains(QStringLiteral("folder")))
        << result.errText().toStdString();
    EXPECT_FALSE(result.errText().contains(QStringLiteral("damaged")))
        << result.errText().toStdString();
}
