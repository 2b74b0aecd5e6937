#pragma once

#include "store/sdrstore.h"

#include <memory>

namespace lb {

class SqliteWorkspace;

// The owner and touch stores of an SQLite workspace (SqliteWorkspace owns one of each).
std::unique_ptr<OwnerStore> makeSqliteOwnerStore(SqliteWorkspace& workspace);
std::unique_ptr<TouchStore> makeSqliteTouchStore(SqliteWorkspace& workspace);

} // namespace lb
