#include "store/sqlite/sqlitebulkwriter.h"

#include "model/companyname.h"
#include "store/leadcodec.h"
#include "store/sqlite/leadcolumns.h"
#include "store/sqlite/ownerids.h"
#include "store/sqlite/searchindexbuilder.h"
#include "store/sqlite/sqliteeventrepository.h"
#include "store/sqlite/sqliteschema.h"
#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"
#include "util/isotime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <sqlite3.h>
#include <tuple>

namespace lb {

namespace {

// Below this many rows a bulk load keeps the indexes: rebuilding them would cost more than
// maintaining them row by row.
constexpr qint64 rebuildThreshold = 50000;

} // namespace

SqliteBulkWriter::SqliteBulkWriter(SqliteWorkspace& workspace, const Options& options)
    : m_workspace(workspace), m_options(options)
{
    // Every reference the writer makes is to an id it wrote or looked up itself.
    if (!m_workspace.inTransaction())
        m_foreignKeysSuspended = sqlite::suspendForeignKeys(m_workspace.database());
    try {
        m_workspace.begin();
    } catch (...) {
        resumeForeignKeys();
        throw;
    }
    try {
        const QSqlDatabase db = m_workspace.database();
        const qint64 existing =
            sqlite::scalar(db, QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
        if (options.expectedLeads >= rebuildThreshold && existing * 10 < options.expectedLeads) {
            for (const QString& drop : schema::leadIndexDrops())
                sqlite::exec(db, drop);
            m_indexesDropped = true;
            // The search index is built aside from the words of each lead as it is written,
            // while commit() builds the other indexes.
            m_searchIndex = std::make_unique<sqlite::SearchIndexBuilder>(m_workspace.handle());
            m_searchIndex->addStoredLeads(m_workspace.handle());
            // The rows come from typed values (Stage, AnswerStatus...), so the CHECKs cannot
            // fail; skipping them saves a tenth of a large load. Restored at the end.
            sqlite::exec(db, QStringLiteral("PRAGMA ignore_check_constraints=ON"));
        }
    } catch (...) {
        m_workspace.rollback();
        resumeForeignKeys();
        throw;
    }
}

void SqliteBulkWriter::resumeForeignKeys()
{
    if (m_foreignKeysSuspended)
        sqlite::resumeForeignKeys(m_workspace.database());
    m_foreignKeysSuspended = false;
}

SqliteBulkWriter::~SqliteBulkWriter()
{
    // Statements must be finalised before the rollback can release the write lock.
    m_lead.reset(), m_score.reset(), m_fts.reset(), m_event.reset(), m_history.reset(),
        m_answer.reset();
    m_framework.reset(), m_account.reset(), m_contact.reset(), m_opportunity.reset();
    m_opportunityHistory.reset(), m_link.reset();
    m_digests.reset();
    m_searchIndex.reset();
    if (m_owners)
        m_owners->release();
    if (!m_committed) {
        try {
            if (m_indexesDropped)
                sqlite::exec(m_workspace.database(),
                             QStringLiteral("PRAGMA ignore_check_constraints=OFF"));
            m_workspace.rollback();
            resumeForeignKeys();
        } catch (...) {
        }
    }
}

sqlite::Statement& SqliteBulkWriter::statement(std::unique_ptr<sqlite::Statement>& slot,
                                               const char* sql)
{
    if (!slot)
        slot = std::make_unique<sqlite::Statement>(m_workspace.handle(), sql);
    return *slot;
}

QString SqliteBulkWriter::normalizedCompany(const QString& company)
{
    // Leads of one company come together in large loads: normalise each name once.
    if (const auto it = m_companyNames.constFind(company); it != m_companyNames.constEnd())
        return *it;
    if (m_companyNames.size() > 200000)
        m_companyNames.clear();
    return *m_companyNames.insert(company, normalizeCompanyName(company));
}

qint64 SqliteBulkWriter::ownerId(const QString& name)
{
    if (!m_owners)
        m_owners = std::make_unique<sqlite::OwnerIds>(m_workspace.handle());
    return m_owners->idOf(name, toIsoUtc(QDateTime::currentDateTimeUtc()));
}

void SqliteBulkWriter::addLead(Lead& lead, const QString& actor)
{
    leadcodec::fillBulkLeadDefaults(lead, actor);
    auto& insert = statement(
        m_lead,
        "INSERT INTO leads(email, first_name, last_name, phone, title, company, company_norm, "
        "website, industry, employees, annual_revenue, budget, expected_close, country, city, "
        "source, owner_id, notes, custom, last_activity_at, created_at, updated_at, "
        "updated_by, version, id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
        "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, 1, ?24)");
    insert.bind(1, lead.email)
        .bind(2, lead.firstName)
        .bind(3, lead.lastName)
        .bind(4, lead.phone)
        .bind(5, lead.title)
        .bind(6, lead.company)
        .bind(7, normalizedCompany(lead.company))
        .bind(8, lead.website)
        .bind(9, lead.industry)
        .bind(10, lead.employees)
        .bind(11, lead.annualRevenue)
        .bind(12, lead.budget)
        .bind(13, toIsoDate(lead.expectedClose))
        .bind(14, lead.country)
        .bind(15, lead.city)
        .bind(16, lead.source);
    const std::optional<qint64> owner =
        lead.owner.isEmpty() ? std::nullopt : std::optional<qint64>(ownerId(lead.owner));
    insert.bind(17, owner)
        .bind(18, lead.notes)
        .bind(19, sqlite::customFieldsToJson(lead.custom))
        .bind(20, toIsoUtc(lead.lastActivityAt))
        .bindText(21, toIsoUtc(lead.createdAt))
        .bindText(22, toIsoUtc(lead.updatedAt))
        .bindText(23, lead.updatedBy);
    if (lead.id > 0)
        insert.bind(24, lead.id);
    else
        insert.bindNull(24);
    insert.step();
    lead.id = sqlite3_last_insert_rowid(m_workspace.handle());
    sqlite::insertLeadScore(statement(m_score, sqlite::insertLeadScoreSql), lead.id,
                            stageName(lead.stage), sqlite::stageTimeOf(lead.stageChangedAt), owner,
                            lead.score, toIsoUtc(lead.score.scoredAt));
    if (m_searchIndex) {
        m_searchIndex->addUtf8(lead.id,
                               {insert.boundText(2), insert.boundText(3), insert.boundText(6),
                                insert.boundText(1), insert.boundText(5), insert.boundText(18)});
    } else {
        statement(m_fts, "INSERT INTO leads_fts(rowid, first_name, last_name, company, email, "
                         "title, notes) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind(1, lead.id)
            .bind(2, lead.firstName)
            .bind(3, lead.lastName)
            .bind(4, lead.company)
            .bind(5, lead.email)
            .bind(6, lead.title)
            .bind(7, lead.notes)
            .step();
    }
}

bool SqliteBulkWriter::addEvent(const Event& event)
{
    const bool added = sqlite::insertEvent(statement(m_event, sqlite::insertEventSql), event);
    if (added) {
        if (event.leadId != m_eventsLead)
            packLeadEvents();
        m_eventsLead = event.leadId;
        m_leadEvents.push_back({event.occurredAtMs, event.type.toUtf8(), event.detail.toUtf8()});
    }
    return added;
}

void SqliteBulkWriter::packLeadEvents()
{
    if (m_leadEvents.empty())
        return;
    if (!m_digests)
        m_digests = std::make_unique<sqlite::EventDigests>(m_workspace.handle());
    std::sort(m_leadEvents.begin(), m_leadEvents.end(),
              [](const PendingEvent& a, const PendingEvent& b) {
                  return std::tie(a.occurredAtMs, a.type, a.detail) <
                         std::tie(b.occurredAtMs, b.type, b.detail);
              });
    sqlite::EventDigestPacker packer;
    for (const PendingEvent& event : m_leadEvents)
        packer.add(event.occurredAtMs,
                   m_digests->typeId(event.type.constData(), int(event.type.size())));
    if (!m_digests->addNew(m_eventsLead, packer))
        m_leadsToRepack.insert(m_eventsLead);
    m_leadEvents.clear();
}

void SqliteBulkWriter::addStageChange(const StageChange& change)
{
    auto& insert = statement(m_history, "INSERT INTO stage_history(lead_id, at, from_stage, "
                                        "to_stage, by_user, reason, override, score) VALUES(?1, "
                                        "?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, change.leadId).bindText(2, toIsoUtc(change.at));
    if (change.from)
        insert.bindText(3, stageName(*change.from));
    else
        insert.bindNull(3);
    insert.bindText(4, stageName(change.to))
        .bindText(5, change.by)
        .bindText(6, change.reason)
        .bind(7, qint64(change.override ? 1 : 0))
        .bind(8, change.score ? std::optional<qint64>(*change.score) : std::nullopt)
        .step();
}

void SqliteBulkWriter::addAnswer(const Answer& answer)
{
    // A lead's answers come together: record that it uses the framework once per run of them.
    if (answer.leadId != m_lastFramework.first || answer.framework != m_lastFramework.second) {
        statement(m_framework,
                  "INSERT OR IGNORE INTO lead_frameworks(lead_id, framework) VALUES(?1, ?2)")
            .bind(1, answer.leadId)
            .bindText(2, answer.framework)
            .step();
        m_lastFramework = {answer.leadId, answer.framework};
    }
    statement(m_answer, "INSERT INTO framework_answers(lead_id, framework, criterion, status, "
                        "note, value, by_user, at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind(1, answer.leadId)
        .bindText(2, answer.framework)
        .bindText(3, answer.criterion)
        .bindText(4, answerStatusName(answer.status))
        .bindText(5, answer.note)
        .bind(6, answer.value)
        .bindText(7, answer.by)
        .bindText(8, toIsoUtc(answer.at))
        .step();
}

void SqliteBulkWriter::addAccount(Account& account)
{
    const std::optional<qint64> owner =
        account.owner.isEmpty() ? std::nullopt : std::optional<qint64>(ownerId(account.owner));
    statement(m_account, "INSERT INTO accounts(name, name_norm, domain, website, industry, "
                         "country, city, employees, annual_revenue, created_at, created_by, id, "
                         "owner_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
        .bindText(1, account.name)
        .bindText(2, normalizeCompanyName(account.name))
        .bind(3, account.domain)
        .bind(4, account.website)
        .bind(5, account.industry)
        .bind(6, account.country)
        .bind(7, account.city)
        .bind(8, account.employees)
        .bind(9, account.annualRevenue)
        .bindText(10, toIsoUtc(account.createdAt))
        .bindText(11, account.createdBy)
        .bind(12, account.id > 0 ? std::optional<qint64>(account.id) : std::nullopt)
        .bind(13, owner)
        .step();
    account.id = sqlite3_last_insert_rowid(m_workspace.handle());
    account.version = 1;
}

void SqliteBulkWriter::addContact(Contact& contact)
{
    statement(m_contact,
              "INSERT INTO contacts(account_id, email, first_name, last_name, phone, "
              "title, created_at, created_by, id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, contact.accountId)
        .bind(2, contact.email)
        .bind(3, contact.firstName)
        .bind(4, contact.lastName)
        .bind(5, contact.phone)
        .bind(6, contact.title)
        .bindText(7, toIsoUtc(contact.createdAt))
        .bindText(8, contact.createdBy)
        .bind(9, contact.id > 0 ? std::optional<qint64>(contact.id) : std::nullopt)
        .step();
    contact.id = sqlite3_last_insert_rowid(m_workspace.handle());
    contact.version = 1;
}

void SqliteBulkWriter::addOpportunity(Opportunity& opportunity)
{
    const std::optional<qint64> owner = opportunity.owner.isEmpty()
                                            ? std::nullopt
                                            : std::optional<qint64>(ownerId(opportunity.owner));
    const QDateTime stageChangedAt =
        opportunity.stageChangedAt.isValid() ? opportunity.stageChangedAt : opportunity.createdAt;
    statement(m_opportunity,
              "INSERT INTO opportunities(account_id, contact_id, lead_id, name, amount, currency, "
              "close_date, stage, created_at, updated_at, id, owner_id, stage_changed_at, "
              "lost_reason) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
        .bind(1, opportunity.accountId)
        .bind(2, opportunity.contactId)
        .bind(3, opportunity.leadId)
        .bindText(4, opportunity.name)
        .bind(5, opportunity.amount)
        .bindText(6, opportunity.currency)
        .bind(7, toIsoDate(opportunity.closeDate))
        .bindText(8, opportunityStageName(opportunity.stage))
        .bindText(9, toIsoUtc(opportunity.createdAt))
        .bindText(10, toIsoUtc(opportunity.updatedAt))
        .bind(11, opportunity.id > 0 ? std::optional<qint64>(opportunity.id) : std::nullopt)
        .bind(12, owner)
        .bindText(13, toIsoUtc(stageChangedAt))
        .bindText(14, opportunity.lostReason)
        .step();
    opportunity.id = sqlite3_last_insert_rowid(m_workspace.handle());
    opportunity.version = 1;
}

void SqliteBulkWriter::addOpportunityStageChange(const OpportunityStageChange& change)
{
    auto& insert = statement(m_opportunityHistory,
                             "INSERT INTO opportunity_history(opportunity_id, at, from_stage, "
                             "to_stage, amount, by_user, close_date, reason) VALUES(?1, ?2, ?3, "
                             "?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, change.opportunityId).bindText(2, toIsoUtc(change.at));
    if (change.from)
        insert.bindText(3, opportunityStageName(*change.from));
    else
        insert.bindNull(3);
    insert.bindText(4, opportunityStageName(change.to))
        .bind(5, change.amount)
        .bindText(6, change.by)
        .bind(7, toIsoDate(change.closeDate))
        .bindText(8, change.reason)
        .step();
}

void SqliteBulkWriter::linkConversion(qint64 leadId, const ConversionLink& link)
{
    statement(m_link, "UPDATE leads SET converted_account_id = ?1, converted_contact_id = ?2, "
                      "converted_opportunity_id = ?3 WHERE id = ?4")
        .bind(1, link.accountId)
        .bind(2, link.contactId)
        .bind(3, link.opportunityId)
        .bind(4, leadId)
        .step();
}

void SqliteBulkWriter::commit()
{
    packLeadEvents();
    for (const qint64 lead : std::as_const(m_leadsToRepack))
        m_digests->refresh(lead);
    m_digests.reset();
    const QSqlDatabase db = m_workspace.database();
    if (m_indexesDropped) {
        m_searchIndex->start();
        sqlite::createIndexes(db, schema::leadIndexCreates());
        m_searchIndex->finishInto(m_workspace.handle());
        m_searchIndex.reset();
    }
    if (m_indexesDropped)
        sqlite::exec(db, QStringLiteral("PRAGMA ignore_check_constraints=OFF"));
    m_workspace.commit();
    m_committed = true;
    resumeForeignKeys();
    sqlite::exec(db, QStringLiteral("PRAGMA optimize"));
}

} // namespace lb
