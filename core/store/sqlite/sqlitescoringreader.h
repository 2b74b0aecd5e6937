#pragma once

#include "store/scorestore.h"

#include <QString>
#include <memory>

struct sqlite3;

namespace lb {

// Reads leads for scoring from a workspace's connection: the facts a model asks for, the
// stored score and stage, and the packed events (event_digests), a range of ids at a time.
// With `ownsConnection` the reader closes `db` when it goes (a worker thread's connection).
std::unique_ptr<ScoringReader> makeSqliteScoringReader(sqlite3* db, bool ownsConnection,
                                                       const ScoringScan& scan);

// The leads column (as "l.<name>" or "u.name") of a scoring field; nullptr for custom fields.
const char* scoringColumnOf(const QString& field);

} // namespace lb
