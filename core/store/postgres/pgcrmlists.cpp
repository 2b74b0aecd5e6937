#include "store/postgres/pgcrmlists.h"

#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "util/isotime.h"

#include <QSqlQuery>
#include <QStringList>

namespace lb {

namespace {

// The stages whose amounts are pipeline: the same list as the partial index
// opportunities_open_close, written the same way so that the planner can use it.
const QString openStages = QStringLiteral("('Prospecting', 'Proposal', 'Negotiation')");

// A LIKE pattern that finds `text` anywhere, its wildcards taken literally (ESCAPE '\').
// SQLite's LIKE ignores case; the queries below compare lower() of both sides.
QString containsPattern(const QString& text)
{
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

QVariant textOrNullValue(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant idOrNull(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
              const QString& context)
{
    QSqlQuery query = pg::prepare(db, sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    pg::exec(query, context);
    return query;
}

const QString contactColumns = QStringLiteral(
    "id, account_id, email, first_name, last_name, phone, title, created_at, created_by, version");

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

} // namespace

QList<AccountRow> PgCrmLists::accountRows(const QString& where, const QVariantList& values,
                                          int limit)
{
    // The sums read the covering index opportunities_account_stage; SQLite's total() is 0.0
    // for no rows, where sum() is NULL.
    const QString sql =
        QStringLiteral(
            "SELECT a.id, a.name, a.domain, a.country, (SELECT name FROM users u WHERE u.id = "
            "a.owner_id), (SELECT count(*) FROM contacts c WHERE c.account_id = a.id), (SELECT "
            "coalesce(sum(amount), 0) FROM opportunities o WHERE o.account_id = a.id AND o.stage "
            "IN ") +
        openStages +
        QStringLiteral("), (SELECT coalesce(sum(amount), 0) FROM opportunities o WHERE "
                       "o.account_id = a.id AND o.stage = 'Won') FROM accounts a WHERE ") +
        where + QStringLiteral(" ORDER BY lower(a.name), a.id LIMIT ?");
    QVariantList bound = values;
    bound << qMax(0, limit);
    QSqlQuery query = run(m_workspace.database(), sql, bound, QStringLiteral("list accounts"));
    QList<AccountRow> rows;
    while (query.next()) {
        AccountRow row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.domain = query.value(2).toString();
        row.country = query.value(3).toString();
        row.owner = query.value(4).toString();
        row.contacts = query.value(5).toLongLong();
        row.openPipeline = query.value(6).toDouble();
        row.won = query.value(7).toDouble();
        rows << row;
    }
    return rows;
}

QList<AccountRow> PgCrmLists::accounts(const AccountQuery& query)
{
    QStringList conditions{QStringLiteral("TRUE")};
    QVariantList values;
    if (!query.search.trimmed().isEmpty()) {
        conditions << QStringLiteral("(lower(a.name) LIKE lower(?) ESCAPE '\\' OR lower(a.domain) "
                                     "LIKE lower(?) ESCAPE '\\')");
        values << containsPattern(query.search) << containsPattern(query.search);
    }
    if (query.after) {
        // The same expressions the rows are ordered by (and accounts_name_order holds), as one
        // row comparison: the index is searched from the last row on, not scanned.
        conditions << QStringLiteral("(lower(a.name), a.id) > (lower(?), ?)");
        values << query.after->name << query.after->id;
    }
    return accountRows(conditions.join(QStringLiteral(" AND ")), values, query.limit);
}

std::optional<AccountRow> PgCrmLists::accountRow(qint64 accountId)
{
    const QList<AccountRow> rows = accountRows(QStringLiteral("a.id = ?"), {accountId}, 1);
    return rows.isEmpty() ? std::nullopt : std::optional<AccountRow>(rows.constFirst());
}

QList<Contact> PgCrmLists::contacts(const QString& where, const QVariantList& values, int limit)
{
    QVariantList bound = values;
    bound << qMax(0, limit);
    QSqlQuery query =
        run(m_workspace.database(),
            QStringLiteral("SELECT ") + contactColumns + QStringLiteral(" FROM contacts WHERE ") +
                where + QStringLiteral(" ORDER BY id LIMIT ?"),
            bound, QStringLiteral("list contacts"));
    QList<Contact> result;
    while (query.next())
        result << readContact(query);
    return result;
}

QList<Contact> PgCrmLists::contactsOf(qint64 accountId, int limit)
{
    return contacts(QStringLiteral("account_id = ?"), {accountId}, limit);
}

QList<Contact> PgCrmLists::committeeContacts(const CommitteeKey& key, int limit)
{
    return contacts(QStringLiteral("account_id IN (SELECT ?::bigint UNION SELECT id FROM "
                                   "accounts WHERE domain = ?)"),
                    {idOrNull(key.accountId), textOrNullValue(key.domain)}, limit);
}

QList<OpportunityRow> PgCrmLists::opportunities(const OpportunityQuery& query)
{
    // Account name, owner and lead source by key per row of the page. SQLite's plan hints (the
    // close-date index chosen by a count, the "+" that keeps the planner off it) have no
    // counterpart: PostgreSQL's planner chooses by its statistics.
    QString sql = QStringLiteral(
        "SELECT o.id, o.name, o.account_id, (SELECT name FROM accounts a WHERE a.id = "
        "o.account_id), o.amount, o.currency, o.close_date, o.stage, (SELECT name FROM users u "
        "WHERE u.id = o.owner_id), (SELECT source FROM leads l WHERE l.id = o.lead_id), "
        "o.lead_id, coalesce(o.stage_changed_at, o.created_at), o.version FROM opportunities o "
        "WHERE TRUE");
    QVariantList values;
    if (query.stage) {
        sql += QStringLiteral(" AND o.stage = ?");
        values << opportunityStageName(*query.stage);
    }
    if (!query.owner.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND o.owner_id = (SELECT id FROM users WHERE lower(name) = "
                              "lower(?))");
        values << query.owner.trimmed();
    }
    if (query.closingBefore.isValid()) {
        sql += QStringLiteral(" AND o.close_date < ?");
        values << query.closingBefore.toString(Qt::ISODate);
    }
    if (query.overdueOn.isValid()) {
        sql += QStringLiteral(" AND o.stage IN ") + openStages +
               QStringLiteral(" AND o.close_date < ?");
        values << query.overdueOn.toString(Qt::ISODate);
    }
    if (query.accountId) {
        sql += QStringLiteral(" AND o.account_id = ?");
        values << *query.accountId;
    }
    if (!query.search.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND lower(o.name) LIKE lower(?) ESCAPE '\\'");
        values << containsPattern(query.search);
    }
    if (query.beforeId > 0) {
        sql += QStringLiteral(" AND o.id < ?");
        values << query.beforeId;
    }
    sql += QStringLiteral(" ORDER BY o.id DESC LIMIT ?");
    values << qMax(0, query.limit);
    QSqlQuery q = run(m_workspace.database(), sql, values, QStringLiteral("list opportunities"));
    QList<OpportunityRow> rows;
    while (q.next()) {
        OpportunityRow row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.accountId = q.value(2).toLongLong();
        row.accountName = q.value(3).toString();
        if (!q.isNull(4))
            row.amount = q.value(4).toDouble();
        row.currency = q.value(5).toString();
        row.closeDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        row.stage =
            opportunityStageFromName(q.value(7).toString()).value_or(OpportunityStage::Prospecting);
        row.owner = q.value(8).toString();
        row.leadSource = q.value(9).toString();
        if (!q.isNull(10))
            row.leadId = q.value(10).toLongLong();
        row.stageChangedAt = fromIsoUtc(q.value(11).toString());
        row.version = q.value(12).toLongLong();
        rows << row;
    }
    return rows;
}

QStringList PgCrmLists::opportunityOwners()
{
    // One probe of opportunities_owner per user (a few dozen), not a scan of the deals.
    QSqlQuery q = run(m_workspace.database(),
                      QStringLiteral("SELECT u.name FROM users u WHERE EXISTS (SELECT 1 FROM "
                                     "opportunities o WHERE o.owner_id = u.id) ORDER BY "
                                     "lower(u.name)"),
                      {}, QStringLiteral("list opportunity owners"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QList<CommitteeLead> PgCrmLists::committeeLeads(const CommitteeKey& key, int limit)
{
    // Three index lookups (leads_converted_account, leads_company_norm, leads_email_domain),
    // the domain written as the index's expression. The few ids are ordered and cut before the
    // joins: with `l.id IN (...) ORDER BY l.id LIMIT` the planner walks lead_scores' whole
    // primary key in id order to merge them in (0.9 s at a million leads).
    const QString sql = QStringLiteral(
        "SELECT l.id, l.first_name, l.last_name, l.email, l.title, l.company, s.stage, (SELECT "
        "name FROM users u WHERE u.id = l.owner_id), l.converted_account_id, "
        "l.converted_contact_id FROM (SELECT r.id FROM (SELECT id FROM leads WHERE "
        "converted_account_id = ? UNION SELECT id FROM leads WHERE company_norm = ? UNION SELECT "
        "id FROM leads WHERE lower(substr(email, strpos(email, '@') + 1)) = ? AND email IS NOT "
        "NULL) r WHERE r.id IS DISTINCT FROM ?::bigint ORDER BY r.id LIMIT ?) w JOIN leads l ON "
        "l.id = w.id JOIN lead_scores s ON s.lead_id = w.id ORDER BY l.id");
    const QVariantList values{idOrNull(key.accountId), textOrNullValue(key.nameNorm),
                              textOrNullValue(key.domain.toLower()), idOrNull(key.exceptLeadId),
                              qMax(0, limit)};
    QSqlQuery q = run(m_workspace.database(), sql, values, QStringLiteral("buying committee"));
    QList<CommitteeLead> rows;
    while (q.next()) {
        CommitteeLead lead;
        lead.id = q.value(0).toLongLong();
        lead.firstName = q.value(1).toString();
        lead.lastName = q.value(2).toString();
        lead.email = q.value(3).toString();
        lead.title = q.value(4).toString();
        lead.company = q.value(5).toString();
        lead.stage = q.value(6).toString();
        lead.owner = q.value(7).toString();
        if (!q.isNull(8))
            lead.convertedAccountId = q.value(8).toLongLong();
        if (!q.isNull(9))
            lead.convertedContactId = q.value(9).toLongLong();
        rows << lead;
    }
    return rows;
}

} // namespace lb
