#include "store/sqlite/scorewritestable.h"

#include "store/sqlite/sqlitesupport.h"

#include <sqlite3.h>

namespace lb::sqlite {

namespace {

enum Column
{
    LeadId,
    Score,
    Fit,
    Behavior,
    Grade
};

struct Table
{
    sqlite3_vtab base{};
    const ScoreWritesTable* owner = nullptr;
};

struct Cursor
{
    sqlite3_vtab_cursor base{};
    const std::vector<ScoreWrite>* rows = nullptr;
    size_t row = 0;
};

int connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** vtab, char**)
{
    const int rc = sqlite3_declare_vtab(
        db, "CREATE TABLE x(lead_id INTEGER, score INTEGER, fit INTEGER, behavior INTEGER, "
            "grade TEXT)");
    if (rc != SQLITE_OK)
        return rc;
    auto* table = new Table;
    table->owner = static_cast<const ScoreWritesTable*>(aux);
    *vtab = &table->base;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab* vtab)
{
    delete reinterpret_cast<Table*>(vtab);
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab* vtab, sqlite3_index_info* info)
{
    // Always a scan of every row, in lead order: the outer loop of the UPDATE, which then
    // finds each lead's row by its rowid.
    const auto* rows = reinterpret_cast<Table*>(vtab)->owner->rows();
    const double count = rows ? double(rows->size()) : 0.0;
    info->estimatedCost = count;
    info->estimatedRows = sqlite3_int64(count);
    return SQLITE_OK;
}

int open(sqlite3_vtab* vtab, sqlite3_vtab_cursor** cursor)
{
    auto* opened = new Cursor;
    opened->rows = reinterpret_cast<Table*>(vtab)->owner->rows();
    *cursor = &opened->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor* cursor)
{
    delete reinterpret_cast<Cursor*>(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* cursor, int, const char*, int, sqlite3_value**)
{
    reinterpret_cast<Cursor*>(cursor)->row = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* cursor)
{
    ++reinterpret_cast<Cursor*>(cursor)->row;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* cursor)
{
    const auto* at = reinterpret_cast<Cursor*>(cursor);
    return !at->rows || at->row >= at->rows->size();
}

int column(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int index)
{
    const auto* at = reinterpret_cast<Cursor*>(cursor);
    const ScoreWrite& write = (*at->rows)[at->row];
    switch (index) {
    case LeadId:
        sqlite3_result_int64(context, write.leadId);
        break;
    case Score:
        sqlite3_result_int(context, write.total);
        break;
    case Fit:
        sqlite3_result_int(context, write.fit);
        break;
    case Behavior:
        sqlite3_result_int(context, write.behavior);
        break;
    case Grade:
        if (write.grade.isEmpty())
            sqlite3_result_null(context);
        else
            sqlite3_result_text16(context, write.grade.utf16(), int(write.grade.size() * 2),
                                  SQLITE_TRANSIENT);
        break;
    default:
        sqlite3_result_null(context);
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* id)
{
    *id = sqlite3_int64(reinterpret_cast<Cursor*>(cursor)->row);
    return SQLITE_OK;
}

// Eponymous only (no xCreate): usable as `score_writes` without CREATE VIRTUAL TABLE, so
// nothing of it is ever written to the workspace's schema.
const sqlite3_module module = {
    0,          // iVersion
    nullptr,    // xCreate
    connect,    // xConnect
    bestIndex,  // xBestIndex
    disconnect, // xDisconnect
    nullptr,    // xDestroy
    open,       // xOpen
    close,      // xClose
    filter,     // xFilter
    next,       // xNext
    eof,        // xEof
    column,     // xColumn
    rowid,      // xRowid
    nullptr,    // xUpdate
    nullptr,    // xBegin
    nullptr,    // xSync
    nullptr,    // xCommit
    nullptr,    // xRollback
    nullptr,    // xFindFunction
    nullptr,    // xRename
    nullptr,    // xSavepoint
    nullptr,    // xRelease
    nullptr,    // xRollbackTo
    nullptr,    // xShadowName
};

} // namespace

ScoreWritesTable::ScoreWritesTable(sqlite3* db) : m_db(db)
{
    check(db, sqlite3_create_module_v2(db, "score_writes", &module, this, nullptr),
          "register score_writes");
}

ScoreWritesTable::~ScoreWritesTable()
{
    // Passing a null module unregisters the name.
    sqlite3_create_module_v2(m_db, "score_writes", nullptr, nullptr, nullptr);
}

} // namespace lb::sqlite
