#include "store/sqlite/walcheckpointer.h"

#include "store/sqlite/lockwaiting.h"
#include "store/sqlite/schemaverifier.h"
#include "store/storeerror.h"

#include <sqlite3.h>

namespace lb::sqlite {

WalCheckpointer::WalCheckpointer(sqlite3* db, const QByteArray& path, int pages)
    : m_db(db), m_path(path), m_pages(pages)
{
    sqlite3_wal_hook(m_db, &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    // Back to SQLite's own checkpoint before the hook's target goes away.
    sqlite3_wal_autocheckpoint(m_db, m_pages);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

int WalCheckpointer::onCommit(void* self, sqlite3*, const char*, int pages)
{
    auto* checkpointer = static_cast<WalCheckpointer*>(self);
    if (pages >= checkpointer->m_pages)
        checkpointer->request();
    return SQLITE_OK;
}

void WalCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

void WalCheckpointer::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_requested && !m_running; });
}

int WalCheckpointer::rounds() const
{
    std::lock_guard lock(m_mutex);
    return m_rounds;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            break;
        m_requested = false;
        m_running = true;
        lock.unlock();
        checkpoint();
        lock.lock();
        m_running = false;
        ++m_rounds;
        if (!m_requested)
            m_idle.notify_all();
    }
    m_running = false;
    m_requested = false;
    m_idle.notify_all();
    lock.unlock();
    sqlite3_close_v2(m_own);
    m_own = nullptr;
}

void WalCheckpointer::checkpoint()
{
    if (!m_own) {
        if (sqlite3_open_v2(m_path.constData(), &m_own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                            nullptr) != SQLITE_OK) {
            // Nothing is lost: the pages stay in the log until the next round or the close.
            sqlite3_close_v2(m_own);
            m_own = nullptr;
            return;
        }
        try {
            harden(m_own);
            waitForLocks(m_own);
        } catch (const StoreError&) {
            sqlite3_close_v2(m_own);
            m_own = nullptr;
            return;
        }
        // A connection learns that the file is in WAL mode when it first reads it; until then
        // a checkpoint through it does nothing.
        sqlite3_exec(m_own, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    // PASSIVE: copies what no reader still needs and never waits, so a failure here (busy, or
    // an I/O error the writer will meet and report itself) only leaves pages for later.
    sqlite3_wal_checkpoint_v2(m_own, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

} // namespace lb::sqlite
