// Issue 18: what the store says when SQLite fails names the problem in the user's words (a full
// disk, a read-only file, a damaged one), never the SQL statement that met it.
#include "store/sqlite/sqlitesupport.h"
#include "store/storeerror.h"

#include <QDir>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace lb;

namespace {

// Runs `sql` on a connection to a file of its own (with `options`) and returns the message of
// the StoreError it raised.
QString messageOf(const QString& path, const QString& options, const QStringList& sql)
{
    QString message;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m"));
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        EXPECT_TRUE(db.open());
        try {
            for (const QString& statement : sql)
                sqlite::exec(db, statement);
            ADD_FAILURE() << "no error";
        } catch (const StoreError& error) {
            message = error.message();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("m"));
    return message;
}

} // namespace

TEST(StoreMessages, AFullDiskIsSaidSoWithTheTemporaryFolder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.sqlite"));
    // SQLite answers SQLITE_FULL when the file may not grow: as it does on a full disk.
    const QString message =
        messageOf(path, {},
                  {QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("PRAGMA max_page_count=8"),
                   QStringLiteral("INSERT INTO t VALUES(randomblob(100000))")});
    EXPECT_TRUE(message.contains(QStringLiteral("the disk is full"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(QDir::tempPath())))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("INSERT"))) << message.toStdString();
}

TEST(StoreMessages, AReadOnlyWorkspaceIsSaidSo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    messageOf(path, {}, {QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("SELECT nothing")});
    const QString message = messageOf(path, QStringLiteral("QSQLITE_OPEN_READONLY"),
                                      {QStringLiteral("INSERT INTO t VALUES(1)")});
    EXPECT_TRUE(message.contains(QStringLiteral("read-only"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("INSERT"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("attempt to write"))) << message.toStdString();
}
