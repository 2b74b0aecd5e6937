#pragma once

#include "store/bulkwriter.h"
#include "store/workspace.h"

#include <optional>

namespace lb {

class PgWorkspace;

// Many rows in one transaction of a team workspace, through the repositories' own statements.
// Leads keep an id given to them (a generator's numbering) and move the id sequence past it.
// The CRM rows (accounts, contacts, opportunities, answers) are refused until the team
// workspace's CRM store exists.
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
    PgWorkspace& m_workspace;
    std::optional<Transaction> m_transaction;
    bool m_idsGiven = false;
};

} // namespace lb
