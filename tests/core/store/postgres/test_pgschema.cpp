// The two backends keep the same data: every table and column of a workspace file is in a team
// workspace, and nothing else but what PostgreSQL needs in place of SQLite's own machinery (the
// workspace's identity row, the search vector that stands for the FTS5 table).
#include "store/postgres/pgschema.h"
#include "store/sqlite/sqliteschema.h"
#include "store/workspace.h"
#include "store/workspacelocation.h"
#include "support/pgcluster.h"
#include "support/tempworkspace.h"

#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace lb;

namespace {

using Columns = QMap<QString, QStringList>; // table -> its columns, sorted

Columns sqliteColumns(const QString& path)
{
    Columns result;
    const QString connection = QStringLiteral("schema-compare");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        // FTS5's shadow tables are SQLite's machinery for the search index, not data.
        EXPECT_TRUE(query.exec(QStringLiteral(
            "SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p "
            "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
            "AND m.name NOT LIKE 'leads_fts%'")));
        while (query.next())
            result[query.value(0).toString()] << query.value(1).toString();
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    for (QStringList& columns : result)
        columns.sort();
    return result;
}

Columns pgColumns(const QString& url)
{
    Columns result;
    auto workspace = openWorkspace(url, Workspace::OpenMode::CreateIfMissing);
    workspace.reset();
    const QString connection = QStringLiteral("schema-compare-pg");
    {
        const auto address = parseServerUrl(url).address;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setUserName(address->user);
        db.setDatabaseName(address->database);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(QStringLiteral(
            "SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN "
            "information_schema.tables t USING (table_schema, table_name) WHERE "
            "c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'")));
        while (query.next())
            result[query.value(0).toString()] << query.value(1).toString();
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    for (QStringList& columns : result)
        columns.sort();
    return result;
}

} // namespace

TEST(PgSchema, HoldsEveryTableAndColumnOfTheWorkspaceFile)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    lb::test::TempWorkspace file;
    file.workspace();
    file.close();
    const Columns sqlite = sqliteColumns(file.path());
    lb::test::TempPgDatabase database;
    Columns pg = pgColumns(database.url());

    // PostgreSQL's own: the workspace's identity and version (SQLite keeps them in the file's
    // header), and the search vector (SQLite keeps it in the FTS5 table).
    EXPECT_TRUE(pg.contains(QStringLiteral("leadbench_workspace")));
    pg.remove(QStringLiteral("leadbench_workspace"));
    EXPECT_TRUE(pg[QStringLiteral("leads")].removeOne(QStringLiteral("search")));

    EXPECT_EQ(QStringList(pg.keys()), QStringList(sqlite.keys()));
    for (auto it = sqlite.cbegin(); it != sqlite.cend(); ++it)
        EXPECT_EQ(pg.value(it.key()), it.value()) << it.key().toStdString();
}

TEST(PgSchema, IsAtTheVersionOfTheWorkspaceFile)
{
    EXPECT_EQ(pgschema::currentVersion(), schema::currentVersion());
}
