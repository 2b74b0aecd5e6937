#pragma once

#include "model/crm.h"
#include "model/event.h"
#include "model/lead.h"
#include "model/stagechange.h"

namespace lb {

// The fast path for loading many rows at once (demo data, large imports): one transaction,
// prepared statements on the raw connection, and, when a big batch goes into a nearly empty
// workspace, the secondary indexes and the search index built once at the end instead of row
// by row. Nothing is visible to others until commit(); destroying it uncommitted rolls back.
class BulkWriter
{
public:
    struct Options
    {
        qint64 expectedLeads = 0;
    };

    virtual ~BulkWriter() = default;

    // The add* functions take the row's id when it is set (a generator that numbers its rows
    // itself) and set it from the database otherwise.
    virtual void addLead(Lead& lead, const QString& actor) = 0;
    // Returns false when the same event (lead, type, time, detail) is already stored.
    virtual bool addEvent(const Event& event) = 0;
    virtual void addStageChange(const StageChange& change) = 0;
    virtual void addAnswer(const Answer& answer) = 0;
    virtual void addAccount(Account& account) = 0;             // sets account.id
    virtual void addContact(Contact& contact) = 0;             // sets contact.id
    virtual void addOpportunity(Opportunity& opportunity) = 0; // sets opportunity.id
    virtual void addOpportunityStageChange(const OpportunityStageChange& change) = 0;
    // Links a lead to what it became (Converted leads).
    virtual void linkConversion(qint64 leadId, const ConversionLink& link) = 0;

    virtual void commit() = 0;
};

} // namespace lb
