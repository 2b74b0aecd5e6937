#pragma once

#include <QDateTime>
#include <QList>

namespace lb {
class JobControl;
class Workspace;
} // namespace lb

namespace lb::io {

// Scores the leads an import wrote with the active model, inside the import's transaction
// (the one place where imports call the scoring engine). `most` says the import touched most
// of the workspace, where one pass over everything is faster than a list of ids.
qint64 rescoreImported(Workspace& workspace, const QList<qint64>& leadIds, bool most,
                       const QDateTime& asOf, JobControl* job);

} // namespace lb::io
