#pragma once

#include "io/importtypes.h"

namespace lb {
class JobControl;
class Workspace;
} // namespace lb

namespace lb::io {

// Imports or updates leads from a CSV file (docs/spec/csv-import.md) in one transaction: new and
// changed leads are written with their search-index entries and stage history, and scored by
// the active model before the commit. A cancel (JobCancelled) or an error (StoreError,
// ImportError) rolls everything back; a dry run counts and rolls back.
ImportSummary importLeads(Workspace& workspace, const ImportOptions& options,
                          JobControl* job = nullptr);

} // namespace lb::io
