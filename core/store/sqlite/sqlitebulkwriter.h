#pragma once

#include "store/bulkwriter.h"
#include "store/sqlite/eventdigests.h"
#include "store/sqlite/ownerids.h"
#include "store/sqlite/searchindexbuilder.h"
#include "store/sqlite/sqlitestatement.h"

#include <QHash>
#include <QSet>
#include <memory>
#include <vector>

namespace lb {

class SqliteWorkspace;

class SqliteBulkWriter final : public BulkWriter
{
public:
    SqliteBulkWriter(SqliteWorkspace& workspace, const Options& options);
    ~SqliteBulkWriter() override;

    void addLead(Lead& lead, const QString& actor) override;
    bool addEvent(const Event& event) override;
    void addStageChange(const StageChange& change) override;
    void addAnswer(const Answer& answer) override;
    void addAccount(Account& account) override;
    void addContact(Contact& contact) override;
    void addOpportunity(Opportunity& opportunity) override;
    void addOpportunityStageChange(const OpportunityStageChange& change) override;
    void linkConversion(qint64 leadId, const ConversionLink& link) override;
    void commit() override;

private:
    sqlite::Statement& statement(std::unique_ptr<sqlite::Statement>& slot, const char* sql);
    qint64 ownerId(const QString& name);
    QString normalizedCompany(const QString& company);
    void packLeadEvents();
    void resumeForeignKeys(); // once the transaction has ended

    // An event as it is packed into its lead's digest (UTF-8, for the key's byte order).
    struct PendingEvent
    {
        qint64 occurredAtMs;
        QByteArray type;
        QByteArray detail;
    };

    SqliteWorkspace& m_workspace;
    Options m_options;
    bool m_indexesDropped = false;
    bool m_committed = false;
    bool m_foreignKeysSuspended = false;
    std::unique_ptr<sqlite::OwnerIds> m_owners;
    QHash<QString, QString> m_companyNames;
    QPair<qint64, QString> m_lastFramework;
    // Generators add a lead's events right after the lead: they are packed when the next
    // lead's begin. A lead met again later is packed from the table at commit.
    std::unique_ptr<sqlite::EventDigests> m_digests;
    std::unique_ptr<sqlite::SearchIndexBuilder> m_searchIndex; // while the indexes are dropped
    qint64 m_eventsLead = 0;
    std::vector<PendingEvent> m_leadEvents;
    QSet<qint64> m_leadsToRepack;
    std::unique_ptr<sqlite::Statement> m_lead, m_score, m_fts, m_event, m_history, m_answer,
        m_framework, m_account, m_contact, m_opportunity, m_opportunityHistory, m_link;
};

} // namespace lb
