#pragma once

#include "store/bulkwriter.h"
#include "store/crmlists.h"
#include "store/crmstore.h"
#include "store/reportstore.h"
#include "store/repositories.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace lb {

class ImportSink;
class LeadExportSource;
class LifecycleStore;
class OwnerStore;
class QualificationStore;
class ScoreStore;
class TeamRoles;
class TouchStore;

// One open workspace: the connection, its repositories and its transactions. A connection
// belongs to the thread that opened it: a worker opens its own Workspace on the same file.
class Workspace
{
public:
    enum class OpenMode
    {
        Existing,       // refuse a missing file
        CreateIfMissing // create and initialise a missing file
    };

    virtual ~Workspace() = default;

    virtual QString location() const = 0;
    virtual int schemaVersion() = 0;

    virtual LeadRepository& leads() = 0;
    virtual EventRepository& events() = 0;
    virtual HistoryRepository& history() = 0;
    virtual SettingsRepository& settings() = 0;
    virtual UserRepository& users() = 0;
    // The dashboard's and `report`'s counts (issue 19), run by the backend itself.
    virtual ReportStore& reports() = 0;
    // Accounts, contacts, opportunities and notes (conversion, the opportunity service).
    virtual CrmStore& crm() = 0;
    // The account and opportunity lists and the buying committee (issue 20), a page at a time.
    virtual CrmLists& crmLists() = 0;
    // Answers, frameworks and users' roles (qualification, the lifecycle's guards).
    virtual QualificationStore& qualification() = 0;
    // A lead's stage, owner and conversion links, written as one move.
    virtual LifecycleStore& lifecycle() = 0;
    // Owners and their history; the SDR's touches (calls, e-mails, meetings).
    virtual OwnerStore& owners() = 0;
    virtual TouchStore& touches() = 0;
    // Models and scores. A new store each time: a rescore's store holds what it suspended for
    // speed until its finishWrites(), which must not outlive the transaction it ran in.
    virtual std::unique_ptr<ScoreStore> scoreStore() = 0;
    // Begins an import's transaction. `expectedLeads` (an estimate) decides the bulk strategy;
    // `actor` is recorded as updated_by.
    virtual std::unique_ptr<ImportSink> importSink(qint64 expectedLeads, const QString& actor) = 0;
    // The rows of an export, read in one pass.
    virtual std::unique_ptr<LeadExportSource> exportSource() = 0;

    // Transactions nest: an inner begin() is a savepoint. The outermost begin() takes the
    // write lock at once (other writers, in this or another process, wait for its end), so what
    // a transaction reads is still true when it commits: a check and the write it decides are
    // one decision (a conversion's account match and the insert, for one).
    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;

    // Starts a bulk load (one transaction until its commit()).
    virtual std::unique_ptr<BulkWriter> bulkWriter(const BulkWriter::Options& options) = 0;

    // Full integrity check; empty when the file is sound. Throws StoreError when the check
    // itself cannot run (a disk that fails to read, a lock): that says nothing of the file.
    virtual QStringList integrityProblems() = 0;
    // A number that changes whenever another connection to the workspace (another program, or
    // a worker thread of this one) commits a change, and never for this connection's own
    // commits: cheap enough to poll every second, so a window notices others' changes.
    virtual quint64 othersChangeCounter() = 0;
    // A consistent copy while the workspace is in use.
    virtual void backupTo(const QString& targetPath) = 0;
    // Waits until the backend's own work after commits is done (SQLite copies big commits
    // from its write-ahead log into the file in a background thread): benchmarks and tests
    // measure the next step without it; nothing else needs to.
    virtual void waitForBackgroundWrites() = 0;
    // The roles the server enforces on a team workspace; nullptr for a workspace file, which
    // has one user and nothing to enforce roles between users.
    virtual TeamRoles* teamRoles() { return nullptr; }
    // Calls `changed` from the event loop of the thread that opened the workspace soon after
    // another connection commits a change, where the backend is told of them (a team
    // workspace's server notifies its listeners), for as long as `context` lives. Returns false
    // when the backend cannot: then othersChangeCounter() is polled.
    virtual bool listenForOthersChanges(QObject* context, const std::function<void()>& changed)
    {
        Q_UNUSED(context);
        Q_UNUSED(changed);
        return false;
    }
};

// Opens (and, where needed, creates or migrates) the workspace at `location`, a file path or a
// server's URL (store/workspacelocation.h). Throws StoreError; a file that is not a Leadbench
// workspace, is damaged or is newer than this build is refused before anything is written to it.
std::unique_ptr<Workspace> openWorkspace(const QString& location,
                                         Workspace::OpenMode mode = Workspace::OpenMode::Existing);

// True when `location` is a Leadbench workspace of an older schema, which openWorkspace() will
// upgrade first (seconds at a million leads, so a window can say so meanwhile). Writes nothing.
bool workspaceNeedsUpgrade(const QString& location);

// Rolls back unless committed: every multi-step write runs inside one.
class Transaction
{
public:
    explicit Transaction(Workspace& workspace) : m_workspace(workspace) { m_workspace.begin(); }
    ~Transaction()
    {
        if (!m_done) {
            try {
                m_workspace.rollback();
            } catch (...) {
            }
        }
    }
    void commit()
    {
        m_workspace.commit();
        m_done = true;
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    Workspace& m_workspace;
    bool m_done = false;
};

} // namespace lb
