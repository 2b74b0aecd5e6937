#pragma once

#include "store/scorestore.h"

#include <vector>

struct sqlite3;

namespace lb::sqlite {

// The score writes of one batch as a table that SQL can read: `score_writes(lead_id, score,
// fit, behavior, grade)`, an eponymous virtual table over the vector passed to setRows(). One
// `UPDATE ... FROM score_writes` then writes a whole batch, instead of one statement a lead
// (whose preparing, binding and stepping cost more than the write itself at a million leads).
//
// Registered on a connection for the lifetime of this object; the rows must outlive the
// statements that read them.
class ScoreWritesTable
{
public:
    explicit ScoreWritesTable(sqlite3* db);
    ~ScoreWritesTable();
    ScoreWritesTable(const ScoreWritesTable&) = delete;
    ScoreWritesTable& operator=(const ScoreWritesTable&) = delete;

    void setRows(const std::vector<ScoreWrite>* rows) { m_rows = rows; }
    const std::vector<ScoreWrite>* rows() const { return m_rows; }

private:
    sqlite3* m_db;
    const std::vector<ScoreWrite>* m_rows = nullptr;
};

} // namespace lb::sqlite
