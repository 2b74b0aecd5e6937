#pragma once

#include "store/workspace.h"

#include <QSqlDatabase>
#include <memory>

struct sqlite3;

namespace lb {

namespace sqlite {
class WalCheckpointer;
}
class SqliteLeadRepository;
class SqliteEventRepository;
class SqliteHistoryRepository;
class SqliteSettingsRepository;
class SqliteUserRepository;
class SqliteReportStore;
class SqliteCrmStore;
class SqliteCrmLists;
class SqliteQualificationStore;
class SqliteLifecycleStore;

// The SQLite workspace: one file, WAL, foreign keys, a busy timeout, synchronous=NORMAL, and
// a named QtSql connection owned by the thread that opened it.
class SqliteWorkspace final : public Workspace
{
public:
    // Use openWorkspace(); this assumes the file already passed inspection.
    explicit SqliteWorkspace(const QString& path);
    ~SqliteWorkspace() override;

    QString location() const override { return m_path; }
    int schemaVersion() override;

    LeadRepository& leads() override;
    EventRepository& events() override;
    HistoryRepository& history() override;
    SettingsRepository& settings() override;
    UserRepository& users() override;
    ReportStore& reports() override;
    CrmStore& crm() override;
    CrmLists& crmLists() override;
    QualificationStore& qualification() override;
    LifecycleStore& lifecycle() override;
    OwnerStore& owners() override;
    TouchStore& touches() override;
    std::unique_ptr<ScoreStore> scoreStore() override;
    std::unique_ptr<ImportSink> importSink(qint64 expectedLeads, const QString& actor) override;
    std::unique_ptr<LeadExportSource> exportSource() override;

    void begin() override;
    void commit() override;
    void rollback() override;

    std::unique_ptr<BulkWriter> bulkWriter(const BulkWriter::Options& options) override;
    QStringList integrityProblems() override;
    quint64 othersChangeCounter() override;
    void backupTo(const QString& targetPath) override;
    void waitForBackgroundWrites() override;

    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }
    sqlite3* handle() const;
    bool inTransaction() const { return m_depth > 0; }

    // Brings the schema to the current version, one transaction per migration.
    void migrate();

private:
    void configure();
    // True (and the depth reset) when SQLite has rolled the open transaction back itself.
    bool transactionEndedBySqlite();
    static int refuseLoneCommit(void* workspace);

    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
    bool m_committing = false;
    std::unique_ptr<SqliteLeadRepository> m_leads;
    std::unique_ptr<SqliteEventRepository> m_events;
    std::unique_ptr<SqliteHistoryRepository> m_history;
    std::unique_ptr<SqliteSettingsRepository> m_settings;
    std::unique_ptr<SqliteUserRepository> m_users;
    std::unique_ptr<SqliteReportStore> m_reports;
    std::unique_ptr<SqliteCrmStore> m_crm;
    std::unique_ptr<SqliteCrmLists> m_crmLists;
    std::unique_ptr<SqliteQualificationStore> m_qualification;
    std::unique_ptr<SqliteLifecycleStore> m_lifecycle;
    std::unique_ptr<OwnerStore> m_owners;
    std::unique_ptr<TouchStore> m_touches;
    std::unique_ptr<sqlite::WalCheckpointer> m_checkpointer;
};

// Applies migrations up to `targetVersion` (tests build every older version with it).
void migrateSqliteWorkspace(const QSqlDatabase& db, int targetVersion);

// openWorkspace() and workspaceNeedsUpgrade() of store/workspace.h for a workspace file.
std::unique_ptr<Workspace> openSqliteWorkspace(const QString& path, Workspace::OpenMode mode);
bool sqliteWorkspaceNeedsUpgrade(const QString& path);

} // namespace lb
