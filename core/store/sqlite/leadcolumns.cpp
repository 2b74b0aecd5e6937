#include "store/sqlite/leadcolumns.h"

#include "model/lead.h"
#include "model/leadfields.h"
#include "store/sqlite/sqlitestatement.h"
#include "store/sqlite/sqlitesupport.h"

namespace lb::sqlite {

void insertLeadScore(Statement& insert, qint64 leadId, const QString& stage, qint64 stageChangedAt,
                     std::optional<qint64> ownerId, const StoredScore& score,
                     const QString& scoredAt)
{
    insert.bind(1, leadId)
        .bindText(2, stage)
        .bind(3, stageChangedAt)
        .bind(4, ownerId)
        .bind(5, qint64(score.total))
        .bind(6, qint64(score.fit))
        .bind(7, qint64(score.behavior))
        .bind(8, score.grade)
        .bind(9, score.modelId > 0 ? std::optional<qint64>(score.modelId) : std::nullopt)
        .bind(10, scoredAt)
        .bind(11, score.scoredStage ? stageName(*score.scoredStage) : QString())
        .step();
}

} // namespace lb::sqlite
