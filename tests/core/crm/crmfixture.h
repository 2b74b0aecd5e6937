#pragma once

// A small hand-built workspace for the account and opportunity lists (issue 20), whose answers
// the tests work out by hand. Users ae-a and ae-b own leads, accounts and deals.
//
//  account           domain    owner  contacts           deals (id order)
//  A1 "Acme Oy"      acme.fi   ae-a   C1 anna, C2 lars   O1 Prospecting 1,000 close 01-15
//                                                        O6 Negotiation 3,000 close 06-30
//                                                           "Acme expansion"
//  A2 "beta AB"      beta.se   ae-b   C3 eve             O2 Won 5,000 close 03-01
//                                                        O3 Lost 700 close 02-20 "Price"
//                                                        O4 Negotiation 2,000 close 02-01
//  A3 "Gamma"        -         -      -                  O5 Proposal, no amount, no close
//  A4 "gamma"        -         -      -                  -
// Deal ids ascend O1 < O2 < ... < O6 (dates in 2026; A1 open 4,000 won 0; A2 open 2,000
// won 5,000). O1 and O6 are ae-a's, O2-O4 ae-b's, O5 nobody's.
//
//  lead              company     owner  source    what
//  L1 anna@acme.fi   Acme Oy     ae-a   Website   converted into A1 (C1, O1)
//  L2 bertil@acme.fi ACME        ae-b   Webinar   same name and domain as A1
//  L3 carl@gmail.com Acme Oy     ae-a   Website   same name (free mail: no domain)
//  L4 dora@acme.fi   Other Ltd   ae-b   Partner   same domain
//  L5 eve@beta.se    Beta AB     ae-b   Webinar   converted into A2 (C3, O2)
//  L6 zed@zeta.no    Zeta AS     ae-a   Website   nobody's colleague

#include "model/crm.h"
#include "model/lead.h"
#include "store/workspace.h"

#include <QDateTime>

namespace lb::test {

struct CrmFixture
{
    qint64 a1 = 0, a2 = 0, a3 = 0, a4 = 0;
    qint64 c1 = 0, c2 = 0, c3 = 0;
    qint64 o1 = 0, o2 = 0, o3 = 0, o4 = 0, o5 = 0, o6 = 0;
    qint64 l1 = 0, l2 = 0, l3 = 0, l4 = 0, l5 = 0, l6 = 0;
};

inline QDateTime crmAt(const char* day)
{
    return QDateTime(QDate::fromString(QLatin1String(day), Qt::ISODate), QTime(9, 0), Qt::UTC);
}

class CrmWorkspaceBuilder
{
public:
    explicit CrmWorkspaceBuilder(Workspace& workspace) : m_workspace(workspace) {}

    CrmFixture build()
    {
        CrmFixture f;
        Transaction transaction(m_workspace);
        f.l1 = lead("anna@acme.fi", "Acme Oy", "ae-a", "Website");
        f.l2 = lead("bertil@acme.fi", "ACME", "ae-b", "Webinar");
        f.l3 = lead("carl@gmail.com", "Acme Oy", "ae-a", "Website");
        f.l4 = lead("dora@acme.fi", "Other Ltd", "ae-b", "Partner");
        f.l5 = lead("eve@beta.se", "Beta AB", "ae-b", "Webinar");
        f.l6 = lead("zed@zeta.no", "Zeta AS", "ae-a", "Website");

        f.a1 = account("Acme Oy", "acme.fi", "ae-a");
        f.a2 = account("beta AB", "beta.se", "ae-b");
        f.a3 = account("Gamma", "", "");
        f.a4 = account("gamma", "", "");
        f.c1 = contact(f.a1, "anna@acme.fi", "Anna");
        f.c2 = contact(f.a1, "lars@acme.fi", "Lars");
        f.c3 = contact(f.a2, "eve@beta.se", "Eve");

        f.o1 = deal(f.a1, f.l1, "Acme pilot", OpportunityStage::Prospecting, 1000.0, "2026-01-15",
                    "ae-a");
        f.o2 =
            deal(f.a2, f.l5, "Beta licence", OpportunityStage::Won, 5000.0, "2026-03-01", "ae-b");
        f.o3 = deal(f.a2, std::nullopt, "Beta support", OpportunityStage::Lost, 700.0, "2026-02-20",
                    "ae-b", QStringLiteral("Price"));
        f.o4 = deal(f.a2, std::nullopt, "Beta rollout", OpportunityStage::Negotiation, 2000.0,
                    "2026-02-01", "ae-b");
        f.o5 = deal(f.a3, std::nullopt, "Gamma trial", OpportunityStage::Proposal, std::nullopt,
                    nullptr, "");
        f.o6 = deal(f.a1, std::nullopt, "Acme expansion", OpportunityStage::Negotiation, 3000.0,
                    "2026-06-30", "ae-a");

        convert(f.l1, f.a1, f.c1, f.o1);
        convert(f.l5, f.a2, f.c3, f.o2);
        transaction.commit();
        return f;
    }

private:
    qint64 lead(const char* email, const char* company, const char* owner, const char* source)
    {
        Lead lead;
        lead.email = QString::fromLatin1(email);
        lead.firstName = lead.email.section(QLatin1Char('@'), 0, 0);
        lead.lastName = QStringLiteral("Crm");
        lead.company = QString::fromLatin1(company);
        lead.owner = QString::fromLatin1(owner);
        lead.source = QString::fromLatin1(source);
        lead.title = QStringLiteral("Buyer");
        lead.createdAt = crmAt("2026-01-02");
        lead.stageChangedAt = lead.createdAt;
        m_workspace.leads().insert(lead, QStringLiteral("test"));
        return lead.id;
    }

    qint64 account(const char* name, const char* domain, const char* owner)
    {
        Account account;
        account.name = QString::fromUtf8(name);
        account.domain = QString::fromLatin1(domain);
        account.owner = QString::fromLatin1(owner);
        account.createdBy = QStringLiteral("test");
        m_workspace.crm().insertAccount(account);
        return account.id;
    }

    qint64 contact(qint64 accountId, const char* email, const char* firstName)
    {
        Contact contact;
        contact.accountId = accountId;
        contact.email = QString::fromLatin1(email);
        contact.firstName = QString::fromLatin1(firstName);
        contact.createdBy = QStringLiteral("test");
        m_workspace.crm().insertContact(contact);
        return contact.id;
    }

    qint64 deal(qint64 accountId, std::optional<qint64> leadId, const char* name,
                OpportunityStage stage, std::optional<double> amount, const char* close,
                const char* owner, const QString& lostReason = {})
    {
        Opportunity opportunity;
        opportunity.accountId = accountId;
        opportunity.leadId = leadId;
        opportunity.name = QString::fromLatin1(name);
        opportunity.stage = stage;
        opportunity.amount = amount;
        if (close)
            opportunity.closeDate = QDate::fromString(QLatin1String(close), Qt::ISODate);
        opportunity.owner = QString::fromLatin1(owner);
        opportunity.lostReason = lostReason;
        opportunity.createdAt = crmAt("2026-01-10");
        m_workspace.crm().insertOpportunity(opportunity);
        OpportunityStageChange created;
        created.opportunityId = opportunity.id;
        created.at = opportunity.createdAt;
        created.to = stage;
        created.amount = amount;
        created.closeDate = opportunity.closeDate;
        created.by = QStringLiteral("test");
        m_workspace.crm().appendOpportunityHistory(created);
        return opportunity.id;
    }

    void convert(qint64 leadId, qint64 accountId, qint64 contactId, qint64 opportunityId)
    {
        Lead lead = *m_workspace.leads().find(leadId);
        lead.stage = Stage::Converted;
        lead.converted = ConversionLink{accountId, contactId, opportunityId};
        m_workspace.leads().update(lead, QStringLiteral("test"));
    }

    Workspace& m_workspace;
};

} // namespace lb::test
