#pragma once

#include "store/workspace.h"
#include "store/workspacelocation.h"

#include <QSqlDatabase>
#include <memory>

namespace lb {

class PgEventRepository;
class PgHistoryRepository;
class PgLeadRepository;
class PgLifecycleStore;
class PgQualificationStore;
class PgReportStore;
class PgSettingsRepository;
class PgTeamRoles;
class PgUserRepository;

// A team workspace: one PostgreSQL database that a team's Leadbench programs share, through a
// named QPSQL connection owned by the thread that opened it.
//
// Writers take turns as on SQLite: the outermost begin() takes the workspace's write lock (a
// transaction-scoped advisory lock), so a check and the write it decides are one decision for
// the whole team, and a committed change bumps the workspace's change counter, which teammates
// poll (othersChangeCounter) and are told of (NOTIFY leadbench_changes).
class PgWorkspace final : public Workspace
{
public:
    // Use openWorkspace(); this assumes the database already passed inspection.
    PgWorkspace(const ServerAddress& address, const QString& shownUrl);
    ~PgWorkspace() override;

    QString location() const override { return m_shownUrl; }
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
    void waitForBackgroundWrites() override {}
    TeamRoles* teamRoles() override;
    bool listenForOthersChanges(QObject* context, const std::function<void()>& changed) override;

    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }
    bool inTransaction() const { return m_depth > 0; }
    PgLeadRepository& pgLeads() { return *m_leads; }

    // Makes the schema in an empty database when `mayCreate` (refuses one otherwise) and brings
    // it to the current version, in one transaction.
    void migrate(bool mayCreate);

private:
    void takeWriteLock();
    // The part of the team workspace this build cannot work with yet: a clear refusal.
    [[noreturn]] void refuseUnsupported(const char* what) const;

    QString m_shownUrl;
    QString m_connectionName;
    int m_depth = 0;
    // Commits of this connection that changed something: othersChangeCounter() leaves them out.
    quint64 m_ownChanges = 0;
    std::unique_ptr<PgLeadRepository> m_leads;
    std::unique_ptr<PgEventRepository> m_events;
    std::unique_ptr<PgHistoryRepository> m_history;
    std::unique_ptr<PgSettingsRepository> m_settings;
    std::unique_ptr<PgUserRepository> m_users;
    std::unique_ptr<CrmStore> m_crm;
    std::unique_ptr<CrmLists> m_crmLists;
    std::unique_ptr<PgQualificationStore> m_qualification;
    std::unique_ptr<PgLifecycleStore> m_lifecycle;
    std::unique_ptr<PgReportStore> m_reports;
    std::unique_ptr<OwnerStore> m_owners;
    std::unique_ptr<TouchStore> m_touches;
    std::unique_ptr<PgTeamRoles> m_teamRoles;
};

// openWorkspace() and workspaceNeedsUpgrade() of store/workspace.h for a team workspace.
std::unique_ptr<Workspace> openPgWorkspace(const QString& url, Workspace::OpenMode mode);
bool pgWorkspaceNeedsUpgrade(const QString& url);

} // namespace lb
