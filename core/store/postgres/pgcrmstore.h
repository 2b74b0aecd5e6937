#pragma once

#include "store/crmstore.h"

#include <QVariant>

namespace lb {

class PgWorkspace;

// The accounts, contacts, opportunities and notes of a team workspace: the same rows, orders,
// errors and version checks as SqliteCrmStore, in PostgreSQL's terms, on the workspace's own
// connection (joins its transactions). Users' names compare without case as on SQLite.
class PgCrmStore final : public CrmStore
{
public:
    explicit PgCrmStore(PgWorkspace& workspace) : m_workspace(workspace) {}

    std::optional<Account> account(qint64 id) override;
    QList<Account> accountsByDomain(const QString& domain) override;
    QList<Account> accountsByNormalizedName(const QString& nameNorm) override;
    QList<Account> searchAccounts(const QString& text, int limit) override;
    void insertAccount(Account& account) override;
    void updateAccount(Account& account) override;

    std::optional<Contact> contact(qint64 id) override;
    std::optional<Contact> contactByEmail(qint64 accountId, const QString& email) override;
    void insertContact(Contact& contact) override;
    void updateContact(Contact& contact) override;

    std::optional<Opportunity> opportunity(qint64 id) override;
    void insertOpportunity(Opportunity& opportunity) override;
    void updateOpportunity(Opportunity& opportunity) override;
    void appendOpportunityHistory(OpportunityStageChange& change) override;
    QList<OpportunityStageChange> opportunityHistory(qint64 opportunityId) override;

    qint64 addNote(std::optional<qint64> leadId, std::optional<qint64> contactId,
                   const QString& body, const QString& by) override;
    qint64 noteCountForLead(qint64 leadId) override;
    qint64 noteCountForContact(qint64 contactId) override;
    qint64 attachLeadNotesToContact(qint64 leadId, qint64 contactId) override;

    CrmReferences accountReferences(qint64 accountId, qint64 exceptLeadId) override;
    CrmReferences contactReferences(qint64 contactId, qint64 exceptLeadId) override;
    qint64 detachLeadNotesFromContact(qint64 leadId, qint64 contactId) override;
    void deleteNote(qint64 noteId) override;
    void deleteOpportunity(qint64 opportunityId) override;
    void deleteContact(qint64 contactId) override;
    void deleteAccount(qint64 accountId) override;

private:
    QList<Account> accountsWhere(const QString& condition, const QVariant& value);
    QList<Contact> contactsWhere(const QString& condition, const QVariantList& values);
    qint64 countWhere(const QString& sql, qint64 id);
    qint64 countWhere(const QString& sql, qint64 id, qint64 exceptLeadId);
    void deleteById(const QString& table, qint64 id);

    PgWorkspace& m_workspace;
};

} // namespace lb
