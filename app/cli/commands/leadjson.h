#pragma once

#include "model/lead.h"

#include <QJsonObject>

namespace lb {
class Workspace;
}

namespace lb::cli {

// How many of a lead's events `show` lists unless asked for more: a lead may have a million,
// and listing them all took gigabytes.
inline constexpr qint64 shownEvents = 100;

// The JSON form of a lead that `show` and `leads` print (docs/spec/cli.md, Output). `full` adds
// what only `show` prints: frameworks, the newest `eventLimit` events (-1: all) with their
// total, and history.
QJsonObject leadJson(Workspace& workspace, const Lead& lead, bool full,
                     qint64 eventLimit = shownEvents);

// Parts of it, one function each, so each capability fills in its own part.
QJsonObject scoreJson(Workspace& workspace, const Lead& lead);
QJsonObject frameworksJson(Workspace& workspace, const Lead& lead);

} // namespace lb::cli
