// The account and opportunity lists and the buying committee (issue 20) over the hand-built
// workspace of crmfixture.h, read through Workspace::crmLists().
#include "core/crm/crmfixture.h"
#include "crm/committee.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace lb;
using namespace lb::test;

namespace {

class CrmListsTest : public ::testing::Test
{
protected:
    void SetUp() override { f = CrmWorkspaceBuilder(temp.workspace()).build(); }

    QList<qint64> accountIds(const AccountQuery& query)
    {
        QList<qint64> ids;
        for (const AccountRow& row : temp.workspace().crmLists().accounts(query))
            ids << row.id;
        return ids;
    }

    QList<qint64> opportunityIds(const OpportunityQuery& query)
    {
        QList<qint64> ids;
        for (const OpportunityRow& row : temp.workspace().crmLists().opportunities(query))
            ids << row.id;
        return ids;
    }

    QList<qint64> leadIds(const CommitteeKey& key)
    {
        QList<qint64> ids;
        for (const CommitteeLead& lead : temp.workspace().crmLists().committeeLeads(key, 100))
            ids << lead.id;
        return ids;
    }

    TempWorkspace temp;
    CrmFixture f;
};

} // namespace

TEST_F(CrmListsTest, AccountsByNameIgnoringCaseThenId)
{
    EXPECT_EQ(accountIds({}), (QList<qint64>{f.a1, f.a2, f.a3, f.a4}));
}

TEST_F(CrmListsTest, AccountFiguresAreWorkedOutFromContactsAndDeals)
{
    const QList<AccountRow> rows = temp.workspace().crmLists().accounts({});
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0].name, "Acme Oy");
    EXPECT_EQ(rows[0].domain, "acme.fi");
    EXPECT_EQ(rows[0].owner, "ae-a");
    EXPECT_EQ(rows[0].contacts, 2);
    EXPECT_DOUBLE_EQ(rows[0].openPipeline, 4000); // O1 1,000 + O6 3,000
    EXPECT_DOUBLE_EQ(rows[0].won, 0);
    EXPECT_EQ(rows[1].contacts, 1);
    EXPECT_DOUBLE_EQ(rows[1].openPipeline, 2000); // O4; O2 won, O3 lost
    EXPECT_DOUBLE_EQ(rows[1].won, 5000);
    EXPECT_EQ(rows[2].contacts, 0);
    EXPECT_DOUBLE_EQ(rows[2].openPipeline, 0); // O5 has no amount
    EXPECT_TRUE(rows[2].owner.isEmpty());
    const std::optional<AccountRow> one = temp.workspace().crmLists().accountRow(f.a2);
    ASSERT_TRUE(one);
    EXPECT_DOUBLE_EQ(one->won, 5000);
    EXPECT_FALSE(temp.workspace().crmLists().accountRow(9999));
}

TEST_F(CrmListsTest, AccountPagesContinueAfterTheLastRowEvenAtATiedName)
{
    AccountQuery query;
    query.limit = 2;
    EXPECT_EQ(accountIds(query), (QList<qint64>{f.a1, f.a2}));
    query.after = temp.workspace().crmLists().accountRow(f.a2);
    EXPECT_EQ(accountIds(query), (QList<qint64>{f.a3, f.a4}));
    // "Gamma" and "gamma" are one name to the order: the id decides.
    query.after = temp.workspace().crmLists().accountRow(f.a3);
    EXPECT_EQ(accountIds(query), (QList<qint64>{f.a4}));
    query.after = temp.workspace().crmLists().accountRow(f.a4);
    EXPECT_TRUE(accountIds(query).isEmpty());
}

TEST_F(CrmListsTest, AccountSearchFindsNameOrDomainParts)
{
    EXPECT_EQ(accountIds({.search = "acme"}), (QList<qint64>{f.a1}));
    EXPECT_EQ(accountIds({.search = "BETA.SE"}), (QList<qint64>{f.a2}));
    EXPECT_EQ(accountIds({.search = "amm"}), (QList<qint64>{f.a3, f.a4}));
    EXPECT_TRUE(accountIds({.search = "%"}).isEmpty()); // a wildcard is a character here
    EXPECT_TRUE(accountIds({.search = "nowhere"}).isEmpty());
}

TEST_F(CrmListsTest, OpportunitiesNewestFirstAndPaged)
{
    EXPECT_EQ(opportunityIds({}), (QList<qint64>{f.o6, f.o5, f.o4, f.o3, f.o2, f.o1}));
    OpportunityQuery query;
    query.limit = 2;
    EXPECT_EQ(opportunityIds(query), (QList<qint64>{f.o6, f.o5}));
    query.beforeId = f.o5;
    EXPECT_EQ(opportunityIds(query), (QList<qint64>{f.o4, f.o3}));
    query.beforeId = f.o3;
    EXPECT_EQ(opportunityIds(query), (QList<qint64>{f.o2, f.o1}));
    query.beforeId = f.o1;
    EXPECT_TRUE(opportunityIds(query).isEmpty());
}

TEST_F(CrmListsTest, OpportunityFilters)
{
    EXPECT_EQ(opportunityIds({.stage = OpportunityStage::Negotiation}),
              (QList<qint64>{f.o6, f.o4}));
    EXPECT_EQ(opportunityIds({.owner = "ae-b"}), (QList<qint64>{f.o4, f.o3, f.o2}));
    EXPECT_EQ(opportunityIds({.owner = "AE-A"}), (QList<qint64>{f.o6, f.o1})); // as users compare
    EXPECT_TRUE(opportunityIds({.owner = "nobody"}).isEmpty());
    // Closing before 15 February: O4 (1 Feb) and O1 (15 Jan); O5 has no close date.
    EXPECT_EQ(opportunityIds({.closingBefore = QDate(2026, 2, 15)}), (QList<qint64>{f.o4, f.o1}));
    // Overdue on 1 March: still open and due before it (O3 is lost, O2 won).
    EXPECT_EQ(opportunityIds({.overdueOn = QDate(2026, 3, 1)}), (QList<qint64>{f.o4, f.o1}));
    EXPECT_EQ(opportunityIds({.owner = "ae-b", .overdueOn = QDate(2026, 3, 1)}),
              (QList<qint64>{f.o4}));
    EXPECT_EQ(opportunityIds({.search = "expansion"}), (QList<qint64>{f.o6}));
    EXPECT_EQ(opportunityIds({.accountId = f.a2}), (QList<qint64>{f.o4, f.o3, f.o2}));
}

// "Closing before" reads few deals from the close-date index and walks many newest first
// (schema version 14): either way the same deals, newest first, page after page.
TEST_F(CrmListsTest, ClosingBeforeFindsTheSameDealsWhetherFewOrManyClose)
{
    {
        auto writer = temp.workspace().bulkWriter({});
        for (int n = 0; n < 12000; ++n) {
            Opportunity o;
            o.accountId = f.a3;
            o.name = QStringLiteral("Bulk %1").arg(n);
            o.stage = OpportunityStage::Proposal;
            o.closeDate = QDate(2027, 1, 1).addDays(n % 700); // 2027-01-01 .. 2028-12-01
            o.createdAt = crmAt("2026-01-10");
            writer->addOpportunity(o);
        }
        writer->commit();
    }
    // Every deal, read once, to say by hand which close before a day.
    QList<OpportunityRow> every;
    for (OpportunityQuery all{.limit = 1000};;) {
        const QList<OpportunityRow> page = temp.workspace().crmLists().opportunities(all);
        if (page.isEmpty())
            break;
        every << page;
        all.beforeId = page.constLast().id;
    }
    ASSERT_EQ(every.size(), 12006);
    // Few (the fixture's three dated before March), none, some hundreds, most of them.
    for (const QDate day :
         {QDate(2026, 3, 1), QDate(2025, 1, 1), QDate(2027, 1, 20), QDate(2028, 11, 1)}) {
        QList<qint64> expected;
        for (const OpportunityRow& row : every)
            if (row.closeDate.isValid() && row.closeDate < day)
                expected << row.id;
        QList<qint64> found;
        for (OpportunityQuery closing{.closingBefore = day, .limit = 250};;) {
            const QList<qint64> page = opportunityIds(closing);
            if (page.isEmpty())
                break;
            found << page;
            closing.beforeId = page.constLast();
        }
        EXPECT_EQ(found, expected) << day.toString(Qt::ISODate).toStdString();
    }
}

TEST_F(CrmListsTest, TheOwnerFilterOffersTheUsersWhoOwnADeal)
{
    temp.workspace().users().ensure("Zoe, who owns no deal");
    temp.workspace().users().ensure("Aaron, who owns no deal");
    EXPECT_EQ(temp.workspace().crmLists().opportunityOwners(), (QStringList{"ae-a", "ae-b"}));
}

TEST_F(CrmListsTest, OpportunityRowCarriesAccountOwnerSourceAndAge)
{
    const QList<OpportunityRow> rows =
        temp.workspace().crmLists().opportunities({.accountId = f.a2});
    ASSERT_EQ(rows.size(), 3);
    const OpportunityRow& won = rows[2];
    EXPECT_EQ(won.id, f.o2);
    EXPECT_EQ(won.name, "Beta licence");
    EXPECT_EQ(won.accountName, "beta AB");
    EXPECT_EQ(won.owner, "ae-b");
    EXPECT_EQ(won.leadSource, "Webinar"); // L5's
    EXPECT_EQ(won.leadId, f.l5);
    EXPECT_EQ(won.stage, OpportunityStage::Won);
    EXPECT_EQ(won.amount, 5000.0);
    EXPECT_EQ(won.closeDate, QDate(2026, 3, 1));
    EXPECT_EQ(won.stageChangedAt, crmAt("2026-01-10"));
    EXPECT_TRUE(rows[0].leadSource.isEmpty()); // O4 came from no lead
}

TEST_F(CrmListsTest, TheAccountsCommitteeIsItsConvertedLeadsAndItsCompanysLeads)
{
    const Account acme = *temp.workspace().crm().account(f.a1);
    // L1 converted into it, L2 same name and domain, L3 same name, L4 same domain.
    EXPECT_EQ(leadIds(committeeOfAccount(acme)), (QList<qint64>{f.l1, f.l2, f.l3, f.l4}));
    QList<qint64> contacts;
    for (const Contact& c :
         temp.workspace().crmLists().committeeContacts(committeeOfAccount(acme), 10))
        contacts << c.id;
    EXPECT_EQ(contacts, (QList<qint64>{f.c1, f.c2}));
    const Account beta = *temp.workspace().crm().account(f.a2);
    EXPECT_EQ(leadIds(committeeOfAccount(beta)), (QList<qint64>{f.l5}));

    const QList<CommitteeLead> leads =
        temp.workspace().crmLists().committeeLeads(committeeOfAccount(acme), 100);
    EXPECT_EQ(leads[0].convertedAccountId, f.a1);
    EXPECT_EQ(leads[0].convertedContactId, f.c1);
    EXPECT_EQ(leads[1].email, "bertil@acme.fi");
    EXPECT_EQ(leads[1].owner, "ae-b");
    EXPECT_EQ(leads[1].title, "Buyer");
    EXPECT_FALSE(leads[1].convertedAccountId);
}

TEST_F(CrmListsTest, ALeadsCommitteeLeavesItOutAndFreeMailMatchesNoDomain)
{
    const Lead bertil = *temp.workspace().leads().find(f.l2);
    EXPECT_EQ(leadIds(committeeOfLead(bertil)), (QList<qint64>{f.l1, f.l3, f.l4}));
    // carl@gmail.com: by the company name only, never by gmail.com.
    const Lead carl = *temp.workspace().leads().find(f.l3);
    EXPECT_EQ(leadIds(committeeOfLead(carl)), (QList<qint64>{f.l1, f.l2}));
    const Lead zed = *temp.workspace().leads().find(f.l6);
    EXPECT_TRUE(leadIds(committeeOfLead(zed)).isEmpty());
    const Lead anna = *temp.workspace().leads().find(f.l1);
    QList<qint64> contacts;
    for (const Contact& c :
         temp.workspace().crmLists().committeeContacts(committeeOfLead(anna), 10))
        contacts << c.id;
    EXPECT_EQ(contacts, (QList<qint64>{f.c1, f.c2}));
}

TEST_F(CrmListsTest, AccountContactsById)
{
    QList<qint64> ids;
    for (const Contact& c : temp.workspace().crmLists().contactsOf(f.a1, 1))
        ids << c.id;
    EXPECT_EQ(ids, (QList<qint64>{f.c1}));
    EXPECT_EQ(temp.workspace().crmLists().contactsOf(f.a1, 10).size(), 2);
    EXPECT_TRUE(temp.workspace().crmLists().contactsOf(f.a3, 10).isEmpty());
}
