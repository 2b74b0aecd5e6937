#include "store/postgres/pgbulkwriter.h"

#include "model/companyname.h"
#include "store/leadcodec.h"
#include "store/postgres/pglibpq.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "store/sql/sqlleadrow.h"
#include "util/isotime.h"

#include <libpq-fe.h>

namespace lb {

namespace {

using leadcodec::textOrNull;

// Binds as SqliteBulkWriter's Statement does: bindText() writes '' for an empty text,
// bind() NULL.
QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(value);
}

template <typename T> QVariant optionalValue(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

// "INSERT INTO table(columns[, id]) VALUES(?, ...[, ?]) RETURNING id" for `columns` columns.
QString insertReturningId(const QString& table, const QString& columns, int count, bool keepsId)
{
    QStringList marks;
    for (int i = 0; i < count + (keepsId ? 1 : 0); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1(%2%3) VALUES(%4) RETURNING id")
        .arg(table, columns, keepsId ? QStringLiteral(", id") : QString(),
             marks.join(QStringLiteral(", ")));
}

// A value as QtSql would bind it, in COPY's text format: NULL, a number, or text.
void appendCopyValue(QByteArray& row, const QVariant& value)
{
    if (value.isNull())
        pg::appendCopyNull(row);
    else if (value.typeId() == QMetaType::Double)
        pg::appendCopyNumber(row, value.toDouble());
    else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int ||
             value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::ULongLong)
        pg::appendCopyNumber(row, value.toLongLong());
    else
        pg::appendCopyField(row, value.toString().toUtf8());
}

qint64 execReturningId(QSqlQuery& query, const QString& context)
{
    pg::exec(query, context);
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

} // namespace

PgBulkWriter::PgBulkWriter(PgWorkspace& workspace) : m_workspace(workspace)
{
    m_transaction.emplace(workspace);
}

PgBulkWriter::~PgBulkWriter() = default; // uncommitted: the transaction rolls back

void PgBulkWriter::moveSequence(Identity& identity)
{
    // Later inserts take ids after the largest one given.
    pg::exec(m_workspace.database(),
             QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT max(id) "
                            "FROM %1))")
                 .arg(QLatin1String(identity.table)));
    identity.behind = false;
}

void PgBulkWriter::beforeInsert(Identity& identity, bool keepsId)
{
    if (keepsId)
        identity.behind = true;
    else if (identity.behind)
        moveSequence(identity);
}

QSqlQuery& PgBulkWriter::statement(std::optional<QSqlQuery>& slot, const QString& sql)
{
    if (!slot)
        slot.emplace(pg::prepare(m_workspace.database(), sql));
    return *slot;
}

qint64 PgBulkWriter::ownerId(const QString& name)
{
    const QString key = name.toLower();
    if (const auto it = m_owners.constFind(key); it != m_owners.constEnd())
        return *it;
    const qint64 id = m_workspace.users().ensure(name);
    m_owners.insert(key, id);
    return id;
}

void PgBulkWriter::addLead(Lead& lead, const QString& actor)
{
    const bool keepsId = lead.id > 0;
    if (!keepsId) {
        writePending();
        beforeInsert(m_leadIds, false);
        const pg::Result next = pg::execParams(
            pg::nativeHandle(m_workspace.database()),
            "SELECT nextval(pg_get_serial_sequence('leads', 'id'))", pg::Params(), {});
        lead.id = QByteArray(PQgetvalue(next.get(), 0, 0)).toLongLong();
    } else {
        beforeInsert(m_leadIds, true);
    }
    leadcodec::fillBulkLeadDefaults(lead, actor);
    const QVariant owner = lead.owner.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                : QVariant(ownerId(lead.owner));
    QByteArray& row = m_leadRows;
    for (const QVariant& value : sqlleadrow::writtenValues(lead, owner))
        appendCopyValue(row, value);
    pg::appendCopyField(row, toIsoUtc(lead.createdAt).toUtf8());
    pg::appendCopyField(row, toIsoUtc(lead.updatedAt).toUtf8());
    pg::appendCopyField(row, lead.updatedBy.toUtf8());
    pg::appendCopyNumber(row, qint64(1));
    pg::appendCopyNumber(row, lead.id);
    pg::endCopyRow(row);

    const StoredScore& score = lead.score;
    QByteArray& scoreRow = m_scoreRows;
    pg::appendCopyNumber(scoreRow, lead.id);
    pg::appendCopyField(scoreRow, stageName(lead.stage).toUtf8());
    pg::appendCopyNumber(scoreRow, leadcodec::stageTimeOf(lead.stageChangedAt));
    appendCopyValue(scoreRow, owner);
    pg::appendCopyNumber(scoreRow, qint64(score.total));
    pg::appendCopyNumber(scoreRow, qint64(score.fit));
    pg::appendCopyNumber(scoreRow, qint64(score.behavior));
    appendCopyValue(scoreRow, textOrNull(score.grade));
    appendCopyValue(scoreRow, score.modelId > 0 ? QVariant(score.modelId)
                                                : QVariant(QMetaType::fromType<qint64>()));
    appendCopyValue(scoreRow, textOrNull(toIsoUtc(score.scoredAt)));
    appendCopyValue(scoreRow,
                    textOrNull(score.scoredStage ? stageName(*score.scoredStage) : QString()));
    pg::endCopyRow(scoreRow);
    writePendingWhenFull();
}

bool PgBulkWriter::addEvent(const Event& event)
{
    if (event.leadId != m_eventsLead) {
        m_eventsLead = event.leadId;
        m_leadEventKeys.clear();
    }
    // No detail is '' (the key holds it, and NULL is never equal to NULL).
    const QByteArray type = event.type.toUtf8();
    const QByteArray detail = event.detail.toUtf8();
    QByteArray key = QByteArray::number(event.occurredAtMs);
    key.append('\0').append(type).append('\0').append(detail);
    if (m_leadEventKeys.contains(key))
        return false;
    m_leadEventKeys.insert(key);
    pg::appendCopyNumber(m_eventRows, event.leadId);
    pg::appendCopyNumber(m_eventRows, event.occurredAtMs);
    pg::appendCopyField(m_eventRows, type);
    pg::appendCopyField(m_eventRows, detail);
    pg::endCopyRow(m_eventRows);
    writePendingWhenFull();
    return true;
}

void PgBulkWriter::addStageChange(const StageChange& change)
{
    QByteArray& row = m_historyRows;
    pg::appendCopyNumber(row, change.leadId);
    pg::appendCopyField(row, toIsoUtc(change.at).toUtf8());
    appendCopyValue(row, textOrNull(change.from ? stageName(*change.from) : QString()));
    pg::appendCopyField(row, stageName(change.to).toUtf8());
    pg::appendCopyField(row, change.by.toUtf8());
    pg::appendCopyField(row, change.reason.toUtf8());
    pg::appendCopyNumber(row, qint64(change.override ? 1 : 0));
    appendCopyValue(row, change.score ? QVariant(qint64(*change.score))
                                      : QVariant(QMetaType::fromType<qint64>()));
    pg::endCopyRow(row);
    writePendingWhenFull();
}

void PgBulkWriter::addAnswer(const Answer& answer)
{
    if (!m_frameworks.contains({answer.leadId, answer.framework})) {
        m_frameworks.insert({answer.leadId, answer.framework});
        pg::appendCopyNumber(m_frameworkRows, answer.leadId);
        pg::appendCopyField(m_frameworkRows, answer.framework.toUtf8());
        pg::endCopyRow(m_frameworkRows);
    }
    QByteArray& row = m_answerRows;
    pg::appendCopyNumber(row, answer.leadId);
    pg::appendCopyField(row, answer.framework.toUtf8());
    pg::appendCopyField(row, answer.criterion.toUtf8());
    pg::appendCopyField(row, answerStatusName(answer.status).toUtf8());
    pg::appendCopyField(row, answer.note.toUtf8());
    appendCopyValue(row, textOrNull(answer.value));
    pg::appendCopyField(row, answer.by.toUtf8());
    pg::appendCopyField(row, toIsoUtc(answer.at).toUtf8());
    pg::endCopyRow(row);
    writePendingWhenFull();
}

void PgBulkWriter::writePendingWhenFull()
{
    // A few megabytes a COPY: large enough that the round trips do not count, small enough
    // that a million leads' rows are never all in memory.
    constexpr qsizetype pendingBytes = 8 << 20;
    if (m_leadRows.size() + m_scoreRows.size() + m_eventRows.size() + m_historyRows.size() +
            m_frameworkRows.size() + m_answerRows.size() >=
        pendingBytes)
        writePending();
}

void PgBulkWriter::writePending()
{
    PGconn* connection = pg::nativeHandle(m_workspace.database());
    const QString leadColumns = sqlleadrow::writtenColumns().join(QStringLiteral(", ")) +
                                QStringLiteral(", created_at, updated_at, updated_by, version, id");
    const QByteArray leadsTarget = QStringLiteral("leads(%1)").arg(leadColumns).toUtf8();
    const std::pair<const char*, QByteArray*> tables[] = {
        {leadsTarget.constData(), &m_leadRows},
        {"lead_scores(lead_id, stage, stage_changed_at, owner_id, score, fit, behavior, grade, "
         "model_id, scored_at, scored_stage)",
         &m_scoreRows},
        {"events(lead_id, occurred_at, type, detail)", &m_eventRows},
        {"stage_history(lead_id, at, from_stage, to_stage, by_user, reason, override, score)",
         &m_historyRows},
        {"lead_frameworks(lead_id, framework)", &m_frameworkRows},
        {"framework_answers(lead_id, framework, criterion, status, note, value, by_user, at)",
         &m_answerRows}};
    for (const auto& [target, rows] : tables) {
        if (rows->isEmpty())
            continue;
        pg::copyIn(connection, target, *rows, QStringLiteral("bulk write"));
        rows->clear();
    }
}

void PgBulkWriter::addAccount(Account& account)
{
    const bool keepsId = account.id > 0;
    beforeInsert(m_accountIds, keepsId);
    const QVariant owner = account.owner.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                   : QVariant(ownerId(account.owner));
    QSqlQuery& insert = statement(
        m_account[keepsId],
        insertReturningId(QStringLiteral("accounts"),
                          QStringLiteral("name, name_norm, domain, website, industry, country, "
                                         "city, employees, annual_revenue, created_at, "
                                         "created_by, owner_id"),
                          12, keepsId));
    int i = 0;
    for (const QVariant& value :
         {text(account.name), text(normalizeCompanyName(account.name)), textOrNull(account.domain),
          textOrNull(account.website), textOrNull(account.industry), textOrNull(account.country),
          textOrNull(account.city), optionalValue(account.employees),
          optionalValue(account.annualRevenue), text(toIsoUtc(account.createdAt)),
          text(account.createdBy), owner})
        insert.bindValue(i++, value);
    if (keepsId)
        insert.bindValue(i, account.id);
    account.id = execReturningId(insert, QStringLiteral("insert account"));
    account.version = 1;
}

void PgBulkWriter::addContact(Contact& contact)
{
    const bool keepsId = contact.id > 0;
    beforeInsert(m_contactIds, keepsId);
    QSqlQuery& insert =
        statement(m_contact[keepsId],
                  insertReturningId(QStringLiteral("contacts"),
                                    QStringLiteral("account_id, email, first_name, last_name, "
                                                   "phone, title, created_at, created_by"),
                                    8, keepsId));
    int i = 0;
    for (const QVariant& value :
         {QVariant(contact.accountId), textOrNull(contact.email), textOrNull(contact.firstName),
          textOrNull(contact.lastName), textOrNull(contact.phone), textOrNull(contact.title),
          text(toIsoUtc(contact.createdAt)), text(contact.createdBy)})
        insert.bindValue(i++, value);
    if (keepsId)
        insert.bindValue(i, contact.id);
    contact.id = execReturningId(insert, QStringLiteral("insert contact"));
    contact.version = 1;
}

void PgBulkWriter::addOpportunity(Opportunity& opportunity)
{
    writePending(); // it may name a lead
    const bool keepsId = opportunity.id > 0;
    beforeInsert(m_opportunityIds, keepsId);
    const QVariant owner = opportunity.owner.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                       : QVariant(ownerId(opportunity.owner));
    const QDateTime stageChangedAt =
        opportunity.stageChangedAt.isValid() ? opportunity.stageChangedAt : opportunity.createdAt;
    QSqlQuery& insert = statement(
        m_opportunity[keepsId],
        insertReturningId(QStringLiteral("opportunities"),
                          QStringLiteral("account_id, contact_id, lead_id, name, amount, "
                                         "currency, close_date, stage, created_at, updated_at, "
                                         "owner_id, stage_changed_at, lost_reason"),
                          13, keepsId));
    int i = 0;
    for (const QVariant& value :
         {QVariant(opportunity.accountId), optionalValue(opportunity.contactId),
          optionalValue(opportunity.leadId), text(opportunity.name),
          optionalValue(opportunity.amount), text(opportunity.currency),
          textOrNull(toIsoDate(opportunity.closeDate)),
          text(opportunityStageName(opportunity.stage)), text(toIsoUtc(opportunity.createdAt)),
          text(toIsoUtc(opportunity.updatedAt)), owner, text(toIsoUtc(stageChangedAt)),
          text(opportunity.lostReason)})
        insert.bindValue(i++, value);
    if (keepsId)
        insert.bindValue(i, opportunity.id);
    opportunity.id = execReturningId(insert, QStringLiteral("insert opportunity"));
    opportunity.version = 1;
}

void PgBulkWriter::addOpportunityStageChange(const OpportunityStageChange& change)
{
    QSqlQuery& insert = statement(
        m_opportunityHistory,
        QStringLiteral("INSERT INTO opportunity_history(opportunity_id, at, from_stage, to_stage, "
                       "amount, by_user, close_date, reason) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    int i = 0;
    for (const QVariant& value :
         {QVariant(change.opportunityId), text(toIsoUtc(change.at)),
          change.from ? QVariant(opportunityStageName(*change.from))
                      : QVariant(QMetaType::fromType<QString>()),
          text(opportunityStageName(change.to)), optionalValue(change.amount), text(change.by),
          textOrNull(toIsoDate(change.closeDate)), text(change.reason)})
        insert.bindValue(i++, value);
    pg::exec(insert, QStringLiteral("opportunity history"));
}

void PgBulkWriter::linkConversion(qint64 leadId, const ConversionLink& link)
{
    writePending();
    QSqlQuery& update = statement(
        m_link, QStringLiteral("UPDATE leads SET converted_account_id = ?, converted_contact_id = "
                               "?, converted_opportunity_id = ? WHERE id = ?"));
    int i = 0;
    for (const QVariant& value : {QVariant(link.accountId), QVariant(link.contactId),
                                  optionalValue(link.opportunityId), QVariant(leadId)})
        update.bindValue(i++, value);
    pg::exec(update, QStringLiteral("link conversion"));
}

void PgBulkWriter::commit()
{
    writePending();
    for (Identity* identity : {&m_leadIds, &m_accountIds, &m_contactIds, &m_opportunityIds}) {
        if (identity->behind)
            moveSequence(*identity);
    }
    m_transaction->commit();
}

} // namespace lb
