#include "store/sqlite/batchtable.h"

#include "store/sqlite/sqlitesupport.h"

#include <sqlite3.h>

namespace lb::sqlite {

namespace {

struct Table
{
    sqlite3_vtab base{};
    const BatchTable* owner = nullptr;
};

struct Cursor
{
    sqlite3_vtab_cursor base{};
    const BatchTable* owner = nullptr;
    size_t row = 0;
};

int connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** vtab, char**)
{
    const int rc = sqlite3_declare_vtab(db, static_cast<const BatchTable*>(aux)->columns());
    if (rc != SQLITE_OK)
        return rc;
    auto* table = new Table;
    table->owner = static_cast<const BatchTable*>(aux);
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
    // Always a scan of every row, in the order given: the outer loop of the statement, which
    // then finds each target row by its key.
    const double count = double(reinterpret_cast<Table*>(vtab)->owner->rowCount());
    info->estimatedCost = count;
    info->estimatedRows = sqlite3_int64(count);
    return SQLITE_OK;
}

int open(sqlite3_vtab* vtab, sqlite3_vtab_cursor** cursor)
{
    auto* opened = new Cursor;
    opened->owner = reinterpret_cast<Table*>(vtab)->owner;
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
    return at->row >= at->owner->rowCount();
}

int column(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int index)
{
    const auto* at = reinterpret_cast<Cursor*>(cursor);
    at->owner->result(context, at->row, index);
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* id)
{
    *id = sqlite3_int64(reinterpret_cast<Cursor*>(cursor)->row);
    return SQLITE_OK;
}

// Eponymous only (no xCreate): usable by its name without CREATE VIRTUAL TABLE, so nothing of
// it is ever written to the workspace's schema.
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

BatchTable::BatchTable(sqlite3* db, const char* name, const char* columns)
    : m_db(db), m_name(name), m_columns(columns)
{
    check(db, sqlite3_create_module_v2(db, name, &module, this, nullptr), name);
}

BatchTable::~BatchTable()
{
    // Passing a null module unregisters the name.
    sqlite3_create_module_v2(m_db, m_name, nullptr, nullptr, nullptr);
}

void BatchTable::setRows(size_t count, ColumnValue value)
{
    m_count = value ? count : 0;
    m_value = std::move(value);
}

void resultText(sqlite3_context* result, const QString& text)
{
    if (text.isEmpty())
        sqlite3_result_null(result);
    else
        sqlite3_result_text16(result, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void RepeatedText::result(sqlite3_context* result, const QString& text)
{
    if (text.isEmpty()) {
        sqlite3_result_null(result);
        return;
    }
    if (text != m_text) {
        m_text = text;
        m_utf8 = text.toUtf8();
    }
    sqlite3_result_text(result, m_utf8.constData(), int(m_utf8.size()), SQLITE_TRANSIENT);
}

} // namespace lb::sqlite
