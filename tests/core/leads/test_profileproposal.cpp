// Answers feed the record (issue 21): which profile field and value an answer just recorded
// offers to fill, on a real workspace with answers recorded through the QualificationService.
#include "core/lifecycle/leadfixtures.h"
#include "leads/profileproposal.h"
#include "qualification/frameworkcatalog.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;
using lb::test::answer;

namespace {

class ProfileProposalTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    QualificationService qualification{workspace};

    std::optional<ProfileProposal> after(const Lead& lead, const QString& framework,
                                         const QString& criterion, AnswerStatus status,
                                         const QString& value)
    {
        const Answer recorded = answer(qualification, lead, framework, criterion, status, value);
        return profileProposal(*workspace.leads().find(lead.id), recorded,
                               FrameworkCatalog::builtIn());
    }
};

} // namespace

TEST_F(ProfileProposalTest, AConfirmedMoneyAnswerOffersTheBudget)
{
    const Lead lead = addLead(workspace, "a@acme.fi", "Acme Oy");
    ASSERT_FALSE(lead.budget);
    EXPECT_EQ(after(lead, "BANT", "budget", AnswerStatus::Confirmed, "25000"),
              (ProfileProposal{"budget", "25000"}));
    // Every framework's money criterion, by the one rule conversion uses too.
    EXPECT_EQ(after(lead, "CHAMP", "money", AnswerStatus::Confirmed, "31000.5"),
              (ProfileProposal{"budget", "31000.5"}));
    EXPECT_EQ(after(lead, "ANUM", "money", AnswerStatus::Confirmed, "1200"),
              (ProfileProposal{"budget", "1200"}));
    EXPECT_EQ(after(lead, "GPCTBA", "budget", AnswerStatus::Confirmed, "9000"),
              (ProfileProposal{"budget", "9000"}));
    // Not yet what the prospect will spend: nothing offered.
    EXPECT_FALSE(after(lead, "BANT", "budget", AnswerStatus::Partial, "40000"));
    EXPECT_FALSE(after(lead, "BANT", "budget", AnswerStatus::Confirmed, ""));
}

TEST_F(ProfileProposalTest, OnlyWhenTheProfileIsEmptyOrDiffers)
{
    Lead lead = addLead(workspace, "b@acme.fi", "Acme Oy");
    lead.budget = 25000.0;
    lead.expectedClose = QDate(2027, 3, 31);
    lead.title = QStringLiteral("CFO");
    workspace.leads().update(lead, "test");
    EXPECT_FALSE(after(lead, "BANT", "budget", AnswerStatus::Confirmed, "25000"));
    EXPECT_FALSE(after(lead, "BANT", "timeline", AnswerStatus::Confirmed, "2027-03-31"));
    EXPECT_FALSE(after(lead, "BANT", "authority", AnswerStatus::Confirmed, " CFO "));
    EXPECT_EQ(after(lead, "BANT", "budget", AnswerStatus::Confirmed, "30000"),
              (ProfileProposal{"budget", "30000"}));
}

TEST_F(ProfileProposalTest, ATimelineDateOffersTheExpectedCloseAndAuthorityTheTitle)
{
    const Lead lead = addLead(workspace, "c@acme.fi", "Acme Oy");
    EXPECT_EQ(after(lead, "BANT", "timeline", AnswerStatus::Confirmed, "2027-05-31"),
              (ProfileProposal{"expected_close", "2027-05-31"}));
    EXPECT_EQ(after(lead, "ANUM", "urgency", AnswerStatus::Confirmed, "2027-04-01"),
              (ProfileProposal{"expected_close", "2027-04-01"}));
    EXPECT_FALSE(after(lead, "GPCTBA", "timeline", AnswerStatus::Partial, "2027-04-01"));
    // addLead's title is CTO: the answer names someone else.
    EXPECT_EQ(after(lead, "CHAMP", "authority", AnswerStatus::Confirmed, "Head of  IT"),
              (ProfileProposal{"title", "Head of IT"}));
    // Neither a money, a date nor an authority criterion.
    EXPECT_FALSE(after(lead, "BANT", "need", AnswerStatus::Confirmed, "ERP renewal"));
    EXPECT_FALSE(after(lead, "MEDDIC", "champion", AnswerStatus::Confirmed, "Liisa, IT lead"));
}

TEST_F(ProfileProposalTest, NothingForAConvertedLead)
{
    Lead lead = addLead(workspace, "d@acme.fi", "Acme Oy");
    const Answer recorded =
        answer(qualification, lead, "BANT", "budget", AnswerStatus::Confirmed, "25000");
    lead.converted = ConversionLink{1, 1, std::nullopt};
    EXPECT_FALSE(profileProposal(lead, recorded, FrameworkCatalog::builtIn()));
}
