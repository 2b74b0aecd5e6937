#include "store/sqlite/sqlitesupport.h"

#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSqlDriver>
#include <mutex>
#include <sqlite3.h>

namespace lb::sqlite {

namespace {

StoreError::Kind kindForCode(int code)
{
    if (code == SQLITE_CONSTRAINT_COMMITHOOK)
        return StoreError::Kind::Io; // see SqliteWorkspace::refuseLoneCommit
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Kind::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StoreError::Kind::Corrupted;
    case SQLITE_CONSTRAINT:
        return StoreError::Kind::Invalid;
    default:
        return StoreError::Kind::Io;
    }
}

QString messageFor(StoreError::Kind kind, int code, const QString& givenDetail,
                   const QString& context)
{
    const QString where = context.isEmpty() ? QString() : context + QStringLiteral(": ");
    // Without memory SQLite may have no words of its own left: its name for the code then.
    const QString detail =
        givenDetail.isEmpty() && code != 0 ? QString::fromUtf8(sqlite3_errstr(code)) : givenDetail;
    if (code == SQLITE_CONSTRAINT_COMMITHOOK)
        //: A change (an import, a move, a conversion) met an error midway; the workspace is
        //: as it was before the change.
        return where + QCoreApplication::translate(
                           "lb::Store", "the changes were not saved: an error ended the change "
                                        "before it was complete, and nothing of it was kept");
    // SQLite's own words for these ("database or disk is full", "attempt to write a readonly
    // database") do not say which disk or what to do.
    switch (code & 0xff) {
    case SQLITE_FULL:
        //: %1 is the folder for temporary files.
        return where + QCoreApplication::translate(
                           "lb::Store", "the disk is full: the one holding the workspace, or the "
                                        "one of the folder for temporary files (%1)")
                           .arg(QDir::toNativeSeparators(QDir::tempPath()));
    case SQLITE_READONLY:
        return where + QCoreApplication::translate(
                           "lb::Store", "the workspace cannot be written: the file or its "
                                        "folder is read-only");
    case SQLITE_IOERR:
        return where +
               //: %1 the system's own message
               QCoreApplication::translate("lb::Store", "reading or writing the disk failed (%1)")
                   .arg(detail);
    default:
        break;
    }
    switch (kind) {
    case StoreError::Kind::Locked:
        //: %1 the database's own message
        return where + QCoreApplication::translate("lb::Store",
                                                   "the workspace is locked by another program "
                                                   "(%1); try again when it has finished")
                           .arg(detail);
    case StoreError::Kind::Corrupted:
        //: %1 the database's own message
        return where + QCoreApplication::translate(
                           "lb::Store", "the workspace file is damaged (%1); restore a backup")
                           .arg(detail);
    default:
        return where + detail;
    }
}

// Callers name what they were doing; some passed the statement itself, which says nothing to
// the user and is never shown.
QString userContext(const QString& context)
{
    static const QRegularExpression statement(
        QStringLiteral("^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|"
                       "COMMIT|ROLLBACK|SAVEPOINT|RELEASE|VACUUM|ANALYZE|REPLACE)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return statement.match(context).hasMatch() ? QString() : context;
}

} // namespace

void throwError(const QSqlError& error, const QString& rawContext)
{
    const QString context = userContext(rawContext);
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const StoreError::Kind kind = ok ? kindForCode(code) : StoreError::Kind::Io;
    throw StoreError(kind, messageFor(kind, ok ? code : 0, error.databaseText(), context));
}

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throwError(query.lastError(), {});
    return query;
}

void exec(QSqlQuery& query, const QString& context)
{
    if (!query.exec())
        throwError(query.lastError(), userContext(context));
}

void exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throwError(query.lastError(), {});
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throwError(query.lastError(), {});
    if (query.next())
        return query.value(0);
    // A step that failed is no empty result: a count read as 0 decides wrongly.
    if (query.lastError().isValid())
        throwError(query.lastError(), {});
    return QVariant();
}

void configureLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // SQLITE_MISUSE when SQLite was already initialised (say, by another QSQLITE
        // connection first): then the statistics stay on, which is only slower.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

bool suspendForeignKeys(const QSqlDatabase& db)
{
    if (scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 0)
        return false;
    exec(db, QStringLiteral("PRAGMA foreign_keys=OFF"));
    return true;
}

void resumeForeignKeys(const QSqlDatabase& db)
{
    exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
}

void createIndexes(const QSqlDatabase& db, const QStringList& creates)
{
    if (creates.isEmpty())
        return;
    const int cacheSize = scalar(db, QStringLiteral("PRAGMA cache_size")).toInt();
    const int threads = scalar(db, QStringLiteral("PRAGMA threads")).toInt();
    exec(db, QStringLiteral("PRAGMA cache_size=-2048"));
    exec(db, QStringLiteral("PRAGMA threads=2"));
    const auto restore = [&] {
        exec(db, QStringLiteral("PRAGMA cache_size=%1").arg(cacheSize));
        exec(db, QStringLiteral("PRAGMA threads=%1").arg(threads));
    };
    try {
        for (const QString& create : creates)
            exec(db, create);
    } catch (...) {
        try {
            restore();
        } catch (...) {
        }
        throw;
    }
    restore();
}

sqlite3* rawHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StoreError(StoreError::Kind::Io, QStringLiteral("no SQLite handle"));
    return *static_cast<sqlite3* const*>(handle.data());
}

sqlite3_stmt* prepareRaw(sqlite3* db, const QByteArray& sql)
{
    sqlite3_stmt* statement = nullptr;
    check(db, sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr),
          sql.constData());
    return statement;
}

void check(sqlite3* handle, int resultCode, const char* context)
{
    if (resultCode == SQLITE_OK || resultCode == SQLITE_DONE || resultCode == SQLITE_ROW)
        return;
    const StoreError::Kind kind = kindForCode(resultCode);
    throw StoreError(kind, messageFor(kind, resultCode, QString::fromUtf8(sqlite3_errmsg(handle)),
                                      userContext(QString::fromUtf8(context))));
}

void throwCode(int resultCode, const QString& context)
{
    const StoreError::Kind kind = kindForCode(resultCode);
    throw StoreError(kind,
                     messageFor(kind, resultCode, QString::fromUtf8(sqlite3_errstr(resultCode)),
                                userContext(context)));
}

bool isDamageCode(int resultCode)
{
    return kindForCode(resultCode) == StoreError::Kind::Corrupted;
}

bool isDamage(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && isDamageCode(code);
}

Stage stageOf(const QSqlQuery& query, int column)
{
    if (const std::optional<Stage> stage = stageFromName(query.value(column).toString()))
        return *stage;
    throwReadFailure(query);
}

void throwReadFailure(const QSqlQuery& query)
{
    const QVariant handle = query.driver() ? query.driver()->handle() : QVariant();
    const int code = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                         ? sqlite3_errcode(*static_cast<sqlite3* const*>(handle.data()))
                         : SQLITE_CORRUPT;
    throwCode((code & 0xff) == SQLITE_NOMEM ? code : SQLITE_CORRUPT, {});
}

bool isDiskFailure(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == SQLITE_IOERR || code == SQLITE_FULL || code == SQLITE_NOMEM);
}

} // namespace lb::sqlite
