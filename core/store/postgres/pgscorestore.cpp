#include "store/postgres/pgscorestore.h"

#include "lifecycle/stagemachine.h"
#include "store/postgres/pgscoringreader.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "store/storeerror.h"
#include "util/isotime.h"

#include <QCoreApplication>

namespace lb {

QList<StoredScoringModel> PgScoreStore::select(const QString& where, const QVariant& value)
{
    QSqlQuery query = pg::prepare(m_workspace.database(),
                                  QStringLiteral("SELECT id, name, definition, created_at, author, "
                                                 "active FROM scoring_models ") +
                                      where);
    if (value.isValid())
        query.addBindValue(value);
    pg::exec(query, QStringLiteral("read scoring models"));
    QList<StoredScoringModel> models;
    while (query.next()) {
        StoredScoringModel model;
        model.id = query.value(0).toLongLong();
        model.name = query.value(1).toString();
        model.definition = query.value(2).toString().toUtf8();
        model.createdAt = fromIsoUtc(query.value(3).toString());
        model.author = query.value(4).toString();
        model.active = query.value(5).toInt() != 0;
        models << model;
    }
    return models;
}

std::optional<StoredScoringModel> PgScoreStore::activeModel()
{
    const auto models = select(QStringLiteral("WHERE active = 1 ORDER BY id DESC LIMIT 1"), {});
    return models.isEmpty() ? std::nullopt : std::optional(models.constFirst());
}

std::optional<StoredScoringModel> PgScoreStore::model(qint64 id)
{
    const auto models = select(QStringLiteral("WHERE id = ?"), id);
    return models.isEmpty() ? std::nullopt : std::optional(models.constFirst());
}

QList<StoredScoringModel> PgScoreStore::models()
{
    return select(QStringLiteral("ORDER BY id DESC"), {});
}

void PgScoreStore::addActiveModel(StoredScoringModel& model)
{
    if (!model.createdAt.isValid())
        model.createdAt = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_workspace);
    pg::exec(m_workspace.database(),
             QStringLiteral("UPDATE scoring_models SET active = 0 WHERE active <> 0"));
    QSqlQuery insert = pg::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO scoring_models(name, definition, created_at, author, active) "
                       "VALUES(?, ?, ?, ?, 1) RETURNING id"));
    insert.addBindValue(model.name);
    insert.addBindValue(QString::fromUtf8(model.definition));
    insert.addBindValue(toIsoUtc(model.createdAt));
    insert.addBindValue(model.author);
    pg::exec(insert, QStringLiteral("store scoring model"));
    model.id = insert.next() ? insert.value(0).toLongLong() : 0;
    model.active = true;
    transaction.commit();
}

LeadIdSpan PgScoreStore::leadIdSpan()
{
    QSqlQuery query = pg::prepare(m_workspace.database(),
                                  QStringLiteral("SELECT min(id), max(id), count(*) FROM leads"));
    pg::exec(query);
    LeadIdSpan span;
    if (query.next() && !query.isNull(0)) {
        span.first = query.value(0).toLongLong();
        span.last = query.value(1).toLongLong();
        span.count = query.value(2).toLongLong();
    }
    return span;
}

std::unique_ptr<ScoringReader> PgScoreStore::reader(const ScoringScan& scan)
{
    return makePgScoringReader(m_workspace.database(), scan);
}

bool PgScoreStore::inTransaction() const
{
    return m_workspace.inTransaction();
}

void PgScoreStore::writeScores(const std::vector<ScoreWrite>& writes, qint64 modelId,
                               const QDateTime& scoredAt, const QString& actor)
{
    if (writes.empty())
        return;
    const QString at = toIsoUtc(scoredAt);
    std::vector<qint64> ids;
    std::vector<int> totals;
    std::vector<int> fits;
    std::vector<int> behaviors;
    QStringList grades;
    ids.reserve(writes.size());
    totals.reserve(writes.size());
    fits.reserve(writes.size());
    behaviors.reserve(writes.size());
    grades.reserve(qsizetype(writes.size()));
    for (const ScoreWrite& write : writes) {
        ids.push_back(write.leadId);
        totals.push_back(write.total);
        fits.push_back(write.fit);
        behaviors.push_back(write.behavior);
        grades << (write.grade.isEmpty() ? QString() : write.grade);
    }
    // The whole batch in one statement: its rows as arrays, joined to the scores by lead.
    QSqlQuery update = pg::prepare(
        m_workspace.database(),
        QStringLiteral("UPDATE lead_scores s SET score = w.score, fit = w.fit, behavior = "
                       "w.behavior, grade = w.grade, model_id = ?, scored_at = ? FROM "
                       "unnest(?::bigint[], ?::int[], ?::int[], ?::int[], ?::text[]) "
                       "AS w(lead_id, score, fit, behavior, grade) WHERE s.lead_id = w.lead_id"));
    update.addBindValue(modelId);
    update.addBindValue(at);
    update.addBindValue(pg::numberArray(ids));
    update.addBindValue(pg::numberArray(totals));
    update.addBindValue(pg::numberArray(fits));
    update.addBindValue(pg::numberArray(behaviors));
    update.addBindValue(pg::textArray(grades));
    pg::exec(update, QStringLiteral("write scores"));
    promote(writes, at, scoredAt.toSecsSinceEpoch(), actor);
}

void PgScoreStore::promote(const std::vector<ScoreWrite>& writes, const QString& at,
                           qint64 atSeconds, const QString& by)
{
    std::vector<qint64> ids;
    QStringList reasons;
    for (const ScoreWrite& write : writes) {
        if (!write.promotionReason.isEmpty()) {
            ids.push_back(write.leadId);
            reasons << write.promotionReason;
        }
    }
    if (ids.empty())
        return;
    const QString idArray = pg::numberArray(ids);
    // StageMachine's automatic move, as on SQLite: the history first, while the stage still
    // says which leads are New (a lead moved by someone else since it was read stays where it
    // is); then the lead's "last changed" (its version stays); then the move itself.
    const QString from = stageName(StageMachine::scorePromotionFrom);
    const QString to = stageName(StageMachine::scorePromotionTo);
    const QSqlDatabase db = m_workspace.database();
    QSqlQuery history = pg::prepare(
        db, QStringLiteral("INSERT INTO stage_history(lead_id, at, from_stage, to_stage, by_user, "
                           "reason, override, score) SELECT p.lead_id, ?, ?, ?, ?, p.reason, 0, "
                           "s.score FROM unnest(?::bigint[], ?::text[]) AS p(lead_id, reason) "
                           "JOIN lead_scores s ON s.lead_id = p.lead_id WHERE s.stage = ? "
                           "ORDER BY p.lead_id"));
    for (const QVariant& value :
         {QVariant(at), QVariant(from), QVariant(to), QVariant(by), QVariant(idArray),
          QVariant(pg::textArray(reasons)), QVariant(from)})
        history.addBindValue(value);
    pg::exec(history, QStringLiteral("promote to MQL"));
    QSqlQuery lastChanged = pg::prepare(
        db, QStringLiteral("UPDATE leads SET updated_at = ?, updated_by = ? WHERE id IN (SELECT "
                           "lead_id FROM lead_scores WHERE lead_id = ANY(?::bigint[]) AND "
                           "stage = ?)"));
    for (const QVariant& value : {QVariant(at), QVariant(by), QVariant(idArray), QVariant(from)})
        lastChanged.addBindValue(value);
    pg::exec(lastChanged, QStringLiteral("promote to MQL"));
    QSqlQuery move = pg::prepare(
        db, QStringLiteral("UPDATE lead_scores SET stage = ?, stage_changed_at = ? WHERE "
                           "lead_id = ANY(?::bigint[]) AND stage = ?"));
    for (const QVariant& value :
         {QVariant(to), QVariant(atSeconds), QVariant(idArray), QVariant(from)})
        move.addBindValue(value);
    pg::exec(move, QStringLiteral("promote to MQL"));
}

void PgScoreStore::markScored(qint64 firstId, qint64 lastId, const QDateTime& scoredAt)
{
    // Rows that already say so are left alone: a rescore as of the same moment writes nothing.
    const QString at = toIsoUtc(scoredAt);
    QSqlQuery mark = pg::prepare(
        m_workspace.database(),
        QStringLiteral("UPDATE lead_scores SET scored_at = ?, scored_stage = NULL WHERE lead_id "
                       "BETWEEN ? AND ? AND (scored_at IS DISTINCT FROM ? OR scored_stage IS NOT "
                       "NULL)"));
    for (const QVariant& value : {QVariant(at), QVariant(firstId), QVariant(lastId), QVariant(at)})
        mark.addBindValue(value);
    pg::exec(mark, QStringLiteral("record the moment of the scores"));
}

} // namespace lb
