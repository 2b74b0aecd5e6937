#include "store/postgres/pgbulkwriter.h"

#include "model/companyname.h"
#include "store/leadcodec.h"
#include "store/postgres/pgleadrepository.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "util/isotime.h"

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
    beforeInsert(m_leadIds, lead.id > 0);
    m_workspace.pgLeads().insertKeepingId(lead, actor);
}

bool PgBulkWriter::addEvent(const Event& event)
{
    Event copy = event;
    return m_workspace.events().add(copy);
}

void PgBulkWriter::addStageChange(const StageChange& change)
{
    StageChange copy = change;
    m_workspace.history().append(copy);
}

void PgBulkWriter::addAnswer(const Answer&)
{
    m_workspace.qualification(); // refuses: not yet on a team workspace
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
    for (Identity* identity : {&m_leadIds, &m_accountIds, &m_contactIds, &m_opportunityIds}) {
        if (identity->behind)
            moveSequence(*identity);
    }
    m_transaction->commit();
}

} // namespace lb
