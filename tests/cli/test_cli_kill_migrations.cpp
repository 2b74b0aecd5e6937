// Crash safety of the schema migrations (issue 18): a workspace of every older schema version,
// upgraded by the next command that opens it (`init` here), killed at random points, is left
// exactly as it was (its old version, to be upgraded by the next command) or fully upgraded —
// never at a version in between — and sound, and the next command works. See
// support/killpoints.h.
#include "store/sqlite/sqliteschema.h"
#include "store/sqlite/sqliteworkspace.h"
#include "support/cliprocess.h"
#include "support/killpoints.h"
#include "support/tempworkspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace lb;

namespace {

// The tables version 1 shares with the current schema: copied by version 1's columns (later
// versions added columns at their ends, which the upgrade fills).
const char* const unchangedTables[] = {"users",
                                       "settings",
                                       "scoring_models",
                                       "accounts",
                                       "contacts",
                                       "opportunities",
                                       "opportunity_history",
                                       "lead_frameworks",
                                       "framework_answers",
                                       "notes"};

// Copies a current workspace's data (a demo) into a version 1 file: leads with their stage and
// score columns, event times in seconds, and the search index rebuilt.
void fillVersion1(QSqlQuery& query, const QString& current)
{
    auto run = [&query](const QString& sql) {
        ASSERT_TRUE(query.exec(sql))
            << query.lastError().text().toStdString() << " in " << sql.toStdString();
    };
    // In write-ahead logging, as every Leadbench has made its workspaces.
    run(QStringLiteral("PRAGMA journal_mode=WAL"));
    run(QStringLiteral("ATTACH DATABASE '%1' AS current").arg(current));
    for (const char* table : unchangedTables) {
        QStringList columns;
        ASSERT_TRUE(
            query.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(QLatin1String(table))));
        while (query.next())
            columns << query.value(1).toString();
        ASSERT_FALSE(columns.isEmpty()) << table;
        const QString list = columns.join(QLatin1String(", "));
        run(QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM current.%1")
                .arg(QLatin1String(table), list));
    }
    // Version 9 added the score a move was made with.
    run(QStringLiteral("INSERT INTO main.stage_history SELECT id, lead_id, at, from_stage, "
                       "to_stage, by_user, reason, override FROM current.stage_history"));
    run(QStringLiteral(
        "INSERT INTO main.leads(id, email, first_name, last_name, phone, title, company, "
        "company_norm, website, industry, employees, annual_revenue, budget, expected_close, "
        "country, city, source, owner_id, notes, custom, stage, stage_changed_at, score, "
        "score_fit, score_behavior, grade, score_model_id, scored_at, last_activity_at, "
        "created_at, updated_at, updated_by, version, converted_account_id, "
        "converted_contact_id, converted_opportunity_id) SELECT l.id, l.email, l.first_name, "
        "l.last_name, l.phone, l.title, l.company, l.company_norm, l.website, l.industry, "
        "l.employees, l.annual_revenue, l.budget, l.expected_close, l.country, l.city, "
        "l.source, l.owner_id, l.notes, l.custom, s.stage, strftime('%Y-%m-%dT%H:%M:%SZ', "
        "s.stage_changed_at, 'unixepoch'), s.score, s.fit, s.behavior, s.grade, s.model_id, "
        "s.scored_at, l.last_activity_at, l.created_at, l.updated_at, l.updated_by, l.version, "
        "l.converted_account_id, l.converted_contact_id, l.converted_opportunity_id FROM "
        "current.leads l JOIN current.lead_scores s ON s.lead_id = l.id ORDER BY l.id"));
    // Version 1 kept whole seconds: events of the same second and kind become one.
    run(QStringLiteral("INSERT OR IGNORE INTO main.events(lead_id, occurred_at, type, detail) "
                       "SELECT lead_id, occurred_at / 1000, type, detail FROM current.events"));
    run(QStringLiteral("DETACH DATABASE current"));
    run(QStringLiteral("INSERT INTO leads_fts(leads_fts) VALUES('rebuild')"));
}

// Brings a version 1 file up to `version` with the migrations of that time.
void migrateTo(const QString& path, int version)
{
    const QString connection = QStringLiteral("older-version");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        migrateSqliteWorkspace(db, version);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

class CliKillMigrations : public ::testing::TestWithParam<int>
{
protected:
    test::KillPoints m_points{
        QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name())};
    QTemporaryDir m_dir;
};

TEST_P(CliKillMigrations, UpgradeIsWholeOrNotAtAll)
{
    const int version = GetParam();
    const QString demo = m_dir.filePath(QStringLiteral("demo.leadbench"));
    const test::CliResult made =
        test::runCli({"--db", demo, "demo", "--leads", "6000", "--seed", "18"}, {}, 240000);
    ASSERT_EQ(made.exitCode, 0) << made.errText().toStdString();
    const QString older = m_dir.filePath(QStringLiteral("older.leadbench"));
    test::makeWorkspaceAtVersion(older, 1, [&](QSqlQuery& query) { fillVersion1(query, demo); });
    if (version > 1)
        migrateTo(older, version);
    if (HasFatalFailure())
        return;
    ASSERT_EQ(m_points.dump(older).userVersion, version);

    test::killWorkspaceOperation(
        m_points, {QStringLiteral("upgrade from version %1").arg(version),
                   older,
                   {},
                   [](const QString&) { return QStringList{QStringLiteral("init")}; },
                   {QStringLiteral("qualify"), QStringLiteral("1"), QStringLiteral("--framework"),
                    QStringLiteral("BANT"), QStringLiteral("--criterion"), QStringLiteral("budget"),
                    QStringLiteral("--status"), QStringLiteral("partial")},
                   8});
    m_points.printSummary();
}

// Every version a user's file may still have.
INSTANTIATE_TEST_SUITE_P(EveryOlderVersion, CliKillMigrations,
                         ::testing::Range(1, schema::currentVersion()),
                         [](const ::testing::TestParamInfo<int>& info) {
                             return "FromVersion" + std::to_string(info.param);
                         });

} // namespace
