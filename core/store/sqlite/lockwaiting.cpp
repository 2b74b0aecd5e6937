#include "store/sqlite/lockwaiting.h"

#include "store/lockwait.h"

#include <QCoreApplication>
#include <QThread>
#include <array>
#include <sqlite3.h>

namespace lb::sqlite {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// One wait at a time per thread: SQLite calls the handler in the thread that waits, and says
// with count 0 that a new wait begins.
struct Wait
{
    Clock::time_point start;
    LockWaitPolicy policy;
    milliseconds nextNotice{0};
};
thread_local Wait currentWait;

bool onMainThread()
{
    const QCoreApplication* app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

// Short sleeps first, as SQLite's own busy timeout does: most waits are for a commit that
// ends within milliseconds; then a tenth of a second, so a long wait costs no CPU.
milliseconds pauseAfter(int count)
{
    static constexpr std::array<int, 12> steps{1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};
    return milliseconds(count < int(steps.size()) ? steps[std::size_t(count)] : 100);
}

int onBusy(void* handle, int count)
{
    Wait& wait = currentWait;
    if (count == 0) {
        wait.start = Clock::now();
        wait.policy = lockWaitPolicy();
        wait.nextNotice = wait.policy.noticeAfter;
    }
    const auto waited = std::chrono::duration_cast<milliseconds>(Clock::now() - wait.start);
    const milliseconds limit = onMainThread() && wait.policy.mainThreadLimit
                                   ? *wait.policy.mainThreadLimit
                                   : wait.policy.limit;
    if (waited >= limit)
        return 0; // SQLite returns SQLITE_BUSY: "locked by another program"
    if (wait.policy.onWaiting && waited >= wait.nextNotice) {
        const char* file = sqlite3_db_filename(static_cast<sqlite3*>(handle), "main");
        wait.policy.onWaiting(waited, QString::fromUtf8(file ? file : ""));
        wait.nextNotice = waited + wait.policy.noticeEvery;
    }
    sqlite3_sleep(int(std::min(pauseAfter(count), limit - waited).count()));
    return 1;
}

} // namespace

void waitForLocks(sqlite3* handle)
{
    sqlite3_busy_handler(handle, onBusy, handle);
}

} // namespace lb::sqlite
