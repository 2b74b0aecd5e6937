#pragma once

#include "scoring/rescorer.h"

namespace lb::scoring {

// Settings → MQL threshold: stores the active model with the new threshold as a new version
// (the old one stays as history) and rescores every lead with it, so New leads at or above it
// become MQL. One transaction: a cancel through `job` rolls all of it back. Throws ModelError
// or StoreError; then nothing changes.
RescoreSummary changeMqlThreshold(Workspace& workspace, double threshold, const QString& author,
                                  const QDateTime& asOf, JobControl* job = nullptr);

} // namespace lb::scoring
