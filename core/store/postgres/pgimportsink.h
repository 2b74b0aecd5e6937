#pragma once

#include "store/importsink.h"
#include "util/idbyhash.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <memory>
#include <optional>

typedef struct pg_conn PGconn;

namespace lb::pg {
class Statement;
}

namespace lb {

class PgWorkspace;

// An import into a team workspace: the rows SqliteImportSink writes, in one transaction under the
// workspace's write lock. New leads and their score rows are gathered and sent with COPY a few
// megabytes at a time; their ids are given here, after the largest one, as SQLite gives rowids
// (the write lock keeps everyone else from taking one meanwhile), so an id is known at once.
// A lead is found by the e-mail and name keys of the leads this import wrote and, for a big
// import, of those already there: a miss is then an answer without asking the server.
class PgImportSink final : public ImportSink
{
public:
    PgImportSink(PgWorkspace& workspace, qint64 expectedLeads, const QString& actor);
    ~PgImportSink() override;

    std::optional<qint64> findByEmail(const QString& email) override;
    std::optional<qint64> findByName(const QString& lastName, const QString& companyNorm) override;
    Lead load(qint64 id) override;
    void insertLead(Lead& lead, const QString& companyNorm, const LeadTextBytes& text) override;
    void updateLead(Lead& lead) override;
    void addStageChange(const StageChange& change) override;
    void recordCreations(const QString& by, const QString& reason) override;
    bool isCreatedHere(qint64 id) const override { return id > m_lastIdBefore; }
    bool addEvent(const Event& event) override;
    void finishLoad() override;
    void commit() override;
    void rollback() override;

private:
    pg::Statement& statement(std::unique_ptr<pg::Statement>& slot, const char* sql);
    // Sends the gathered leads and score rows; before anything reads or refers to one of them.
    void writePending();
    void writePendingIf(qint64 id)
    {
        if (id >= m_firstPendingId)
            writePending();
    }
    void loadEmailKeys();
    void loadNameKeys();
    std::optional<qint64> ownerId(const QString& name);
    void rememberKeys(const Lead& lead, const QString& companyNorm);
    void writeActivity();
    void releaseStatements();

    PgWorkspace& m_workspace;
    PGconn* m_connection;
    QString m_actor;
    QByteArray m_actorUtf8;
    QDateTime m_nowTime;
    QString m_now;
    QByteArray m_nowUtf8;
    bool m_open = false;
    bool m_finished = false;
    qint64 m_lastIdBefore = 0;
    qint64 m_nextId = 1;         // the id the next new lead gets
    qint64 m_firstPendingId = 1; // the first id gathered and not yet sent
    // Whether the keys hold the leads already there too (a big import: a miss is then an
    // answer), or only those this import wrote (a miss asks the server). The name keys of the
    // leads already there are read on the first row without an e-mail.
    bool m_keysOfAll = false;
    bool m_nameKeysLoaded = false;
    IdByHash m_byEmail;
    IdByHash m_byName;
    // The lead the last lookup by e-mail found, for the load() that follows it; any write
    // forgets it.
    std::optional<Lead> m_found;
    QHash<QString, qint64> m_owners; // by lower-case name
    QByteArray m_leadRows;           // COPY text of leads gathered
    QByteArray m_scoreRows;          // and of their lead_scores rows
    qint64 m_pendingLeads = 0;
    QHash<qint64, qint64> m_latestActivity; // lead -> newest new event (ms, as events)
    QDateTime m_lastScoredAt;               // new leads of one import share their score time:
    QByteArray m_lastScoredAtText;          // format it once
    std::unique_ptr<pg::Statement> m_findEmail, m_findName, m_load, m_update, m_updateStage,
        m_history, m_event, m_owner;
};

} // namespace lb
