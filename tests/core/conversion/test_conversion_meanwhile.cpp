// Conversions whose preview no longer holds when they are written: the new account or contact
// a preview shows was made meanwhile by another conversion (a colleague, another window,
// another process). The write uses that one instead of making a second.
#include "conversion/conversionservice.h"
#include "core/lifecycle/leadfixtures.h"
#include "store/crmstore.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;

class ConversionMeanwhileTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    ConversionService conversion{workspace};
    CrmStore* crm = &workspace.crm();
    // A second connection to the same file, as another window or process has.
    std::unique_ptr<Workspace> otherWorkspace = openWorkspace(temp.path());
    ConversionService other{*otherWorkspace};

    Lead sqlLead(const QString& email, const QString& company)
    {
        return addLead(workspace, email, company, Stage::SQL);
    }
    qint64 contactsWithEmail(const QString& email)
    {
        qint64 count = 0;
        for (const Account& account : crm->searchAccounts(QString(), 1000)) {
            if (crm->contactByEmail(account.id, email))
                ++count;
        }
        return count;
    }
};

TEST_F(ConversionMeanwhileTest, APreviewOfANewAccountAttachesToTheOneMadeMeanwhile)
{
    const Lead aino = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const Lead ville = sqlLead("ville@nordicwidgets.fi", "Nordic Widgets");
    ConversionOptions options;
    options.opportunity = OpportunityDraft{"Line 2", 1000.0, {}, OpportunityStage::Prospecting};
    // Both previews are made while the company has no account yet.
    const ConversionPlan ainoPlan = other.plan(aino, options);
    const ConversionPlan villePlan = conversion.plan(ville, options);
    ASSERT_TRUE(ainoPlan.createAccount);
    ASSERT_TRUE(villePlan.createAccount);

    const ConversionResult first = other.execute(ainoPlan, "sdr1");
    EXPECT_TRUE(first.accountCreated);
    EXPECT_FALSE(first.accountFoundMeanwhile);

    const ConversionResult second = conversion.execute(villePlan, "sdr2");
    EXPECT_FALSE(second.accountCreated);
    EXPECT_TRUE(second.accountFoundMeanwhile);
    EXPECT_EQ(second.link.accountId, first.link.accountId);
    EXPECT_FALSE(second.executed.createAccount);
    EXPECT_EQ(second.executed.account.id, first.link.accountId);
    EXPECT_EQ(second.executed.accountMatch, AccountMatch::Domain);
    // A colleague is a contact of their own under the same account.
    EXPECT_TRUE(second.contactCreated);
    EXPECT_FALSE(second.contactFoundMeanwhile);
    EXPECT_NE(second.link.contactId, first.link.contactId);
    EXPECT_EQ(crm->contact(second.link.contactId)->accountId, first.link.accountId);

    ASSERT_EQ(crm->accountsByDomain("nordicwidgets.fi").size(), 1);
    EXPECT_EQ(crm->accountsByNormalizedName("nordic widgets").size(), 1);
    EXPECT_EQ(crm->opportunity(*first.link.opportunityId)->accountId, first.link.accountId);
    EXPECT_EQ(crm->opportunity(*second.link.opportunityId)->accountId, first.link.accountId);
    EXPECT_EQ(workspace.leads().find(ville.id)->converted->accountId, first.link.accountId);

    // Undoing the second keeps the account it did not make; redoing finds it again.
    conversion.undo(second, "sdr2");
    EXPECT_TRUE(crm->account(first.link.accountId));
    const ConversionResult redone = conversion.redo(villePlan, "sdr2");
    EXPECT_FALSE(redone.accountCreated);
    EXPECT_EQ(redone.link.accountId, first.link.accountId);
    EXPECT_EQ(crm->accountsByDomain("nordicwidgets.fi").size(), 1);
}

TEST_F(ConversionMeanwhileTest, TheSameEmailMakesOneContactWhenBothAreConvertedAtOnce)
{
    // The same person came in twice (a form and an import), converted by two SDRs at once.
    const Lead fromForm = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const Lead fromImport = sqlLead("Aino@NordicWidgets.fi", "Nordic Widgets Oy");
    const ConversionPlan formPlan = other.plan(fromForm, {});
    const ConversionPlan importPlan = conversion.plan(fromImport, {});
    const ConversionResult first = other.execute(formPlan, "sdr1");
    const ConversionResult second = conversion.execute(importPlan, "sdr2");
    EXPECT_TRUE(second.accountFoundMeanwhile);
    EXPECT_TRUE(second.contactFoundMeanwhile);
    EXPECT_FALSE(second.contactCreated);
    EXPECT_EQ(second.link.accountId, first.link.accountId);
    EXPECT_EQ(second.link.contactId, first.link.contactId);
    EXPECT_EQ(crm->accountsByDomain("nordicwidgets.fi").size(), 1);
    EXPECT_EQ(contactsWithEmail("aino@nordicwidgets.fi"), 1);
}

TEST_F(ConversionMeanwhileTest, AContactMadeMeanwhileUnderAnExistingAccountIsReused)
{
    Account account;
    account.name = "Nordic Widgets";
    account.domain = "nordicwidgets.fi";
    account.createdBy = "crm";
    crm->insertAccount(account);
    const Lead first = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const Lead second = sqlLead("AINO@nordicwidgets.fi", "Nordic Widgets Oy");
    const ConversionPlan firstPlan = other.plan(first, {});
    ConversionPlan secondPlan = conversion.plan(second, {});
    ASSERT_FALSE(secondPlan.createAccount);
    ASSERT_TRUE(secondPlan.createContact);
    // The SDR unticked the phone: it stays unwritten on the contact found. (The account's
    // fields too: the first conversion fills them, and a preview of an account changed since is
    // refused as a conflict, which is another matter.)
    for (FieldChange& change : secondPlan.contactFields) {
        if (change.field == "phone")
            change.write = false;
    }
    for (FieldChange& change : secondPlan.accountFields)
        change.write = false;
    const ConversionResult made = other.execute(firstPlan, "sdr1");
    Contact edited = *crm->contact(made.link.contactId);
    edited.phone.clear();
    crm->updateContact(edited);

    const ConversionResult reused = conversion.execute(secondPlan, "sdr2");
    EXPECT_FALSE(reused.accountFoundMeanwhile); // the account was there all along
    EXPECT_TRUE(reused.contactFoundMeanwhile);
    EXPECT_EQ(reused.link.contactId, made.link.contactId);
    EXPECT_TRUE(crm->contact(made.link.contactId)->phone.isEmpty());
    EXPECT_EQ(contactsWithEmail("aino@nordicwidgets.fi"), 1);
}

TEST_F(ConversionMeanwhileTest, ANewAccountChosenOverTheMatchesStaysNew)
{
    // "New account" picked on purpose (a subsidiary sharing the domain, say) is not matched.
    const Lead aino = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const Lead ville = sqlLead("ville@nordicwidgets.fi", "Nordic Widgets Oy");
    ConversionOptions newAccount;
    newAccount.account = AccountChoice::New;
    const ConversionPlan villePlan = conversion.plan(ville, newAccount);
    other.execute(other.plan(aino, {}), "sdr1");
    const ConversionResult result = conversion.execute(villePlan, "sdr2");
    EXPECT_TRUE(result.accountCreated);
    EXPECT_FALSE(result.accountFoundMeanwhile);
    EXPECT_EQ(crm->accountsByDomain("nordicwidgets.fi").size(), 2);
}
