#pragma once

#include "store/bulkwriter.h"
#include "store/workspace.h"

#include <QHash>
#include <QSqlQuery>
#include <optional>

namespace lb {

class PgWorkspace;

// Many rows in one transaction of a team workspace: leads, events and history through the
// repositories' own statements, accounts, contacts, opportunities, their history and conversion
// links through statements prepared once, writing the rows SqliteBulkWriter writes. Rows keep an
// id given to them (a generator's numbering), and each table's id sequence is moved past the
// largest id before the sequence is next used and at commit. Answers are refused until the team
// workspace's qualification store exists.
class PgBulkWriter final : public BulkWriter
{
public:
    explicit PgBulkWriter(PgWorkspace& workspace);
    ~PgBulkWriter() override;

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
    // A table whose rows may come with ids: whether its sequence is behind an id given.
    struct Identity
    {
        const char* table;
        bool behind = false;
    };
    // Before a row goes into the identity's table: one that keeps its id leaves the sequence
    // behind; one that takes the next id first moves the sequence past the ids given.
    void beforeInsert(Identity& identity, bool keepsId);
    void moveSequence(Identity& identity);
    // The statement `sql`, prepared on first use into `slot`.
    QSqlQuery& statement(std::optional<QSqlQuery>& slot, const QString& sql);
    qint64 ownerId(const QString& name);

    PgWorkspace& m_workspace;
    Identity m_leadIds{"leads"};
    Identity m_accountIds{"accounts"};
    Identity m_contactIds{"contacts"};
    Identity m_opportunityIds{"opportunities"};
    QHash<QString, qint64> m_owners; // by lower-case name
    // Index 1: the statement that names the id.
    std::optional<QSqlQuery> m_account[2];
    std::optional<QSqlQuery> m_contact[2];
    std::optional<QSqlQuery> m_opportunity[2];
    std::optional<QSqlQuery> m_opportunityHistory;
    std::optional<QSqlQuery> m_link;
    // Last, so that it ends (rolls back unless committed) before the statements are let go.
    std::optional<Transaction> m_transaction;
};

} // namespace lb
