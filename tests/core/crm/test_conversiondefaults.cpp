// A converted lead's opportunity takes its amount and expected close from what qualification
// learned when the SDR gives none (issue 20).
#include "conversion/conversionservice.h"
#include "conversion/opportunitydefaults.h"
#include "core/lifecycle/leadfixtures.h"
#include "qualification/frameworkcatalog.h"
#include "store/qualificationstore.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;
using lb::test::answer;

namespace {

class ConversionDefaults : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    QualificationService qualification{workspace};
    ConversionService conversion{workspace};

    OpportunityDefaults defaultsOf(const Lead& lead)
    {
        return opportunityDefaults(lead, workspace.qualification().currentAnswers(lead.id),
                                   FrameworkCatalog::builtIn());
    }
};

} // namespace

TEST_F(ConversionDefaults, TheLeadsBudgetComesFirst)
{
    Lead lead = addLead(workspace, "a@acme.fi", "Acme Oy", Stage::SQL);
    lead.budget = 12000.0;
    lead.expectedClose = QDate(2027, 1, 31);
    workspace.leads().update(lead, "test");
    answer(qualification, lead, "BANT", "budget", AnswerStatus::Confirmed, "30000");
    const OpportunityDefaults defaults = defaultsOf(lead);
    EXPECT_EQ(defaults.amount, 12000.0);
    EXPECT_EQ(defaults.closeDate, QDate(2027, 1, 31));
}

TEST_F(ConversionDefaults, AConfirmedBudgetAnswerAndTheTimelineAnswer)
{
    const Lead lead = addLead(workspace, "b@acme.fi", "Acme Oy", Stage::SQL);
    answer(qualification, lead, "CHAMP", "money", AnswerStatus::Partial, "99000");
    EXPECT_FALSE(defaultsOf(lead).amount); // only a confirmed amount
    answer(qualification, lead, "BANT", "budget", AnswerStatus::Confirmed, "30000");
    answer(qualification, lead, "BANT", "timeline", AnswerStatus::Partial, "2027-05-31");
    OpportunityDefaults defaults = defaultsOf(lead);
    EXPECT_EQ(defaults.amount, 30000.0);
    EXPECT_EQ(defaults.closeDate, QDate(2027, 5, 31)); // a partial date when none is confirmed
    answer(qualification, lead, "ANUM", "urgency", AnswerStatus::Confirmed, "2027-03-15");
    defaults = defaultsOf(lead);
    EXPECT_EQ(defaults.closeDate, QDate(2027, 3, 15));
}

TEST_F(ConversionDefaults, TheConversionUsesThemForWhatTheSdrLeftOpen)
{
    const Lead lead = addLead(workspace, "c@acme.fi", "Acme Oy", Stage::SQL);
    answer(qualification, lead, "BANT", "budget", AnswerStatus::Confirmed, "45000");
    answer(qualification, lead, "BANT", "timeline", AnswerStatus::Confirmed, "2027-06-30");
    ConversionOptions options;
    options.opportunity =
        OpportunityDraft{"Acme deal", std::nullopt, QDate(), OpportunityStage::Prospecting};
    ConversionPlan plan = conversion.plan(*workspace.leads().find(lead.id), options);
    ASSERT_TRUE(plan.opportunity);
    EXPECT_EQ(plan.opportunity->amount, 45000.0);
    EXPECT_EQ(plan.opportunity->closeDate, QDate(2027, 6, 30));

    // What the SDR gives wins.
    options.opportunity->amount = 1000.0;
    options.opportunity->closeDate = QDate(2027, 1, 1);
    plan = conversion.plan(*workspace.leads().find(lead.id), options);
    EXPECT_EQ(plan.opportunity->amount, 1000.0);
    EXPECT_EQ(plan.opportunity->closeDate, QDate(2027, 1, 1));
}
