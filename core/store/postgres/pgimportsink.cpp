#include "store/postgres/pgimportsink.h"

#include "model/companyname.h"
#include "store/leadcodec.h"
#include "store/postgres/pglibpq.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "util/isotime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <libpq-fe.h>

namespace lb {

namespace {

// Below this many expected rows every lookup asks the server: reading the keys of the leads
// already there costs more than a few hundred questions.
constexpr qint64 keysThreshold = 1000;
// Reading a lead's keys costs about a fiftieth of asking for one lead: the keys of the leads
// already there are read when they are not many more than the rows to import.
constexpr qint64 keysPerExpectedRow = 20;
// The gathered rows are sent when the leads' COPY text reaches this size.
constexpr qsizetype pendingBytes = 8 << 20;
constexpr int keyPageRows = 100000;
constexpr int activityBatchRows = 10000;
constexpr size_t hashSeed = 0x9E3779B97F4A7C15ULL;

// The keys of SqliteImportSink.
quint64 emailKey(QStringView email)
{
    return qHash(email, hashSeed);
}

quint64 nameKey(const QString& lastName, const QString& companyNorm)
{
    return qHash(QString(lastName.toLower() + QChar(0x1F) + companyNorm), hashSeed);
}

QString textOf(const PGresult* result, int row, int column)
{
    if (PQgetisnull(result, row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(result, row, column), PQgetlength(result, row, column));
}

std::optional<double> optionalDouble(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text.toDouble();
}

// A text field of COPY's text format; empty is NULL, as SqliteImportSink binds it.
void appendTextOrNull(QByteArray& row, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        pg::appendCopyNull(row);
    else
        pg::appendCopyField(row, utf8);
}

// The columns SqliteImportSink::load() reads, and the joins: lead_scores' is an outer join for
// the lookup by e-mail, which finds a lead whatever its score row says.
#define LEAD_COLUMNS                                                                               \
    "SELECT l.id, l.email, l.first_name, l.last_name, l.phone, l.title, l.company, "               \
    "l.website, l.industry, l.employees, l.annual_revenue, l.budget, l.expected_close, "           \
    "l.country, l.city, l.source, u.name, l.notes, l.custom, s.stage, s.stage_changed_at, "        \
    "l.created_at, l.version, l.last_activity_at FROM leads l "
#define LEAD_OWNER "LEFT JOIN users u ON u.id = l.owner_id "

// The lead of the first row of a query of LEAD_COLUMNS, as SqliteImportSink::load() reads it.
Lead leadOf(const PGresult* r)
{
    Lead lead;
    lead.id = textOf(r, 0, 0).toLongLong();
    lead.email = textOf(r, 0, 1);
    lead.firstName = textOf(r, 0, 2);
    lead.lastName = textOf(r, 0, 3);
    lead.phone = textOf(r, 0, 4);
    lead.title = textOf(r, 0, 5);
    lead.company = textOf(r, 0, 6);
    lead.website = textOf(r, 0, 7);
    lead.industry = textOf(r, 0, 8);
    if (const QString employees = textOf(r, 0, 9); !employees.isEmpty())
        lead.employees = employees.toLongLong();
    lead.annualRevenue = optionalDouble(textOf(r, 0, 10));
    lead.budget = optionalDouble(textOf(r, 0, 11));
    lead.expectedClose = QDate::fromString(textOf(r, 0, 12), Qt::ISODate);
    lead.country = textOf(r, 0, 13);
    lead.city = textOf(r, 0, 14);
    lead.source = textOf(r, 0, 15);
    lead.owner = textOf(r, 0, 16);
    lead.notes = textOf(r, 0, 17);
    if (const QString custom = textOf(r, 0, 18); !custom.isEmpty()) {
        const QJsonObject object = QJsonDocument::fromJson(custom.toUtf8()).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            lead.custom.insert(it.key(), it.value().toString());
    }
    lead.stage = stageFromName(textOf(r, 0, 19)).value_or(Stage::New);
    lead.stageChangedAt = leadcodec::stageTimeFrom(textOf(r, 0, 20).toLongLong());
    lead.createdAt = fromIsoUtc(textOf(r, 0, 21));
    lead.version = textOf(r, 0, 22).toLongLong();
    lead.lastActivityAt = fromIsoUtc(textOf(r, 0, 23));
    return lead;
}

template <typename T> void appendOptional(QByteArray& row, const std::optional<T>& value)
{
    if (value)
        pg::appendCopyNumber(row, *value);
    else
        pg::appendCopyNull(row);
}

} // namespace

PgImportSink::PgImportSink(PgWorkspace& workspace, qint64 expectedLeads, const QString& actor)
    : m_workspace(workspace), m_actor(actor), m_actorUtf8(actor.toUtf8()),
      m_nowTime(QDateTime::currentDateTimeUtc()), m_now(toIsoUtc(m_nowTime)),
      m_nowUtf8(m_now.toUtf8())
{
    m_workspace.begin(); // the write lock, until commit() or rollback()
    m_open = true;
    try {
        const QSqlDatabase db = m_workspace.database();
        m_connection = pg::nativeHandle(db);
        if (!m_connection)
            pg::throwError(db.lastError(), {});
        QSqlQuery leads =
            pg::prepare(db, QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM leads"));
        pg::exec(leads);
        leads.next();
        const qint64 existing = leads.value(0).toLongLong();
        m_lastIdBefore = leads.value(1).toLongLong();
        leads.finish();
        // New leads take the ids after the largest one, as SQLite's rowids do.
        m_nextId = m_firstPendingId = m_lastIdBefore + 1;
        if (expectedLeads >= keysThreshold && existing <= expectedLeads * keysPerExpectedRow) {
            m_keysOfAll = true;
            loadEmailKeys();
        }
    } catch (...) {
        rollback();
        throw;
    }
}

PgImportSink::~PgImportSink()
{
    if (m_open) {
        try {
            rollback();
        } catch (...) {
        }
    }
}

pg::Statement& PgImportSink::statement(std::unique_ptr<pg::Statement>& slot, const char* sql)
{
    if (!slot)
        slot = std::make_unique<pg::Statement>(m_connection, sql);
    return *slot;
}

void PgImportSink::releaseStatements()
{
    for (auto* slot : {&m_findEmail, &m_findName, &m_load, &m_update, &m_updateStage, &m_history,
                       &m_event, &m_owner}) {
        if (*slot)
            (*slot)->release();
        slot->reset();
    }
}

void PgImportSink::loadEmailKeys()
{
    // Page by page in id order: a million leads' keys without a million rows in one result.
    qint64 after = 0;
    for (;;) {
        const pg::Result page = pg::execParams(
            m_connection,
            "SELECT id, email FROM leads WHERE id > $1 AND email IS NOT NULL ORDER BY id LIMIT $2",
            pg::Params().number(after).number(qint64(keyPageRows)), {});
        const int rows = PQntuples(page.get());
        for (int r = 0; r < rows; ++r) {
            after = QByteArray(PQgetvalue(page.get(), r, 0)).toLongLong();
            m_byEmail.insert(emailKey(textOf(page.get(), r, 1)), after);
        }
        if (rows < keyPageRows)
            break;
    }
}

void PgImportSink::loadNameKeys()
{
    // Built on the first row without an e-mail only: most files have an e-mail on every row and
    // then never pay for it. The leads this import wrote are in the keys already; an id of one
    // stays where it is, so that a key of a lead not yet sent leads to sending it.
    m_nameKeysLoaded = true;
    qint64 after = 0;
    for (;;) {
        const pg::Result page = pg::execParams(
            m_connection,
            "SELECT id, last_name, company_norm FROM leads WHERE id > $1 AND id <= $2 AND "
            "last_name IS NOT NULL AND company_norm IS NOT NULL ORDER BY id LIMIT $3",
            pg::Params().number(after).number(m_lastIdBefore).number(qint64(keyPageRows)), {});
        const int rows = PQntuples(page.get());
        for (int r = 0; r < rows; ++r) {
            after = QByteArray(PQgetvalue(page.get(), r, 0)).toLongLong();
            const quint64 key = nameKey(textOf(page.get(), r, 1), textOf(page.get(), r, 2));
            if (!m_byName.find(key))
                m_byName.insert(key, after);
        }
        if (rows < keyPageRows)
            break;
    }
}

std::optional<qint64> PgImportSink::findByEmail(const QString& email)
{
    m_found.reset();
    const std::optional<qint64> known = m_byEmail.find(emailKey(email));
    if (known)
        writePendingIf(*known); // a hash is not its key: the table says
    else if (m_keysOfAll)
        return std::nullopt;
    // The lead comes along: a row that finds its lead loads it next (one question, not two).
    const pg::Result found = statement(m_findEmail, LEAD_COLUMNS
                                       "LEFT JOIN lead_scores s ON s.lead_id = l.id " LEAD_OWNER
                                       "WHERE l.email = $1 LIMIT 1")
                                 .exec(pg::Params().text(email), {});
    if (PQntuples(found.get()) == 0)
        return std::nullopt;
    if (!PQgetisnull(found.get(), 0, 19)) // without its score row it is not loaded (load())
        m_found = leadOf(found.get());
    return QByteArray(PQgetvalue(found.get(), 0, 0)).toLongLong();
}

std::optional<qint64> PgImportSink::findByName(const QString& lastName, const QString& companyNorm)
{
    m_found.reset();
    if (m_keysOfAll && !m_nameKeysLoaded)
        loadNameKeys();
    const std::optional<qint64> known = m_byName.find(nameKey(lastName, companyNorm));
    if (known)
        writePendingIf(*known);
    else if (m_keysOfAll)
        return std::nullopt;
    // SQLite's last_name = ? COLLATE NOCASE.
    const pg::Result found =
        statement(m_findName, "SELECT id FROM leads WHERE company_norm = $1 AND lower(last_name) "
                              "= lower($2) ORDER BY id LIMIT 1")
            .exec(pg::Params().text(companyNorm).text(lastName), {});
    if (PQntuples(found.get()) == 0)
        return std::nullopt;
    return QByteArray(PQgetvalue(found.get(), 0, 0)).toLongLong();
}

Lead PgImportSink::load(qint64 id)
{
    if (m_found && m_found->id == id) {
        Lead lead = std::move(*m_found);
        m_found.reset();
        return lead;
    }
    writePendingIf(id);
    const pg::Result result =
        statement(m_load, LEAD_COLUMNS "JOIN lead_scores s ON s.lead_id = l.id " LEAD_OWNER
                                       "WHERE l.id = $1")
            .exec(pg::Params().number(id), {});
    if (PQntuples(result.get()) == 0)
        return Lead();
    return leadOf(result.get());
}

std::optional<qint64> PgImportSink::ownerId(const QString& name)
{
    if (name.isEmpty())
        return std::nullopt;
    const QString key = name.toLower();
    if (const auto it = m_owners.constFind(key); it != m_owners.constEnd())
        return *it;
    // As PgUserRepository::ensure(), created at the import's moment as SQLite's OwnerIds does.
    // Under the write lock no teammate adds the name meanwhile.
    const pg::Result found =
        statement(m_owner, "WITH added AS (INSERT INTO users(name, created_at) VALUES($1, $2) "
                           "ON CONFLICT DO NOTHING RETURNING id) SELECT id FROM added UNION ALL "
                           "SELECT id FROM users WHERE lower(name) = lower($1) LIMIT 1")
            .exec(pg::Params().text(name).text(m_now), QStringLiteral("add user"));
    const qint64 id =
        PQntuples(found.get()) > 0 ? QByteArray(PQgetvalue(found.get(), 0, 0)).toLongLong() : 0;
    m_owners.insert(key, id);
    return id;
}

void PgImportSink::insertLead(Lead& lead, const QString& norm, const LeadTextBytes& text)
{
    m_found.reset();
    lead.id = m_nextId++;
    const std::optional<qint64> owner = ownerId(lead.owner);
    // The columns of SqliteImportSink's INSERT, with the id.
    using F = LeadTextBytes;
    QByteArray& row = m_leadRows;
    pg::appendCopyNumber(row, lead.id);
    for (F::Field field : {F::Email, F::FirstName, F::LastName, F::Phone, F::Title, F::Company,
                           F::CompanyNorm, F::Website, F::Industry})
        appendTextOrNull(row, text.field(field));
    appendOptional(row, lead.employees);
    appendOptional(row, lead.annualRevenue);
    appendOptional(row, lead.budget);
    for (F::Field field : {F::ExpectedClose, F::Country, F::City, F::Source})
        appendTextOrNull(row, text.field(field));
    appendOptional(row, owner);
    appendTextOrNull(row, text.field(F::Notes));
    appendTextOrNull(row, leadcodec::customFieldsToJson(lead.custom).toUtf8());
    pg::appendCopyField(row, m_nowUtf8); // created_at
    pg::appendCopyField(row, m_nowUtf8); // updated_at
    pg::appendCopyField(row, m_actorUtf8);
    pg::appendCopyNumber(row, qint64(1));
    pg::endCopyRow(row);

    // Its lead_scores row, as sqlite::insertLeadScore() writes it: every new lead reached its
    // stage now.
    const StoredScore& score = lead.score;
    if (score.scoredAt != m_lastScoredAt)
        m_lastScoredAtText = toIsoUtc(m_lastScoredAt = score.scoredAt).toUtf8();
    QByteArray& scoreRow = m_scoreRows;
    pg::appendCopyNumber(scoreRow, lead.id);
    pg::appendCopyField(scoreRow, stageName(lead.stage).toUtf8());
    pg::appendCopyNumber(scoreRow, m_nowTime.toSecsSinceEpoch());
    appendOptional(scoreRow, owner);
    pg::appendCopyNumber(scoreRow, qint64(score.total));
    pg::appendCopyNumber(scoreRow, qint64(score.fit));
    pg::appendCopyNumber(scoreRow, qint64(score.behavior));
    appendTextOrNull(scoreRow, score.grade.toUtf8());
    appendOptional(scoreRow,
                   score.modelId > 0 ? std::optional<qint64>(score.modelId) : std::nullopt);
    appendTextOrNull(scoreRow,
                     score.scoredAt.isValid() ? QByteArrayView(m_lastScoredAtText) : nullptr);
    appendTextOrNull(scoreRow,
                     score.scoredStage ? stageName(*score.scoredStage).toUtf8() : QByteArray());
    pg::endCopyRow(scoreRow);
    ++m_pendingLeads;

    lead.version = 1;
    lead.createdAt = lead.updatedAt = lead.stageChangedAt = m_nowTime;
    lead.updatedBy = m_actor;
    // A new id is above every other: the keys now lead to it.
    if (!lead.email.isEmpty())
        m_byEmail.insert(emailKey(lead.email), lead.id);
    if (!lead.lastName.isEmpty() && !norm.isEmpty())
        m_byName.insert(nameKey(lead.lastName, norm), lead.id);
    if (m_leadRows.size() >= pendingBytes)
        writePending();
}

void PgImportSink::writePending()
{
    if (m_pendingLeads == 0)
        return;
    pg::copyIn(m_connection,
               "leads(id, email, first_name, last_name, phone, title, company, company_norm, "
               "website, industry, employees, annual_revenue, budget, expected_close, country, "
               "city, source, owner_id, notes, custom, created_at, updated_at, updated_by, "
               "version)",
               m_leadRows, QStringLiteral("insert lead"));
    pg::copyIn(m_connection,
               "lead_scores(lead_id, stage, stage_changed_at, owner_id, score, fit, behavior, "
               "grade, model_id, scored_at, scored_stage)",
               m_scoreRows, QStringLiteral("insert lead score"));
    // The identity goes on after the ids given, for the leads added later one by one.
    pg::execParams(m_connection, "SELECT setval(pg_get_serial_sequence('leads', 'id'), $1)",
                   pg::Params().number(m_nextId - 1), {});
    m_leadRows.clear();
    m_scoreRows.clear();
    m_pendingLeads = 0;
    m_firstPendingId = m_nextId;
}

void PgImportSink::updateLead(Lead& lead)
{
    m_found.reset();
    writePendingIf(lead.id);
    const QString norm = normalizeCompanyName(lead.company);
    // SqliteImportSink's UPDATE and bindLeadFields(): empty text is NULL.
    pg::Params values;
    values.textOrNull(lead.email)
        .textOrNull(lead.firstName)
        .textOrNull(lead.lastName)
        .textOrNull(lead.phone)
        .textOrNull(lead.title)
        .textOrNull(lead.company)
        .textOrNull(norm)
        .textOrNull(lead.website)
        .textOrNull(lead.industry)
        .number(lead.employees)
        .number(lead.annualRevenue)
        .number(lead.budget)
        .textOrNull(toIsoDate(lead.expectedClose))
        .textOrNull(lead.country)
        .textOrNull(lead.city)
        .textOrNull(lead.source)
        .number(ownerId(lead.owner))
        .textOrNull(lead.notes)
        .textOrNull(leadcodec::customFieldsToJson(lead.custom))
        .text(m_now)
        .text(m_actor)
        .number(lead.id);
    statement(m_update,
              "UPDATE leads SET email = $1, first_name = $2, last_name = $3, phone = $4, "
              "title = $5, company = $6, company_norm = $7, website = $8, industry = $9, "
              "employees = $10, annual_revenue = $11, budget = $12, expected_close = $13, "
              "country = $14, city = $15, source = $16, owner_id = $17, notes = $18, "
              "custom = $19, updated_at = $20, updated_by = $21, version = version + 1 "
              "WHERE id = $22")
        .exec(values, QStringLiteral("update lead"));
    statement(m_updateStage,
              "UPDATE lead_scores SET stage = $1::text, stage_changed_at = $2::bigint "
              "WHERE lead_id = $3 AND (stage IS DISTINCT FROM $1::text OR stage_changed_at IS "
              "DISTINCT FROM $2::bigint)")
        .exec(pg::Params()
                  .text(stageName(lead.stage))
                  .number(leadcodec::stageTimeOf(lead.stageChangedAt.isValid() ? lead.stageChangedAt
                                                                               : m_nowTime))
                  .number(lead.id),
              QStringLiteral("update lead stage"));
    ++lead.version;
    lead.updatedBy = m_actor;
    rememberKeys(lead, norm);
}

void PgImportSink::rememberKeys(const Lead& lead, const QString& norm)
{
    // A key that leads to a lead not yet sent keeps leading there (the lead written here is
    // older): a lookup then sends it before asking the table.
    const auto remember = [this](IdByHash& keys, quint64 key, qint64 id) {
        const std::optional<qint64> known = keys.find(key);
        if (!known || *known < m_firstPendingId)
            keys.insert(key, id);
    };
    if (!lead.email.isEmpty())
        remember(m_byEmail, emailKey(lead.email), lead.id);
    if (!lead.lastName.isEmpty() && !norm.isEmpty())
        remember(m_byName, nameKey(lead.lastName, norm), lead.id);
}

void PgImportSink::addStageChange(const StageChange& change)
{
    m_found.reset();
    writePendingIf(change.leadId);
    statement(m_history, "INSERT INTO stage_history(lead_id, at, from_stage, to_stage, by_user, "
                         "reason, override) VALUES($1, $2, $3, $4, $5, $6, $7)")
        .exec(pg::Params()
                  .number(change.leadId)
                  .text(change.at.isValid() ? toIsoUtc(change.at) : m_now)
                  .textOrNull(change.from ? stageName(*change.from) : QString())
                  .text(stageName(change.to))
                  .text(change.by)
                  .text(change.reason)
                  .number(qint64(change.override ? 1 : 0)),
              QStringLiteral("stage history"));
}

void PgImportSink::recordCreations(const QString& by, const QString& reason)
{
    m_found.reset();
    writePending();
    // After the last row the keys are not needed any more: free them before scoring. A lookup
    // after it asks the table.
    m_byEmail.clear();
    m_byName.clear();
    m_keysOfAll = false;
    // New ids are above every old one, so the leads this import created are exactly those.
    // Their stage is read from lead_scores, where it is kept. All of them were created now.
    pg::execParams(m_connection,
                   "INSERT INTO stage_history(lead_id, at, from_stage, to_stage, by_user, reason, "
                   "override) SELECT lead_id, $1, NULL, stage, $2, $3, 0 FROM lead_scores WHERE "
                   "lead_id > $4 ORDER BY lead_id",
                   pg::Params().text(m_now).text(by).text(reason).number(m_lastIdBefore),
                   QStringLiteral("stage history"));
}

bool PgImportSink::addEvent(const Event& event)
{
    m_found.reset();
    writePendingIf(event.leadId);
    // No detail is '' (the key holds it, and NULL is never equal to NULL).
    const pg::Result added =
        statement(m_event, "INSERT INTO events(lead_id, type, occurred_at, detail) "
                           "VALUES($1, $2, $3, $4) ON CONFLICT DO NOTHING")
            .exec(pg::Params()
                      .number(event.leadId)
                      .text(event.type)
                      .number(event.occurredAtMs)
                      .text(event.detail),
                  QStringLiteral("add event"));
    if (pg::rowsAffected(added) != 1)
        return false;
    // The lead row is written once per lead in finishLoad(), not once per event.
    qint64& latest = m_latestActivity[event.leadId];
    latest = std::max(latest, event.occurredAtMs);
    return true;
}

void PgImportSink::writeActivity()
{
    // A batch of leads a statement.
    QList<qint64> ids;
    QStringList times;
    const auto write = [&] {
        if (ids.isEmpty())
            return;
        pg::execParams(m_connection,
                       "UPDATE leads l SET last_activity_at = a.at FROM unnest($1::bigint[], "
                       "$2::text[]) AS a(id, at) WHERE l.id = a.id AND (l.last_activity_at IS "
                       "NULL OR l.last_activity_at < a.at)",
                       pg::Params().text(pg::numberArray(ids)).text(pg::textArray(times)),
                       QStringLiteral("last activity"));
        ids.clear();
        times.clear();
    };
    for (auto it = m_latestActivity.cbegin(); it != m_latestActivity.cend(); ++it) {
        ids << it.key();
        times << toIsoUtc(momentOfEventTime(it.value()));
        if (ids.size() == activityBatchRows)
            write();
    }
    write();
    m_latestActivity = {};
}

void PgImportSink::finishLoad()
{
    if (m_finished)
        return;
    m_finished = true;
    writePending();
    writeActivity();
}

void PgImportSink::commit()
{
    finishLoad();
    releaseStatements();
    m_workspace.commit();
    m_open = false;
}

void PgImportSink::rollback()
{
    m_found.reset();
    m_leadRows.clear();
    m_scoreRows.clear();
    m_pendingLeads = 0;
    if (m_open) {
        m_open = false;
        m_workspace.rollback();
    }
    // After the rollback: a failed transaction refuses every statement until it ends.
    releaseStatements();
}

} // namespace lb
