// The raw statement of the bulk paths: bound texts reach SQLite as the same characters, whether
// plain ASCII (copied directly), Nordic letters or characters outside the BMP (encoded), and
// boundText() gives back the bytes SQLite was given.
#include "store/sqlite/sqlitestatement.h"

#include <QList>
#include <QStringList>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace lb;

TEST(SqliteStatement, BoundTextsArriveUnchangedInAnyScript)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
    {
        sqlite::Statement echo(db, "SELECT ?1, length(?1)");
        const QStringList texts = {QStringLiteral("plain ascii"),
                                   QStringLiteral("Åsa Öberg"),
                                   QStringLiteral("ascii then ä"),
                                   QString::fromUtf8("smile \xF0\x9F\x98\x80 after"),
                                   QString::fromUtf8("\xF0\x9F\x98\x80"),
                                   QStringLiteral("x")};
        for (const QString& text : texts) {
            echo.bindText(1, text);
            EXPECT_EQ(echo.boundText(1), text.toUtf8());
            ASSERT_TRUE(echo.next());
            EXPECT_EQ(echo.columnText(0), text);
            // SQLite counts characters: a pair of UTF-16 units is one.
            EXPECT_EQ(echo.columnInt(1), text.toUcs4().size());
            echo.reset();
        }
        echo.bind(1, QString());
        EXPECT_TRUE(echo.boundText(1).isEmpty());
        ASSERT_TRUE(echo.next());
        EXPECT_TRUE(echo.columnText(0).isNull());
        echo.reset();
    }
    sqlite3_close(db);
}
