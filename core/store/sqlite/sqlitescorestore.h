#pragma once

#include "store/scorestore.h"

#include <memory>

struct sqlite3_stmt;

namespace lb::sqlite {
class BatchTable;
}

namespace lb {

class ScoreWriteLookup;
class SqliteWorkspace;

// Scoring models in the scoring_models table, and the raw sqlite3 paths of a rescore: leads
// and their events streamed in id order, score updates through prepared statements.
class SqliteScoreStore final : public ScoreStore
{
public:
    explicit SqliteScoreStore(SqliteWorkspace& workspace);
    ~SqliteScoreStore() override;

    std::optional<StoredScoringModel> activeModel() override;
    std::optional<StoredScoringModel> model(qint64 id) override;
    QList<StoredScoringModel> models() override;
    void addActiveModel(StoredScoringModel& model) override;

    LeadIdSpan leadIdSpan() override;
    std::unique_ptr<ScoringReader> reader(const ScoringScan& scan) override;
    std::unique_ptr<ScoringReader> committedDataReader(const ScoringScan& scan) override;
    bool inTransaction() const override;

    void writeScores(const std::vector<ScoreWrite>& writes, qint64 modelId,
                     const QDateTime& scoredAt, const QString& actor) override;
    void markScored(qint64 firstId, qint64 lastId, const QDateTime& scoredAt) override;
    void expectMostScoresToChange() override;
    void finishWrites() override;

private:
    QList<StoredScoringModel> select(const QString& where, const QVariant& value);
    void prepareWriters();
    // Writes a whole batch in one UPDATE (while the score indexes are suspended).
    // Moves the writes that carry a promotion reason from New to MQL, with their history.
    // `at` is the ISO text of the history lines, `atSeconds` the same moment as a stage time.
    void promote(const std::vector<ScoreWrite>& writes, const QByteArray& at, qint64 atSeconds,
                 const QByteArray& by);
    // Writes one statement a lead (while the score index is kept up to date).
    void writeEach(const std::vector<ScoreWrite>& writes, qint64 modelId, const QByteArray& at);
    void writeBatch(const std::vector<ScoreWrite>& writes, qint64 modelId, const QByteArray& at);

    SqliteWorkspace& m_workspace;
    sqlite3_stmt* m_update = nullptr;
    sqlite3_stmt* m_updateParts = nullptr;
    sqlite3_stmt* m_promote = nullptr;
    sqlite3_stmt* m_history = nullptr;
    sqlite3_stmt* m_updateBatch = nullptr;
    sqlite3_stmt* m_markScored = nullptr;
    sqlite3_stmt* m_lastChanged = nullptr;
    std::unique_ptr<ScoreWriteLookup> m_scoreWrites;
    std::unique_ptr<sqlite::BatchTable> m_promotions;
    QStringList m_suspendedIndexes; // CREATE statements of the dropped score indexes
};

} // namespace lb
