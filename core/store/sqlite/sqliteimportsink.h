#pragma once

#include "store/importsink.h"
#include "store/sqlite/searchindexbuilder.h"
#include "store/sqlite/sqlitestatement.h"
#include "util/idbyhash.h"

#include <QHash>
#include <QStringList>
#include <memory>
#include <optional>

namespace lb::sqlite {
class BatchTable;
class OwnerIds;
} // namespace lb::sqlite

namespace lb {

class SqliteWorkspace;

class SqliteImportSink final : public ImportSink
{
public:
    SqliteImportSink(SqliteWorkspace& workspace, qint64 expectedLeads, const QString& actor);
    ~SqliteImportSink() override;

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
    sqlite::Statement& statement(std::unique_ptr<sqlite::Statement>& slot, const char* sql);
    void bindLeadFields(sqlite::Statement& statement, const Lead& lead, const QString& companyNorm);
    void removeSearchWords(qint64 id);
    // The words of the lead just written, as bound to its INSERT or UPDATE (searchWordsOf()).
    void addSearchWords(qint64 id, const sqlite::SearchWordsUtf8& words);
    std::optional<qint64> ownerId(const QString& name);
    void rememberKeys(const Lead& lead, const QString& companyNorm,
                      const sqlite::Statement& written);
    void startBulk();
    void releaseStatements();
    void buildNameKeys();
    void restoreSettings();
    void writeActivity();
    void writePendingScores();

    SqliteWorkspace& m_workspace;
    sqlite3* m_db; // the workspace's handle, looked up once (QtSql takes a lock to find it)
    QString m_actor;
    QDateTime m_nowTime;
    QString m_now;
    bool m_bulk = false;
    bool m_open = false;
    bool m_finished = false;
    bool m_nameKeysBuilt = false;
    // The connection's cache size before the import: set while the import's settings apply.
    std::optional<int> m_savedCacheSize;
    bool m_foreignKeysSuspended = false;
    qint64 m_lastIdBefore = 0;
    QStringList m_droppedIndexes; // their CREATE statements, to run again in finishLoad()
    // In bulk mode the indexes are gone: e-mail and name keys (64-bit hashes, verified on a hit)
    // find leads instead, using a few dozen bytes per lead rather than the lead's text.
    IdByHash m_byEmail; // grows as it fills: the row count is only estimated from the file size
    IdByHash m_byName;
    std::unique_ptr<sqlite::OwnerIds> m_owners;
    std::unique_ptr<sqlite::SearchIndexBuilder> m_searchIndex; // a bulk load's search index
    QHash<qint64, qint64> m_latestActivity; // lead -> newest new event (ms, as events)
    QDateTime m_lastScoredAt;               // new leads of one import share their score time:
    QString m_lastScoredAtText;             // format it once
    // A bulk load writes the score rows of new leads a batch at a time (writePendingScores).
    struct PendingScore
    {
        qint64 leadId;
        Stage stage;
        std::optional<qint64> ownerId;
        StoredScore score;
        QString scoredAt;
    };
    static constexpr size_t pendingScoreRows = 8192;
    std::vector<PendingScore> m_pendingScores;
    std::unique_ptr<sqlite::BatchTable> m_scoreRows;
    std::unique_ptr<sqlite::Statement> m_findEmail, m_findName, m_load, m_insert, m_insertScore,
        m_insertScores, m_update, m_updateStage, m_ftsAdd, m_ftsRemove, m_history, m_event,
        m_activity, m_emailOf, m_nameOf;
};

} // namespace lb
