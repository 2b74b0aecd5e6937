#pragma once

#include "model/stage.h"
#include "store/leadcodec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace lb::sqlite {

// Turns a QtSql error into a StoreError of the right kind (locked, corrupted, ...).
[[noreturn]] void throwError(const QSqlError& error, const QString& context);

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql);
void exec(QSqlQuery& query, const QString& context = {});
void exec(const QSqlDatabase& db, const QString& sql);
// The first column of the first row of `sql`, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& sql);

// Settings of the SQLite library itself, which take effect only before its first connection
// in the process (later calls change nothing). SQLite counts every allocation under one
// process-wide mutex; with a bulk load's three or four threads in SQLite at once, they waited
// on it.
void configureLibrary();

// The raw handle under a QtSql connection, for the bulk paths that need the C API's speed.
sqlite3* rawHandle(const QSqlDatabase& db);
// Throws the StoreError matching an sqlite3 result code.
void check(sqlite3* handle, int resultCode, const char* context);
// Throws the StoreError for a result code met without a connection's message (one that
// PRAGMA integrity_check reports in a row, say).
[[noreturn]] void throwCode(int resultCode, const QString& context);
// True when `error` says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB), as against a
// disk that failed to read or write, a lock or a lack of memory, which say nothing of the file.
bool isDamage(const QSqlError& error);
bool isDamageCode(int resultCode);
// True when `error` is a disk that failed to read or write, a full disk or a lack of memory:
// what happened to the machine, told in the user's words by throwError().
bool isDiskFailure(const QSqlError& error);
// Prepares `sql` on the raw connection (the caller finalises it); throws on an error.
sqlite3_stmt* prepareRaw(sqlite3* db, const QByteArray& sql);

// Runs CREATE INDEX statements over large tables. SQLite's sorter keeps as much as the page
// cache holds in one run and merge-sorts it as a linked list, which at a million random keys
// misses the CPU cache at every step. Runs of 2 MiB, each sorted on a helper thread while the
// table is still being read and then merged, build lead_scores_score after a full rescore in
// 0.7-1.0 s instead of 1.5-1.8 s (in the sqlite3 CLI, 1.0-1.2 s instead of 1.7-2.1 s). The
// connection's cache size and thread setting are restored afterwards.
void createIndexes(const QSqlDatabase& db, const QStringList& creates);

// Foreign key checks off for a bulk write whose rows refer only to ids that the same write
// made or looked up, so that every reference holds by construction. A check is a seek into the
// parent table for every child row: in the sqlite3 CLI it doubled the cost of a million score
// rows (1.8-2.0 s against 0.8-0.9 s) and of a million history rows (2.0-2.2 s against
// 1.0-1.1 s). SQLite ignores the setting inside a transaction: call it before the write's
// transaction begins. Returns whether the checks were on (and are now off).
bool suspendForeignKeys(const QSqlDatabase& db);
// Turns the checks back on, after the write's transaction has ended.
void resumeForeignKeys(const QSqlDatabase& db);

// The stage in `column` of the current row. The schema admits only known names, so a row
// without one was not read whole (SQLite ran out of memory while the driver copied its text,
// which QtSql passes on as empty text) or the file is damaged: either is thrown, never read as
// New.
Stage stageOf(const QSqlQuery& query, int column);
// A value the store always writes came back empty: out of memory (QtSql then hands over empty
// values) or a damaged file. Throws the StoreError that says which.
[[noreturn]] void throwReadFailure(const QSqlQuery& query);

using leadcodec::textOrNull;

} // namespace lb::sqlite
