#include "store/sqlite/sqliteimportsink.h"

#include "model/companyname.h"
#include "store/sqlite/batchtable.h"
#include "store/sqlite/eventdigests.h"
#include "store/sqlite/leadcolumns.h"
#include "store/sqlite/ownerids.h"
#include "store/sqlite/searchindexbuilder.h"
#include "store/sqlite/sqliteeventrepository.h"
#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"
#include "util/isotime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

namespace lb {

namespace {

// Below this many rows the indexes stay: rebuilding them would cost more than keeping them.
constexpr qint64 bulkThreshold = 50000;
constexpr size_t hashSeed = 0x9E3779B97F4A7C15ULL;

quint64 emailKey(const QString& email)
{
    return qHash(QStringView(email), hashSeed);
}

quint64 nameKey(const QString& lastName, const QString& companyNorm)
{
    return qHash(QString(lastName.toLower() + QChar(0x1F) + companyNorm), hashSeed);
}

// The search index's words of a lead just written by `written` (bound by bindLeadFields()).
sqlite::SearchWordsUtf8 searchWordsOf(const sqlite::Statement& written)
{
    return {written.boundText(2), written.boundText(3), written.boundText(6),
            written.boundText(1), written.boundText(5), written.boundText(18)};
}

std::optional<double> optionalDouble(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text.toDouble();
}

} // namespace

SqliteImportSink::SqliteImportSink(SqliteWorkspace& workspace, qint64 expectedLeads,
                                   const QString& actor)
    : m_workspace(workspace), m_db(workspace.handle()), m_actor(actor),
      m_nowTime(QDateTime::currentDateTimeUtc()), m_now(toIsoUtc(m_nowTime))
{
    // Settings for the load, restored when the transaction ends. (Temporary data, such as the
    // sorter of the index builds, may go to files: the workspace's own setting.)
    if (!m_workspace.inTransaction()) {
        const QSqlDatabase db = m_workspace.database();
        // The stage CHECK (stage IN (...)) builds a temporary index for every inserted row: a
        // tenth of a bulk load. The sink writes stage names from the Stage enum only, so the
        // check cannot fail here.
        sqlite::exec(db, QStringLiteral("PRAGMA ignore_check_constraints=ON"));
        // Score and history rows refer to the leads just written, a lead to an owner the sink
        // looked up or created, an event to a lead the import found.
        m_foreignKeysSuspended = sqlite::suspendForeignKeys(db);
        // A bulk load writes and reads in rowid order: a small page cache loses nothing.
        m_savedCacheSize = sqlite::scalar(db, QStringLiteral("PRAGMA cache_size")).toInt();
    }
    m_workspace.begin();
    m_open = true;
    try {
        const QSqlDatabase db = m_workspace.database();
        const qint64 existing =
            sqlite::scalar(db, QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
        m_lastIdBefore =
            sqlite::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM leads"))
                .toLongLong();
        if (expectedLeads >= bulkThreshold && existing * 10 < expectedLeads)
            startBulk();
    } catch (...) {
        rollback();
        throw;
    }
}

SqliteImportSink::~SqliteImportSink()
{
    if (m_open) {
        try {
            rollback();
        } catch (...) {
        }
    }
}

void SqliteImportSink::releaseStatements()
{
    // Statements must be finalised before a rollback can release the write lock.
    for (auto* slot : {&m_findEmail, &m_findName, &m_load, &m_insert, &m_insertScore,
                       &m_insertScores, &m_update, &m_updateStage, &m_ftsAdd, &m_ftsRemove,
                       &m_history, &m_event, &m_activity, &m_emailOf, &m_nameOf})
        slot->reset();
    m_scoreRows.reset();   // after the statement that reads it
    m_searchIndex.reset(); // stops its thread, if it runs
    m_pendingScores.clear();
    if (m_owners)
        m_owners->release();
}

void SqliteImportSink::startBulk()
{
    const QSqlDatabase db = m_workspace.database();
    // The history's index stays: creations are appended in lead order at the end of its key
    // range. (In the sqlite3 CLI at a million creations: 0.9 s for the rows with their index
    // entries, against 0.5 s for the rows and 0.5 s for building the index again.)
    QSqlQuery indexes = sqlite::prepare(
        db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                           "tbl_name IN ('leads', 'lead_scores') AND sql IS NOT NULL"));
    sqlite::exec(indexes);
    QStringList names;
    while (indexes.next()) {
        names << indexes.value(0).toString();
        m_droppedIndexes << indexes.value(1).toString();
    }
    indexes.finish();
    for (const QString& name : names)
        sqlite::exec(db, QStringLiteral("DROP INDEX \"%1\"").arg(name));
    m_bulk = true;
    if (m_savedCacheSize) // restored with the other settings when the import ends
        sqlite::exec(db, QStringLiteral("PRAGMA cache_size=-16384"));
    m_searchIndex = std::make_unique<sqlite::SearchIndexBuilder>(m_workspace.handle());

    // The leads already there: their words for the new search index, and their e-mail keys.
    m_searchIndex->addStoredLeads(m_db, [this](qint64 id, QByteArrayView email) {
        if (!email.isEmpty())
            m_byEmail.insert(emailKey(QString::fromUtf8(email)), id);
    });
}

void SqliteImportSink::buildNameKeys()
{
    // Built on the first row without an e-mail only: most files have an e-mail on every row
    // and then never pay for it.
    sqlite::Statement leads(m_workspace.handle(),
                            "SELECT id, last_name, company_norm FROM leads WHERE last_name IS NOT "
                            "NULL AND company_norm IS NOT NULL");
    while (leads.next())
        m_byName.insert(nameKey(leads.columnText(1), leads.columnText(2)), leads.columnInt(0));
    m_nameKeysBuilt = true;
}

sqlite::Statement& SqliteImportSink::statement(std::unique_ptr<sqlite::Statement>& slot,
                                               const char* sql)
{
    if (!slot)
        slot = std::make_unique<sqlite::Statement>(m_db, sql);
    return *slot;
}

std::optional<qint64> SqliteImportSink::findByEmail(const QString& email)
{
    if (m_bulk) {
        const std::optional<qint64> it = m_byEmail.find(emailKey(email));
        if (!it)
            return std::nullopt;
        auto& check = statement(m_emailOf, "SELECT email FROM leads WHERE id = ?1");
        check.bind(1, *it);
        const bool same = check.next() && check.columnText(0) == email;
        check.reset();
        if (same)
            return *it;
        // A hash collision (about one in 10^11 at a million leads): ask the table itself.
    }
    auto& find = statement(m_findEmail, "SELECT id FROM leads WHERE email = ?1 LIMIT 1");
    find.bindText(1, email);
    std::optional<qint64> id;
    if (find.next()) {
        id = find.columnInt(0);
        find.reset();
    }
    return id;
}

std::optional<qint64> SqliteImportSink::findByName(const QString& lastName,
                                                   const QString& companyNorm)
{
    if (m_bulk) {
        if (!m_nameKeysBuilt)
            buildNameKeys();
        const std::optional<qint64> it = m_byName.find(nameKey(lastName, companyNorm));
        if (!it)
            return std::nullopt;
        auto& check =
            statement(m_nameOf, "SELECT lower(last_name), company_norm FROM leads WHERE id = ?1");
        check.bind(1, *it);
        const bool same = check.next() && check.columnText(0) == lastName.toLower() &&
                          check.columnText(1) == companyNorm;
        check.reset();
        if (same)
            return *it;
    }
    auto& find = statement(m_findName, "SELECT id FROM leads WHERE company_norm = ?1 AND "
                                       "last_name = ?2 COLLATE NOCASE ORDER BY id LIMIT 1");
    find.bindText(1, companyNorm).bindText(2, lastName);
    std::optional<qint64> id;
    if (find.next()) {
        id = find.columnInt(0);
        find.reset();
    }
    return id;
}

Lead SqliteImportSink::load(qint64 id)
{
    auto& select = statement(
        m_load, "SELECT l.id, l.email, l.first_name, l.last_name, l.phone, l.title, l.company, "
                "l.website, l.industry, l.employees, l.annual_revenue, l.budget, "
                "l.expected_close, l.country, l.city, l.source, u.name, l.notes, l.custom, "
                "s.stage, s.stage_changed_at, l.created_at, l.version, l.last_activity_at "
                "FROM leads l JOIN lead_scores s ON s.lead_id = l.id "
                "LEFT JOIN users u ON u.id = l.owner_id WHERE l.id = ?1");
    select.bind(1, id);
    Lead lead;
    if (!select.next())
        return lead;
    lead.id = select.columnInt(0);
    lead.email = select.columnText(1);
    lead.firstName = select.columnText(2);
    lead.lastName = select.columnText(3);
    lead.phone = select.columnText(4);
    lead.title = select.columnText(5);
    lead.company = select.columnText(6);
    lead.website = select.columnText(7);
    lead.industry = select.columnText(8);
    if (const QString employees = select.columnText(9); !employees.isEmpty())
        lead.employees = employees.toLongLong();
    lead.annualRevenue = optionalDouble(select.columnText(10));
    lead.budget = optionalDouble(select.columnText(11));
    lead.expectedClose = QDate::fromString(select.columnText(12), Qt::ISODate);
    lead.country = select.columnText(13);
    lead.city = select.columnText(14);
    lead.source = select.columnText(15);
    lead.owner = select.columnText(16);
    lead.notes = select.columnText(17);
    if (const QString custom = select.columnText(18); !custom.isEmpty()) {
        const QJsonObject object = QJsonDocument::fromJson(custom.toUtf8()).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            lead.custom.insert(it.key(), it.value().toString());
    }
    lead.stage = stageFromName(select.columnText(19)).value_or(Stage::New);
    lead.stageChangedAt = sqlite::stageTimeFrom(select.columnInt(20));
    lead.createdAt = fromIsoUtc(select.columnText(21));
    lead.version = select.columnInt(22);
    lead.lastActivityAt = fromIsoUtc(select.columnText(23));
    select.reset();
    return lead;
}

std::optional<qint64> SqliteImportSink::ownerId(const QString& name)
{
    if (name.isEmpty())
        return std::nullopt;
    if (!m_owners)
        m_owners = std::make_unique<sqlite::OwnerIds>(m_workspace.handle());
    return m_owners->idOf(name, m_now);
}

// Binds ?1..?19: the fields of the leads row an import writes, in the order of the UPDATE below;
// the INSERT binds the same fields from the bytes the reading thread encoded. (The stage is kept
// in lead_scores.)
void SqliteImportSink::bindLeadFields(sqlite::Statement& s, const Lead& lead,
                                      const QString& companyNorm)
{
    s.bind(1, lead.email)
        .bind(2, lead.firstName)
        .bind(3, lead.lastName)
        .bind(4, lead.phone)
        .bind(5, lead.title)
        .bind(6, lead.company)
        .bind(7, companyNorm)
        .bind(8, lead.website)
        .bind(9, lead.industry)
        .bind(10, lead.employees)
        .bind(11, lead.annualRevenue)
        .bind(12, lead.budget)
        .bind(13, toIsoDate(lead.expectedClose))
        .bind(14, lead.country)
        .bind(15, lead.city)
        .bind(16, lead.source)
        .bind(17, ownerId(lead.owner))
        .bind(18, lead.notes)
        .bind(19, sqlite::customFieldsToJson(lead.custom));
}

void SqliteImportSink::insertLead(Lead& lead, const QString& norm, const LeadTextBytes& text)
{
    auto& insert = statement(
        m_insert,
        "INSERT INTO leads(email, first_name, last_name, phone, title, company, company_norm, "
        "website, industry, employees, annual_revenue, budget, expected_close, country, city, "
        "source, owner_id, notes, custom, created_at, updated_at, updated_by, version) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
        "?18, ?19, ?20, ?20, ?21, 1)");
    using F = LeadTextBytes;
    insert.bindUtf8(1, text.field(F::Email))
        .bindUtf8(2, text.field(F::FirstName))
        .bindUtf8(3, text.field(F::LastName))
        .bindUtf8(4, text.field(F::Phone))
        .bindUtf8(5, text.field(F::Title))
        .bindUtf8(6, text.field(F::Company))
        .bindUtf8(7, text.field(F::CompanyNorm))
        .bindUtf8(8, text.field(F::Website))
        .bindUtf8(9, text.field(F::Industry))
        .bind(10, lead.employees)
        .bind(11, lead.annualRevenue)
        .bind(12, lead.budget)
        .bindUtf8(13, text.field(F::ExpectedClose))
        .bindUtf8(14, text.field(F::Country))
        .bindUtf8(15, text.field(F::City))
        .bindUtf8(16, text.field(F::Source))
        .bind(17, ownerId(lead.owner))
        .bindUtf8(18, text.field(F::Notes))
        .bind(19, sqlite::customFieldsToJson(lead.custom))
        .bindText(20, m_now)
        .bindText(21, m_actor)
        .step();
    lead.id = sqlite3_last_insert_rowid(m_db);
    const StoredScore& score = lead.score;
    if (score.scoredAt != m_lastScoredAt)
        m_lastScoredAtText = toIsoUtc(m_lastScoredAt = score.scoredAt);
    const QString scoredAt = score.scoredAt.isValid() ? m_lastScoredAtText : QString();
    if (m_bulk) {
        m_pendingScores.push_back({lead.id, lead.stage, ownerId(lead.owner), score, scoredAt});
        if (m_pendingScores.size() >= pendingScoreRows)
            writePendingScores();
    } else {
        sqlite::insertLeadScore(statement(m_insertScore, sqlite::insertLeadScoreSql), lead.id,
                                stageName(lead.stage), m_nowTime.toSecsSinceEpoch(),
                                ownerId(lead.owner), score, scoredAt);
    }
    lead.version = 1;
    lead.createdAt = lead.updatedAt = lead.stageChangedAt = m_nowTime;
    lead.updatedBy = m_actor;
    if (m_bulk)
        rememberKeys(lead, norm, insert);
    else
        addSearchWords(lead.id, searchWordsOf(insert)); // the lead's own strings may be freed
}

void SqliteImportSink::writePendingScores()
{
    if (m_pendingScores.empty())
        return;
    if (!m_scoreRows)
        m_scoreRows = std::make_unique<sqlite::BatchTable>(
            m_workspace.handle(), "new_lead_scores",
            "CREATE TABLE x(lead_id INTEGER, stage TEXT, owner_id INTEGER, score INTEGER, "
            "fit INTEGER, behavior INTEGER, grade TEXT, model_id INTEGER, scored_at TEXT)");
    sqlite::RepeatedText stage;
    sqlite::RepeatedText grade;
    sqlite::RepeatedText scoredAt;
    m_scoreRows->setRows(m_pendingScores.size(),
                         [&, this](sqlite3_context* result, size_t row, int column) {
                             const PendingScore& pending = m_pendingScores[row];
                             switch (column) {
                             case 0:
                                 sqlite3_result_int64(result, pending.leadId);
                                 break;
                             case 1:
                                 stage.result(result, stageName(pending.stage));
                                 break;
                             case 2:
                                 if (pending.ownerId)
                                     sqlite3_result_int64(result, *pending.ownerId);
                                 else
                                     sqlite3_result_null(result);
                                 break;
                             case 3:
                                 sqlite3_result_int(result, pending.score.total);
                                 break;
                             case 4:
                                 sqlite3_result_int(result, pending.score.fit);
                                 break;
                             case 5:
                                 sqlite3_result_int(result, pending.score.behavior);
                                 break;
                             case 6:
                                 grade.result(result, pending.score.grade);
                                 break;
                             case 7:
                                 if (pending.score.modelId > 0)
                                     sqlite3_result_int64(result, pending.score.modelId);
                                 else
                                     sqlite3_result_null(result);
                                 break;
                             default:
                                 scoredAt.result(result, pending.scoredAt);
                             }
                         });
    statement(m_insertScores,
              "INSERT INTO lead_scores(lead_id, stage, stage_changed_at, owner_id, score, fit, "
              "behavior, grade, model_id, scored_at) SELECT lead_id, stage, ?1, owner_id, score, "
              "fit, behavior, grade, model_id, scored_at FROM new_lead_scores")
        .bind(1, m_nowTime.toSecsSinceEpoch()) // every new lead reached its stage now
        .step();
    m_scoreRows->clear();
    m_pendingScores.clear();
}

void SqliteImportSink::updateLead(Lead& lead)
{
    // The stage is written to lead_scores, and the owner trigger copies there: the lead's score
    // row must be there first.
    writePendingScores();
    if (!m_bulk)
        removeSearchWords(lead.id); // before the row changes: FTS5 reads the old words from it
    auto& update = statement(
        m_update,
        "UPDATE leads SET email = ?1, first_name = ?2, last_name = ?3, phone = ?4, title = ?5, "
        "company = ?6, company_norm = ?7, website = ?8, industry = ?9, employees = ?10, "
        "annual_revenue = ?11, budget = ?12, expected_close = ?13, country = ?14, city = ?15, "
        "source = ?16, owner_id = ?17, notes = ?18, custom = ?19, updated_at = ?20, "
        "updated_by = ?21, version = version + 1 WHERE id = ?22");
    const QString norm = normalizeCompanyName(lead.company);
    bindLeadFields(update, lead, norm);
    update.bindText(20, m_now).bindText(21, m_actor).bind(22, lead.id).step();
    statement(m_updateStage,
              "UPDATE lead_scores SET stage = ?1, stage_changed_at = ?2 "
              "WHERE lead_id = ?3 AND (stage IS NOT ?1 OR stage_changed_at IS NOT ?2)")
        .bindText(1, stageName(lead.stage))
        .bind(2,
              sqlite::stageTimeOf(lead.stageChangedAt.isValid() ? lead.stageChangedAt : m_nowTime))
        .bind(3, lead.id)
        .step();
    ++lead.version;
    lead.updatedBy = m_actor;
    if (m_bulk)
        rememberKeys(lead, norm, update);
    else
        addSearchWords(lead.id, searchWordsOf(update));
}

void SqliteImportSink::removeSearchWords(qint64 id)
{
    // An external-content FTS5 table forgets a row only when told its old words.
    statement(m_ftsRemove,
              "INSERT INTO leads_fts(leads_fts, rowid, first_name, last_name, company, email, "
              "title, notes) SELECT 'delete', id, first_name, last_name, company, email, title, "
              "notes FROM leads WHERE id = ?1")
        .bind(1, id)
        .step();
}

void SqliteImportSink::addSearchWords(qint64 id, const sqlite::SearchWordsUtf8& words)
{
    auto& add = statement(m_ftsAdd, "INSERT INTO leads_fts(rowid, first_name, last_name, company, "
                                    "email, title, notes) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    add.bind(1, id);
    for (size_t column = 0; column < words.size(); ++column)
        add.bindUtf8(int(column) + 2, words[column]);
    add.step();
}

void SqliteImportSink::rememberKeys(const Lead& lead, const QString& norm,
                                    const sqlite::Statement& written)
{
    m_searchIndex->addUtf8(lead.id, searchWordsOf(written));
    if (!lead.email.isEmpty())
        m_byEmail.insert(emailKey(lead.email), lead.id);
    if (m_nameKeysBuilt && !lead.lastName.isEmpty() && !norm.isEmpty())
        m_byName.insert(nameKey(lead.lastName, norm), lead.id);
}

void SqliteImportSink::addStageChange(const StageChange& change)
{
    auto& insert = statement(m_history, "INSERT INTO stage_history(lead_id, at, from_stage, "
                                        "to_stage, by_user, reason, override) VALUES(?1, ?2, ?3, "
                                        "?4, ?5, ?6, ?7)");
    insert.bind(1, change.leadId)
        .bindText(2, change.at.isValid() ? toIsoUtc(change.at) : m_now)
        .bind(3, change.from ? stageName(*change.from) : QString())
        .bindText(4, stageName(change.to))
        .bindText(5, change.by)
        .bindText(6, change.reason)
        .bind(7, qint64(change.override ? 1 : 0))
        .step();
}

void SqliteImportSink::recordCreations(const QString& by, const QString& reason)
{
    writePendingScores();
    // After the last row the keys are not needed any more: free them before scoring.
    m_byEmail.clear();
    m_byName.clear();
    // Every lead's words are known: the search index is built alongside what follows.
    if (m_searchIndex)
        m_searchIndex->start();
    // New rowids are above every old one, so the leads this import created are exactly those.
    // Their stage is read from lead_scores, where it is kept. All of them were created at m_now.
    QSqlQuery insert = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO stage_history(lead_id, at, from_stage, to_stage, by_user, "
                       "reason, override) SELECT lead_id, ?, NULL, stage, ?, ?, 0 FROM "
                       "lead_scores WHERE lead_id > ? ORDER BY lead_id"));
    insert.addBindValue(m_now);
    insert.addBindValue(by);
    insert.addBindValue(reason);
    insert.addBindValue(m_lastIdBefore);
    sqlite::exec(insert);
}

bool SqliteImportSink::addEvent(const Event& event)
{
    if (!sqlite::insertEvent(statement(m_event, sqlite::insertEventSql), event))
        return false;
    // The lead row is written once per lead in finishLoad(), not once per event.
    qint64& latest = m_latestActivity[event.leadId];
    latest = std::max(latest, event.occurredAtMs);
    return true;
}

void SqliteImportSink::writeActivity()
{
    auto& update = statement(m_activity, "UPDATE leads SET last_activity_at = ?2 WHERE id = ?1 "
                                         "AND (last_activity_at IS NULL OR last_activity_at < ?2)");
    sqlite::EventDigests digests(m_workspace.handle());
    for (auto it = m_latestActivity.cbegin(); it != m_latestActivity.cend(); ++it) {
        update.bind(1, it.key()).bindText(2, toIsoUtc(momentOfEventTime(it.value()))).step();
        digests.refresh(it.key());
    }
    m_latestActivity = {};
}

void SqliteImportSink::finishLoad()
{
    if (m_finished)
        return;
    m_finished = true;
    writePendingScores();
    writeActivity();
    if (!m_bulk)
        return;
    const QSqlDatabase db = m_workspace.database();
    if (m_searchIndex)
        m_searchIndex->start();
    sqlite::createIndexes(db, m_droppedIndexes);
    m_searchIndex->finishInto(m_workspace.handle());
    m_searchIndex.reset();
    m_byEmail.clear();
    m_byName.clear();
}

void SqliteImportSink::commit()
{
    finishLoad();
    releaseStatements();
    m_workspace.commit();
    m_open = false;
    restoreSettings();
}

void SqliteImportSink::rollback()
{
    releaseStatements();
    if (m_open) {
        m_open = false;
        m_workspace.rollback();
    }
    restoreSettings();
}

void SqliteImportSink::restoreSettings()
{
    if (!m_savedCacheSize || m_workspace.inTransaction())
        return;
    const QSqlDatabase db = m_workspace.database();
    sqlite::exec(db, QStringLiteral("PRAGMA ignore_check_constraints=OFF"));
    sqlite::exec(db, QStringLiteral("PRAGMA cache_size=%1").arg(*m_savedCacheSize));
    m_savedCacheSize.reset();
    if (m_foreignKeysSuspended)
        sqlite::resumeForeignKeys(db);
    m_foreignKeysSuspended = false;
}

} // namespace lb
