#pragma once

#include "model/crm.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lb {

// One line of the account list (issue 20).
struct AccountRow
{
    qint64 id = 0;
    QString name;
    QString domain;
    QString country;
    QString owner;
    qint64 contacts = 0;
    double openPipeline = 0; // amounts of its Prospecting, Proposal and Negotiation deals
    double won = 0;          // amounts of its Won deals
};

// Accounts by name (case-insensitive), then id. A page continues after the last row of the
// page before (`after`), so every page is found by index whatever its depth.
struct AccountQuery
{
    QString search{}; // part of the name or the e-mail domain; empty: all
    int limit = 100;
    std::optional<AccountRow> after{};
};

// One line of the opportunity list.
struct OpportunityRow
{
    qint64 id = 0;
    QString name;
    qint64 accountId = 0;
    QString accountName;
    std::optional<double> amount;
    QString currency;
    QDate closeDate;
    OpportunityStage stage = OpportunityStage::Prospecting;
    QString owner;
    QString leadSource;
    std::optional<qint64> leadId;
    QDateTime stageChangedAt; // age in stage = now - this
    qint64 version = 0;
};

// Opportunities newest first (by id, descending); a page continues below `beforeId`.
struct OpportunityQuery
{
    QString search{}; // part of the name; empty: all
    std::optional<OpportunityStage> stage{};
    QString owner{};       // user name; empty: anyone's
    QDate closingBefore{}; // expected to close before this day, in any stage (invalid: any day)
    QDate overdueOn{};     // still open and expected to close before this day, i.e. overdue on it
    std::optional<qint64> accountId{};
    int limit = 100;
    qint64 beforeId = 0; // 0: from the newest
};

// Who else is at a company: the leads converted into an account, or still at the same
// normalised company name or the same e-mail domain (the buying committee).
struct CommitteeKey
{
    std::optional<qint64> accountId{};
    QString nameNorm{}; // normalizeCompanyName; empty: not matched by name
    QString domain;     // company e-mail domain (never free mail); empty: not matched by domain
    std::optional<qint64> exceptLeadId{};
};

struct CommitteeLead
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString title;
    QString company;
    QString stage; // lead stage name
    QString owner;
    std::optional<qint64> convertedAccountId;
    std::optional<qint64> convertedContactId;
};

// The lists of accounts, contacts and opportunities, read a page at a time. A second backend
// implements this too; services and the CLI reach it through Workspace::crmLists().
class CrmLists
{
public:
    virtual ~CrmLists() = default;

    virtual QList<AccountRow> accounts(const AccountQuery& query) = 0;
    virtual std::optional<AccountRow> accountRow(qint64 accountId) = 0;
    // The account's contacts by id, at most `limit`.
    virtual QList<Contact> contactsOf(qint64 accountId, int limit) = 0;
    virtual QList<OpportunityRow> opportunities(const OpportunityQuery& query) = 0;
    // The users who own at least one opportunity, by name (what the owner filter offers).
    virtual QStringList opportunityOwners() = 0;
    // The committee's leads by id, at most `limit`.
    virtual QList<CommitteeLead> committeeLeads(const CommitteeKey& key, int limit) = 0;
    // Contacts of the key's account, and of accounts with the key's domain, at most `limit`.
    virtual QList<Contact> committeeContacts(const CommitteeKey& key, int limit) = 0;
};

} // namespace lb
