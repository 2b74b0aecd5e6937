#include "store/postgres/pghistoryrepository.h"

#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "store/storeerror.h"
#include "util/isotime.h"

namespace lb {

void PgHistoryRepository::append(StageChange& change)
{
    if (!change.at.isValid())
        change.at = QDateTime::currentDateTimeUtc();
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO stage_history(lead_id, at, from_stage, to_stage, by_user, "
                       "reason, override, score) VALUES(?, ?, ?, ?, ?, ?, ?, coalesce(?, "
                       "(SELECT score FROM lead_scores WHERE lead_id = ?))) RETURNING id"));
    query.addBindValue(change.leadId);
    query.addBindValue(toIsoUtc(change.at));
    query.addBindValue(change.from ? QVariant(stageName(*change.from))
                                   : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(stageName(change.to));
    query.addBindValue(change.by);
    query.addBindValue(change.reason.isNull() ? QStringLiteral("") : change.reason);
    query.addBindValue(change.override ? 1 : 0);
    query.addBindValue(change.score ? QVariant(*change.score)
                                    : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(change.leadId);
    pg::exec(query, QStringLiteral("append history"));
    change.id = query.next() ? query.value(0).toLongLong() : 0;
}

QList<StageChange> PgHistoryRepository::forLead(qint64 leadId)
{
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT id, lead_id, at, from_stage, to_stage, by_user, reason, override "
                       "FROM stage_history WHERE lead_id = ? ORDER BY at, id"));
    query.addBindValue(leadId);
    pg::exec(query);
    QList<StageChange> changes;
    while (query.next()) {
        StageChange change;
        change.id = query.value(0).toLongLong();
        change.leadId = query.value(1).toLongLong();
        change.at = fromIsoUtc(query.value(2).toString());
        if (!query.isNull(3))
            change.from = stageFromName(query.value(3).toString());
        change.to = pg::stageOf(query, 4);
        change.by = query.value(5).toString();
        change.reason = query.value(6).toString();
        change.override = query.value(7).toInt() != 0;
        changes << change;
    }
    return changes;
}

} // namespace lb
