#include "store/sqlite/sqlitescorestore.h"

#include "lifecycle/stagemachine.h"
#include "store/sqlite/batchtable.h"
#include "store/sqlite/lockwaiting.h"
#include "store/sqlite/schemaverifier.h"
#include "store/sqlite/sqlitescoringreader.h"
#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"
#include "store/storeerror.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <sqlite3.h>

namespace lb {

namespace {

StoredScoringModel readModel(const QSqlQuery& query)
{
    StoredScoringModel model;
    model.id = query.value(0).toLongLong();
    model.name = query.value(1).toString();
    model.definition = query.value(2).toString().toUtf8();
    model.createdAt = fromIsoUtc(query.value(3).toString());
    model.author = query.value(4).toString();
    model.active = query.value(5).toInt() != 0;
    if (model.definition.isEmpty()) // never stored empty: the read failed
        sqlite::throwReadFailure(query);
    return model;
}

void bindText(sqlite3_stmt* statement, int index, const QByteArray& utf8)
{
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void run(sqlite3* db, sqlite3_stmt* statement, const char* context)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite::check(db, rc == SQLITE_DONE ? SQLITE_OK : rc, context);
}

} // namespace

SqliteScoreStore::SqliteScoreStore(SqliteWorkspace& workspace) : m_workspace(workspace) {}

SqliteScoreStore::~SqliteScoreStore()
{
    sqlite3_finalize(m_update);
    sqlite3_finalize(m_updateParts);
    sqlite3_finalize(m_promote);
    sqlite3_finalize(m_history);
    sqlite3_finalize(m_updateBatch); // before m_scoreWrites unregisters the function it calls
    sqlite3_finalize(m_markScored);
    sqlite3_finalize(m_lastChanged);
}

QList<StoredScoringModel> SqliteScoreStore::select(const QString& where, const QVariant& value)
{
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT id, name, definition, created_at, author, active FROM "
                       "scoring_models ") +
            where);
    if (value.isValid())
        query.addBindValue(value);
    sqlite::exec(query, QStringLiteral("read scoring models"));
    QList<StoredScoringModel> models;
    while (query.next())
        models << readModel(query);
    return models;
}

std::optional<StoredScoringModel> SqliteScoreStore::activeModel()
{
    const auto models = select(QStringLiteral("WHERE active = 1 ORDER BY id DESC LIMIT 1"), {});
    return models.isEmpty() ? std::nullopt : std::optional(models.constFirst());
}

std::optional<StoredScoringModel> SqliteScoreStore::model(qint64 id)
{
    const auto models = select(QStringLiteral("WHERE id = ?"), id);
    return models.isEmpty() ? std::nullopt : std::optional(models.constFirst());
}

QList<StoredScoringModel> SqliteScoreStore::models()
{
    return select(QStringLiteral("ORDER BY id DESC"), {});
}

void SqliteScoreStore::addActiveModel(StoredScoringModel& model)
{
    if (!model.createdAt.isValid())
        model.createdAt = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_workspace);
    sqlite::exec(m_workspace.database(),
                 QStringLiteral("UPDATE scoring_models SET active = 0 WHERE active <> 0"));
    QSqlQuery insert = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO scoring_models(name, definition, created_at, author, active) "
                       "VALUES(?, ?, ?, ?, 1)"));
    insert.addBindValue(model.name);
    insert.addBindValue(QString::fromUtf8(model.definition));
    insert.addBindValue(toIsoUtc(model.createdAt));
    insert.addBindValue(model.author);
    sqlite::exec(insert, QStringLiteral("store scoring model"));
    model.id = insert.lastInsertId().toLongLong();
    model.active = true;
    transaction.commit();
}

LeadIdSpan SqliteScoreStore::leadIdSpan()
{
    // Three queries in one: together in one SELECT, min() and max() lose their one-seek plans
    // and count(*) its page count, and the three walk every lead (0.1 s at a million leads).
    QSqlQuery query =
        sqlite::prepare(m_workspace.database(),
                        QStringLiteral("SELECT (SELECT min(id) FROM leads), (SELECT max(id) FROM "
                                       "leads), (SELECT count(*) FROM leads)"));
    sqlite::exec(query);
    LeadIdSpan span;
    if (query.next() && !query.isNull(0)) {
        span.first = query.value(0).toLongLong();
        span.last = query.value(1).toLongLong();
        span.count = query.value(2).toLongLong();
    }
    return span;
}

std::unique_ptr<ScoringReader> SqliteScoreStore::reader(const ScoringScan& scan)
{
    return makeSqliteScoringReader(m_workspace.handle(), false, scan);
}

bool SqliteScoreStore::inTransaction() const
{
    return m_workspace.inTransaction();
}

std::unique_ptr<ScoringReader> SqliteScoreStore::committedDataReader(const ScoringScan& scan)
{
    if (!QFileInfo(m_workspace.location()).isFile())
        return nullptr;
    sqlite3* db = nullptr;
    const QByteArray path = QFileInfo(m_workspace.location()).absoluteFilePath().toUtf8();
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return nullptr;
    }
    try {
        sqlite::harden(db); // checks every page it reads, as the workspace's own connection does
    } catch (const StoreError&) {
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite::waitForLocks(db);
    sqlite3_exec(db, "PRAGMA cache_size=-32768", nullptr, nullptr, nullptr);
    // Mapped pages count as resident memory but are the page cache, not a copy; reading
    // through the map saves about 8 % of the CPU time of a rescore.
    sqlite3_exec(db, "PRAGMA mmap_size=1073741824", nullptr, nullptr, nullptr);
    return makeSqliteScoringReader(db, true, scan);
}

void SqliteScoreStore::prepareWriters()
{
    if (m_update)
        return;
    sqlite3* db = m_workspace.handle();
    m_update =
        sqlite::prepareRaw(db, "UPDATE lead_scores SET score = ?1, fit = ?2, behavior = ?3, "
                               "grade = ?4, model_id = ?5, scored_at = ?6 WHERE lead_id = ?7");
    // The total is in the score index; most rescores leave it as it was, and then a write
    // that does not name it costs no index work.
    m_updateParts =
        sqlite::prepareRaw(db, "UPDATE lead_scores SET fit = ?2, behavior = ?3, grade = ?4, "
                               "model_id = ?5, scored_at = ?6 WHERE lead_id = ?7");
}

// The SQL function score_write(lead_id, column) over the batch being written: column 0 says
// whether the batch has the lead, 1-4 give its score, fit, behaviour and grade. One UPDATE that
// walks lead_scores in id order and asks it for each row's values writes a batch in one pass:
// no join, and no temporary table of the joined rows that an UPDATE ... FROM builds first.
class ScoreWriteLookup
{
public:
    explicit ScoreWriteLookup(sqlite3* db) : m_db(db)
    {
        sqlite::check(db,
                      sqlite3_create_function_v2(db, "score_write", 2,
                                                 SQLITE_UTF8 | SQLITE_DIRECTONLY, this, &call,
                                                 nullptr, nullptr, nullptr),
                      "register score_write");
    }
    ~ScoreWriteLookup()
    {
        sqlite3_create_function_v2(m_db, "score_write", 2, SQLITE_UTF8, nullptr, nullptr, nullptr,
                                   nullptr, nullptr);
    }
    ScoreWriteLookup(const ScoreWriteLookup&) = delete;
    ScoreWriteLookup& operator=(const ScoreWriteLookup&) = delete;

    // `writes` in lead id order; they must outlive the statements run until clear().
    void setWrites(const std::vector<ScoreWrite>* writes)
    {
        m_writes = writes;
        m_cursor = 0;
    }

private:
    // The write of lead `id`, or nullptr. Rows come in id order, so the cursor usually sits on
    // the answer; a binary search covers any other order SQLite might choose.
    const ScoreWrite* find(qint64 id)
    {
        if (!m_writes || m_writes->empty())
            return nullptr;
        const std::vector<ScoreWrite>& writes = *m_writes;
        if (m_cursor < writes.size() && writes[m_cursor].leadId < id)
            ++m_cursor;
        if (m_cursor >= writes.size() || writes[m_cursor].leadId != id) {
            const auto it = std::lower_bound(
                writes.begin(), writes.end(), id,
                [](const ScoreWrite& write, qint64 leadId) { return write.leadId < leadId; });
            m_cursor = size_t(it - writes.begin());
        }
        return m_cursor < writes.size() && writes[m_cursor].leadId == id ? &writes[m_cursor]
                                                                         : nullptr;
    }

    static void call(sqlite3_context* context, int, sqlite3_value** arguments)
    {
        auto* self = static_cast<ScoreWriteLookup*>(sqlite3_user_data(context));
        const ScoreWrite* write = self->find(sqlite3_value_int64(arguments[0]));
        const int column = sqlite3_value_int(arguments[1]);
        if (column == 0) {
            sqlite3_result_int(context, write ? 1 : 0);
            return;
        }
        if (!write) {
            sqlite3_result_error(context, "score_write: lead not in the batch", -1);
            return;
        }
        switch (column) {
        case 1:
            sqlite3_result_int(context, write->total);
            break;
        case 2:
            sqlite3_result_int(context, write->fit);
            break;
        case 3:
            sqlite3_result_int(context, write->behavior);
            break;
        default:
            sqlite::resultText(context, write->grade);
        }
    }

    sqlite3* m_db;
    const std::vector<ScoreWrite>* m_writes = nullptr;
    size_t m_cursor = 0;
};

void SqliteScoreStore::writeBatch(const std::vector<ScoreWrite>& writes, qint64 modelId,
                                  const QByteArray& at)
{
    sqlite3* db = m_workspace.handle();
    if (!m_scoreWrites)
        m_scoreWrites = std::make_unique<ScoreWriteLookup>(db);
    if (!m_updateBatch)
        m_updateBatch = sqlite::prepareRaw(
            db, "UPDATE lead_scores SET score = score_write(lead_id, 1), "
                "fit = score_write(lead_id, 2), behavior = score_write(lead_id, 3), "
                "grade = score_write(lead_id, 4), model_id = ?1, scored_at = ?2 "
                "WHERE lead_id BETWEEN ?3 AND ?4 AND score_write(lead_id, 0)");
    m_scoreWrites->setWrites(&writes);
    sqlite3_bind_int64(m_updateBatch, 1, modelId);
    sqlite3_bind_text(m_updateBatch, 2, at.constData(), int(at.size()), SQLITE_STATIC);
    sqlite3_bind_int64(m_updateBatch, 3, writes.front().leadId);
    sqlite3_bind_int64(m_updateBatch, 4, writes.back().leadId);
    const int rc = sqlite3_step(m_updateBatch);
    sqlite3_reset(m_updateBatch);
    sqlite3_clear_bindings(m_updateBatch);
    m_scoreWrites->setWrites(nullptr);
    sqlite::check(db, rc == SQLITE_DONE ? SQLITE_OK : rc, "write scores");
}

void SqliteScoreStore::promote(const std::vector<ScoreWrite>& writes, const QByteArray& at,
                               qint64 atSeconds, const QByteArray& by)
{
    std::vector<const ScoreWrite*> promotions;
    for (const ScoreWrite& write : writes) {
        if (!write.promotionReason.isEmpty())
            promotions.push_back(&write);
    }
    if (promotions.empty())
        return;
    sqlite3* db = m_workspace.handle();
    if (!m_promotions)
        m_promotions = std::make_unique<sqlite::BatchTable>(
            db, "score_promotions", "CREATE TABLE x(lead_id INTEGER, reason TEXT)");
    // One statement each for the batch's history lines and moves, in lead order: a statement a
    // lead cost about twice as much. The history goes first, while the stage still says which
    // leads are New (a lead moved by someone else since it was read stays where it is).
    // The move is StageMachine's automatic one: its stages are bound from there (?3, ?4).
    if (!m_history)
        m_history = sqlite::prepareRaw(
            db, "INSERT INTO stage_history(lead_id, at, from_stage, to_stage, by_user, "
                "reason, override, score) SELECT p.lead_id, ?1, ?3, ?4, ?2, p.reason, 0, s.score "
                "FROM score_promotions p, lead_scores s WHERE s.lead_id = p.lead_id "
                "AND s.stage = ?3");
    // The lead's "last changed" names the move, as a move by hand does; its version stays (a
    // stage move checks the stage it starts from). Before the move, while the stage says which
    // leads move.
    if (!m_lastChanged)
        m_lastChanged = sqlite::prepareRaw(
            db, "UPDATE leads SET updated_at = ?1, updated_by = ?2 WHERE id IN (SELECT "
                "p.lead_id FROM score_promotions p, lead_scores s WHERE s.lead_id = p.lead_id "
                "AND s.stage = ?3)");
    // The stage is kept in the narrow score rows, whose pages the batch has just written: the
    // move dirties no page of the wide leads table, and leaves the lead's own row (and version)
    // as it was.
    // "+stage": find the rows by id, not through lead_scores_stage. An UPDATE that walks the
    // index it changes must first list the rows it will write; by id it writes in one pass
    // (at 44,000 moves, 0.11-0.13 s of CPU instead of 0.2 s in the sqlite3 CLI).
    if (!m_promote)
        m_promote =
            sqlite::prepareRaw(db, "UPDATE lead_scores SET stage = ?3, stage_changed_at = ?1 "
                                   "WHERE lead_id IN (SELECT lead_id FROM score_promotions) AND "
                                   "+stage = ?2");
    m_promotions->setRows(promotions.size(),
                          [&promotions](sqlite3_context* result, size_t row, int column) {
                              if (column == 0)
                                  sqlite3_result_int64(result, promotions[row]->leadId);
                              else
                                  sqlite::resultText(result, promotions[row]->promotionReason);
                          });
    const QByteArray from = stageName(StageMachine::scorePromotionFrom).toUtf8();
    const QByteArray to = stageName(StageMachine::scorePromotionTo).toUtf8();
    bindText(m_history, 1, at);
    bindText(m_history, 2, by);
    bindText(m_history, 3, from);
    bindText(m_history, 4, to);
    int rc = sqlite3_step(m_history);
    sqlite3_reset(m_history);
    if (rc == SQLITE_DONE) {
        bindText(m_lastChanged, 1, at);
        bindText(m_lastChanged, 2, by);
        bindText(m_lastChanged, 3, from);
        rc = sqlite3_step(m_lastChanged);
        sqlite3_reset(m_lastChanged);
    }
    if (rc == SQLITE_DONE) {
        sqlite3_bind_int64(m_promote, 1, atSeconds);
        bindText(m_promote, 2, from);
        bindText(m_promote, 3, to);
        rc = sqlite3_step(m_promote);
        sqlite3_reset(m_promote);
    }
    m_promotions->clear();
    sqlite::check(db, rc == SQLITE_DONE ? SQLITE_OK : rc, "promote to MQL");
}

void SqliteScoreStore::writeScores(const std::vector<ScoreWrite>& writes, qint64 modelId,
                                   const QDateTime& scoredAt, const QString& actor)
{
    if (writes.empty())
        return;
    const QByteArray at = toIsoUtc(scoredAt).toUtf8();
    // With the score indexes suspended most leads change: one statement writes the batch.
    // Otherwise one statement a lead, which leaves the score index alone when the total stays.
    if (!m_suspendedIndexes.isEmpty())
        writeBatch(writes, modelId, at);
    else
        writeEach(writes, modelId, at);
    promote(writes, at, scoredAt.toSecsSinceEpoch(), actor.toUtf8());
}

void SqliteScoreStore::markScored(qint64 firstId, qint64 lastId, const QDateTime& scoredAt)
{
    sqlite3* db = m_workspace.handle();
    // Rows that already say so are left alone: a rescore as of the same moment writes nothing.
    // scored_at is in no index, so this rewrites the narrow rows' pages and nothing else.
    if (!m_markScored)
        m_markScored = sqlite::prepareRaw(
            db, "UPDATE lead_scores SET scored_at = ?1, scored_stage = NULL WHERE lead_id "
                "BETWEEN ?2 AND ?3 AND (scored_at IS NOT ?1 OR scored_stage IS NOT NULL)");
    bindText(m_markScored, 1, toIsoUtc(scoredAt).toUtf8());
    sqlite3_bind_int64(m_markScored, 2, firstId);
    sqlite3_bind_int64(m_markScored, 3, lastId);
    run(db, m_markScored, "record the moment of the scores");
}

void SqliteScoreStore::writeEach(const std::vector<ScoreWrite>& writes, qint64 modelId,
                                 const QByteArray& at)
{
    prepareWriters();
    sqlite3* db = m_workspace.handle();
    QByteArray lastGrade;
    QString lastGradeText;
    for (const ScoreWrite& write : writes) {
        sqlite3_stmt* update = write.totalChanged ? m_update : m_updateParts;
        if (write.totalChanged)
            sqlite3_bind_int(update, 1, write.total);
        sqlite3_bind_int(update, 2, write.fit);
        sqlite3_bind_int(update, 3, write.behavior);
        if (write.grade.isEmpty()) {
            sqlite3_bind_null(update, 4);
        } else {
            if (write.grade != lastGradeText) {
                lastGradeText = write.grade;
                lastGrade = write.grade.toUtf8();
            }
            sqlite3_bind_text(update, 4, lastGrade.constData(), int(lastGrade.size()),
                              SQLITE_STATIC);
        }
        sqlite3_bind_int64(update, 5, modelId);
        sqlite3_bind_text(update, 6, at.constData(), int(at.size()), SQLITE_STATIC);
        sqlite3_bind_int64(update, 7, write.leadId);
        run(db, update, "write score");
    }
    // The bound texts die with this call.
    sqlite3_clear_bindings(m_update);
    sqlite3_clear_bindings(m_updateParts);
}

void SqliteScoreStore::expectMostScoresToChange()
{
    if (!m_suspendedIndexes.isEmpty())
        return;
    const QSqlDatabase db = m_workspace.database();
    // Every index that holds the total (an import may already have dropped them).
    QSqlQuery indexes = sqlite::prepare(
        db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                           "tbl_name = 'lead_scores' AND sql LIKE '%score DESC%' ORDER BY name"));
    sqlite::exec(indexes, QStringLiteral("list score indexes"));
    QStringList names;
    while (indexes.next()) {
        names << indexes.value(0).toString();
        m_suspendedIndexes << indexes.value(1).toString();
    }
    indexes.finish();
    // The update statements were planned with these indexes: plan them again without.
    sqlite3_finalize(m_update);
    sqlite3_finalize(m_updateParts);
    sqlite3_finalize(m_promote);
    sqlite3_finalize(m_history);
    sqlite3_finalize(m_updateBatch);
    m_update = m_updateParts = m_promote = m_history = m_updateBatch = nullptr;
    for (const QString& name : names)
        sqlite::exec(db, QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

void SqliteScoreStore::finishWrites()
{
    sqlite::createIndexes(m_workspace.database(), std::exchange(m_suspendedIndexes, {}));
}

} // namespace lb
