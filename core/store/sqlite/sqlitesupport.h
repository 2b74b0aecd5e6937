#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

struct sqlite3;

namespace lb::sqlite {

// Turns a QtSql error into a StoreError of the right kind (locked, corrupted, ...).
[[noreturn]] void throwError(const QSqlError& error, const QString& context);

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql);
void exec(QSqlQuery& query, const QString& context = {});
void exec(const QSqlDatabase& db, const QString& sql);
// The first column of the first row of `sql`, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& sql);

// The raw handle under a QtSql connection, for the bulk paths that need the C API's speed.
sqlite3* rawHandle(const QSqlDatabase& db);
// Throws the StoreError matching an sqlite3 result code.
void check(sqlite3* handle, int resultCode, const char* context);

// Null for empty text: keeps optional fields NULL in the database.
inline QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace lb::sqlite
