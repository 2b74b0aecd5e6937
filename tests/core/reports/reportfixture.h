#pragma once

// A small hand-built workspace for the report tests (issue 19), whose answers the tests work
// out by hand. The period of interest is March 2026; times are 09:00 UTC.
//
//  lead source   owner  history (score at the move)                               now
//  L1   Website  sdr-a  New 03-01, MQL 03-02 (72), SAL 03-04, SQL 03-10,          Converted
//                       Converted 03-15; deal 10,000 Prospecting 03-15, Won 03-25
//  L2   Website  sdr-a  New 03-01, MQL 03-03 (55), SAL 03-05, SQL 03-12,          Converted
//                       Converted 03-20; deal 5,000 Prospecting 03-20, Lost 03-28 (lost deal)
//  L3   Webinar  sdr-b  New 03-02, SAL 03-06, SQL 03-09 (skips MQL)               SQL, 62
//  L4   Webinar  sdr-b  New 02-10, MQL 02-11 (45), SAL 03-01, Disqualified 03-07  MQL, 38
//                       "No budget", New 03-08 (reopened), MQL 03-09 (none given:
//                       the store records the current 38)
//  L5   (none)   -      New 03-05, MQL 03-06 (60), Nurture 03-08 "Bad timing"     Nurture, 20
//  L6   Website  -      New 03-31                                                 New, -5
//  L7   Website  sdr-a  New 01-05, MQL 01-06 (90), SAL 01-07, SQL 01-10,          Converted, 90
//                       Converted 01-20; deal 20,000 Prospecting 01-20, Negotiation (open)
// Current scores: L1 75, L2 55, L3 62, L4 38, L5 20, L6 -5, L7 90.

#include "model/crm.h"
#include "store/crmstore.h"
#include "store/workspace.h"

#include <QDateTime>

namespace lb::test {

inline QDateTime at(const char* day)
{
    return QDateTime(QDate::fromString(QLatin1String(day), Qt::ISODate), QTime(9, 0), Qt::UTC);
}

class ReportWorkspaceBuilder
{
public:
    explicit ReportWorkspaceBuilder(Workspace& workspace)
        : m_workspace(workspace), m_crm(&workspace.crm())
    {
    }

    void build()
    {
        Transaction transaction(m_workspace);
        const qint64 l1 =
            lead("l1", "Website", "sdr-a", "2026-03-01", Stage::Converted, "2026-03-15", 75);
        move(l1, "2026-03-02", Stage::New, Stage::MQL, {}, 72);
        move(l1, "2026-03-04", Stage::MQL, Stage::SAL);
        move(l1, "2026-03-10", Stage::SAL, Stage::SQL);
        move(l1, "2026-03-15", Stage::SQL, Stage::Converted);
        deal(
            l1, 10000,
            {{"2026-03-15", OpportunityStage::Prospecting}, {"2026-03-25", OpportunityStage::Won}});

        const qint64 l2 =
            lead("l2", "Website", "sdr-a", "2026-03-01", Stage::Converted, "2026-03-20", 55);
        move(l2, "2026-03-03", Stage::New, Stage::MQL, {}, 55);
        move(l2, "2026-03-05", Stage::MQL, Stage::SAL);
        move(l2, "2026-03-12", Stage::SAL, Stage::SQL);
        move(l2, "2026-03-20", Stage::SQL, Stage::Converted);
        deal(l2, 5000,
             {{"2026-03-20", OpportunityStage::Prospecting},
              {"2026-03-28", OpportunityStage::Lost}});

        const qint64 l3 =
            lead("l3", "Webinar", "sdr-b", "2026-03-02", Stage::SQL, "2026-03-09", 62);
        move(l3, "2026-03-06", Stage::New, Stage::SAL);
        move(l3, "2026-03-09", Stage::SAL, Stage::SQL);

        const qint64 l4 =
            lead("l4", "Webinar", "sdr-b", "2026-02-10", Stage::MQL, "2026-03-09", 38);
        move(l4, "2026-02-11", Stage::New, Stage::MQL, {}, 45);
        move(l4, "2026-03-01", Stage::MQL, Stage::SAL);
        move(l4, "2026-03-07", Stage::SAL, Stage::Disqualified, QStringLiteral("No budget"));
        move(l4, "2026-03-08", Stage::Disqualified, Stage::New, QStringLiteral("Reopened"));
        move(l4, "2026-03-09", Stage::New, Stage::MQL);

        const qint64 l5 = lead("l5", "", "", "2026-03-05", Stage::Nurture, "2026-03-08", 20);
        move(l5, "2026-03-06", Stage::New, Stage::MQL, {}, 60);
        move(l5, "2026-03-08", Stage::MQL, Stage::Nurture, QStringLiteral("Bad timing"));

        lead("l6", "Website", "", "2026-03-31", Stage::New, "2026-03-31", -5);

        const qint64 l7 =
            lead("l7", "Website", "sdr-a", "2026-01-05", Stage::Converted, "2026-01-20", 90);
        move(l7, "2026-01-06", Stage::New, Stage::MQL, {}, 90);
        move(l7, "2026-01-07", Stage::MQL, Stage::SAL);
        move(l7, "2026-01-10", Stage::SAL, Stage::SQL);
        move(l7, "2026-01-20", Stage::SQL, Stage::Converted);
        deal(l7, 20000,
             {{"2026-01-20", OpportunityStage::Prospecting},
              {"2026-02-10", OpportunityStage::Negotiation}});
        transaction.commit();
    }

private:
    qint64 lead(const char* name, const char* source, const char* owner, const char* created,
                Stage stage, const char* stageChanged, int score)
    {
        Lead lead;
        lead.email = QStringLiteral("%1@example.fi").arg(QLatin1String(name));
        lead.firstName = QString::fromLatin1(name).toUpper();
        lead.lastName = QStringLiteral("Report");
        lead.source = QString::fromLatin1(source);
        lead.owner = QString::fromLatin1(owner);
        lead.createdAt = at(created);
        lead.stage = stage;
        lead.stageChangedAt = at(stageChanged);
        lead.score.total = score;
        m_workspace.leads().insert(lead, QStringLiteral("test"));
        StageChange creation;
        creation.leadId = lead.id;
        creation.at = lead.createdAt;
        creation.to = Stage::New;
        creation.by = QStringLiteral("test");
        m_workspace.history().append(creation);
        return lead.id;
    }

    void move(qint64 leadId, const char* day, Stage from, Stage to, const QString& reason = {},
              std::optional<int> score = std::nullopt)
    {
        StageChange change;
        change.leadId = leadId;
        change.at = at(day);
        change.from = from;
        change.to = to;
        change.by = QStringLiteral("test");
        change.reason = reason;
        change.score = score;
        m_workspace.history().append(change);
    }

    void deal(qint64 leadId, double amount,
              const QList<QPair<const char*, OpportunityStage>>& steps)
    {
        Account account;
        account.name = QStringLiteral("Account %1").arg(leadId);
        account.createdAt = at(steps.constFirst().first);
        account.createdBy = QStringLiteral("test");
        m_crm->insertAccount(account);
        Opportunity opportunity;
        opportunity.accountId = account.id;
        opportunity.leadId = leadId;
        opportunity.name = QStringLiteral("Deal %1").arg(leadId);
        opportunity.amount = amount;
        opportunity.stage = steps.constLast().second;
        opportunity.createdAt = at(steps.constFirst().first);
        opportunity.updatedAt = at(steps.constLast().first);
        m_crm->insertOpportunity(opportunity);
        std::optional<OpportunityStage> previous;
        for (const auto& [day, stage] : steps) {
            OpportunityStageChange change;
            change.opportunityId = opportunity.id;
            change.at = at(day);
            change.from = previous;
            change.to = stage;
            change.amount = amount;
            change.by = QStringLiteral("test");
            m_crm->appendOpportunityHistory(change);
            previous = stage;
        }
    }

    Workspace& m_workspace;
    CrmStore* m_crm; // the workspace's
};

} // namespace lb::test
