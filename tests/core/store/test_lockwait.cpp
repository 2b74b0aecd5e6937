// A write waits its turn while another connection (another program, in real use) holds the
// workspace's write lock, for as long as the LockWaitPolicy says, and tells who listens.
#include "store/lockwait.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "support/tempworkspace.h"

#include <QElapsedTimer>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace lb;
using namespace std::chrono_literals;
using lb::test::TempWorkspace;

namespace {

// Restores the default policy after a test that changed it.
struct PolicyScope
{
    explicit PolicyScope(LockWaitPolicy policy) { setLockWaitPolicy(std::move(policy)); }
    ~PolicyScope() { setLockWaitPolicy({}); }
};

// Takes the write lock on a second thread with its own connection, as a writer in another
// process would, and holds it for `hold`.
class LockHolder
{
public:
    LockHolder(const QString& path, std::chrono::milliseconds hold)
    {
        m_thread = std::thread([this, path, hold] {
            auto workspace = openWorkspace(path);
            workspace->begin();
            m_holding = true;
            std::this_thread::sleep_for(hold);
            workspace->commit();
        });
        while (!m_holding)
            std::this_thread::sleep_for(1ms);
    }
    ~LockHolder() { m_thread.join(); }

private:
    std::thread m_thread;
    std::atomic<bool> m_holding = false;
};

// Milliseconds the outermost begin() on `workspace` took, or -1 when it gave up as locked.
qint64 timeToBegin(Workspace& workspace)
{
    QElapsedTimer timer;
    timer.start();
    try {
        workspace.begin();
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Locked) << error.message().toStdString();
        return -1;
    }
    workspace.rollback();
    return timer.elapsed();
}

} // namespace

TEST(LockWait, AWriterWaitsLongerThanSqlitesOldFiveSecondsForALongImport)
{
    TempWorkspace temp;
    temp.workspace(); // creates the file
    Workspace& mine = temp.workspace();
    LockHolder other(temp.path(), 6500ms); // longer than the busy timeout this replaced
    const qint64 waited = timeToBegin(mine);
    EXPECT_GE(waited, 5000) << "began while the other writer still held the lock";
}

TEST(LockWait, GivesUpAsLockedAfterThePolicysLimit)
{
    TempWorkspace temp;
    Workspace& mine = temp.workspace();
    PolicyScope policy({.limit = 300ms});
    QElapsedTimer timer;
    timer.start();
    LockHolder other(temp.path(), 2000ms);
    EXPECT_EQ(timeToBegin(mine), -1);
    EXPECT_LT(timer.elapsed(), 1500) << "waited past the limit";
}

TEST(LockWait, TellsWhoListensWhatItWaitsFor)
{
    TempWorkspace temp;
    Workspace& mine = temp.workspace();
    std::vector<std::pair<qint64, QString>> notices;
    PolicyScope policy({.noticeAfter = 200ms,
                        .noticeEvery = 300ms,
                        .onWaiting = [&](std::chrono::milliseconds waited, const QString& path) {
                            notices.emplace_back(waited.count(), path);
                        }});
    {
        LockHolder other(temp.path(), 1200ms);
        EXPECT_GE(timeToBegin(mine), 1000);
    }
    ASSERT_GE(notices.size(), 2u);
    EXPECT_LE(notices.size(), 5u);
    EXPECT_GE(notices.front().first, 200);
    EXPECT_GE(notices.at(1).first, notices.front().first + 300);
    EXPECT_TRUE(notices.front().second.endsWith(QStringLiteral("test.leadbench")))
        << notices.front().second.toStdString();
}

TEST(LockWait, TheMainThreadMayHaveAShorterLimit)
{
    TempWorkspace temp;
    Workspace& mine = temp.workspace();
    PolicyScope policy({.mainThreadLimit = 200ms});
    {
        LockHolder other(temp.path(), 1500ms);
        EXPECT_EQ(timeToBegin(mine), -1) << "the main thread waits at most its own limit";
    }
    // A worker thread of the same program waits the long limit.
    const QString path = temp.path();
    temp.close();
    LockHolder other(path, 800ms);
    qint64 workerWaited = 0;
    std::thread worker([&] {
        auto workspace = openWorkspace(path);
        workerWaited = timeToBegin(*workspace);
    });
    worker.join();
    EXPECT_GE(workerWaited, 500);
}
