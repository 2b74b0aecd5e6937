#pragma once

#include "store/crmlists.h"

#include <QString>
#include <QVariantList>

namespace lb {

class PgWorkspace;

// The account and opportunity lists and the buying committee of a team workspace: the same rows
// and orders as SqliteCrmLists, each page a keyset walk of an index (pgschema.cpp). Names that
// SQLite compares and orders COLLATE NOCASE are compared and ordered by lower(), as the indexes
// are made.
class PgCrmLists final : public CrmLists
{
public:
    explicit PgCrmLists(PgWorkspace& workspace) : m_workspace(workspace) {}

    QList<AccountRow> accounts(const AccountQuery& query) override;
    std::optional<AccountRow> accountRow(qint64 accountId) override;
    QList<Contact> contactsOf(qint64 accountId, int limit) override;
    QList<OpportunityRow> opportunities(const OpportunityQuery& query) override;
    QStringList opportunityOwners() override;
    QList<CommitteeLead> committeeLeads(const CommitteeKey& key, int limit) override;
    QList<Contact> committeeContacts(const CommitteeKey& key, int limit) override;

private:
    QList<AccountRow> accountRows(const QString& where, const QVariantList& values, int limit);
    QList<Contact> contacts(const QString& where, const QVariantList& values, int limit);

    PgWorkspace& m_workspace;
};

} // namespace lb
