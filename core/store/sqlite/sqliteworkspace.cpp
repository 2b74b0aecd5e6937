#include "store/sqlite/sqliteworkspace.h"

#include "store/sqlite/eventdigests.h"
#include "store/sqlite/lockwaiting.h"
#include "store/sqlite/schemaverifier.h"
#include "store/sqlite/sqlitebulkwriter.h"
#include "store/sqlite/sqlitecrmlists.h"
#include "store/sqlite/sqlitecrmstore.h"
#include "store/sqlite/sqliteeventrepository.h"
#include "store/sqlite/sqlitehistoryrepository.h"
#include "store/sqlite/sqliteimportsink.h"
#include "store/sqlite/sqliteleadexportsource.h"
#include "store/sqlite/sqliteleadrepository.h"
#include "store/sqlite/sqlitelifecyclestore.h"
#include "store/sqlite/sqlitequalificationstore.h"
#include "store/sqlite/sqlitereportstore.h"
#include "store/sqlite/sqliteschema.h"
#include "store/sqlite/sqlitescorestore.h"
#include "store/sqlite/sqlitesdrstore.h"
#include "store/sqlite/sqlitesettingsrepository.h"
#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteuserrepository.h"
#include "store/sqlite/walcheckpointer.h"
#include "store/sqlite/workspacefiles.h"
#include "store/storeerror.h"
#include "util/allocator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <cstdlib>
#include <sqlite3.h>

namespace lb {

namespace {

QString newConnectionName()
{
    sqlite::configureLibrary(); // before the process's first connection
    configureAllocator();
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("leadbench-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Why a connection to `path` did not open: a disk that failed (or a lack of memory) in the
// words that say so, anything else (no such folder, no permission) with SQLite's reason.
StoreError openError(const QString& path, const QSqlError& error)
{
    if (sqlite::isDiskFailure(error)) {
        try {
            sqlite::throwError(error, path);
        } catch (const StoreError& failure) {
            return failure;
        }
    }
    return StoreError(StoreError::Kind::Io,
                      //: %1 the workspace file, %2 the reason from the database
                      QCoreApplication::translate("lb::Workspace", "cannot open %1: %2")
                          .arg(path, error.databaseText()));
}

// Everything that can be learned about a file without writing to it, so that a file that is
// not ours is refused untouched. Returns the file's schema version.
int inspectExistingFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        throw StoreError(StoreError::Kind::NotAWorkspace,
                         //: %1 the workspace file
                         QCoreApplication::translate(
                             "lb::Workspace", "%1 is not a Leadbench workspace: it is not a file")
                             .arg(path));
    const sqlite::FileStart start = sqlite::readFileStart(path, 100);
    if (!start.bytes.startsWith(QByteArray("SQLite format 3\0", 16)))
        throw StoreError(
            StoreError::Kind::NotAWorkspace,
            //: %1 the workspace file
            QCoreApplication::translate("lb::Workspace",
                                        "%1 is not a Leadbench workspace (not an SQLite database)")
                .arg(path));
    sqlite::checkWholePages(path, start);
    sqlite::checkWritable(path);

    const QString name = newConnectionName();
    int schemaVersion = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // Not read-only, though it only reads: a read-only connection to a file in WAL mode
        // leaves the -wal and -shm files it made behind, and a refused file must be left as
        // it came. As the last connection to close, this one removes them, and with an empty
        // log it has nothing to copy into the file first. A log that is there already (the
        // file is in use, or a program stopped while using it) may hold changes the close
        // would copy into the file: then the connection is read-only, and the files were
        // there before.
        const bool logExists = QFileInfo::exists(path + QStringLiteral("-wal"));
        if (logExists)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        auto closeAndThrow = [&](StoreError::Kind kind, const QString& message) {
            db.close();
            throw StoreError(kind, message);
        };
        if (!db.open()) {
            const StoreError error = openError(path, db.lastError());
            closeAndThrow(error.kind(), error.message());
        }
        try {
            sqlite::harden(sqlite::rawHandle(db));
            sqlite::waitForLocks(sqlite::rawHandle(db));
        } catch (const StoreError& error) {
            closeAndThrow(error.kind(), error.message());
        }
        // A disk that fails to read (or a lack of memory) says nothing of the file: that is
        // reported as what it is, never as damage ("restore a backup" would lose work).
        auto throwUnreadable = [&](const QSqlError& error) {
            try {
                sqlite::throwError(error, path);
            } catch (const StoreError& unreadable) {
                closeAndThrow(unreadable.kind(), unreadable.message());
            }
        };
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
            const QSqlError error = query.lastError();
            const QString detail = error.databaseText();
            query.finish();
            const int code = error.nativeErrorCode().toInt() & 0xff;
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
                closeAndThrow(StoreError::Kind::Locked,
                              //: %1 the workspace file, %2 the database's own message
                              QCoreApplication::translate("lb::Workspace",
                                                          "%1 is locked by another program: %2")
                                  .arg(path, detail));
            if (error.isValid() && !sqlite::isDamage(error))
                throwUnreadable(error);
            closeAndThrow(StoreError::Kind::Corrupted,
                          //: %1 the workspace file, %2 the database's own message
                          QCoreApplication::translate(
                              "lb::Workspace", "%1 is damaged or not a Leadbench workspace: %2")
                              .arg(path, detail));
        }
        const int appId = query.value(0).toInt();
        query.finish();
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            const QSqlError error = query.lastError();
            query.finish();
            if (error.isValid() && !sqlite::isDamage(error))
                throwUnreadable(error);
            closeAndThrow(StoreError::Kind::Corrupted,
                          //: %1 the workspace file, %2 what is wrong
                          QCoreApplication::translate("lb::Workspace", "%1 is damaged: %2")
                              .arg(path, error.text()));
        }
        const int version = query.value(0).toInt();
        query.finish();
        if (appId != schema::applicationId)
            closeAndThrow(
                StoreError::Kind::NotAWorkspace,
                //: %1 the workspace file
                QCoreApplication::translate(
                    "lb::Workspace", "%1 is an SQLite database but not a Leadbench workspace")
                    .arg(path));
        if (version > schema::currentVersion())
            closeAndThrow(StoreError::Kind::NewerVersion,
                          //: %1 the workspace file, %2 and %3 schema version numbers
                          QCoreApplication::translate(
                              "lb::Workspace",
                              "%1 was written by a newer Leadbench (schema version %2; this "
                              "version reads up to %3): update Leadbench to open it")
                              .arg(path)
                              .arg(version)
                              .arg(schema::currentVersion()));
        // Before a byte is written, and against the schema of the file's own version: a
        // migration must not run on a file that someone else's SQL was added to.
        QStringList differences;
        try {
            differences = sqlite::schemaDifferences(db, version);
        } catch (const StoreError& error) {
            closeAndThrow(error.kind(), error.message());
        }
        // The first few say enough; a file of another version altogether differs in dozens.
        constexpr int shown = 4;
        if (differences.size() > shown + 1) {
            const int more = int(differences.size()) - shown;
            differences.resize(shown);
            differences << QCoreApplication::translate("lb::Workspace", "%n more difference(s)",
                                                       nullptr, more);
        }
        if (!differences.isEmpty())
            closeAndThrow(StoreError::Kind::NotAWorkspace,
                          //: %1 is the file, %2 the list of what differs.
                          QCoreApplication::translate(
                              "lb::Workspace",
                              "%1 was changed outside Leadbench and is not opened, so that "
                              "nothing in it can act on your data: %2. Ask its sender for a "
                              "fresh copy, or restore a backup")
                              .arg(path, differences.join(QLatin1String("; "))));
        db.close();
        schemaVersion = version;
    }
    QSqlDatabase::removeDatabase(name);
    return schemaVersion;
}

} // namespace

bool sqliteWorkspaceNeedsUpgrade(const QString& path)
{
    if (!QFileInfo::exists(path))
        return false;
    try {
        const int version = inspectExistingFile(path);
        return version > 0 && version < schema::currentVersion();
    } catch (const StoreError&) {
        return false; // the open that follows says what is wrong with the file
    }
}

namespace {

// A new workspace is made complete under another name and then renamed: a process killed
// midway leaves no file at `path` that a later command would refuse. Private (0600), as are
// the journal files SQLite makes beside it.
void createWorkspaceFile(const QString& path)
{
    const QString partial = sqlite::createPrivateSibling(path, QStringLiteral("creating"));
    const QString name = newConnectionName();
    try {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(partial);
            if (!db.open()) {
                const QString text = db.lastError().databaseText();
                //: %1 the file, %2 the reason from the system
                throw StoreError(StoreError::Kind::Io, QCoreApplication::translate(
                                                           "lb::Workspace", "cannot create %1: %2")
                                                           .arg(path, text));
            }
            try {
                sqlite::harden(sqlite::rawHandle(db));
                sqlite::exec(db,
                             QStringLiteral("PRAGMA application_id=%1").arg(schema::applicationId));
                sqlite::exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
                migrateSqliteWorkspace(db, schema::currentVersion());
            } catch (...) {
                db.close();
                throw;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        sqlite::publish(partial, path);
    } catch (...) {
        if (QSqlDatabase::contains(name))
            QSqlDatabase::removeDatabase(name);
        sqlite::removeWithJournals(partial);
        throw;
    }
}

} // namespace

std::unique_ptr<Workspace> openSqliteWorkspace(const QString& path, Workspace::OpenMode mode)
{
    if (!QFileInfo::exists(path)) {
        if (mode == Workspace::OpenMode::Existing)
            throw StoreError(
                StoreError::Kind::Missing,
                //: %1 the path given
                QCoreApplication::translate("lb::Workspace", "no workspace at %1").arg(path));
        createWorkspaceFile(path);
    }
    inspectExistingFile(path);
    auto workspace = std::make_unique<SqliteWorkspace>(path);
    workspace->migrate();
    return workspace;
}

SqliteWorkspace::SqliteWorkspace(const QString& path)
    : m_path(path), m_connectionName(newConnectionName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const StoreError error = openError(path, db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw error;
    }
    try {
        sqlite::harden(handle());
        sqlite::waitForLocks(handle());
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
    configure();
    sqlite3_commit_hook(handle(), &SqliteWorkspace::refuseLoneCommit, this);
    m_leads = std::make_unique<SqliteLeadRepository>(*this);
    m_events = std::make_unique<SqliteEventRepository>(*this);
    m_history = std::make_unique<SqliteHistoryRepository>(*this);
    m_settings = std::make_unique<SqliteSettingsRepository>(*this);
    m_users = std::make_unique<SqliteUserRepository>(*this);
    m_reports = std::make_unique<SqliteReportStore>(*this);
    m_crm = std::make_unique<SqliteCrmStore>(*this);
    m_crmLists = std::make_unique<SqliteCrmLists>(*this);
    m_qualification = std::make_unique<SqliteQualificationStore>(*this);
    m_lifecycle = std::make_unique<SqliteLifecycleStore>(*this);
    m_owners = makeSqliteOwnerStore(*this);
    m_touches = makeSqliteTouchStore(*this);
    m_checkpointer = std::make_unique<sqlite::WalCheckpointer>(
        handle(), QFileInfo(path).absoluteFilePath().toUtf8());
}

SqliteWorkspace::~SqliteWorkspace()
{
    m_leads.reset();
    m_events.reset();
    m_history.reset();
    m_settings.reset();
    m_users.reset();
    m_reports.reset();
    m_crm.reset();
    m_crmLists.reset();
    m_qualification.reset();
    m_lifecycle.reset();
    m_owners.reset();
    m_touches.reset();
    m_checkpointer.reset(); // its connection closes first: the close below copies the rest
    {
        QSqlDatabase db = database();
        if (db.isOpen()) {
            sqlite3_commit_hook(handle(), nullptr, nullptr);
            if (m_depth > 0)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SqliteWorkspace::configure()
{
    const QSqlDatabase db = database();
    // Extended result codes tell a commit that refuseLoneCommit() refused from a broken rule.
    sqlite3_extended_result_codes(handle(), 1);
    const QString mode = sqlite::scalar(db, QStringLiteral("PRAGMA journal_mode=WAL")).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw StoreError(StoreError::Kind::Io,
                         //: %1 the workspace file, %2 the journal mode SQLite reported (kept as it
                         //: is)
                         QCoreApplication::translate(
                             "lb::Workspace", "%1: cannot switch to write-ahead logging (got %2)")
                             .arg(m_path, mode));
    sqlite::exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    sqlite::exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    sqlite::exec(db, QStringLiteral("PRAGMA cache_size=-65536")); // 64 MiB page cache
    // Temporary data may go to files. Sorts within the cache size stay in memory either way,
    // but only then does the sorter pack its records into one block; with temp_store=MEMORY it
    // allocates each record on its own, and an index build over a million rows takes 1.7x as
    // long (measured in the sqlite3 CLI on lead_scores_score: 1.06 s against 0.63 s).
    sqlite::exec(db, QStringLiteral("PRAGMA temp_store=FILE"));
}

int SqliteWorkspace::schemaVersion()
{
    return sqlite::scalar(database(), QStringLiteral("PRAGMA user_version")).toInt();
}

void migrateSqliteWorkspace(const QSqlDatabase& db, int targetVersion)
{
    const int version = sqlite::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (version >= targetVersion)
        return;
    // All the steps from the file's version to the target are one transaction: a process
    // killed or failing midway leaves the file at its old version, whole, never at one in
    // between that no Leadbench wrote (one commit a step left a version 1 file at 2, 3, ...
    // when killed, neither as it was nor upgraded).
    // Through sqlite::exec, not QSqlDatabase::transaction() and commit(): those drop SQLite's
    // result code, and a failed commit (a full disk) would reach the user in SQLite's own words.
    sqlite::exec(db, QStringLiteral("BEGIN"));
    try {
        for (const schema::Migration& migration : schema::migrations()) {
            if (migration.to <= version || migration.to > targetVersion)
                continue;
            for (const QString& statement : migration.statements)
                sqlite::exec(db, statement);
            if (migration.rebuildsEventDigests)
                sqlite::EventDigests(sqlite::rawHandle(db)).rebuildAll();
            sqlite::exec(db, QStringLiteral("PRAGMA user_version=%1").arg(migration.to));
        }
        sqlite::exec(db, QStringLiteral("COMMIT"));
    } catch (...) {
        // Unless SQLite rolled it back itself already (after an I/O error, say).
        if (sqlite3_get_autocommit(sqlite::rawHandle(db)) == 0)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

void SqliteWorkspace::migrate()
{
    const int version = schemaVersion();
    if (version >= schema::currentVersion())
        return;
    // Never build on a damaged file: check before the first byte of the migration is written.
    if (version > 0) {
        const QStringList problems = integrityProblems();
        if (!problems.isEmpty())
            throw StoreError(StoreError::Kind::Corrupted,
                             //: %1 the workspace file, %2 what is wrong
                             QCoreApplication::translate("lb::Workspace", "%1 is damaged: %2")
                                 .arg(m_path, problems.join(QLatin1String("; "))));
    }
    migrateSqliteWorkspace(database(), schema::currentVersion());
}

LeadRepository& SqliteWorkspace::leads()
{
    return *m_leads;
}
EventRepository& SqliteWorkspace::events()
{
    return *m_events;
}
HistoryRepository& SqliteWorkspace::history()
{
    return *m_history;
}
SettingsRepository& SqliteWorkspace::settings()
{
    return *m_settings;
}
UserRepository& SqliteWorkspace::users()
{
    return *m_users;
}
ReportStore& SqliteWorkspace::reports()
{
    return *m_reports;
}

CrmStore& SqliteWorkspace::crm()
{
    return *m_crm;
}

CrmLists& SqliteWorkspace::crmLists()
{
    return *m_crmLists;
}

QualificationStore& SqliteWorkspace::qualification()
{
    return *m_qualification;
}

LifecycleStore& SqliteWorkspace::lifecycle()
{
    return *m_lifecycle;
}

OwnerStore& SqliteWorkspace::owners()
{
    return *m_owners;
}

TouchStore& SqliteWorkspace::touches()
{
    return *m_touches;
}

std::unique_ptr<ScoreStore> SqliteWorkspace::scoreStore()
{
    return std::make_unique<SqliteScoreStore>(*this);
}

std::unique_ptr<ImportSink> SqliteWorkspace::importSink(qint64 expectedLeads, const QString& actor)
{
    return std::make_unique<SqliteImportSink>(*this, expectedLeads, actor);
}

std::unique_ptr<LeadExportSource> SqliteWorkspace::exportSource()
{
    return std::make_unique<SqliteLeadExportSource>(*this);
}

void SqliteWorkspace::begin()
{
    // BEGIN IMMEDIATE takes the write lock up front, so two writers wait their turn
    // (LockWaitPolicy) instead of failing halfway through a transaction.
    sqlite::exec(database(), m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                          : QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
    ++m_depth;
}

bool SqliteWorkspace::transactionEndedBySqlite()
{
    // After an I/O error, a full disk or a lack of memory SQLite may roll the whole
    // transaction back itself: then nothing is left to undo, and a ROLLBACK would fail
    // ("no transaction is active") in place of the error that says what happened.
    if (m_depth > 0 && sqlite3_get_autocommit(handle()) != 0) {
        m_depth = 0;
        return true;
    }
    return false;
}

int SqliteWorkspace::refuseLoneCommit(void* workspace)
{
    // SQLite rolls a transaction back itself after an I/O error or a lack of memory; a caller
    // that missed the error (a read whose failure looked like "no row") would go on, and each
    // of its later statements would commit on its own: half of the change kept. While a
    // transaction of ours is open, only its own COMMIT may commit; any other commit is turned
    // into a rollback, and its statement fails with SQLITE_CONSTRAINT_COMMITHOOK.
    const auto* self = static_cast<SqliteWorkspace*>(workspace);
    return self->m_depth > 0 && !self->m_committing ? 1 : 0;
}

void SqliteWorkspace::commit()
{
    if (m_depth == 0)
        return;
    if (transactionEndedBySqlite())
        sqlite::throwCode(SQLITE_CONSTRAINT_COMMITHOOK, {});
    --m_depth;
    m_committing = m_depth == 0;
    try {
        sqlite::exec(database(), m_depth == 0 ? QStringLiteral("COMMIT")
                                              : QStringLiteral("RELEASE sp%1").arg(m_depth));
        m_committing = false;
    } catch (...) {
        m_committing = false;
        // A COMMIT or RELEASE that failed leaves its transaction open, unless SQLite rolled it
        // back: the caller's rollback must still find it to end it.
        ++m_depth;
        transactionEndedBySqlite();
        throw;
    }
}

void SqliteWorkspace::rollback()
{
    if (m_depth == 0 || transactionEndedBySqlite())
        return;
    --m_depth;
    if (m_depth == 0) {
        sqlite::exec(database(), QStringLiteral("ROLLBACK"));
    } else {
        sqlite::exec(database(), QStringLiteral("ROLLBACK TO sp%1").arg(m_depth));
        sqlite::exec(database(), QStringLiteral("RELEASE sp%1").arg(m_depth));
    }
}

quint64 SqliteWorkspace::othersChangeCounter()
{
    // SQLite's data_version: per connection, it changes only for other connections' commits.
    return sqlite::scalar(database(), QStringLiteral("PRAGMA data_version")).toULongLong();
}

std::unique_ptr<BulkWriter> SqliteWorkspace::bulkWriter(const BulkWriter::Options& options)
{
    return std::make_unique<SqliteBulkWriter>(*this, options);
}

QStringList SqliteWorkspace::integrityProblems()
{
    // A check that cannot read the file says nothing of it: a disk that fails to read, a lock
    // or a lack of memory is thrown as what it is, never listed as damage (whoever reads
    // "damaged" restores a backup and loses the work since). Only SQLite's verdicts on the
    // file itself are problems.
    auto throwUnlessDamage = [](const QSqlError& error) {
        if (!sqlite::isDamage(error))
            sqlite::throwError(error, {});
    };
    QStringList problems;
    try {
        // What was added to (or changed in) the file since it was opened and verified.
        problems << sqlite::schemaDifferences(database(), schemaVersion());
    } catch (const StoreError& error) {
        if (error.kind() != StoreError::Kind::Corrupted)
            throw;
        problems << error.message();
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        throwUnlessDamage(query.lastError());
        problems << query.lastError().databaseText();
        return problems;
    }
    // A page it could not read is reported as a row ("Page 7: unable to get the page. error
    // code=266"), with the code that says why.
    static const QRegularExpression unreadablePage(
        QStringLiteral("unable to get the page\\. error code=(\\d+)"));
    while (query.next()) {
        const QString line = query.value(0).toString();
        const QRegularExpressionMatch unreadable = unreadablePage.match(line);
        if (unreadable.hasMatch() && !sqlite::isDamageCode(unreadable.captured(1).toInt()))
            sqlite::throwCode(unreadable.captured(1).toInt(), {});
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (query.lastError().isValid()) {
        throwUnlessDamage(query.lastError());
        problems << query.lastError().databaseText();
    }
    // The search index must hold exactly the words of the leads: rank 1 makes FTS5 compare it
    // with the leads table too (it reads and tokenizes every lead again).
    QSqlQuery search(database());
    if (!search.exec(QStringLiteral(
            "INSERT INTO leads_fts(leads_fts, rank) VALUES('integrity-check', 1)"))) {
        const QString text = search.lastError().databaseText();
        if (!text.contains(QLatin1String("readonly")) && !text.contains(QLatin1String("no such"))) {
            throwUnlessDamage(search.lastError());
            //: %1 what differs
            problems << QCoreApplication::translate(
                            "lb::Workspace", "the search index does not match the leads (%1)")
                            .arg(text);
        }
    }
    // Every lead has one score row, whose owner copy (and, before version 4 kept the stage
    // there alone, stage copy) matches the lead's own.
    QSqlQuery scores(database());
    scores.setForwardOnly(true);
    const int version = schemaVersion();
    const QString copiesDiffer = version >= 4 ? QStringLiteral("s.owner_id IS NOT l.owner_id")
                                              : QStringLiteral("s.stage IS NOT l.stage OR "
                                                               "s.owner_id IS NOT l.owner_id");
    if (version >= 3) {
        if (!scores.exec(
                QStringLiteral(
                    "SELECT (SELECT count(*) FROM leads) - (SELECT count(*) FROM lead_scores), "
                    "(SELECT count(*) FROM leads l JOIN lead_scores s ON s.lead_id = l.id "
                    "WHERE %1)")
                    .arg(copiesDiffer)) ||
            !scores.next()) {
            throwUnlessDamage(scores.lastError());
            problems << scores.lastError().databaseText();
        } else {
            const int unscored = int(std::abs(scores.value(0).toLongLong()));
            const int mismatched = int(scores.value(1).toLongLong());
            if (unscored != 0)
                problems << QCoreApplication::translate(
                    "lb::Workspace", "%n lead(s) without their row of scores", nullptr, unscored);
            if (mismatched != 0)
                problems << QCoreApplication::translate(
                    "lb::Workspace", "%n lead(s) whose score row has another stage or owner",
                    nullptr, mismatched);
        }
    }
    if (version >= schema::currentEventDigestsSince()) {
        try {
            // Counted in an int for %n: more than two billion leads is not a workspace.
            const int stale = int(sqlite::EventDigests(handle()).countStale());
            if (stale != 0)
                problems << QCoreApplication::translate(
                    "lb::Workspace", "%n lead(s) whose packed events differ from their events",
                    nullptr, stale);
        } catch (const StoreError& error) {
            if (error.kind() != StoreError::Kind::Corrupted)
                throw;
            problems << error.message();
        }
    }
    QSqlQuery fk(database());
    fk.setForwardOnly(true);
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        throwUnlessDamage(fk.lastError());
        problems << fk.lastError().databaseText();
        return problems;
    }
    while (fk.next())
        problems << QCoreApplication::translate("lb::Workspace",
                                                "row %1 of %2 refers to a missing row of %3")
                        .arg(fk.value(1).toString(), fk.value(0).toString(),
                             fk.value(2).toString());
    if (fk.lastError().isValid()) {
        throwUnlessDamage(fk.lastError());
        problems << fk.lastError().databaseText();
    }
    return problems;
}

void SqliteWorkspace::backupTo(const QString& targetPath)
{
    if (QFileInfo::exists(targetPath))
        throw StoreError(StoreError::Kind::Invalid,
                         //: %1 the file chosen for the backup
                         QCoreApplication::translate(
                             "lb::Workspace", "%1 already exists: choose a new file for the backup")
                             .arg(targetPath));
    // Written under another name in the same folder and renamed when complete: a backup that
    // fails or is killed leaves no partial file (nor its journal) at the target. The empty
    // file made first is private (0600), and VACUUM INTO keeps its mode.
    const QString partial = sqlite::createPrivateSibling(targetPath, QStringLiteral("backup"));
    try {
        // VACUUM INTO writes a consistent, compact copy from one read transaction.
        QSqlQuery query(database());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(partial);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            query.finish();
            sqlite::throwError(
                error,
                QCoreApplication::translate("lb::Workspace", "backup to %1").arg(targetPath));
        }
        query.finish();
        sqlite::publish(partial, targetPath);
    } catch (...) {
        sqlite::removeWithJournals(partial);
        throw;
    }
}

void SqliteWorkspace::waitForBackgroundWrites()
{
    m_checkpointer->waitUntilIdle();
}

sqlite3* SqliteWorkspace::handle() const
{
    return sqlite::rawHandle(database());
}

} // namespace lb
