#pragma once

#include "store/sdrstore.h"

#include <memory>

namespace lb {

class PgWorkspace;

// The owner and touch stores of a team workspace (PgWorkspace owns one of each), on the
// workspace's own connection: the same rows and refusals as the SQLite ones.
std::unique_ptr<OwnerStore> makePgOwnerStore(PgWorkspace& workspace);
std::unique_ptr<TouchStore> makePgTouchStore(PgWorkspace& workspace);

} // namespace lb
