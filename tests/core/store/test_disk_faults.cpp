// What a failing disk is called: each defect the fault-injection sweep found, on its own. A read
// that fails is not a damaged file, a transaction SQLite rolled back itself leaves the error
// that made it, and a migration whose commit meets a full disk says so in the user's words.
#include "store/sqlite/sqliteworkspace.h"
#include "store/storeerror.h"
#include "support/faultscenarios.h"
#include "support/faultvfs.h"
#include "support/rowdump.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace lb;
using namespace lb::test;

namespace {

// A workspace of `leads` leads, closed, with everything in the file itself.
void makeWorkspace(TempWorkspace& temp, int leads)
{
    Workspace& workspace = temp.workspace();
    Transaction transaction(workspace);
    for (int i = 0; i < leads; ++i) {
        Lead lead;
        lead.email = QStringLiteral("lead%1@example.fi").arg(i);
        lead.lastName = QStringLiteral("Virtanen %1").arg(i);
        lead.company = QStringLiteral("Company %1 Oy").arg(i / 10);
        workspace.leads().insert(lead, QStringLiteral("test"));
    }
    transaction.commit();
    temp.close();
}

} // namespace

// Opening reads the file's header and application id first: a read that fails there was
// called "damaged or not a Leadbench workspace" (restore a backup!), or came with QtSql's
// "Error opening database" glued to SQLite's words.
TEST(DiskFaults, AReadThatFailsWhileOpeningIsADiskErrorNotDamage)
{
    FaultVfs& vfs = FaultVfs::install();
    TempWorkspace temp;
    makeWorkspace(temp, 20);
    int failed = 0;
    for (qint64 n = 1; n <= 12; ++n) {
        vfs.failNth(FaultVfs::Read, n);
        try {
            openWorkspace(temp.path());
        } catch (const StoreError& error) {
            ++failed;
            EXPECT_EQ(error.kind(), StoreError::Kind::Io) << n << ": " << error.what();
            EXPECT_TRUE(
                error.message().contains(QLatin1String("reading or writing the disk failed")))
                << n << ": " << error.what();
            EXPECT_FALSE(error.message().contains(QLatin1String("Error opening database")))
                << n << ": " << error.what();
        }
        vfs.disarm();
    }
    EXPECT_GT(failed, 2);
}

// PRAGMA integrity_check reports a page it could not read as a row ("Page 7: unable to get the
// page. error code=266"): those rows were listed as damage, and a migration refused the file
// as "damaged". A check that cannot read says nothing of the file: it throws the disk error.
TEST(DiskFaults, AnIntegrityCheckThatCannotReadThrowsInsteadOfReportingDamage)
{
    FaultVfs& vfs = FaultVfs::install();
    TempWorkspace temp;
    makeWorkspace(temp, 300);
    int thrown = 0;
    bool hit = true;
    for (qint64 n = 1; hit && n < 500; ++n) {
        std::unique_ptr<Workspace> workspace = openWorkspace(temp.path());
        vfs.failNth(FaultVfs::Read, n);
        try {
            const QStringList problems = workspace->integrityProblems();
            EXPECT_TRUE(problems.isEmpty() || vfs.injected() == 0)
                << "read " << n << " failed, and the file was called damaged: "
                << problems.join(QLatin1String("; ")).toStdString();
        } catch (const StoreError& error) {
            ++thrown;
            EXPECT_NE(error.kind(), StoreError::Kind::Corrupted) << n << ": " << error.what();
        }
        hit = vfs.injected() > 0;
        vfs.disarm();
    }
    EXPECT_GT(thrown, 0);
}

// After an I/O error in a transaction SQLite rolls the whole transaction back itself. The
// rollback that followed then failed ("cannot rollback - no transaction is active"), and in the
// catch blocks that call it (the import's, the bulk writer's) its error replaced the one that
// said what happened: an import under a failing disk reported "cannot rollback".
TEST(DiskFaults, RollingBackWhatSqliteRolledBackItselfIsNoError)
{
    FaultVfs& vfs = FaultVfs::install();
    TempWorkspace temp;
    makeWorkspace(temp, 300);
    for (int depth = 1; depth <= 2; ++depth) {
        auto& workspace = static_cast<SqliteWorkspace&>(temp.workspace()); // a cold cache
        for (int level = 0; level < depth; ++level)
            workspace.begin();
        workspace.settings().setValue(QStringLiteral("written"), QStringLiteral("in it"));
        vfs.failNth(FaultVfs::Read, 1);
        // Reads a page of leads not read since the open.
        EXPECT_THROW(workspace.leads().find(290), StoreError);
        EXPECT_EQ(vfs.injected(), 1);
        vfs.disarm();
        for (int level = 0; level < depth; ++level)
            EXPECT_NO_THROW(workspace.rollback()) << "depth " << depth << ", level " << level;
        EXPECT_FALSE(workspace.inTransaction());
        // And the workspace goes on: the next transaction begins and commits.
        Transaction next(workspace);
        workspace.settings().setValue(QStringLiteral("after"), QStringLiteral("written"));
        EXPECT_NO_THROW(next.commit());
        EXPECT_EQ(workspace.settings().value(QStringLiteral("written")), QString());
        EXPECT_EQ(workspace.settings().value(QStringLiteral("after")), QStringLiteral("written"));
        temp.close();
    }
}

// A caller that misses the error of a transaction SQLite rolled back (a failed read that looked
// like "no row": the allocation sweep of an import met one) went on writing, and every later
// statement committed on its own: half of an import was kept. Now no statement commits while a
// transaction of ours is open, and its commit says that nothing was saved.
TEST(DiskFaults, NothingCommitsOnItsOwnAfterSqliteEndedTheTransaction)
{
    FaultVfs& vfs = FaultVfs::install();
    TempWorkspace temp;
    makeWorkspace(temp, 300);
    auto& workspace = static_cast<SqliteWorkspace&>(temp.workspace()); // a cold cache
    QString message;
    try {
        Transaction transaction(workspace);
        workspace.settings().setValue(QStringLiteral("first"), QStringLiteral("half"));
        vfs.failNth(FaultVfs::Read, 1);
        try {
            workspace.leads().find(290);
        } catch (const StoreError&) {
            // missed, as a read whose failure looked like "no row" is
        }
        vfs.disarm();
        workspace.settings().setValue(QStringLiteral("second"), QStringLiteral("half"));
        transaction.commit();
    } catch (const StoreError& error) {
        message = error.message();
    }
    EXPECT_EQ(vfs.injected(), 1);
    EXPECT_TRUE(message.contains(QLatin1String("the changes were not saved")))
        << message.toStdString();
    EXPECT_FALSE(workspace.inTransaction());
    EXPECT_EQ(workspace.settings().value(QStringLiteral("first")), QString());
    EXPECT_EQ(workspace.settings().value(QStringLiteral("second")), QString())
        << "committed on its own after the transaction was gone";
}

// A migration's commit went through QSqlDatabase::commit(), which drops SQLite's result code:
// a full disk reached the user as "migration: database or disk is full".
TEST(DiskFaults, AMigrationThatMeetsAFullDiskSaysSoInWords)
{
    FaultVfs& vfs = FaultVfs::install();
    TempWorkspace temp;
    const QString before = temp.file(QStringLiteral("before.leadbench"));
    migrationScenario().prepare(before);
    const QString path = temp.file(QStringLiteral("upgrade.leadbench"));
    copyWorkspaceFiles(before, path);
    vfs.limitGrowth(qint64(1) << 50);
    openWorkspace(path);
    const qint64 growth = vfs.grown();
    vfs.disarm();
    int full = 0;
    for (int step = 0; step < 8; ++step) {
        copyWorkspaceFiles(before, path);
        vfs.limitGrowth(growth * step / 8);
        try {
            openWorkspace(path);
        } catch (const StoreError& error) {
            EXPECT_TRUE(error.message().contains(QLatin1String("the disk is full")))
                << step << ": " << error.what();
            EXPECT_FALSE(error.message().contains(QLatin1String("database or disk is full")))
                << step << ": " << error.what();
            ++full;
        }
        vfs.disarm();
    }
    EXPECT_GT(full, 0);
}
