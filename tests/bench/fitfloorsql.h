#pragma once

#include <QString>

namespace lb {
namespace scoring {
struct ScoringModel;
}

// The reference the rescore benchmark compares against: one SQL statement that sets
// lead_scores.fit from the model's fit rules as CASE expressions (regular expressions approximated
// by LIKE on their words, custom fields left out), for the sqlite3 command-line tool.
QString fitFloorUpdateSql(const scoring::ScoringModel& model);

} // namespace lb
