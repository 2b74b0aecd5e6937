// Conversion: every account/contact path, the preview, carried-over notes, read-only after,
// and atomicity (a failure midway leaves nothing).
#include "conversion/conversionservice.h"
#include "conversion/emaildomain.h"
#include "core/lifecycle/leadfixtures.h"
#include "crm/opportunityservice.h"
#include "lifecycle/leadguard.h"
#include "lifecycle/lifecycleservice.h"
#include "model/companyname.h"
#include "store/crmstore.h"
#include "store/qualificationstore.h"
#include "store/storeerror.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;
using lb::test::answer;

class ConversionTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    ConversionService conversion{workspace};
    QualificationService qualification{workspace};
    CrmStore* crm = &workspace.crm();

    Lead sqlLead(const QString& email, const QString& company)
    {
        return addLead(workspace, email, company, Stage::SQL);
    }
    Account account(const QString& name, const QString& domain, const QString& city = {})
    {
        Account a;
        a.name = name;
        a.domain = domain;
        a.city = city;
        a.createdBy = "crm";
        crm->insertAccount(a);
        return a;
    }
    const FieldChange* field(const QList<FieldChange>& fields, const QString& key)
    {
        for (const FieldChange& f : fields) {
            if (f.field == key)
                return &f;
        }
        return nullptr;
    }
};

TEST(EmailDomain, FreeMailNeverNamesACompany)
{
    EXPECT_EQ(emailDomain("Aino@NordicWidgets.FI"), "nordicwidgets.fi");
    EXPECT_TRUE(isFreeMailDomain("gmail.com"));
    EXPECT_TRUE(isFreeMailDomain("Hotmail.FI"));
    EXPECT_TRUE(isFreeMailDomain("luukku.com"));
    EXPECT_FALSE(isFreeMailDomain("nordicwidgets.fi"));
    EXPECT_EQ(companyDomain("someone@gmail.com"), "");
    EXPECT_EQ(companyDomain("x@acme.se"), "acme.se");
    EXPECT_EQ(normalizeCompanyName("Nordic Widgets Oy"), normalizeCompanyName("nordic widgets"));
}

TEST_F(ConversionTest, NewAccountContactAndOpportunity)
{
    Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    ConversionOptions options;
    options.opportunity =
        OpportunityDraft{"Widgets line 2", 48000.0, QDate(2027, 3, 31), OpportunityStage::Proposal};
    const ConversionPlan plan = conversion.plan(lead, options);
    EXPECT_TRUE(plan.createAccount);
    EXPECT_TRUE(plan.createContact);
    EXPECT_EQ(plan.accountMatch, AccountMatch::None);
    EXPECT_EQ(field(plan.accountFields, "name")->proposed, "Nordic Widgets Oy");
    EXPECT_EQ(field(plan.accountFields, "domain")->proposed, "nordicwidgets.fi");
    EXPECT_TRUE(field(plan.accountFields, "city")->write);
    EXPECT_EQ(plan.currency, "EUR");

    const ConversionResult result = conversion.execute(plan, "sdr1");
    EXPECT_TRUE(result.accountCreated);
    EXPECT_TRUE(result.contactCreated);
    const Account account = *crm->account(result.link.accountId);
    EXPECT_EQ(account.name, "Nordic Widgets Oy");
    EXPECT_EQ(account.domain, "nordicwidgets.fi");
    EXPECT_EQ(account.city, "Tampere");
    EXPECT_EQ(account.employees, 120);
    const Contact contact = *crm->contact(result.link.contactId);
    EXPECT_EQ(contact.accountId, account.id);
    EXPECT_EQ(contact.email, "aino@nordicwidgets.fi");
    EXPECT_EQ(contact.title, "CTO");
    ASSERT_TRUE(result.link.opportunityId);
    const Opportunity opportunity = *crm->opportunity(*result.link.opportunityId);
    EXPECT_EQ(opportunity.name, "Widgets line 2");
    EXPECT_EQ(opportunity.amount, 48000.0);
    EXPECT_EQ(opportunity.currency, "EUR");
    EXPECT_EQ(opportunity.closeDate, QDate(2027, 3, 31));
    EXPECT_EQ(opportunity.stage, OpportunityStage::Proposal);
    EXPECT_EQ(opportunity.leadId, lead.id);
    EXPECT_EQ(opportunity.contactId, contact.id);
    const QList<OpportunityStageChange> history = crm->opportunityHistory(opportunity.id);
    ASSERT_EQ(history.size(), 1);
    EXPECT_FALSE(history.at(0).from);
    EXPECT_EQ(history.at(0).to, OpportunityStage::Proposal);
    EXPECT_TRUE(history.at(0).at.isValid());

    const Lead stored = *workspace.leads().find(lead.id);
    EXPECT_EQ(stored.stage, Stage::Converted);
    ASSERT_TRUE(stored.converted);
    EXPECT_EQ(stored.converted->accountId, account.id);
    EXPECT_EQ(stored.converted->contactId, contact.id);
    EXPECT_EQ(stored.converted->opportunityId, opportunity.id);
    const StageChange last = workspace.history().forLead(lead.id).constLast();
    EXPECT_EQ(last.from, Stage::SQL);
    EXPECT_EQ(last.to, Stage::Converted);
    EXPECT_EQ(last.by, "sdr1");
}

TEST_F(ConversionTest, WithoutOpportunity)
{
    const Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const ConversionResult result = conversion.execute(conversion.plan(lead, {}), "sdr1");
    EXPECT_FALSE(result.link.opportunityId);
    EXPECT_FALSE(workspace.leads().find(lead.id)->converted->opportunityId);
    EXPECT_FALSE(crm->opportunity(1));
}

TEST_F(ConversionTest, ExistingAccountByDomainFillsOnlyEmptyFields)
{
    const Account existing = account("NW Group", "nordicwidgets.fi", "Helsinki");
    const Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const ConversionPlan plan = conversion.plan(lead, {});
    EXPECT_FALSE(plan.createAccount);
    EXPECT_EQ(plan.account.id, existing.id);
    EXPECT_EQ(plan.accountMatch, AccountMatch::Domain);
    // The preview: name and city differ and are kept; industry is empty and filled.
    EXPECT_FALSE(field(plan.accountFields, "name")->write);
    EXPECT_EQ(field(plan.accountFields, "city")->current, "Helsinki");
    EXPECT_EQ(field(plan.accountFields, "city")->proposed, "Tampere");
    EXPECT_FALSE(field(plan.accountFields, "city")->write);
    EXPECT_TRUE(field(plan.accountFields, "industry")->write);

    const ConversionResult result = conversion.execute(plan, "sdr1");
    EXPECT_FALSE(result.accountCreated);
    const Account after = *crm->account(existing.id);
    EXPECT_EQ(after.name, "NW Group");
    EXPECT_EQ(after.city, "Helsinki");
    EXPECT_EQ(after.industry, "Manufacturing");
    EXPECT_EQ(after.version, existing.version + 1);
}

TEST_F(ConversionTest, OverwriteReplacesDifferingFields)
{
    const Account existing = account("NW Group", "nordicwidgets.fi", "Helsinki");
    const Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    ConversionOptions options;
    options.merge = MergePolicy::Overwrite;
    const ConversionPlan plan = conversion.plan(lead, options);
    EXPECT_TRUE(field(plan.accountFields, "city")->write);
    conversion.execute(plan, "sdr1");
    EXPECT_EQ(crm->account(existing.id)->city, "Tampere");
    EXPECT_EQ(crm->account(existing.id)->name, "Nordic Widgets Oy");
}

TEST_F(ConversionTest, ExistingAccountByNormalisedName)
{
    const Account existing = account("NORDIC WIDGETS", "");
    const Lead lead = sqlLead("aino@gmail.com", "Nordic Widgets Oy");
    const QList<AccountSuggestion> suggestions = conversion.suggestAccounts(lead);
    ASSERT_EQ(suggestions.size(), 1);
    EXPECT_EQ(suggestions.at(0).match, AccountMatch::Name);
    const ConversionPlan plan = conversion.plan(lead, {});
    EXPECT_EQ(plan.account.id, existing.id);
    EXPECT_EQ(plan.accountMatch, AccountMatch::Name);
    // A free-mail domain is never written to the account.
    EXPECT_TRUE(field(plan.accountFields, "domain")->proposed.isEmpty());
    const ConversionResult result = conversion.execute(plan, "sdr1");
    EXPECT_EQ(result.link.accountId, existing.id);
    EXPECT_TRUE(crm->account(existing.id)->domain.isEmpty());
}

TEST_F(ConversionTest, FreeMailDomainsDoNotMatch)
{
    account("Someone Else Ab", "gmail.com");
    const Lead lead = sqlLead("aino@gmail.com", "Brand New Oy");
    EXPECT_TRUE(conversion.suggestAccounts(lead).isEmpty());
    EXPECT_TRUE(conversion.plan(lead, {}).createAccount);
}

TEST_F(ConversionTest, DomainMatchesComeBeforeNameMatches)
{
    const Account byName = account("Nordic Widgets", "other.fi");
    const Account byDomain = account("NW Holding", "nordicwidgets.fi");
    const Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const QList<AccountSuggestion> suggestions = conversion.suggestAccounts(lead);
    ASSERT_EQ(suggestions.size(), 2);
    EXPECT_EQ(suggestions.at(0).account.id, byDomain.id);
    EXPECT_EQ(suggestions.at(1).account.id, byName.id);
    // The user may pick another, or a new one.
    ConversionOptions options;
    options.account = AccountChoice::Existing;
    options.accountId = byName.id;
    EXPECT_EQ(conversion.plan(lead, options).account.id, byName.id);
    options.account = AccountChoice::New;
    EXPECT_TRUE(conversion.plan(lead, options).createAccount);
    options.account = AccountChoice::Existing;
    options.accountId = 4242;
    EXPECT_THROW(conversion.plan(lead, options), ConversionError);
}

TEST_F(ConversionTest, ExistingContactWithTheSameEmailIsReused)
{
    const Account existing = account("Nordic Widgets", "nordicwidgets.fi");
    Contact contact;
    contact.accountId = existing.id;
    contact.email = "Aino@NordicWidgets.fi";
    contact.firstName = "Aino";
    contact.createdBy = "crm";
    crm->insertContact(contact);
    const Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const ConversionPlan plan = conversion.plan(lead, {});
    EXPECT_FALSE(plan.createContact);
    EXPECT_EQ(plan.contact.id, contact.id);
    EXPECT_FALSE(field(plan.contactFields, "first_name")->write); // same value
    EXPECT_TRUE(field(plan.contactFields, "last_name")->write);   // empty: filled
    const ConversionResult result = conversion.execute(plan, "sdr1");
    EXPECT_FALSE(result.contactCreated);
    EXPECT_EQ(result.link.contactId, contact.id);
    EXPECT_EQ(crm->contact(contact.id)->lastName, "Virtanen");
    EXPECT_EQ(crm->contact(contact.id)->phone, "+358 40 123 4567");
}

TEST_F(ConversionTest, NotesAndTheLinkFollowTheLeadToTheContact)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SAL);
    lead.notes = "Met at Slush";
    workspace.leads().update(lead, "sdr1");
    crm->addNote(lead.id, std::nullopt, "Called, wants a demo", "sdr1");
    answer(qualification, lead, "BANT", "budget", AnswerStatus::Confirmed, "1000");
    // Promote to SQL via a manager override to have a convertible lead with answers.
    workspace.qualification().setUserRole("maija", "manager");
    LifecycleService(workspace).move(lead, MoveRequest{Stage::SQL, parseStageReason("ok"), true},
                                     "maija");
    const ConversionPlan plan = conversion.plan(lead, {});
    EXPECT_EQ(plan.noteCount, 2);
    EXPECT_EQ(plan.answerCount, 1);
    const ConversionResult result = conversion.execute(plan, "sdr1");
    // The lead's note, its notes field, and the record of where the contact came from.
    EXPECT_EQ(crm->noteCountForContact(result.link.contactId), 3);
    EXPECT_EQ(crm->noteCountForLead(lead.id), 3);
}

TEST_F(ConversionTest, OnlySqlLeadsConvertAndConvertedLeadsAreReadOnly)
{
    const Lead sal = addLead(workspace, "sal@x.fi", "X Oy", Stage::SAL);
    try {
        conversion.plan(sal, {});
        FAIL();
    } catch (const ConversionError& error) {
        EXPECT_TRUE(error.message().contains("SAL"));
    }
    const Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const ConversionPlan plan = conversion.plan(lead, {});
    const ConversionResult result = conversion.execute(plan, "sdr1");

    // Executing the same plan again, or planning anew, names what it became.
    try {
        conversion.execute(plan, "sdr2");
        FAIL();
    } catch (const ConversionError& error) {
        EXPECT_TRUE(
            error.message().contains(QStringLiteral("account %1").arg(result.link.accountId)))
            << error.message().toStdString();
    }
    Lead converted = *workspace.leads().find(lead.id);
    EXPECT_THROW(conversion.plan(converted, {}), ConversionError);
    EXPECT_THROW(answer(qualification, converted, "BANT", "need", AnswerStatus::Confirmed),
                 QualificationError);
    LifecycleService lifecycle(workspace);
    try {
        lifecycle.move(converted,
                       MoveRequest{Stage::Disqualified, parseStageReason("duplicate"), false},
                       "sdr1");
        FAIL();
    } catch (const LifecycleRefused& refused) {
        EXPECT_EQ(refused.decision().rule, MoveRule::ReadOnly);
    }
    EXPECT_EQ(crm->accountsByDomain("nordicwidgets.fi").size(), 1);
}

TEST_F(ConversionTest, AStaleLeadFailsInTheLastStepAndLeavesNothing)
{
    Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    crm->addNote(lead.id, std::nullopt, "Called", "sdr1");
    ConversionOptions options;
    options.opportunity = OpportunityDraft{"Deal", 1000.0, {}, OpportunityStage::Prospecting};
    const ConversionPlan plan = conversion.plan(lead, options);
    // Someone edits the lead after the preview was shown.
    Lead other = lead;
    other.phone = "+358 50 000 0000";
    workspace.leads().update(other, "sdr2");
    try {
        conversion.execute(plan, "sdr1");
        FAIL();
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Conflict);
        EXPECT_TRUE(error.message().contains("sdr2"));
    }
    EXPECT_TRUE(crm->accountsByDomain("nordicwidgets.fi").isEmpty());
    EXPECT_TRUE(crm->accountsByNormalizedName("nordic widgets").isEmpty());
    EXPECT_FALSE(crm->contact(1));
    EXPECT_FALSE(crm->opportunity(1));
    EXPECT_EQ(crm->noteCountForContact(1), 0);
    EXPECT_EQ(crm->noteCountForLead(lead.id), 1);
    const Lead stored = *workspace.leads().find(lead.id);
    EXPECT_EQ(stored.stage, Stage::SQL);
    EXPECT_FALSE(stored.converted);
}

TEST_F(ConversionTest, AConstraintFailureMidwayLeavesNothing)
{
    const Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    ConversionOptions options;
    options.opportunity = OpportunityDraft{"Deal", 1000.0, {}, OpportunityStage::Prospecting};
    ConversionPlan plan = conversion.plan(lead, options);
    // A plan pointing at an account that does not exist: the contact's foreign key fails
    // after the account step.
    plan.createAccount = false;
    plan.account.id = 4242;
    for (FieldChange& change : plan.accountFields)
        change.write = false;
    EXPECT_THROW(conversion.execute(plan, "sdr1"), StoreError);
    EXPECT_FALSE(crm->contact(1));
    EXPECT_FALSE(crm->opportunity(1));
    EXPECT_FALSE(workspace.leads().find(lead.id)->converted);
    // The same lead converts cleanly afterwards.
    const ConversionResult result = conversion.execute(conversion.plan(lead, options), "sdr1");
    EXPECT_TRUE(result.accountCreated);
}

TEST_F(ConversionTest, OpportunityProgressIsRecordedWithHistory)
{
    const Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    ConversionOptions options;
    options.opportunity = OpportunityDraft{"Deal", 1000.0, {}, OpportunityStage::Prospecting};
    const qint64 id =
        *conversion.execute(conversion.plan(lead, options), "sdr1").link.opportunityId;
    // Worked after conversion by the opportunity service (issue 20).
    OpportunityService opportunities(workspace);
    opportunities.changeCurrent(id, {.stage = OpportunityStage::Negotiation}, "ae1");
    const Opportunity won =
        opportunities.changeCurrent(id, {.stage = OpportunityStage::Won, .amount = 1250.0}, "ae1")
            .after;
    EXPECT_EQ(won.stage, OpportunityStage::Won);
    EXPECT_EQ(won.amount, 1250.0);
    const QList<OpportunityStageChange> history = crm->opportunityHistory(id);
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history.at(1).from, OpportunityStage::Prospecting);
    EXPECT_EQ(history.at(1).to, OpportunityStage::Negotiation);
    EXPECT_EQ(history.at(1).amount, 1000.0);
    EXPECT_EQ(history.at(2).to, OpportunityStage::Won);
    EXPECT_EQ(history.at(2).amount, 1250.0);
    EXPECT_EQ(history.at(2).by, "ae1");
    EXPECT_THROW(opportunities.changeCurrent(id, {.stage = OpportunityStage::Won}, "ae1"),
                 OpportunityError);
    EXPECT_THROW(opportunities.changeCurrent(999, {.stage = OpportunityStage::Won}, "ae1"),
                 StoreError);
}

TEST_F(ConversionTest, AccountSearchTreatsWildcardsAsText)
{
    account("Kotka 100% Oy", "kotka.fi");
    account("Kotka 1000 Oy", "kotka2.fi");
    account("Oulu_Tech", "oulu.fi");
    EXPECT_EQ(conversion.searchAccounts("kotka").size(), 2);
    ASSERT_EQ(conversion.searchAccounts("100%").size(), 1);
    EXPECT_EQ(conversion.searchAccounts("100%").at(0).name, "Kotka 100% Oy");
    EXPECT_EQ(conversion.searchAccounts("u_t").size(), 1);
    EXPECT_TRUE(conversion.searchAccounts("u%t").isEmpty());
    EXPECT_EQ(conversion.searchAccounts("kotka", 1).size(), 1);
}

TEST_F(ConversionTest, PlansRefuseWhatCannotBeWritten)
{
    Lead anonymous;
    anonymous.stage = Stage::SQL;
    workspace.leads().insert(anonymous, "importer");
    try {
        conversion.plan(anonymous, {});
        FAIL();
    } catch (const ConversionError& error) {
        EXPECT_TRUE(error.message().contains("no company, name or e-mail"));
    }
    // With an existing account chosen, the same lead converts.
    const Account existing = account("Walk-in customers", "");
    ConversionOptions options;
    options.account = AccountChoice::Existing;
    options.accountId = existing.id;
    EXPECT_EQ(conversion.execute(conversion.plan(anonymous, options), "sdr1").link.accountId,
              existing.id);

    const Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    options = {};
    options.opportunity = OpportunityDraft{"  ", 10.0, {}, OpportunityStage::Prospecting};
    EXPECT_THROW(conversion.plan(lead, options), ConversionError);
    options.opportunity = OpportunityDraft{"Deal", -10.0, {}, OpportunityStage::Prospecting};
    EXPECT_THROW(conversion.plan(lead, options), ConversionError);
}

// ---- Undo of a conversion ----

TEST_F(ConversionTest, UndoRemovesWhatTheConversionCreatedAndReopensTheLead)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SAL);
    lead.notes = "Met at Slush";
    workspace.leads().update(lead, "sdr1");
    const qint64 leadNote = crm->addNote(lead.id, std::nullopt, "Called, wants a demo", "sdr1");
    workspace.qualification().setUserRole("maija", "manager");
    LifecycleService(workspace).move(lead, MoveRequest{Stage::SQL, parseStageReason("ok"), true},
                                     "maija");
    ConversionOptions options;
    options.opportunity =
        OpportunityDraft{"Widgets line 2", 48000.0, QDate(2027, 3, 31), OpportunityStage::Proposal};
    const ConversionResult result = conversion.execute(conversion.plan(lead, options), "sdr1");
    ASSERT_TRUE(result.link.opportunityId);
    EXPECT_EQ(result.noteIds.size(), 2);
    EXPECT_EQ(result.previousStage, Stage::SQL);

    const Lead restored = conversion.undo(result, "sdr2");
    EXPECT_EQ(restored.stage, Stage::SQL);
    EXPECT_FALSE(restored.converted);

    const Lead stored = *workspace.leads().find(lead.id);
    EXPECT_EQ(stored.stage, Stage::SQL);
    EXPECT_FALSE(stored.converted);
    EXPECT_EQ(stored.updatedBy, "sdr2");
    EXPECT_EQ(stored.notes, "Met at Slush");
    EXPECT_EQ(stored.owner, lead.owner);
    EXPECT_FALSE(crm->opportunity(*result.link.opportunityId));
    EXPECT_TRUE(crm->opportunityHistory(*result.link.opportunityId).isEmpty());
    EXPECT_FALSE(crm->contact(result.link.contactId));
    EXPECT_FALSE(crm->account(result.link.accountId));
    // The lead's own note stays, without the contact; the conversion's notes are gone.
    EXPECT_EQ(crm->noteCountForLead(lead.id), 1);
    EXPECT_EQ(crm->noteCountForContact(result.link.contactId), 0);
    Q_UNUSED(leadNote);

    // The history keeps the conversion and records its reversal.
    const QList<StageChange> history = workspace.history().forLead(lead.id);
    ASSERT_GE(history.size(), 2);
    EXPECT_EQ(history.at(history.size() - 2).to, Stage::Converted);
    // By name, not by number (issue 22).
    EXPECT_EQ(displayStoredReason(history.at(history.size() - 2).reason),
              "Converted: account Nordic Widgets Oy, contact Aino Virtanen, opportunity Widgets "
              "line 2");
    const StageChange last = history.constLast();
    EXPECT_EQ(last.from, Stage::Converted);
    EXPECT_EQ(last.to, Stage::SQL);
    EXPECT_EQ(last.by, "sdr2");
    EXPECT_EQ(displayStoredReason(last.reason),
              "undo of the conversion (removed account Nordic Widgets Oy, contact Aino Virtanen, "
              "opportunity Widgets line 2)");

    // Editable again, and the file is sound.
    EXPECT_FALSE(readOnlyReason(stored));
    EXPECT_TRUE(workspace.integrityProblems().isEmpty());
    // It can be converted again.
    const ConversionResult again = conversion.execute(conversion.plan(stored, {}), "sdr1");
    EXPECT_EQ(workspace.leads().find(lead.id)->stage, Stage::Converted);
    EXPECT_TRUE(again.accountCreated);
}

TEST_F(ConversionTest, UndoKeepsAnExistingAccountAndContactAndGivesBackTheirFields)
{
    const Account existing = account("NW Group", "nordicwidgets.fi", "Helsinki");
    Contact contact;
    contact.accountId = existing.id;
    contact.email = "aino@nordicwidgets.fi";
    contact.firstName = "Aino";
    contact.createdBy = "crm";
    crm->insertContact(contact);
    const Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const ConversionResult result = conversion.execute(conversion.plan(lead, {}), "sdr1");
    EXPECT_FALSE(result.accountCreated);
    EXPECT_FALSE(result.contactCreated);
    EXPECT_EQ(crm->account(existing.id)->industry, "Manufacturing");
    EXPECT_EQ(crm->contact(contact.id)->lastName, "Virtanen");

    conversion.undo(result, "sdr1");
    const Account account = *crm->account(existing.id);
    EXPECT_EQ(account.name, "NW Group");
    EXPECT_EQ(account.city, "Helsinki");
    EXPECT_TRUE(account.industry.isEmpty());
    const Contact back = *crm->contact(contact.id);
    EXPECT_EQ(back.firstName, "Aino");
    EXPECT_TRUE(back.lastName.isEmpty());
    EXPECT_TRUE(back.phone.isEmpty());
    EXPECT_EQ(crm->noteCountForContact(contact.id), 0);
    EXPECT_EQ(workspace.leads().find(lead.id)->stage, Stage::SQL);
}

TEST_F(ConversionTest, UndoIsRefusedWhenTheNewAccountGotAnotherOpportunity)
{
    const Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const ConversionResult result = conversion.execute(conversion.plan(lead, {}), "sdr1");
    Opportunity other;
    other.accountId = result.link.accountId;
    other.name = "Spare parts";
    crm->insertOpportunity(other);

    try {
        conversion.undo(result, "sdr1");
        FAIL() << "the undo should be refused";
    } catch (const ConversionError& error) {
        EXPECT_TRUE(error.message().contains(QString::number(result.link.accountId)))
            << error.message().toStdString();
    }
    // Nothing was touched.
    const Lead stored = *workspace.leads().find(lead.id);
    EXPECT_EQ(stored.stage, Stage::Converted);
    EXPECT_EQ(stored.version, result.lead.version);
    EXPECT_TRUE(crm->account(result.link.accountId));
    EXPECT_TRUE(crm->contact(result.link.contactId));
    EXPECT_TRUE(crm->opportunity(other.id));
    EXPECT_EQ(crm->noteCountForContact(result.link.contactId), 1);
}

TEST_F(ConversionTest, UndoIsRefusedWhenTheOpportunityOrContactChanged)
{
    const Lead first = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    ConversionOptions options;
    options.opportunity = OpportunityDraft{"Line 2", 1000.0, QDate(2027, 3, 31), {}};
    const ConversionResult withOpportunity =
        conversion.execute(conversion.plan(first, options), "sdr1");
    OpportunityService(workspace).changeCurrent(*withOpportunity.link.opportunityId,
                                                {.stage = OpportunityStage::Won}, "ae1");
    EXPECT_THROW(conversion.undo(withOpportunity, "sdr1"), ConversionError);
    EXPECT_EQ(crm->opportunity(*withOpportunity.link.opportunityId)->stage, OpportunityStage::Won);

    const Lead second = sqlLead("ville@acme.se", "Acme Ab");
    const ConversionResult plain = conversion.execute(conversion.plan(second, {}), "sdr1");
    Contact edited = *crm->contact(plain.link.contactId);
    edited.phone = "+46 8 123 456";
    crm->updateContact(edited);
    EXPECT_THROW(conversion.undo(plain, "sdr1"), ConversionError);
    EXPECT_EQ(workspace.leads().find(second.id)->stage, Stage::Converted);
}

TEST_F(ConversionTest, UndoIsRefusedWhenAnotherLeadWasConvertedIntoTheSameRecords)
{
    const Lead first = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const ConversionResult result = conversion.execute(conversion.plan(first, {}), "sdr1");
    // A colleague of hers converts into the new account.
    const Lead second = sqlLead("ville@nordicwidgets.fi", "Nordic Widgets Oy");
    const ConversionPlan plan = conversion.plan(second, {});
    ASSERT_EQ(plan.account.id, result.link.accountId);
    conversion.execute(plan, "sdr1");
    try {
        conversion.undo(result, "sdr1");
        FAIL();
    } catch (const ConversionError& error) {
        EXPECT_TRUE(error.message().contains("account")) << error.message().toStdString();
    }
    EXPECT_EQ(workspace.leads().find(first.id)->stage, Stage::Converted);
}

TEST_F(ConversionTest, UndoTwiceIsRefusedAndRedoConvertsAgainAsPlanned)
{
    const Lead lead = sqlLead("aino@nordicwidgets.fi", "Nordic Widgets Oy");
    ConversionOptions options;
    options.opportunity = OpportunityDraft{"Line 2", 1000.0, QDate(2027, 3, 31), {}};
    ConversionPlan plan = conversion.plan(lead, options);
    for (FieldChange& change : plan.contactFields) {
        if (change.field == "phone")
            change.write = false; // the SDR unticked it
    }
    const ConversionResult result = conversion.execute(plan, "sdr1");
    conversion.undo(result, "sdr1");
    EXPECT_THROW(conversion.undo(result, "sdr1"), ConversionError);

    const ConversionResult redone = conversion.redo(plan, "sdr1");
    EXPECT_TRUE(redone.accountCreated);
    ASSERT_TRUE(redone.link.opportunityId);
    EXPECT_EQ(crm->opportunity(*redone.link.opportunityId)->name, "Line 2");
    EXPECT_TRUE(crm->contact(redone.link.contactId)->phone.isEmpty());
    EXPECT_EQ(workspace.leads().find(lead.id)->stage, Stage::Converted);
    // And that conversion can be undone in turn.
    conversion.undo(redone, "sdr1");
    EXPECT_EQ(workspace.leads().find(lead.id)->stage, Stage::SQL);
}
