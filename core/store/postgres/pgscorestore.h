#pragma once

#include "store/scorestore.h"

namespace lb {

class PgWorkspace;

// Models and scores of a team workspace. A batch of scores is one UPDATE over arrays of the
// batch's values (unnest), and the batch's promotions to MQL three statements, as on SQLite.
// The score indexes stay in place during a rescore (PostgreSQL keeps them up to date in bulk
// well enough), so expectMostScoresToChange() and finishWrites() have nothing to do.
class PgScoreStore final : public ScoreStore
{
public:
    explicit PgScoreStore(PgWorkspace& workspace) : m_workspace(workspace) {}

    std::optional<StoredScoringModel> activeModel() override;
    std::optional<StoredScoringModel> model(qint64 id) override;
    QList<StoredScoringModel> models() override;
    void addActiveModel(StoredScoringModel& model) override;

    LeadIdSpan leadIdSpan() override;
    std::unique_ptr<ScoringReader> reader(const ScoringScan& scan) override;
    // None: a worker thread would need a connection of its own made on that thread; the
    // rescore then reads on the workspace's connection.
    std::unique_ptr<ScoringReader> committedDataReader(const ScoringScan&) override
    {
        return nullptr;
    }
    bool inTransaction() const override;

    void writeScores(const std::vector<ScoreWrite>& writes, qint64 modelId,
                     const QDateTime& scoredAt, const QString& actor) override;
    void markScored(qint64 firstId, qint64 lastId, const QDateTime& scoredAt) override;
    void expectMostScoresToChange() override {}
    void finishWrites() override {}

private:
    QList<StoredScoringModel> select(const QString& where, const QVariant& value);
    void promote(const std::vector<ScoreWrite>& writes, const QString& at, qint64 atSeconds,
                 const QString& by);

    PgWorkspace& m_workspace;
};

} // namespace lb
