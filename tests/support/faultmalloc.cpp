#include "support/faultmalloc.h"

#include <atomic>
#include <mutex>
#include <sqlite3.h>

namespace lb::test {

namespace {

sqlite3_mem_methods original;
std::atomic<bool> counting{false};
std::atomic<qint64> callCount{0};
std::atomic<qint64> failAt{0};
std::atomic<bool> failLater{false};
std::atomic<qint64> injectedCount{0};

bool shouldFail()
{
    if (!counting.load())
        return false;
    const qint64 n = ++callCount;
    const qint64 at = failAt.load();
    if (at > 0 && (n == at || (failLater.load() && n > at))) {
        ++injectedCount;
        return true;
    }
    return false;
}

void* faultMalloc(int size)
{
    return shouldFail() ? nullptr : original.xMalloc(size);
}

void* faultRealloc(void* block, int size)
{
    return shouldFail() ? nullptr : original.xRealloc(block, size);
}

void faultFree(void* block)
{
    original.xFree(block);
}

int faultSize(void* block)
{
    return original.xSize(block);
}

int faultRoundup(int size)
{
    return original.xRoundup(size);
}

int faultInit(void* data)
{
    return original.xInit(data);
}

void faultShutdown(void* data)
{
    original.xShutdown(data);
}

sqlite3_mem_methods wrapper = {faultMalloc,  faultFree, faultRealloc,  faultSize,
                               faultRoundup, faultInit, faultShutdown, nullptr};

void rearm()
{
    FaultMalloc::disarm();
    callCount = 0;
    injectedCount = 0;
}

} // namespace

bool FaultMalloc::install()
{
    static bool installed = [] {
        // Only a library with no open connection shuts down; it then takes the new allocator.
        if (sqlite3_shutdown() != SQLITE_OK)
            return false;
        if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &original) != SQLITE_OK)
            return false;
        wrapper.pAppData = original.pAppData;
        if (sqlite3_config(SQLITE_CONFIG_MALLOC, &wrapper) != SQLITE_OK)
            return false;
        return sqlite3_initialize() == SQLITE_OK;
    }();
    return installed;
}

void FaultMalloc::count()
{
    rearm();
    counting = true;
}

void FaultMalloc::failNth(qint64 n, bool persistent)
{
    rearm();
    failAt = n;
    failLater = persistent;
    counting = true;
}

void FaultMalloc::disarm()
{
    counting = false;
    failAt = 0;
    failLater = false;
}

qint64 FaultMalloc::calls()
{
    return callCount.load();
}

qint64 FaultMalloc::injected()
{
    return injectedCount.load();
}

} // namespace lb::test
