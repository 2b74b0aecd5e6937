// A team workspace on a real PostgreSQL server (a throwaway cluster on loopback): making one in
// an empty or missing database, refusing databases that are not one, the schema version,
// transactions and savepoints, the team-wide write lock, and the change counter teammates poll.
#include "store/lockwait.h"
#include "store/postgres/pgschema.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "support/pgcluster.h"

#include <QUuid>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace lb;
using lb::test::TempPgDatabase;

namespace {

StoreError::Kind openError(const QString& url, Workspace::OpenMode mode)
{
    try {
        openWorkspace(url, mode);
    } catch (const StoreError& error) {
        return error.kind();
    }
    ADD_FAILURE() << "opened " << url.toStdString() << " without complaint";
    return StoreError::Kind::Io;
}

// Restores the process-wide lock wait policy a test shortened.
class LockWaitRestorer
{
public:
    LockWaitRestorer() : m_saved(lockWaitPolicy()) {}
    ~LockWaitRestorer() { setLockWaitPolicy(m_saved); }

private:
    LockWaitPolicy m_saved;
};

} // namespace

TEST(PgWorkspace, InitMakesTheSchemaInAnEmptyDatabase)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto workspace = openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
    EXPECT_EQ(workspace->schemaVersion(), pgschema::currentVersion());
    EXPECT_EQ(workspace->location(), database.url());
    EXPECT_TRUE(workspace->integrityProblems().isEmpty());
    workspace.reset();
    // A second open finds the workspace and makes nothing again.
    auto again = openWorkspace(database.url(), Workspace::OpenMode::Existing);
    EXPECT_EQ(again->schemaVersion(), pgschema::currentVersion());
}

TEST(PgWorkspace, AnEmptyDatabaseIsNoWorkspaceUntilInit)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    EXPECT_EQ(openError(database.url(), Workspace::OpenMode::Existing), StoreError::Kind::Missing);
    // The refusal wrote nothing: init still finds an empty database.
    EXPECT_NO_THROW(openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing));
}

TEST(PgWorkspace, InitCreatesAMissingDatabase)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    const QString server = lb::test::pgServerUrl();
    const QString name =
        QStringLiteral("lbtest_new_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString url = server.left(server.lastIndexOf(QLatin1Char('/')) + 1) + name;
    EXPECT_EQ(openError(url, Workspace::OpenMode::Existing), StoreError::Kind::Missing);
    {
        auto workspace = openWorkspace(url, Workspace::OpenMode::CreateIfMissing);
        EXPECT_EQ(workspace->schemaVersion(), pgschema::currentVersion());
    }
    EXPECT_EQ(lb::test::pgExec(server, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name)),
              QString());
}

TEST(PgWorkspace, ADatabaseOfAnotherProgramIsRefusedUntouched)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    ASSERT_EQ(lb::test::pgExec(database.url(),
                               QStringLiteral("CREATE TABLE invoices(id int primary key)")),
              QString());
    for (const auto mode : {Workspace::OpenMode::Existing, Workspace::OpenMode::CreateIfMissing})
        EXPECT_EQ(openError(database.url(), mode), StoreError::Kind::NotAWorkspace);
    // Nothing of ours was made next to it.
    EXPECT_NE(lb::test::pgExec(database.url(), QStringLiteral("SELECT 1 FROM leads")), QString());
}

TEST(PgWorkspace, ANewerWorkspaceIsRefused)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
    ASSERT_EQ(lb::test::pgExec(database.url(),
                               QStringLiteral("UPDATE leadbench_workspace SET schema_version = %1")
                                   .arg(pgschema::currentVersion() + 1)),
              QString());
    EXPECT_EQ(openError(database.url(), Workspace::OpenMode::Existing),
              StoreError::Kind::NewerVersion);
}

TEST(PgWorkspace, AnUnreachableServerIsAWorkspaceProblemNamingIt)
{
    // Port 1 on loopback: nothing listens there.
    const QString url = QStringLiteral("postgresql://leadbench@127.0.0.1:1/leadbench");
    try {
        openWorkspace(url, Workspace::OpenMode::Existing);
        ADD_FAILURE() << "connected to port 1";
    } catch (const StoreError& error) {
        EXPECT_TRUE(error.isWorkspaceProblem());
        EXPECT_TRUE(error.message().contains(url)) << error.message().toStdString();
    }
}

TEST(PgWorkspace, SavepointsUndoOnlyTheirOwnPart)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto workspace = openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
    {
        Transaction outer(*workspace);
        workspace->settings().setValue(QStringLiteral("kept"), QStringLiteral("1"));
        {
            Transaction inner(*workspace);
            workspace->settings().setValue(QStringLiteral("undone"), QStringLiteral("1"));
        } // rolled back to its savepoint
        outer.commit();
    }
    {
        Transaction abandoned(*workspace);
        workspace->settings().setValue(QStringLiteral("abandoned"), QStringLiteral("1"));
    }
    auto reader = openWorkspace(database.url());
    EXPECT_EQ(reader->settings().value(QStringLiteral("kept")), QStringLiteral("1"));
    EXPECT_EQ(reader->settings().value(QStringLiteral("undone"), QStringLiteral("-")),
              QStringLiteral("-"));
    EXPECT_EQ(reader->settings().value(QStringLiteral("abandoned"), QStringLiteral("-")),
              QStringLiteral("-"));
}

TEST(PgWorkspace, WritersTakeTurnsAndAWaitGivesUpWithLocked)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto first = openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
    auto second = openWorkspace(database.url());
    LockWaitRestorer restorer;
    LockWaitPolicy policy;
    policy.limit = std::chrono::milliseconds(300);
    int notices = 0;
    policy.noticeAfter = std::chrono::milliseconds(100);
    policy.onWaiting = [&](std::chrono::milliseconds, const QString&) { ++notices; };
    setLockWaitPolicy(policy);

    first->begin();
    try {
        second->begin();
        ADD_FAILURE() << "two writers at once";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Locked);
    }
    EXPECT_GE(notices, 1);
    first->commit();
    // The lock went with the first's transaction; the refused writer left no transaction open.
    EXPECT_NO_THROW(second->begin());
    second->commit();
}

TEST(PgWorkspace, AWaitingWriterGoesOnWhenTheLockIsFree)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto first = openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
    first->begin();
    std::atomic<bool> secondDone = false;
    std::thread teammate([&] {
        auto second = openWorkspace(database.url());
        Transaction transaction(*second);
        second->settings().setValue(QStringLiteral("who"), QStringLiteral("second"));
        transaction.commit();
        secondDone = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    EXPECT_FALSE(secondDone) << "the second writer did not wait";
    first->settings().setValue(QStringLiteral("who"), QStringLiteral("first"));
    first->commit();
    teammate.join();
    EXPECT_TRUE(secondDone);
    EXPECT_EQ(first->settings().value(QStringLiteral("who")), QStringLiteral("second"));
}

TEST(PgWorkspace, OthersChangeCounterMovesForTeammatesCommitsOnly)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto mine = openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
    auto theirs = openWorkspace(database.url());
    const quint64 mineBefore = mine->othersChangeCounter();
    const quint64 theirsBefore = theirs->othersChangeCounter();
    {
        Transaction transaction(*mine);
        mine->settings().setValue(QStringLiteral("a"), QStringLiteral("1"));
        transaction.commit();
    }
    {
        // A transaction that only read changes nothing for anyone.
        Transaction transaction(*mine);
        mine->settings().value(QStringLiteral("a"));
        transaction.commit();
    }
    EXPECT_EQ(mine->othersChangeCounter(), mineBefore);
    EXPECT_NE(theirs->othersChangeCounter(), theirsBefore);
    const quint64 theirsAfter = theirs->othersChangeCounter();
    {
        Transaction transaction(*theirs);
        theirs->settings().setValue(QStringLiteral("b"), QStringLiteral("2"));
        transaction.commit();
    }
    EXPECT_EQ(theirs->othersChangeCounter(), theirsAfter);
    EXPECT_NE(mine->othersChangeCounter(), mineBefore);
}

TEST(PgWorkspace, UsersAreOneWhateverTheCaseAndWhoeverAddsThem)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto workspace = openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
    const qint64 anna = workspace->users().ensure(QStringLiteral("Anna"));
    EXPECT_EQ(workspace->users().ensure(QStringLiteral("anna")), anna);
    workspace->users().ensure(QStringLiteral("bertil"));
    workspace->users().ensure(QStringLiteral("Cecilia"));
    EXPECT_EQ(
        workspace->users().names(),
        QStringList({QStringLiteral("Anna"), QStringLiteral("bertil"), QStringLiteral("Cecilia")}));

    // Eight programs seeing a new user at the same moment make one row.
    std::vector<std::thread> programs;
    std::vector<qint64> ids(8, 0);
    for (int i = 0; i < 8; ++i)
        programs.emplace_back([&, i] {
            auto own = openWorkspace(database.url());
            ids[static_cast<size_t>(i)] = own->users().ensure(QStringLiteral("Daniel"));
        });
    for (auto& program : programs)
        program.join();
    for (const qint64 id : ids)
        EXPECT_EQ(id, ids.front());
    EXPECT_GT(ids.front(), 0);
}
