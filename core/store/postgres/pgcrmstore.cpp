#include "store/postgres/pgcrmstore.h"

#include "model/companyname.h"
#include "store/leadcodec.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "store/storeerror.h"
#include "util/isotime.h"

#include <QCoreApplication>

namespace lb {

namespace {

using leadcodec::textOrNull;

// As SqliteCrmStore's, column for column.
const QString accountColumns =
    QStringLiteral("id, name, domain, website, industry, country, city, employees, "
                   "annual_revenue, created_at, created_by, version, (SELECT name FROM users u "
                   "WHERE u.id = accounts.owner_id)");
const QString contactColumns = QStringLiteral(
    "id, account_id, email, first_name, last_name, phone, title, created_at, created_by, version");
const QString opportunityColumns = QStringLiteral(
    "id, account_id, contact_id, lead_id, name, amount, currency, close_date, stage, created_at, "
    "updated_at, version, lost_reason, coalesce(stage_changed_at, created_at), (SELECT name FROM "
    "users u WHERE u.id = opportunities.owner_id)");
// The owner's id by name (NULL for none or an unknown name); users' names compare without case,
// as SQLite's users.name COLLATE NOCASE (the index users_name is on lower(name)).
const QString ownerIdByName = QStringLiteral("(SELECT id FROM users WHERE lower(name) = lower(?))");

template <typename T> QVariant optionalValue(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

Account readAccount(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.domain = q.value(2).toString();
    a.website = q.value(3).toString();
    a.industry = q.value(4).toString();
    a.country = q.value(5).toString();
    a.city = q.value(6).toString();
    if (!q.isNull(7))
        a.employees = q.value(7).toLongLong();
    if (!q.isNull(8))
        a.annualRevenue = q.value(8).toDouble();
    a.createdAt = fromIsoUtc(q.value(9).toString());
    a.createdBy = q.value(10).toString();
    a.version = q.value(11).toLongLong();
    a.owner = q.value(12).toString();
    return a;
}

Contact readContact(const QSqlQuery& q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.accountId = q.value(1).toLongLong();
    c.email = q.value(2).toString();
    c.firstName = q.value(3).toString();
    c.lastName = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.title = q.value(6).toString();
    c.createdAt = fromIsoUtc(q.value(7).toString());
    c.createdBy = q.value(8).toString();
    c.version = q.value(9).toLongLong();
    return c;
}

Opportunity readOpportunity(const QSqlQuery& q)
{
    Opportunity o;
    o.id = q.value(0).toLongLong();
    o.accountId = q.value(1).toLongLong();
    if (!q.isNull(2))
        o.contactId = q.value(2).toLongLong();
    if (!q.isNull(3))
        o.leadId = q.value(3).toLongLong();
    o.name = q.value(4).toString();
    if (!q.isNull(5))
        o.amount = q.value(5).toDouble();
    o.currency = q.value(6).toString();
    o.closeDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    o.stage =
        opportunityStageFromName(q.value(8).toString()).value_or(OpportunityStage::Prospecting);
    o.createdAt = fromIsoUtc(q.value(9).toString());
    o.updatedAt = fromIsoUtc(q.value(10).toString());
    o.version = q.value(11).toLongLong();
    o.lostReason = q.value(12).toString();
    o.stageChangedAt = fromIsoUtc(q.value(13).toString());
    o.owner = q.value(14).toString();
    return o;
}

[[noreturn]] void conflict(const QString& what, qint64 id)
{
    throw StoreError(StoreError::Kind::Conflict,
                     //: %1 what was changed ("account", "opportunity"), %2 its id
                     QCoreApplication::translate("lb::Store",
                                                 "%1 %2 was changed by someone else; reload it "
                                                 "and try again")
                         .arg(what)
                         .arg(id));
}

// Text for a NOT NULL column: an empty (or null) QString binds '' rather than NULL.
QVariant notNullText(const QString& text)
{
    return text.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

// The id a statement's RETURNING id gave.
qint64 returnedId(QSqlQuery& query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

// Binds the account's own fields in the order the INSERT and UPDATE below name them.
void bindAccountFields(QSqlQuery& query, const Account& account)
{
    query.addBindValue(account.name);
    query.addBindValue(normalizeCompanyName(account.name));
    query.addBindValue(textOrNull(account.domain.toLower()));
    query.addBindValue(textOrNull(account.website));
    query.addBindValue(textOrNull(account.industry));
    query.addBindValue(textOrNull(account.country));
    query.addBindValue(textOrNull(account.city));
    query.addBindValue(optionalValue(account.employees));
    query.addBindValue(optionalValue(account.annualRevenue));
}

} // namespace

QList<Account> PgCrmStore::accountsWhere(const QString& condition, const QVariant& value)
{
    QSqlQuery query =
        pg::prepare(m_workspace.database(), QStringLiteral("SELECT ") + accountColumns +
                                                QStringLiteral(" FROM accounts WHERE ") +
                                                condition + QStringLiteral(" ORDER BY id"));
    query.addBindValue(value);
    pg::exec(query, QStringLiteral("find accounts"));
    QList<Account> result;
    while (query.next())
        result << readAccount(query);
    return result;
}

std::optional<Account> PgCrmStore::account(qint64 id)
{
    const QList<Account> found = accountsWhere(QStringLiteral("id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Account>(found.constFirst());
}

QList<Account> PgCrmStore::accountsByDomain(const QString& domain)
{
    return accountsWhere(QStringLiteral("domain = ?"), domain.trimmed().toLower());
}

QList<Account> PgCrmStore::accountsByNormalizedName(const QString& nameNorm)
{
    return accountsWhere(QStringLiteral("name_norm = ?"), nameNorm);
}

QList<Account> PgCrmStore::searchAccounts(const QString& text, int limit)
{
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    // SQLite's LIKE ignores case; lower() on both sides does here. The order names the table:
    // the owner's column of accountColumns is a "name" too.
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT ") + accountColumns +
            QStringLiteral(" FROM accounts WHERE lower(name) LIKE lower(?) ESCAPE '\\' ORDER BY "
                           "accounts.name, accounts.id LIMIT ?"));
    query.addBindValue(QLatin1Char('%') + pattern + QLatin1Char('%'));
    query.addBindValue(limit);
    pg::exec(query, QStringLiteral("search accounts"));
    QList<Account> result;
    while (query.next())
        result << readAccount(query);
    return result;
}

void PgCrmStore::insertAccount(Account& account)
{
    if (!account.createdAt.isValid())
        account.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO accounts(name, name_norm, domain, website, industry, country, "
                       "city, employees, annual_revenue, created_at, created_by, version, "
                       "owner_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ") +
            ownerIdByName + QStringLiteral(") RETURNING id"));
    bindAccountFields(query, account);
    query.addBindValue(toIsoUtc(account.createdAt));
    query.addBindValue(account.createdBy);
    query.addBindValue(account.owner);
    pg::exec(query, QStringLiteral("insert account"));
    account.id = returnedId(query);
    account.version = 1;
}

void PgCrmStore::updateAccount(Account& account)
{
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("UPDATE accounts SET name = ?, name_norm = ?, domain = ?, website = ?, "
                       "industry = ?, country = ?, city = ?, employees = ?, annual_revenue = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"));
    bindAccountFields(query, account);
    query.addBindValue(account.id);
    query.addBindValue(account.version);
    pg::exec(query, QStringLiteral("update account"));
    if (query.numRowsAffected() != 1)
        conflict(QCoreApplication::translate("lb::Store", "account"), account.id);
    account.version += 1;
}

QList<Contact> PgCrmStore::contactsWhere(const QString& condition, const QVariantList& values)
{
    QSqlQuery query =
        pg::prepare(m_workspace.database(), QStringLiteral("SELECT ") + contactColumns +
                                                QStringLiteral(" FROM contacts WHERE ") +
                                                condition + QStringLiteral(" ORDER BY id"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    pg::exec(query, QStringLiteral("find contacts"));
    QList<Contact> result;
    while (query.next())
        result << readContact(query);
    return result;
}

std::optional<Contact> PgCrmStore::contact(qint64 id)
{
    const QList<Contact> found = contactsWhere(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Contact>(found.constFirst());
}

std::optional<Contact> PgCrmStore::contactByEmail(qint64 accountId, const QString& email)
{
    if (email.trimmed().isEmpty())
        return std::nullopt;
    const QList<Contact> found = contactsWhere(
        QStringLiteral("account_id = ? AND lower(email) = lower(?)"), {accountId, email.trimmed()});
    return found.isEmpty() ? std::nullopt : std::optional<Contact>(found.constFirst());
}

void PgCrmStore::insertContact(Contact& contact)
{
    if (!contact.createdAt.isValid())
        contact.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO contacts(account_id, email, first_name, last_name, phone, "
                       "title, created_at, created_by, version) VALUES(?, ?, ?, ?, ?, ?, ?, ?, 1) "
                       "RETURNING id"));
    query.addBindValue(contact.accountId);
    query.addBindValue(textOrNull(contact.email.toLower()));
    query.addBindValue(textOrNull(contact.firstName));
    query.addBindValue(textOrNull(contact.lastName));
    query.addBindValue(textOrNull(contact.phone));
    query.addBindValue(textOrNull(contact.title));
    query.addBindValue(toIsoUtc(contact.createdAt));
    query.addBindValue(contact.createdBy);
    pg::exec(query, QStringLiteral("insert contact"));
    contact.id = returnedId(query);
    contact.version = 1;
}

void PgCrmStore::updateContact(Contact& contact)
{
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("UPDATE contacts SET email = ?, first_name = ?, last_name = ?, phone = ?, "
                       "title = ?, version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(textOrNull(contact.email.toLower()));
    query.addBindValue(textOrNull(contact.firstName));
    query.addBindValue(textOrNull(contact.lastName));
    query.addBindValue(textOrNull(contact.phone));
    query.addBindValue(textOrNull(contact.title));
    query.addBindValue(contact.id);
    query.addBindValue(contact.version);
    pg::exec(query, QStringLiteral("update contact"));
    if (query.numRowsAffected() != 1)
        conflict(QCoreApplication::translate("lb::Store", "contact"), contact.id);
    contact.version += 1;
}

std::optional<Opportunity> PgCrmStore::opportunity(qint64 id)
{
    QSqlQuery query =
        pg::prepare(m_workspace.database(), QStringLiteral("SELECT ") + opportunityColumns +
                                                QStringLiteral(" FROM opportunities WHERE id = ?"));
    query.addBindValue(id);
    pg::exec(query, QStringLiteral("find opportunity"));
    if (!query.next())
        return std::nullopt;
    return readOpportunity(query);
}

void PgCrmStore::insertOpportunity(Opportunity& opportunity)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!opportunity.createdAt.isValid())
        opportunity.createdAt = now;
    opportunity.updatedAt = opportunity.createdAt;
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO opportunities(account_id, contact_id, lead_id, name, amount, "
                       "currency, close_date, stage, created_at, updated_at, version, "
                       "stage_changed_at, lost_reason, owner_id) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ") +
            ownerIdByName + QStringLiteral(") RETURNING id"));
    query.addBindValue(opportunity.accountId);
    query.addBindValue(optionalValue(opportunity.contactId));
    query.addBindValue(optionalValue(opportunity.leadId));
    query.addBindValue(opportunity.name);
    query.addBindValue(optionalValue(opportunity.amount));
    query.addBindValue(opportunity.currency);
    query.addBindValue(dateOrNull(opportunity.closeDate));
    query.addBindValue(opportunityStageName(opportunity.stage));
    query.addBindValue(toIsoUtc(opportunity.createdAt));
    query.addBindValue(toIsoUtc(opportunity.updatedAt));
    opportunity.stageChangedAt = opportunity.createdAt;
    query.addBindValue(toIsoUtc(opportunity.stageChangedAt));
    query.addBindValue(notNullText(opportunity.lostReason));
    query.addBindValue(opportunity.owner);
    pg::exec(query, QStringLiteral("insert opportunity"));
    opportunity.id = returnedId(query);
    opportunity.version = 1;
}

void PgCrmStore::updateOpportunity(Opportunity& opportunity)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("UPDATE opportunities SET name = ?, amount = ?, close_date = ?, "
                       "stage_changed_at = CASE WHEN stage = ? THEN coalesce(stage_changed_at, "
                       "created_at) ELSE ? END, stage = ?, lost_reason = ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ? RETURNING "
                       "stage_changed_at"));
    query.addBindValue(opportunity.name);
    query.addBindValue(optionalValue(opportunity.amount));
    query.addBindValue(dateOrNull(opportunity.closeDate));
    query.addBindValue(opportunityStageName(opportunity.stage));
    query.addBindValue(toIsoUtc(now));
    query.addBindValue(opportunityStageName(opportunity.stage));
    query.addBindValue(notNullText(opportunity.lostReason));
    query.addBindValue(toIsoUtc(now));
    query.addBindValue(opportunity.id);
    query.addBindValue(opportunity.version);
    pg::exec(query, QStringLiteral("update opportunity"));
    if (!query.next())
        conflict(QCoreApplication::translate("lb::Store", "opportunity"), opportunity.id);
    opportunity.stageChangedAt = fromIsoUtc(query.value(0).toString());
    query.finish();
    opportunity.version += 1;
    opportunity.updatedAt = now;
}

void PgCrmStore::appendOpportunityHistory(OpportunityStageChange& change)
{
    if (!change.at.isValid())
        change.at = QDateTime::currentDateTimeUtc();
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO opportunity_history(opportunity_id, at, from_stage, to_stage, "
                       "amount, by_user, close_date, reason) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(change.opportunityId);
    query.addBindValue(toIsoUtc(change.at));
    query.addBindValue(change.from ? QVariant(opportunityStageName(*change.from))
                                   : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(opportunityStageName(change.to));
    query.addBindValue(optionalValue(change.amount));
    query.addBindValue(change.by);
    query.addBindValue(dateOrNull(change.closeDate));
    query.addBindValue(notNullText(change.reason));
    pg::exec(query, QStringLiteral("opportunity history"));
}

QList<OpportunityStageChange> PgCrmStore::opportunityHistory(qint64 opportunityId)
{
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT opportunity_id, at, from_stage, to_stage, amount, by_user, "
                       "close_date, reason FROM opportunity_history WHERE opportunity_id = ? "
                       "ORDER BY at, id"));
    query.addBindValue(opportunityId);
    pg::exec(query, QStringLiteral("opportunity history"));
    QList<OpportunityStageChange> result;
    while (query.next()) {
        OpportunityStageChange change;
        change.opportunityId = query.value(0).toLongLong();
        change.at = fromIsoUtc(query.value(1).toString());
        if (!query.isNull(2))
            change.from = opportunityStageFromName(query.value(2).toString());
        change.to = opportunityStageFromName(query.value(3).toString())
                        .value_or(OpportunityStage::Prospecting);
        if (!query.isNull(4))
            change.amount = query.value(4).toDouble();
        change.by = query.value(5).toString();
        change.closeDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        change.reason = query.value(7).toString();
        result << change;
    }
    return result;
}

qint64 PgCrmStore::addNote(std::optional<qint64> leadId, std::optional<qint64> contactId,
                           const QString& body, const QString& by)
{
    QSqlQuery query =
        pg::prepare(m_workspace.database(),
                    QStringLiteral("INSERT INTO notes(lead_id, contact_id, body, at, by_user) "
                                   "VALUES(?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(optionalValue(leadId));
    query.addBindValue(optionalValue(contactId));
    query.addBindValue(body);
    query.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    query.addBindValue(by);
    pg::exec(query, QStringLiteral("add note"));
    return returnedId(query);
}

qint64 PgCrmStore::countWhere(const QString& sql, qint64 id)
{
    QSqlQuery query = pg::prepare(m_workspace.database(), sql);
    query.addBindValue(id);
    pg::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 PgCrmStore::noteCountForLead(qint64 leadId)
{
    return countWhere(QStringLiteral("SELECT count(*) FROM notes WHERE lead_id = ?"), leadId);
}

qint64 PgCrmStore::noteCountForContact(qint64 contactId)
{
    return countWhere(QStringLiteral("SELECT count(*) FROM notes WHERE contact_id = ?"), contactId);
}

qint64 PgCrmStore::attachLeadNotesToContact(qint64 leadId, qint64 contactId)
{
    QSqlQuery query =
        pg::prepare(m_workspace.database(),
                    QStringLiteral("UPDATE notes SET contact_id = ? WHERE lead_id = ?"));
    query.addBindValue(contactId);
    query.addBindValue(leadId);
    pg::exec(query, QStringLiteral("attach notes"));
    return query.numRowsAffected();
}

qint64 PgCrmStore::countWhere(const QString& sql, qint64 id, qint64 exceptLeadId)
{
    QSqlQuery query = pg::prepare(m_workspace.database(), sql);
    query.addBindValue(id);
    query.addBindValue(exceptLeadId);
    pg::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

CrmReferences PgCrmStore::accountReferences(qint64 accountId, qint64 exceptLeadId)
{
    CrmReferences references;
    references.contacts =
        countWhere(QStringLiteral("SELECT count(*) FROM contacts WHERE account_id = ?"), accountId);
    references.opportunities =
        countWhere(QStringLiteral("SELECT count(*) FROM opportunities WHERE account_id = ? AND "
                                  "lead_id IS DISTINCT FROM ?"),
                   accountId, exceptLeadId);
    references.convertedLeads =
        countWhere(QStringLiteral("SELECT count(*) FROM leads WHERE converted_account_id = ? AND "
                                  "id <> ?"),
                   accountId, exceptLeadId);
    return references;
}

CrmReferences PgCrmStore::contactReferences(qint64 contactId, qint64 exceptLeadId)
{
    CrmReferences references;
    references.opportunities =
        countWhere(QStringLiteral("SELECT count(*) FROM opportunities WHERE contact_id = ? AND "
                                  "lead_id IS DISTINCT FROM ?"),
                   contactId, exceptLeadId);
    references.notes =
        countWhere(QStringLiteral("SELECT count(*) FROM notes WHERE contact_id = ? AND lead_id "
                                  "IS DISTINCT FROM ?"),
                   contactId, exceptLeadId);
    references.convertedLeads =
        countWhere(QStringLiteral("SELECT count(*) FROM leads WHERE converted_contact_id = ? AND "
                                  "id <> ?"),
                   contactId, exceptLeadId);
    return references;
}

qint64 PgCrmStore::detachLeadNotesFromContact(qint64 leadId, qint64 contactId)
{
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("UPDATE notes SET contact_id = NULL WHERE lead_id = ? AND contact_id = ?"));
    query.addBindValue(leadId);
    query.addBindValue(contactId);
    pg::exec(query, QStringLiteral("detach notes"));
    return query.numRowsAffected();
}

void PgCrmStore::deleteById(const QString& table, qint64 id)
{
    // `table` is one of the fixed names below, never user input.
    QSqlQuery query = pg::prepare(m_workspace.database(),
                                  QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    pg::exec(query, QStringLiteral("delete from ") + table);
}

void PgCrmStore::deleteNote(qint64 noteId)
{
    deleteById(QStringLiteral("notes"), noteId);
}

void PgCrmStore::deleteOpportunity(qint64 opportunityId)
{
    QSqlQuery history =
        pg::prepare(m_workspace.database(),
                    QStringLiteral("DELETE FROM opportunity_history WHERE opportunity_id = ?"));
    history.addBindValue(opportunityId);
    pg::exec(history, QStringLiteral("delete opportunity history"));
    deleteById(QStringLiteral("opportunities"), opportunityId);
}

void PgCrmStore::deleteContact(qint64 contactId)
{
    deleteById(QStringLiteral("contacts"), contactId);
}

void PgCrmStore::deleteAccount(qint64 accountId)
{
    deleteById(QStringLiteral("accounts"), accountId);
}

} // namespace lb
