#pragma once

#include "io/importtypes.h"

namespace lb {
class JobControl;
class Workspace;
} // namespace lb

namespace lb::io {

// Imports behaviour events (docs/spec/csv-import.md, Events) in one transaction. An event already
// stored (same lead, type, time and detail) counts as unchanged, so imports are idempotent; an
// e-mail without a lead rejects its row. The leads that got new events are rescored.
ImportSummary importEvents(Workspace& workspace, const ImportOptions& options,
                           JobControl* job = nullptr);

} // namespace lb::io
