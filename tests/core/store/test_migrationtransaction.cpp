// An upgrade over several schema versions is one transaction: a step that fails (or a process
// killed midway, tests/cli/test_cli_kill_migrations.cpp) leaves the file at the version it had,
// with nothing of the earlier steps in it, never at a version in between.
#include "store/sqlite/sqliteschema.h"
#include "store/sqlite/sqliteworkspace.h"
#include "support/tempworkspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace lb;

namespace {

TEST(MigrationTransaction, AFailingStepLeavesTheFileAtItsOldVersion)
{
    test::TempWorkspace temp;
    test::makeWorkspaceAtVersion(temp.path(), 1, [](QSqlQuery& query) {
        ASSERT_TRUE(query.exec(QStringLiteral(
            "INSERT INTO leads(id, email, last_name, stage, stage_changed_at, created_at, "
            "updated_at, updated_by) VALUES(1, 'a@x.fi', 'A', 'MQL', '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'test')")))
            << query.lastError().text().toStdString();
        // Version 6 creates this table: its step fails after versions 2 to 5 have run.
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE event_types(x)")));
    });
    const QString connection = QStringLiteral("failing-upgrade");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(temp.path());
        ASSERT_TRUE(db.open());
        EXPECT_ANY_THROW(migrateSqliteWorkspace(db, schema::currentVersion()));
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 1) << "left at a version in between";
        query.finish();
        // Nothing of versions 2 to 5: no score table, the stage still in the leads table.
        ASSERT_TRUE(query.exec(QStringLiteral(
                        "SELECT count(*) FROM sqlite_master WHERE name IN ('lead_scores', "
                        "'leads_country')")) &&
                    query.next());
        EXPECT_EQ(query.value(0).toInt(), 0);
        query.finish();
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT stage FROM leads WHERE id = 1")) &&
                    query.next())
            << query.lastError().text().toStdString();
        EXPECT_EQ(query.value(0).toString(), QStringLiteral("MQL"));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace
