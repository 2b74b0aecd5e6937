#pragma once

struct sqlite3;

namespace lb::sqlite {

// Makes the connection wait its turn when another one holds the workspace's write lock, as
// the process's LockWaitPolicy says (how long, and who hears about a long wait), instead of
// SQLite's fixed busy timeout. Every connection to a workspace file gets it.
void waitForLocks(sqlite3* handle);

} // namespace lb::sqlite
