#pragma once

#include "model/crm.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace lb {

class Workspace;

// What still refers to an account or a contact, not counting one lead (the one being
// un-converted) and what came from it.
struct CrmReferences
{
    qint64 contacts = 0;       // contacts of the account
    qint64 opportunities = 0;  // opportunities not from the lead
    qint64 notes = 0;          // notes not of the lead
    qint64 convertedLeads = 0; // other leads converted into it
};

// Accounts, contacts, opportunities and the notes that follow a converted lead.
class CrmStore
{
public:
    virtual ~CrmStore() = default;

    virtual std::optional<Account> account(qint64 id) = 0;
    // Accounts whose e-mail domain is `domain` (lower case), oldest first.
    virtual QList<Account> accountsByDomain(const QString& domain) = 0;
    // Accounts whose normalised name is `nameNorm` (normalizeCompanyName), oldest first.
    virtual QList<Account> accountsByNormalizedName(const QString& nameNorm) = 0;
    // Accounts whose name contains `text` (case-insensitive), by name; at most `limit`.
    virtual QList<Account> searchAccounts(const QString& text, int limit) = 0;
    virtual void insertAccount(Account& account) = 0;
    // Writes when the version still matches, then bumps it; throws Conflict otherwise.
    virtual void updateAccount(Account& account) = 0;

    virtual std::optional<Contact> contact(qint64 id) = 0;
    // The contact with this e-mail (case-insensitive) under the account, if any.
    virtual std::optional<Contact> contactByEmail(qint64 accountId, const QString& email) = 0;
    virtual void insertContact(Contact& contact) = 0;
    virtual void updateContact(Contact& contact) = 0;

    virtual std::optional<Opportunity> opportunity(qint64 id) = 0;
    virtual void insertOpportunity(Opportunity& opportunity) = 0;
    // Writes stage, amount, close date and name when the version matches; throws Conflict.
    virtual void updateOpportunity(Opportunity& opportunity) = 0;
    virtual void appendOpportunityHistory(OpportunityStageChange& change) = 0;
    // Oldest first.
    virtual QList<OpportunityStageChange> opportunityHistory(qint64 opportunityId) = 0;

    // Notes: a lead's notes follow it to the contact it became.
    virtual qint64 addNote(std::optional<qint64> leadId, std::optional<qint64> contactId,
                           const QString& body, const QString& by) = 0;
    virtual qint64 noteCountForLead(qint64 leadId) = 0;
    virtual qint64 noteCountForContact(qint64 contactId) = 0;
    // Gives every note of the lead the contact id; returns how many.
    virtual qint64 attachLeadNotesToContact(qint64 leadId, qint64 contactId) = 0;

    // For undoing a conversion, which removes only what nothing else uses.
    virtual CrmReferences accountReferences(qint64 accountId, qint64 exceptLeadId) = 0;
    virtual CrmReferences contactReferences(qint64 contactId, qint64 exceptLeadId) = 0;
    // Takes the contact off the lead's notes; returns how many.
    virtual qint64 detachLeadNotesFromContact(qint64 leadId, qint64 contactId) = 0;
    virtual void deleteNote(qint64 noteId) = 0;
    // With its history.
    virtual void deleteOpportunity(qint64 opportunityId) = 0;
    virtual void deleteContact(qint64 contactId) = 0;
    virtual void deleteAccount(qint64 accountId) = 0;
};

} // namespace lb
