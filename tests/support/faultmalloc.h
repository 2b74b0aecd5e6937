#pragma once

#include <QtGlobal>

namespace lb::test {

// SQLite's allocator wrapped so that the Nth allocation (malloc or realloc) fails, as SQLite's
// own malloc tests do. SQLite takes a new allocator only while it is shut down, so install()
// must run before the process's first connection (a test executable of its own does it first
// thing); it fails the test otherwise.
class FaultMalloc
{
public:
    // Installs the wrapper (once); false when SQLite refused it (a connection was open).
    static bool install();

    // Counts allocations from now on, failing none.
    static void count();
    // Fails the nth (1-based) allocation from now on; with `persistent`, every later one too.
    static void failNth(qint64 n, bool persistent = false);
    // Stops counting and failing (the counts stay readable until the next arming).
    static void disarm();

    static qint64 calls();
    static qint64 injected();
};

} // namespace lb::test
