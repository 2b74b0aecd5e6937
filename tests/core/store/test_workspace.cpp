// The workspace file: creation, pragmas, identity checks, refusal of foreign, damaged and newer
// files (untouched), migrations from every older version, transactions.
#include "store/sqlite/sqliteschema.h"
#include "store/sqlite/sqliteworkspace.h"
#include "store/storeerror.h"
#include "support/tempworkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(lb::test::readFile(path), QCryptographicHash::Sha256);
}

StoreError::Kind openError(const QString& path,
                           Workspace::OpenMode mode = Workspace::OpenMode::Existing)
{
    try {
        openWorkspace(path, mode);
    } catch (const StoreError& error) {
        return error.kind();
    }
    ADD_FAILURE() << "opened " << path.toStdString() << " without complaint";
    return StoreError::Kind::Io;
}

// A raw connection to look at the file the way a third party would.
QVariant pragma(const QString& path, const QString& name)
{
    QVariant value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA ") + name);
        if (query.next())
            value = query.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

Lead sampleLead(const QString& email)
{
    Lead lead;
    lead.email = email;
    lead.firstName = QStringLiteral("Aino");
    lead.lastName = QStringLiteral("Häkkinen");
    lead.company = QStringLiteral("Nordic Widgets Oy");
    lead.title = QStringLiteral("Toimitusjohtaja");
    lead.country = QStringLiteral("FI");
    lead.employees = 120;
    lead.custom.insert(QStringLiteral("Segment"), QStringLiteral("Enterprise"));
    return lead;
}

} // namespace

TEST(Workspace, CreatesFileWithIdentityWalAndCurrentSchema)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    EXPECT_EQ(workspace.schemaVersion(), schema::currentVersion());
    auto& sqlite = dynamic_cast<SqliteWorkspace&>(workspace);
    QSqlQuery query(sqlite.database());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1); // NORMAL
    temp.close();
    EXPECT_EQ(pragma(temp.path(), QStringLiteral("application_id")).toInt(), schema::applicationId);
}

TEST(Workspace, MissingFileIsRefusedUnlessCreating)
{
    TempWorkspace temp;
    EXPECT_EQ(openError(temp.file(QStringLiteral("nope.leadbench"))), StoreError::Kind::Missing);
    EXPECT_FALSE(QFile::exists(temp.file(QStringLiteral("nope.leadbench"))));
}

TEST(Workspace, RefusesCsvFileAndLeavesItUntouched)
{
    TempWorkspace temp;
    const QString csv = temp.file(QStringLiteral("leads.csv"));
    lb::test::writeFile(csv, "email,name\nanna@example.fi,Anna\n");
    const QByteArray before = fileHash(csv);
    EXPECT_EQ(openError(csv), StoreError::Kind::NotAWorkspace);
    EXPECT_EQ(openError(csv, Workspace::OpenMode::CreateIfMissing),
              StoreError::Kind::NotAWorkspace);
    EXPECT_EQ(fileHash(csv), before);
    EXPECT_FALSE(QFile::exists(csv + QStringLiteral("-wal")));
}

TEST(Workspace, RefusesEmptyFile)
{
    TempWorkspace temp;
    const QString empty = temp.file(QStringLiteral("empty.leadbench"));
    lb::test::writeFile(empty, QByteArray());
    EXPECT_EQ(openError(empty, Workspace::OpenMode::CreateIfMissing),
              StoreError::Kind::NotAWorkspace);
    EXPECT_EQ(QFile(empty).size(), 0);
}

TEST(Workspace, RefusesForeignSqliteDatabaseUntouched)
{
    TempWorkspace temp;
    const QString other = temp.file(QStringLiteral("other.db"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(
            QStringLiteral("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(other);
    EXPECT_EQ(openError(other), StoreError::Kind::NotAWorkspace);
    EXPECT_EQ(fileHash(other), before);
}

TEST(Workspace, RefusesNewerSchemaUntouched)
{
    TempWorkspace temp;
    temp.workspace();
    temp.close();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(temp.path());
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(
            QStringLiteral("PRAGMA user_version=%1").arg(schema::currentVersion() + 1));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const QByteArray before = fileHash(temp.path());
    try {
        openWorkspace(temp.path());
        FAIL() << "a newer workspace was opened";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::NewerVersion);
        EXPECT_TRUE(error.message().contains(QStringLiteral("newer")))
            << error.message().toStdString();
        EXPECT_TRUE(error.isWorkspaceProblem());
    }
    EXPECT_EQ(fileHash(temp.path()), before);
}

TEST(Workspace, DamagedFileIsReportedAsCorrupted)
{
    TempWorkspace temp;
    {
        Workspace& workspace = temp.workspace();
        Transaction transaction(workspace);
        for (int i = 0; i < 300; ++i) {
            Lead lead = sampleLead(QStringLiteral("lead%1@example.fi").arg(i));
            workspace.leads().insert(lead, QStringLiteral("test"));
        }
        transaction.commit();
        temp.close();
    }
    // Checkpoint so the rows are in the main file, then overwrite pages in the middle.
    pragma(temp.path(), QStringLiteral("wal_checkpoint(TRUNCATE)"));
    QFile file(temp.path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    ASSERT_GT(size, 8 * 4096);
    for (qint64 offset = 4096 * 2; offset < size - 4096; offset += 4096) {
        file.seek(offset);
        file.write(QByteArray(4096, '\x5a'));
    }
    file.close();
    bool reported = false;
    try {
        auto workspace = openWorkspace(temp.path());
        reported = !workspace->integrityProblems().isEmpty();
        if (!reported)
            workspace->leads().count({});
    } catch (const StoreError& error) {
        reported = error.kind() == StoreError::Kind::Corrupted ||
                   error.kind() == StoreError::Kind::NotAWorkspace;
    }
    EXPECT_TRUE(reported);
}

TEST(Workspace, MigratesFromEveryOlderVersion)
{
    for (int from = 0; from < schema::currentVersion(); ++from) {
        TempWorkspace temp;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(temp.path());
            ASSERT_TRUE(db.open());
            QSqlQuery(db).exec(
                QStringLiteral("PRAGMA application_id=%1").arg(schema::applicationId));
            migrateSqliteWorkspace(db, from);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        EXPECT_EQ(pragma(temp.path(), QStringLiteral("user_version")).toInt(), from);
        Workspace& workspace = temp.workspace();
        EXPECT_EQ(workspace.schemaVersion(), schema::currentVersion()) << "from version " << from;
        EXPECT_TRUE(workspace.integrityProblems().isEmpty());
        Lead lead = sampleLead(QStringLiteral("migrated@example.fi"));
        workspace.leads().insert(lead, QStringLiteral("test"));
        EXPECT_TRUE(
            workspace.leads().findByEmail(QStringLiteral("MIGRATED@example.fi")).has_value());
    }
}

// Version 3 moved the scores into lead_scores: a version 2 workspace keeps every score, and
// the copies of stage and owner follow later changes of the lead.
// From version 2 on: version 3 moves the scores into lead_scores, version 4 the stages,
// version 5 rebuilds the search index without word counts.
TEST(Workspace, MigrationsKeepScoresAndStages)
{
    TempWorkspace temp;
    test::makeWorkspaceAtVersion(temp.path(), 2, [](QSqlQuery& query) {
        ASSERT_TRUE(query.exec(QStringLiteral(
            "INSERT INTO users(id, name, created_at) VALUES(7, 'Aino', '2026-01-01T00:00:00Z')")));
        for (int i = 1; i <= 3; ++i)
            ASSERT_TRUE(query.exec(
                QStringLiteral("INSERT INTO leads(id, email, last_name, stage, stage_changed_at, "
                               "score, score_fit, score_behavior, grade, scored_at, owner_id, "
                               "created_at, updated_at, updated_by) VALUES(%1, 'l%1@x.fi', "
                               "'Last%1', '%2', '2026-01-01T00:00:00Z', %3, %4, %5, 'B', "
                               "'2026-02-01T00:00:00Z', %6, '2026-01-01T00:00:00Z', "
                               "'2026-01-01T00:00:00Z', 'test')")
                    .arg(i)
                    .arg(i == 2 ? QStringLiteral("MQL") : QStringLiteral("New"))
                    .arg(i * 30)
                    .arg(i * 20)
                    .arg(i * 10)
                    .arg(i == 3 ? QStringLiteral("7") : QStringLiteral("NULL"))))
                << query.lastError().text().toStdString();
        ASSERT_TRUE(
            query.exec(QStringLiteral("INSERT INTO leads_fts(leads_fts) VALUES('rebuild')")));
    });
    Workspace& workspace = temp.workspace();
    EXPECT_EQ(workspace.schemaVersion(), schema::currentVersion());
    EXPECT_TRUE(workspace.integrityProblems().isEmpty())
        << workspace.integrityProblems().join(';').toStdString();
    const std::optional<Lead> second = workspace.leads().find(2);
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->stage, Stage::MQL);
    EXPECT_EQ(second->stageChangedAt, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    const std::optional<Lead> third = workspace.leads().find(3);
    ASSERT_TRUE(third.has_value());
    EXPECT_EQ(third->score.total, 90);
    EXPECT_EQ(third->score.fit, 60);
    EXPECT_EQ(third->score.behavior, 30);
    EXPECT_EQ(third->score.grade, QStringLiteral("B"));
    EXPECT_EQ(third->owner, QStringLiteral("Aino"));
    EXPECT_EQ(workspace.leads().count({.search = QStringLiteral("last2")}), 1);
    EXPECT_EQ(pragma(temp.path(), QStringLiteral("table_info('leads_fts_docsize')")), QVariant());
    const QList<LeadRow> best = workspace.leads().rows({}, {LeadSortKey::Score, true}, 0, 10);
    ASSERT_EQ(best.size(), 3);
    EXPECT_EQ(best[0].id, 3);
    EXPECT_EQ(best[2].id, 1);
    EXPECT_EQ(workspace.leads().count({.stage = Stage::MQL}), 1);
    EXPECT_EQ(workspace.leads().count({.owner = QStringLiteral("Aino")}), 1);
    // An edit of stage and owner reaches the copies the filters read.
    Lead first = *workspace.leads().find(1);
    first.stage = Stage::MQL;
    first.owner = QStringLiteral("Aino");
    workspace.leads().update(first, QStringLiteral("test"));
    EXPECT_EQ(workspace.leads().count({.stage = Stage::MQL}), 2);
    EXPECT_EQ(workspace.leads().count({.owner = QStringLiteral("Aino")}), 2);
    EXPECT_EQ(workspace.leads().countByStage().value(Stage::New), 1);
    EXPECT_EQ(workspace.leads().countByStage().value(Stage::MQL), 2);
    EXPECT_TRUE(workspace.integrityProblems().isEmpty());
}

TEST(Workspace, FailedMigrationRollsBackCompletely)
{
    TempWorkspace temp;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
    db.setDatabaseName(temp.path());
    ASSERT_TRUE(db.open());
    // A table with the name of one the migration creates makes it fail halfway.
    QSqlQuery(db).exec(QStringLiteral("CREATE TABLE leads(x)"));
    EXPECT_THROW(migrateSqliteWorkspace(db, schema::currentVersion()), StoreError);
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA user_version"));
    query.next();
    EXPECT_EQ(query.value(0).toInt(), 0);
    query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'users'"));
    query.next();
    EXPECT_EQ(query.value(0).toInt(), 0) << "the tables created before the failure were kept";
    query.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("clash"));
}

TEST(Workspace, TransactionRollsBackUnlessCommitted)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    {
        Transaction transaction(workspace);
        Lead lead = sampleLead(QStringLiteral("gone@example.fi"));
        workspace.leads().insert(lead, QStringLiteral("test"));
        EXPECT_EQ(workspace.leads().count({}), 1);
    }
    EXPECT_EQ(workspace.leads().count({}), 0);
    try {
        Transaction transaction(workspace);
        Lead first = sampleLead(QStringLiteral("dup@example.fi"));
        workspace.leads().insert(first, QStringLiteral("test"));
        Lead second = sampleLead(QStringLiteral("dup@example.fi"));
        workspace.leads().insert(second, QStringLiteral("test")); // unique e-mail: throws
        transaction.commit();
        FAIL() << "a duplicate e-mail was accepted";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Invalid);
    }
    EXPECT_EQ(workspace.leads().count({}), 0);
    EXPECT_TRUE(workspace.leads().count(LeadFilter{.search = QStringLiteral("dup")}) == 0);
}

TEST(Workspace, BackupIsAConsistentWorkspace)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    Lead lead = sampleLead(QStringLiteral("kept@example.fi"));
    workspace.leads().insert(lead, QStringLiteral("test"));
    const QString copy = temp.file(QStringLiteral("copy.leadbench"));
    workspace.backupTo(copy);
    auto restored = openWorkspace(copy);
    EXPECT_EQ(restored->leads().count({}), 1);
    EXPECT_TRUE(restored->integrityProblems().isEmpty());
    EXPECT_THROW(workspace.backupTo(copy), StoreError) << "a backup must not overwrite a file";
}

TEST(Workspace, ASearchIndexThatLostWordsIsReportedAsAProblem)
{
    TempWorkspace temp;
    Lead lead;
    lead.email = QStringLiteral("anna@example.fi");
    lead.lastName = QStringLiteral("Virtanen");
    temp.workspace().leads().insert(lead, QStringLiteral("tester"));
    EXPECT_TRUE(temp.workspace().integrityProblems().isEmpty());
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("harm"));
        db.setDatabaseName(temp.path());
        ASSERT_TRUE(db.open());
        // Forget the lead's words behind the index's back.
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO leads_fts(leads_fts) VALUES('delete-all')"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("harm"));
    const QStringList problems = temp.workspace().integrityProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.constFirst().contains(QStringLiteral("search index")));
}

TEST(Workspace, SaysWhichFilesAnOpenWillUpgrade)
{
    TempWorkspace temp;
    EXPECT_FALSE(workspaceNeedsUpgrade(temp.path())) << "no file yet";
    test::makeWorkspaceAtVersion(temp.path(), schema::currentVersion() - 1, [](QSqlQuery&) {});
    EXPECT_TRUE(workspaceNeedsUpgrade(temp.path()));
    temp.workspace();
    EXPECT_FALSE(workspaceNeedsUpgrade(temp.path())) << "opened, so upgraded";
    const QString text = temp.file(QStringLiteral("leads.csv"));
    lb::test::writeFile(text, "email\nanna@x.fi\n");
    EXPECT_FALSE(workspaceNeedsUpgrade(text)) << "not a workspace: the open says why";
}

namespace {

// Runs `sql` through a connection of its own, as another program on the same file would.
void alterBehindTheBack(const QString& path, const QString& sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("alter"));
}

QFileDevice::Permissions permissionBits(const QString& path)
{
    return QFile::permissions(path) &
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

} // namespace

// Personal data: the file and the journals SQLite keeps beside it while it is open.
TEST(Workspace, ANewWorkspaceAndItsJournalsAreForTheirOwnerOnly)
{
    TempWorkspace temp;
    Lead lead = sampleLead(QStringLiteral("private@example.fi"));
    temp.workspace().leads().insert(lead, QStringLiteral("test"));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    EXPECT_EQ(permissionBits(temp.path()), ownerOnly);
    ASSERT_TRUE(QFile::exists(temp.path() + QStringLiteral("-wal")));
    EXPECT_EQ(permissionBits(temp.path() + QStringLiteral("-wal")), ownerOnly);
    EXPECT_EQ(permissionBits(temp.path() + QStringLiteral("-shm")), ownerOnly);
    const QString copy = temp.file(QStringLiteral("copy.leadbench"));
    temp.workspace().backupTo(copy);
    EXPECT_EQ(permissionBits(copy), ownerOnly);
}

// What the window shows when it refuses a file: what was added, in words, and no statement.
TEST(Workspace, AnAddedTriggerIsRefusedWithAClearMessageAndUntouched)
{
    TempWorkspace temp;
    temp.workspace();
    temp.close();
    alterBehindTheBack(temp.path(),
                       QStringLiteral("CREATE TRIGGER rename_all AFTER INSERT ON "
                                      "leads BEGIN UPDATE leads SET title = 'x'; END"));
    const QByteArray before = fileHash(temp.path());
    try {
        openWorkspace(temp.path());
        ADD_FAILURE() << "opened a workspace with a trigger of someone else's";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::NotAWorkspace);
        EXPECT_TRUE(error.isWorkspaceProblem());
        EXPECT_TRUE(error.message().contains(QStringLiteral("changed outside Leadbench")))
            << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QStringLiteral("rename_all")));
        EXPECT_FALSE(error.message().contains(QStringLiteral("UPDATE")));
    }
    EXPECT_EQ(fileHash(temp.path()), before);
    EXPECT_FALSE(QFile::exists(temp.path() + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(temp.path() + QStringLiteral("-shm")));
}

// A trigger added while the workspace is open is not in the file the open verified: the
// integrity check (the CLI's `check`, the window's Check Workspace) names it.
TEST(Workspace, TheIntegrityCheckNamesWhatWasAddedWhileOpen)
{
    TempWorkspace temp;
    EXPECT_TRUE(temp.workspace().integrityProblems().isEmpty());
    alterBehindTheBack(temp.path(), QStringLiteral("CREATE VIEW peek AS SELECT email FROM leads"));
    const QStringList problems = temp.workspace().integrityProblems();
    ASSERT_EQ(problems.size(), 1) << problems.join(';').toStdString();
    EXPECT_TRUE(problems.constFirst().contains(QStringLiteral("peek")));
}

// The schema each version expects is what its migrations make: every older workspace made by
// them opens (and is then migrated), and the current one holds the latest migration's objects.
TEST(Workspace, EveryVersionsOwnSchemaIsAccepted)
{
    for (int version = 1; version <= schema::currentVersion(); ++version) {
        TempWorkspace temp;
        test::makeWorkspaceAtVersion(temp.path(), version, [](QSqlQuery&) {});
        EXPECT_NO_THROW(temp.workspace()) << "version " << version;
    }
}

// A foreign database with changes still in its write-ahead log (its program stopped while
// using it): refusing it copies nothing from the log into it.
TEST(Workspace, RefusesAForeignDatabaseWithALogUntouched)
{
    TempWorkspace temp;
    const QString path = temp.file(QStringLiteral("other.sqlite"));
    const QString stopped = temp.file(QStringLiteral("stopped.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE notes(x)")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO notes VALUES('kept in the log')")));
        query.finish();
        // The files as they are while the program runs: as a crash would leave them.
        ASSERT_TRUE(QFile::copy(path, stopped));
        ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"), stopped + QStringLiteral("-wal")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(stopped);
    EXPECT_EQ(openError(stopped), StoreError::Kind::NotAWorkspace);
    EXPECT_EQ(fileHash(stopped), before);
    EXPECT_TRUE(QFile::exists(stopped + QStringLiteral("-wal")));
}
