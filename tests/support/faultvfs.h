#pragma once

#include <QtGlobal>

struct sqlite3_vfs;

namespace lb::test {

// A test VFS in the manner of SQLite's own (test_vfs.c, test_devsym.c): it wraps the default
// unix VFS and, when armed, fails the Nth read, write, sync or truncate with the matching
// SQLITE_IOERR_*, or makes writes that grow the files past a byte budget fail with SQLITE_FULL
// (a full disk). install() makes it the process's default VFS, so every connection goes through
// it: the QSQLITE plugin and core/store's raw sqlite3 calls both use the system libsqlite3.
// Counters are atomic: SQLite works on helper threads too (checkpoints, the search index).
class FaultVfs
{
public:
    enum Op : unsigned
    {
        Read = 1,
        Write = 2,
        Sync = 4,
        Truncate = 8,
        AnyIo = Read | Write | Sync | Truncate
    };

    // Registers the VFS as the default (once) and returns it.
    static FaultVfs& install();
    static const char* name() { return "leadbench-fault"; }
    sqlite3_vfs* vfs() const;

    // Counts the calls among `ops` from now on, failing none.
    void count(unsigned ops);
    // Fails the nth (1-based) call among `ops` from now on; with `persistent`, every later one
    // too, as a disk that went bad would.
    void failNth(unsigned ops, qint64 n, bool persistent = false);
    // Writes that would grow the files by more than `bytes` in all from now on fail with
    // SQLITE_FULL, and keep failing.
    void limitGrowth(qint64 bytes);
    // Stops counting and failing (the counts stay readable until the next arming).
    void disarm();

    qint64 calls() const;    // calls among the ops counted since the last arming
    qint64 injected() const; // faults injected since the last arming
    qint64 grown() const;    // bytes the files grew by since the last arming
    qint64 opens() const;    // files opened through the VFS since install()

    FaultVfs(const FaultVfs&) = delete;
    FaultVfs& operator=(const FaultVfs&) = delete;

private:
    FaultVfs() = default;
};

} // namespace lb::test
