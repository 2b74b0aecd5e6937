#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace lb::sqlite {

// A workspace is a file people e-mail to each other, and SQLite runs whatever its schema holds:
// a trigger someone added to `leads`, or a view put in place of a table, would run (or answer)
// inside every command of the receiver. So a workspace is used only when its schema is exactly
// the one its version's migrations make, and every connection to it is hardened.

// One row of sqlite_master, its SQL with runs of white space made one space.
struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;
    friend bool operator==(const SchemaObject&, const SchemaObject&) = default;
};

// Refuses what a hostile file could do through a connection: writes to sqlite_master and
// other shadow tables (SQLITE_DBCONFIG_DEFENSIVE), SQL functions with side effects called from
// the schema (trusted_schema=OFF). Call right after opening, before the first statement.
void harden(sqlite3* handle);

// Lifts the defensive mode for its lifetime, for the store's own writes to the search index's
// shadow tables (sqlite::SearchIndexBuilder), on a connection whose schema was verified.
class ShadowTableWrites
{
public:
    explicit ShadowTableWrites(sqlite3* handle);
    ~ShadowTableWrites();
    ShadowTableWrites(const ShadowTableWrites&) = delete;
    ShadowTableWrites& operator=(const ShadowTableWrites&) = delete;

private:
    sqlite3* m_handle;
};

// The objects the migrations up to `version` create, built once per version in a database in
// memory, so that every later migration is covered without a list kept by hand.
QList<SchemaObject> expectedSchema(int version);

// The objects in the file behind `db` (statistics tables that ANALYZE and PRAGMA optimize make
// are left out: they only steer the query planner, and the bulk writer makes them itself).
QList<SchemaObject> actualSchema(const QSqlDatabase& db);

// What differs between the file's schema and its version's, in the user's words; empty when
// they are the same.
QStringList schemaDifferences(const QSqlDatabase& db, int version);

} // namespace lb::sqlite
