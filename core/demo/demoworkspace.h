#pragma once

#include "demo/demogenerator.h"

namespace lb {

class Workspace;

// Demo data as a user meets it: generated and scored by the active (default) model, so the
// first screen is a ranked pipeline. One transaction: a failure or cancel leaves no half
// demo behind.
DemoSummary fillWithDemoData(Workspace& workspace, const DemoOptions& options,
                             JobControl* job = nullptr);

} // namespace lb
