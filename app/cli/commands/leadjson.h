#pragma once

#include "model/lead.h"

#include <QJsonObject>

namespace lb {
class Workspace;
}

namespace lb::cli {

// The JSON form of a lead that `show` and `leads` print (spec/cli.md, Output). `full` adds
// what only `show` prints: frameworks, events and history.
QJsonObject leadJson(Workspace& workspace, const Lead& lead, bool full);

// Parts of it, one function each, so each capability fills in its own part.
QJsonObject scoreJson(Workspace& workspace, const Lead& lead);
QJsonObject frameworksJson(Workspace& workspace, const Lead& lead);

} // namespace lb::cli
