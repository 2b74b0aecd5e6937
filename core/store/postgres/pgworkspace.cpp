#include "store/postgres/pgworkspace.h"

#include "store/lockwait.h"
#include "store/postgres/pgbulkwriter.h"
#include "store/postgres/pgcrmlists.h"
#include "store/postgres/pgcrmstore.h"
#include "store/postgres/pgeventrepository.h"
#include "store/postgres/pghistoryrepository.h"
#include "store/postgres/pgimportsink.h"
#include "store/postgres/pgleadexportsource.h"
#include "store/postgres/pgleadrepository.h"
#include "store/postgres/pglifecyclestore.h"
#include "store/postgres/pgqualificationstore.h"
#include "store/postgres/pgreportstore.h"
#include "store/postgres/pgschema.h"
#include "store/postgres/pgscorestore.h"
#include "store/postgres/pgsdrstore.h"
#include "store/postgres/pgsettingsrepository.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgteamroles.h"
#include "store/postgres/pguserrepository.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QThread>
#include <chrono>

namespace lb {

namespace {

using std::chrono::milliseconds;

// The channel every commit that wrote notifies (commit()) and a window listens on.
const QString changeChannel = QStringLiteral("leadbench_changes");

// The key of the workspace's write lock (pg_advisory_xact_lock): advisory locks are per
// database, so one constant serves every team workspace. "LdBn", as the SQLite files'
// application id.
constexpr qint64 writeLockKey = 0x4C64426E;
constexpr int applicationId = 0x4C64426E;

bool onMainThread()
{
    const QCoreApplication* app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

// What a database holds before we touch it.
enum class Contents
{
    Empty,        // no table of its own: a new team workspace may be made in it
    Workspace,    // a Leadbench team workspace
    SomethingElse // tables that are not ours: refused untouched
};

Contents inspect(const QSqlDatabase& db)
{
    if (!pg::scalar(db, QStringLiteral("SELECT to_regclass('leadbench_workspace')")).isNull())
        return Contents::Workspace;
    const qint64 tables =
        pg::scalar(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN "
                                      "pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                      "WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname = "
                                      "current_schema()"))
            .toLongLong();
    return tables == 0 ? Contents::Empty : Contents::SomethingElse;
}

// The schema version of a team workspace, after checking the database is one.
int inspectedVersion(const QSqlDatabase& db, const QString& shownUrl)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT application_id, schema_version FROM leadbench_workspace")) ||
        !query.next() || query.value(0).toInt() != applicationId)
        throw StoreError(StoreError::Kind::NotAWorkspace,
                         //: %1 the server's address
                         QCoreApplication::translate("lb::Workspace",
                                                     "%1 is not a Leadbench team workspace: its "
                                                     "database holds tables of another program")
                             .arg(shownUrl));
    const int version = query.value(1).toInt();
    if (version > pgschema::currentVersion())
        throw StoreError(
            StoreError::Kind::NewerVersion,
            //: %1 the server's address, %2 and %3 schema version numbers
            QCoreApplication::translate("lb::Workspace",
                                        "%1 was made by a newer Leadbench (schema version %2; this "
                                        "Leadbench knows up to %3): update Leadbench to open it")
                .arg(shownUrl)
                .arg(version)
                .arg(pgschema::currentVersion()));
    return version;
}

// Creates the database named by `address` from the server's maintenance database, for an
// `init` on a server where it is not there yet. Needs the CREATEDB privilege; the error says so.
void createDatabase(const ServerAddress& address, const QString& shownUrl)
{
    ServerAddress maintenance = address;
    maintenance.database = QStringLiteral("postgres");
    const QString name = pg::newConnectionName();
    {
        QSqlDatabase db = pg::connect(maintenance, name, shownUrl);
        QSqlQuery query(db);
        const QString quoted =
            QLatin1Char('"') +
            QString(address.database).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
            QLatin1Char('"');
        const bool made = query.exec(QStringLiteral("CREATE DATABASE ") + quoted +
                                     QStringLiteral(" ENCODING 'UTF8' TEMPLATE template0"));
        const QSqlError error = query.lastError();
        query = QSqlQuery();
        db.close();
        if (!made && error.nativeErrorCode() != QLatin1String("42P04")) { // made meanwhile
            QSqlDatabase::removeDatabase(name);
            pg::throwError(error, shownUrl);
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

std::unique_ptr<Workspace> openPgWorkspace(const QString& url, Workspace::OpenMode mode)
{
    const ServerAddressOrError parsed = parseServerUrl(url);
    if (!parsed.address)
        throw StoreError(StoreError::Kind::Io, parsed.error);
    const QString shownUrl = displayedLocation(url);
    std::unique_ptr<PgWorkspace> workspace;
    try {
        workspace = std::make_unique<PgWorkspace>(*parsed.address, shownUrl);
    } catch (const StoreError& error) {
        if (error.kind() != StoreError::Kind::Missing ||
            mode != Workspace::OpenMode::CreateIfMissing)
            throw;
        createDatabase(*parsed.address, shownUrl);
        workspace = std::make_unique<PgWorkspace>(*parsed.address, shownUrl);
    }
    workspace->migrate(mode == Workspace::OpenMode::CreateIfMissing);
    return workspace;
}

bool pgWorkspaceNeedsUpgrade(const QString& url)
{
    const ServerAddressOrError parsed = parseServerUrl(url);
    if (!parsed.address)
        return false;
    const QString name = pg::newConnectionName();
    bool older = false;
    {
        try {
            QSqlDatabase db = pg::connect(*parsed.address, name, displayedLocation(url));
            if (inspect(db) == Contents::Workspace)
                older = inspectedVersion(db, displayedLocation(url)) < pgschema::currentVersion();
            db.close();
        } catch (const StoreError&) {
            // openWorkspace() says what is wrong; this only asks whether to warn of an upgrade.
        }
    }
    QSqlDatabase::removeDatabase(name);
    return older;
}

PgWorkspace::PgWorkspace(const ServerAddress& address, const QString& shownUrl)
    : m_shownUrl(shownUrl), m_connectionName(pg::newConnectionName())
{
    QSqlDatabase db = pg::connect(address, m_connectionName, shownUrl);
    try {
        // Times are compared and sorted as ISO 8601 text, as on SQLite: nothing depends on the
        // server's time zone or date style. The session speaks UTF-8 whatever the server's
        // default is.
        pg::exec(db, QStringLiteral("SET client_encoding = 'UTF8'"));
        pg::exec(db, QStringLiteral("SET TIME ZONE 'UTC'"));
        // The lead table's statements read a page or a count: compiling one (PostgreSQL's JIT
        // takes any plan over a million rows) costs more than it saves, up to a tenth of a
        // second a keystroke.
        pg::exec(db, QStringLiteral("SET jit = off"));
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
    m_leads = std::make_unique<PgLeadRepository>(*this);
    m_events = std::make_unique<PgEventRepository>(*this);
    m_history = std::make_unique<PgHistoryRepository>(*this);
    m_settings = std::make_unique<PgSettingsRepository>(*this);
    m_users = std::make_unique<PgUserRepository>(*this);
    m_crm = std::make_unique<PgCrmStore>(*this);
    m_crmLists = std::make_unique<PgCrmLists>(*this);
    m_qualification = std::make_unique<PgQualificationStore>(*this);
    m_lifecycle = std::make_unique<PgLifecycleStore>(*this);
    m_reports = std::make_unique<PgReportStore>(*this);
    m_owners = makePgOwnerStore(*this);
    m_touches = makePgTouchStore(*this);
    m_teamRoles = std::make_unique<PgTeamRoles>(*this);
}

PgWorkspace::~PgWorkspace()
{
    m_leads.reset();
    m_events.reset();
    m_history.reset();
    m_settings.reset();
    m_users.reset();
    m_crm.reset();
    m_crmLists.reset();
    m_qualification.reset();
    m_lifecycle.reset();
    m_reports.reset();
    m_owners.reset();
    m_touches.reset();
    m_teamRoles.reset();
    {
        QSqlDatabase db = database();
        if (db.isOpen()) {
            if (m_depth > 0) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("ROLLBACK"));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void PgWorkspace::migrate(bool mayCreate)
{
    const QSqlDatabase db = database();
    // Opening a current workspace takes no lock (a teammate's long import would hold it up).
    if (inspect(db) == Contents::Workspace &&
        inspectedVersion(db, m_shownUrl) == pgschema::currentVersion())
        return;
    // Under the write lock: two programs opening a new database at once make its schema once.
    Transaction transaction(*this);
    switch (inspect(db)) {
    case Contents::SomethingElse:
        throw StoreError(StoreError::Kind::NotAWorkspace,
                         //: %1 the server's address
                         QCoreApplication::translate("lb::Workspace",
                                                     "%1 is not a Leadbench team workspace: its "
                                                     "database holds tables of another program")
                             .arg(m_shownUrl));
    case Contents::Empty:
        if (!mayCreate)
            throw StoreError(StoreError::Kind::Missing,
                             //: %1 the server's address
                             QCoreApplication::translate(
                                 "lb::Workspace", "%1 holds no Leadbench workspace yet: make one "
                                                  "with leadbench-cli --db %1 init")
                                 .arg(m_shownUrl));
        for (const QString& statement : pgschema::createStatements())
            pg::exec(db, statement);
        break;
    case Contents::Workspace:
        break;
    }
    int version = inspectedVersion(db, m_shownUrl);
    for (const pgschema::Migration& migration : pgschema::migrations()) {
        if (migration.to <= version)
            continue;
        for (const QString& statement : migration.statements)
            pg::exec(db, statement);
        QSqlQuery setVersion =
            pg::prepare(db, QStringLiteral("UPDATE leadbench_workspace SET schema_version = ?"));
        setVersion.addBindValue(migration.to);
        pg::exec(setVersion);
        version = migration.to;
    }
    transaction.commit();
}

int PgWorkspace::schemaVersion()
{
    return pg::scalar(database(), QStringLiteral("SELECT schema_version FROM leadbench_workspace"))
        .toInt();
}

void PgWorkspace::takeWriteLock()
{
    const LockWaitPolicy policy = lockWaitPolicy();
    const milliseconds limit =
        onMainThread() && policy.mainThreadLimit ? *policy.mainThreadLimit : policy.limit;
    QElapsedTimer waited;
    waited.start();
    milliseconds nextNotice = policy.noticeAfter;
    milliseconds pause(2);
    QSqlQuery tryLock =
        pg::prepare(database(), QStringLiteral("SELECT pg_try_advisory_xact_lock(?)"));
    tryLock.addBindValue(writeLockKey);
    for (;;) {
        pg::exec(tryLock);
        if (tryLock.next() && tryLock.value(0).toBool())
            return;
        const milliseconds elapsed(waited.elapsed());
        if (elapsed >= limit)
            throw StoreError(StoreError::Kind::Locked,
                             //: %1 the server's address
                             QCoreApplication::translate(
                                 "lb::Store", "the team workspace %1 is busy with a teammate's "
                                              "change; try again when it has finished")
                                 .arg(m_shownUrl));
        if (policy.onWaiting && elapsed >= nextNotice) {
            policy.onWaiting(elapsed, m_shownUrl);
            nextNotice += policy.noticeEvery;
        }
        // Polled, as SQLite's busy handler does, so the wait keeps to the policy's limit and
        // notices; a turn is rarely longer than a few milliseconds.
        QThread::msleep(static_cast<unsigned long>(pause.count()));
        pause = std::min(pause * 2, milliseconds(50));
    }
}

void PgWorkspace::begin()
{
    if (m_depth > 0) {
        pg::exec(database(), QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
        ++m_depth;
        return;
    }
    pg::exec(database(), QStringLiteral("BEGIN"));
    m_depth = 1;
    try {
        takeWriteLock();
    } catch (...) {
        m_depth = 0;
        QSqlQuery rollback(database());
        rollback.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

void PgWorkspace::commit()
{
    if (m_depth == 0)
        return;
    if (m_depth > 1) {
        pg::exec(database(), QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1));
        --m_depth;
        return;
    }
    // A transaction that wrote anything bumps the workspace's change counter and tells the
    // listening teammates, both only when it commits.
    QSqlQuery changed(database());
    changed.setForwardOnly(true);
    if (!changed.exec(QStringLiteral(
            "WITH bumped AS (UPDATE leadbench_workspace SET change_count = change_count + 1 "
            "WHERE txid_current_if_assigned() IS NOT NULL RETURNING change_count) "
            "SELECT pg_notify('leadbench_changes', change_count::text) FROM bumped")))
        pg::throwError(changed.lastError(), {});
    const bool wrote = changed.next();
    changed = QSqlQuery();
    pg::exec(database(), QStringLiteral("COMMIT"));
    m_depth = 0;
    if (wrote)
        ++m_ownChanges;
}

void PgWorkspace::rollback()
{
    if (m_depth == 0)
        return;
    if (m_depth > 1) {
        const QString savepoint = QStringLiteral("sp%1").arg(m_depth - 1);
        --m_depth;
        pg::exec(database(), QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
        pg::exec(database(), QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
        return;
    }
    m_depth = 0;
    pg::exec(database(), QStringLiteral("ROLLBACK"));
}

quint64 PgWorkspace::othersChangeCounter()
{
    const quint64 all =
        pg::scalar(database(), QStringLiteral("SELECT change_count FROM leadbench_workspace"))
            .toULongLong();
    return all - m_ownChanges;
}

QStringList PgWorkspace::integrityProblems()
{
    QStringList problems;
    const qint64 unscored =
        pg::scalar(database(), QStringLiteral("SELECT count(*) FROM leads l WHERE NOT "
                                              "EXISTS (SELECT 1 FROM lead_scores s WHERE "
                                              "s.lead_id = l.id)"))
            .toLongLong();
    if (unscored > 0)
        //: %n how many leads have no stage and score row
        problems << QCoreApplication::translate("lb::Workspace",
                                                "%n leads without a stage and score", nullptr,
                                                static_cast<int>(unscored));
    return problems;
}

SettingsRepository& PgWorkspace::settings()
{
    return *m_settings;
}

UserRepository& PgWorkspace::users()
{
    return *m_users;
}

void PgWorkspace::refuseUnsupported(const char* what) const
{
    pg::refuseUnsupported(m_shownUrl, what);
}

LeadRepository& PgWorkspace::leads()
{
    return *m_leads;
}

EventRepository& PgWorkspace::events()
{
    return *m_events;
}

HistoryRepository& PgWorkspace::history()
{
    return *m_history;
}

ReportStore& PgWorkspace::reports()
{
    return *m_reports;
}

CrmStore& PgWorkspace::crm()
{
    return *m_crm;
}

CrmLists& PgWorkspace::crmLists()
{
    return *m_crmLists;
}

bool PgWorkspace::listenForOthersChanges(QObject* context, const std::function<void()>& changed)
{
    // Every commit that wrote sends NOTIFY leadbench_changes (commit()); QPSQL LISTENs and
    // delivers them through the driver's socket notifier, marking this connection's own.
    QSqlDriver* driver = database().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    if (!driver->subscribedToNotifications().contains(changeChannel) &&
        !driver->subscribeToNotification(changeChannel))
        return false;
    QObject::connect(
        driver, &QSqlDriver::notification, context,
        [changed](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
            if (name == changeChannel && source == QSqlDriver::OtherSource)
                changed();
        });
    return true;
}

TeamRoles* PgWorkspace::teamRoles()
{
    return m_teamRoles.get();
}

QualificationStore& PgWorkspace::qualification()
{
    return *m_qualification;
}

LifecycleStore& PgWorkspace::lifecycle()
{
    return *m_lifecycle;
}

OwnerStore& PgWorkspace::owners()
{
    return *m_owners;
}

TouchStore& PgWorkspace::touches()
{
    return *m_touches;
}

std::unique_ptr<ScoreStore> PgWorkspace::scoreStore()
{
    return std::make_unique<PgScoreStore>(*this);
}

std::unique_ptr<ImportSink> PgWorkspace::importSink(qint64 expectedLeads, const QString& actor)
{
    return std::make_unique<PgImportSink>(*this, expectedLeads, actor);
}

std::unique_ptr<LeadExportSource> PgWorkspace::exportSource()
{
    return std::make_unique<PgLeadExportSource>(*this);
}

std::unique_ptr<BulkWriter> PgWorkspace::bulkWriter(const BulkWriter::Options&)
{
    return std::make_unique<PgBulkWriter>(*this);
}

void PgWorkspace::backupTo(const QString&)
{
    refuseUnsupported(QT_TRANSLATE_NOOP("lb::Workspace", "backups"));
}

} // namespace lb
