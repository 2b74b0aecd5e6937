#include "store/sqlite/schemaverifier.h"

#include "store/sqlite/sqliteschema.h"
#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"
#include "store/storeerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <mutex>
#include <sqlite3.h>

namespace lb::sqlite {

namespace {

QString normalised(const QString& sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(sql).replace(space, QStringLiteral(" ")).trimmed();
}

// The statistics tables as ANALYZE creates them; any other form was written by hand.
bool isStatistics(const SchemaObject& object)
{
    return object.type == QLatin1String("table") &&
           ((object.name == QLatin1String("sqlite_stat1") &&
             object.sql == QLatin1String("CREATE TABLE sqlite_stat1(tbl,idx,stat)")) ||
            (object.name == QLatin1String("sqlite_stat4") &&
             object.sql ==
                 QLatin1String("CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)")));
}

QString typeWord(const QString& type)
{
    //: A kind of object in the workspace's database (as in "an extra trigger").
    if (type == QLatin1String("trigger"))
        return QCoreApplication::translate("lb::Workspace", "trigger");
    //: A kind of object in the workspace's database (a saved query that looks like a table).
    if (type == QLatin1String("view"))
        return QCoreApplication::translate("lb::Workspace", "view");
    //: A kind of object in the workspace's database.
    if (type == QLatin1String("index"))
        return QCoreApplication::translate("lb::Workspace", "index");
    //: A kind of object in the workspace's database.
    return QCoreApplication::translate("lb::Workspace", "table");
}

QList<SchemaObject> buildExpected(int version)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("leadbench-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    QList<SchemaObject> objects;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw StoreError(StoreError::Kind::Io, text);
        }
        try {
            migrateSqliteWorkspace(db, version);
            objects = actualSchema(db);
        } catch (...) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return objects;
}

} // namespace

void harden(sqlite3* handle)
{
    int applied = 0;
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &applied);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    // Every b-tree page is checked as it is read, so that a command fails on a damaged page
    // it touches instead of reading on past it (a full check of every page is `check`'s job:
    // seconds at a million leads).
    sqlite3_exec(handle, "PRAGMA cell_size_check=ON", nullptr, nullptr, nullptr);
    if (applied != 1)
        throw StoreError(StoreError::Kind::Io,
                         QCoreApplication::translate(
                             "lb::Workspace", "the SQLite library in use cannot open workspaces "
                                              "safely: Leadbench needs SQLite 3.31 or later"));
}

ShadowTableWrites::ShadowTableWrites(sqlite3* handle) : m_handle(handle)
{
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
}

ShadowTableWrites::~ShadowTableWrites()
{
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
}

QList<SchemaObject> expectedSchema(int version)
{
    static std::mutex mutex;
    static QHash<int, QList<SchemaObject>> cache;
    {
        const std::lock_guard lock(mutex);
        const auto found = cache.constFind(version);
        if (found != cache.constEnd())
            return *found;
    }
    // Built outside the lock: two threads may build the same version once each, harmlessly.
    QList<SchemaObject> objects = buildExpected(version);
    const std::lock_guard lock(mutex);
    cache.insert(version, objects);
    return objects;
}

QList<SchemaObject> actualSchema(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")))
        throwError(query.lastError(), QCoreApplication::translate(
                                          "lb::Workspace", "reading the workspace's structure"));
    QList<SchemaObject> objects;
    while (query.next()) {
        SchemaObject object{query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString(), normalised(query.value(3).toString())};
        if (!isStatistics(object))
            objects << object;
    }
    if (query.lastError().isValid())
        throwError(query.lastError(), QCoreApplication::translate(
                                          "lb::Workspace", "reading the workspace's structure"));
    return objects;
}

QStringList schemaDifferences(const QSqlDatabase& db, int version)
{
    const QList<SchemaObject> expected = expectedSchema(version);
    const QList<SchemaObject> actual = actualSchema(db);
    const auto find = [](const QList<SchemaObject>& in, const SchemaObject& like) {
        for (const SchemaObject& object : in) {
            if (object.type == like.type && object.name == like.name)
                return &object;
        }
        return static_cast<const SchemaObject*>(nullptr);
    };
    QStringList differences;
    for (const SchemaObject& object : actual) {
        const SchemaObject* mine = find(expected, object);
        if (!mine)
            differences << QCoreApplication::translate(
                               "lb::Workspace",
                               "an extra %1 \u201c%2\u201d that Leadbench does not make")
                               .arg(typeWord(object.type), object.name);
        else if (!(*mine == object))
            differences << QCoreApplication::translate("lb::Workspace",
                                                       "the %1 \u201c%2\u201d was changed")
                               .arg(typeWord(object.type), object.name);
    }
    for (const SchemaObject& object : expected) {
        if (!find(actual, object))
            differences << QCoreApplication::translate("lb::Workspace",
                                                       "the %1 \u201c%2\u201d is missing")
                               .arg(typeWord(object.type), object.name);
    }
    return differences;
}

} // namespace lb::sqlite
