#include "store/sqlite/sqlitecrmlists.h"

#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"
#include "util/isotime.h"

#include <QSqlQuery>
#include <QStringList>

namespace lb {

namespace {

// The stages whose amounts are pipeline: the same list as the partial index
// opportunities_open_close, written the same way so that the planner can use it.
const QString openStages = QStringLiteral("('Prospecting', 'Proposal', 'Negotiation')");

// A LIKE pattern that finds `text` anywhere, its wildcards taken literally (ESCAPE '\').
QString containsPattern(const QString& text)
{
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

// Up to this many deals closing before a day are read from the close-date index and sorted;
// with more, they are dense enough that walking the newest deals finds a page soon.
constexpr int closeIndexCap = 5000;

QVariant textOrNullValue(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
              const QString& context)
{
    QSqlQuery query = sqlite::prepare(db, sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    sqlite::exec(query, context);
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

QList<AccountRow> SqliteCrmLists::accountRows(const QString& where, const QVariantList& values,
                                              int limit)
{
    // The sums read the covering index opportunities_account_stage, never the deal rows.
    const QString sql =
        QStringLiteral(
            "SELECT a.id, a.name, a.domain, a.country, (SELECT name FROM users u WHERE u.id = "
            "a.owner_id), (SELECT count(*) FROM contacts c WHERE c.account_id = a.id), (SELECT "
            "total(amount) FROM opportunities o WHERE o.account_id = a.id AND o.stage IN ") +
        openStages +
        QStringLiteral("), (SELECT total(amount) FROM opportunities o WHERE o.account_id = a.id "
                       "AND o.stage = 'Won') FROM accounts a WHERE ") +
        where + QStringLiteral(" ORDER BY a.name COLLATE NOCASE, a.id LIMIT ?");
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

QList<AccountRow> SqliteCrmLists::accounts(const AccountQuery& query)
{
    QStringList conditions{QStringLiteral("1")};
    QVariantList values;
    if (!query.search.trimmed().isEmpty()) {
        conditions << QStringLiteral("(a.name LIKE ? ESCAPE '\\' OR a.domain LIKE ? ESCAPE '\\')");
        values << containsPattern(query.search) << containsPattern(query.search);
    }
    if (query.after) {
        // Written as a range on the first column so that the name index is searched, not
        // scanned from the start.
        conditions << QStringLiteral("a.name COLLATE NOCASE >= ? AND (a.name COLLATE NOCASE > ? "
                                     "OR a.id > ?)");
        values << query.after->name << query.after->name << query.after->id;
    }
    return accountRows(conditions.join(QStringLiteral(" AND ")), values, query.limit);
}

std::optional<AccountRow> SqliteCrmLists::accountRow(qint64 accountId)
{
    const QList<AccountRow> rows = accountRows(QStringLiteral("a.id = ?"), {accountId}, 1);
    return rows.isEmpty() ? std::nullopt : std::optional<AccountRow>(rows.constFirst());
}

QList<Contact> SqliteCrmLists::contacts(const QString& where, const QVariantList& values, int limit)
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

QList<Contact> SqliteCrmLists::contactsOf(qint64 accountId, int limit)
{
    return contacts(QStringLiteral("account_id = ?"), {accountId}, limit);
}

QList<Contact> SqliteCrmLists::committeeContacts(const CommitteeKey& key, int limit)
{
    return contacts(
        QStringLiteral("account_id IN (SELECT ? UNION SELECT id FROM accounts WHERE "
                       "domain = ?)"),
        {key.accountId ? QVariant(*key.accountId) : QVariant(), textOrNullValue(key.domain)},
        limit);
}

QList<OpportunityRow> SqliteCrmLists::opportunities(const OpportunityQuery& query)
{
    // Account name, owner and lead source by key per row of the page: joins would let the
    // planner start from the wrong table.
    QString sql = QStringLiteral(
        "SELECT o.id, o.name, o.account_id, (SELECT name FROM accounts a WHERE a.id = "
        "o.account_id), o.amount, o.currency, o.close_date, o.stage, (SELECT name FROM users u "
        "WHERE u.id = o.owner_id), (SELECT source FROM leads l WHERE l.id = o.lead_id), "
        "o.lead_id, coalesce(o.stage_changed_at, o.created_at), o.version FROM opportunities o");
    QVariantList values;
    // Few deals close before the day: read just those from the close-date index (a walk newest
    // first would read every deal to find none). Many: the walk as before, the close date
    // written so (+) that the planner does not sort them all by id.
    const bool fewClosing =
        query.closingBefore.isValid() && closingBeforeCount(query.closingBefore) < closeIndexCap;
    sql += fewClosing ? QStringLiteral(" INDEXED BY opportunities_close WHERE 1")
                      : QStringLiteral(" WHERE 1");
    if (query.stage) {
        sql += QStringLiteral(" AND o.stage = ?");
        values << opportunityStageName(*query.stage);
    }
    if (!query.owner.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND o.owner_id = (SELECT id FROM users WHERE name = ?)");
        values << query.owner.trimmed();
    }
    if (query.closingBefore.isValid()) {
        sql += fewClosing ? QStringLiteral(" AND o.close_date < ?")
                          : QStringLiteral(" AND +o.close_date < ?");
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
        sql += QStringLiteral(" AND o.name LIKE ? ESCAPE '\\'");
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

int SqliteCrmLists::closingBeforeCount(const QDate& day)
{
    // Index entries only, at most closeIndexCap of them: a millisecond or two.
    QSqlQuery q = run(m_workspace.database(),
                      QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM opportunities INDEXED BY "
                                     "opportunities_close WHERE close_date < ? LIMIT ?)"),
                      {day.toString(Qt::ISODate), closeIndexCap},
                      QStringLiteral("count opportunities closing before a day"));
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList SqliteCrmLists::opportunityOwners()
{
    // One probe of opportunities_owner per user (a few dozen), not a scan of the deals.
    QSqlQuery q = run(m_workspace.database(),
                      QStringLiteral("SELECT u.name FROM users u WHERE EXISTS (SELECT 1 FROM "
                                     "opportunities o WHERE o.owner_id = u.id) ORDER BY u.name "
                                     "COLLATE NOCASE"),
                      {}, QStringLiteral("list opportunity owners"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QList<CommitteeLead> SqliteCrmLists::committeeLeads(const CommitteeKey& key, int limit)
{
    // Three index lookups (leads_converted_account, leads_company_norm, leads_email_domain),
    // the domain written as the index's expression.
    const QString sql = QStringLiteral(
        "SELECT l.id, l.first_name, l.last_name, l.email, l.title, l.company, s.stage, (SELECT "
        "name FROM users u WHERE u.id = l.owner_id), l.converted_account_id, "
        "l.converted_contact_id FROM leads l JOIN lead_scores s ON s.lead_id = l.id WHERE l.id IN "
        "(SELECT id FROM leads WHERE converted_account_id = ? UNION SELECT id FROM leads WHERE "
        "company_norm = ? UNION SELECT id FROM leads WHERE lower(substr(email, instr(email, '@') "
        "+ 1)) = ? AND email IS NOT NULL) AND l.id IS NOT ? ORDER BY l.id LIMIT ?");
    const QVariantList values{key.accountId ? QVariant(*key.accountId) : QVariant(),
                              textOrNullValue(key.nameNorm), textOrNullValue(key.domain.toLower()),
                              key.exceptLeadId ? QVariant(*key.exceptLeadId) : QVariant(),
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
