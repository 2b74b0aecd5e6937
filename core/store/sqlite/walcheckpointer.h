#pragma once

#include <QByteArray>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace lb::sqlite {

// Copies committed pages from the write-ahead log into the workspace file on a thread of its
// own. SQLite's automatic checkpoint does that copy inside the commit that grew the log past
// its limit, so a commit of a million scores (or of a big import) waited a second or more for
// it; with this, a commit returns once its pages are in the log, which is when they are safe.
//
// Installs itself as `db`'s WAL hook (which turns off the automatic checkpoint of that
// connection) for its lifetime. Its thread starts with the first commit that needs a copy and
// uses a connection of its own. A PASSIVE checkpoint never waits for a lock, so it neither
// blocks nor fails the writer; pages that a reader still needs are copied by a later round.
// Closing the workspace's last connection copies the rest, as before.
class WalCheckpointer
{
public:
    // `path`: the workspace file; `pages`: the log size, in pages, that calls for a copy.
    WalCheckpointer(sqlite3* db, const QByteArray& path, int pages = 1000);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Blocks until every requested copy has run (benchmarks, tests, a backup).
    void waitUntilIdle();
    // Copies finished so far.
    int rounds() const;

private:
    static int onCommit(void* self, sqlite3* db, const char* schema, int pages);
    void request();
    void run();
    void checkpoint();

    sqlite3* m_db;
    QByteArray m_path;
    int m_pages;
    sqlite3* m_own = nullptr; // used by the thread only
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    bool m_requested = false;
    bool m_running = false;
    bool m_stopping = false;
    int m_rounds = 0;
};

} // namespace lb::sqlite
