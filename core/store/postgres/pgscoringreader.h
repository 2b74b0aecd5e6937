#pragma once

#include "store/scorestore.h"

#include <QSqlDatabase>
#include <memory>

namespace lb {

// Reads leads, their stored scores and their events for the scorer from a team workspace, a
// range of lead ids at a time, on the workspace's own connection (it sees the open
// transaction). Three queries a range, each in lead order; the events are read themselves
// (SQLite reads a packed copy of them, event_digests).
std::unique_ptr<ScoringReader> makePgScoringReader(const QSqlDatabase& db, const ScoringScan& scan);

} // namespace lb
