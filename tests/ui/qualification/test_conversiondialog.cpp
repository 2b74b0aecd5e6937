// The conversion dialog, driven offscreen: suggestion, preview, overwrite, unticking a field,
// the opportunity, and a refusal shown in place with nothing written.
#include "core/lifecycle/leadfixtures.h"
#include "dialogs/conversiondialog.h"
#include "store/crmstore.h"
#include "support/tempworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;

class ConversionDialogTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    ConversionService service{workspace};
    CrmStore* crm = &workspace.crm();

    Account existing(const QString& name, const QString& domain, const QString& city)
    {
        Account account;
        account.name = name;
        account.domain = domain;
        account.city = city;
        account.createdBy = "crm";
        crm->insertAccount(account);
        return account;
    }
    // The preview row of a field of the given section ("Account…"/"Contact…" heading above).
    int row(QTableWidget* table, const QString& label, bool contact = false)
    {
        bool inContact = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString text = table->item(r, 0)->text();
            if (table->columnSpan(r, 0) == 4)
                inContact = text.contains("contact", Qt::CaseInsensitive);
            else if (text == label && inContact == contact)
                return r;
        }
        return -1;
    }
};

TEST_F(ConversionDialogTest, SuggestsTheAccountPreviewsAndConvertsWithAnOpportunity)
{
    const Account account = existing("NW Group", "nordicwidgets.fi", "Helsinki");
    const Lead lead =
        test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SQL);
    ConversionDialog dialog(service, lead, "sdr1");
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.accountBox()->currentData().toLongLong(), account.id);
    EXPECT_TRUE(dialog.accountBox()->currentText().contains("e-mail domain"));
    EXPECT_EQ(dialog.accountBox()->count(), 2); // the suggestion and "New account"

    QTableWidget* table = dialog.previewTable();
    const int city = row(table, "City");
    ASSERT_GE(city, 0);
    EXPECT_EQ(table->item(city, 1)->text(), "Helsinki");
    EXPECT_EQ(table->item(city, 2)->text(), "Tampere");
    EXPECT_EQ(table->item(city, 3)->checkState(), Qt::Unchecked);
    QTest::mouseClick(dialog.overwriteBox(), Qt::LeftButton);
    EXPECT_EQ(table->item(row(table, "City"), 3)->checkState(), Qt::Checked);
    // The user keeps the account's name anyway.
    table->item(row(table, "Name"), 3)->setCheckState(Qt::Unchecked);

    dialog.opportunityGroup()->setChecked(true);
    dialog.opportunityName()->setText("Widget line");
    dialog.opportunityAmount()->setValue(48000);
    dialog.opportunityCloseDate()->setDate(QDate(2027, 5, 31));
    dialog.opportunityStage()->setCurrentIndex(dialog.opportunityStage()->findData("Proposal"));
    QTest::mouseClick(dialog.convertButton(), Qt::LeftButton);

    ASSERT_TRUE(dialog.result()) << dialog.errorLabel()->text().toStdString();
    EXPECT_EQ(dialog.QDialog::result(), QDialog::Accepted);
    EXPECT_EQ(dialog.result()->link.accountId, account.id);
    const Account after = *crm->account(account.id);
    EXPECT_EQ(after.name, "NW Group");
    EXPECT_EQ(after.city, "Tampere");
    const Opportunity opportunity = *crm->opportunity(*dialog.result()->link.opportunityId);
    EXPECT_EQ(opportunity.name, "Widget line");
    EXPECT_EQ(opportunity.amount, 48000.0);
    EXPECT_EQ(opportunity.closeDate, QDate(2027, 5, 31));
    EXPECT_EQ(opportunity.stage, OpportunityStage::Proposal);
    EXPECT_EQ(workspace.leads().find(lead.id)->stage, Stage::Converted);
}

TEST_F(ConversionDialogTest, NewAccountOrOneFoundBySearch)
{
    existing("Nordic Widgets", "nordicwidgets.fi", "");
    const Account other = existing("Kotka Holding 100% Oy", "kotka.fi", "Kotka");
    const Lead lead =
        test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SQL);
    ConversionDialog dialog(service, lead, "sdr1");
    dialog.accountBox()->setCurrentIndex(dialog.accountBox()->findData(qint64(0)));
    EXPECT_TRUE(dialog.plan().createAccount);
    QTest::keyClicks(dialog.accountSearch(), "100%");
    QTest::keyClick(dialog.accountSearch(), Qt::Key_Return);
    EXPECT_EQ(dialog.accountBox()->currentData().toLongLong(), other.id);
    EXPECT_EQ(dialog.plan().account.id, other.id);
    QTest::mouseClick(dialog.convertButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.result());
    EXPECT_EQ(dialog.result()->link.accountId, other.id);
    EXPECT_FALSE(dialog.result()->link.opportunityId);
}

TEST_F(ConversionDialogTest, AStaleLeadIsRefusedInPlaceAndNothingIsWritten)
{
    Lead lead = test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SQL);
    ConversionDialog dialog(service, lead, "sdr1");
    dialog.show();
    Lead meanwhile = lead;
    meanwhile.title = "CEO";
    workspace.leads().update(meanwhile, "sdr2");
    QTest::mouseClick(dialog.convertButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog.result());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    EXPECT_TRUE(dialog.errorLabel()->text().contains("sdr2"))
        << dialog.errorLabel()->text().toStdString();
    EXPECT_TRUE(crm->accountsByDomain("nordicwidgets.fi").isEmpty());
    EXPECT_EQ(workspace.leads().find(lead.id)->stage, Stage::SQL);
}

TEST_F(ConversionDialogTest, ALeadThatIsNotSqlCannotBeConverted)
{
    const Lead lead = test::addLead(workspace, "a@b.fi", "B Oy", Stage::SAL);
    ConversionDialog dialog(service, lead, "sdr1");
    EXPECT_FALSE(dialog.convertButton()->isEnabled());
    EXPECT_TRUE(dialog.errorLabel()->text().contains("SAL"));
}

TEST_F(ConversionDialogTest, ANewAccountMadeMeanwhileByAColleagueIsUsed)
{
    const Lead aino =
        test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SQL);
    const Lead ville =
        test::addLead(workspace, "ville@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SQL);
    // No account matches: "New account" is all the dialog offers.
    ConversionDialog dialog(service, ville, "sdr1");
    ASSERT_EQ(dialog.accountBox()->count(), 1);
    ASSERT_TRUE(dialog.plan().createAccount);
    // Meanwhile a colleague converts another lead of the same company.
    const ConversionResult colleague = service.execute(service.plan(aino, {}), "sdr2");
    QTest::mouseClick(dialog.convertButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.result()) << dialog.errorLabel()->text().toStdString();
    EXPECT_TRUE(dialog.result()->accountFoundMeanwhile);
    EXPECT_EQ(dialog.result()->link.accountId, colleague.link.accountId);
    EXPECT_EQ(crm->accountsByDomain("nordicwidgets.fi").size(), 1);

    // With a match offered, "New account" is a choice the write keeps.
    const Lead third =
        test::addLead(workspace, "eero@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SQL);
    ConversionDialog chosen(service, third, "sdr1");
    ASSERT_EQ(chosen.accountBox()->count(), 2);
    chosen.accountBox()->setCurrentIndex(chosen.accountBox()->findData(qint64(0)));
    QTest::mouseClick(chosen.convertButton(), Qt::LeftButton);
    ASSERT_TRUE(chosen.result());
    EXPECT_TRUE(chosen.result()->accountCreated);
    EXPECT_EQ(crm->accountsByDomain("nordicwidgets.fi").size(), 2);
}

// Issue 20: the dialog's own fields start from what qualification learned, by the rule the
// conversion applies (core's opportunity defaults), not from the lead's columns alone.
TEST_F(ConversionDialogTest, TheOpportunityStartsFromTheConfirmedBudgetAndTheTimeline)
{
    const Lead lead = test::addLead(workspace, "eero@kaamos.fi", "Kaamos Oy", Stage::SQL);
    ASSERT_FALSE(lead.budget);
    QualificationService qualification(workspace);
    test::answer(qualification, lead, "BANT", "budget", AnswerStatus::Confirmed, "45000");
    test::answer(qualification, lead, "BANT", "timeline", AnswerStatus::Confirmed, "2027-06-30");
    const Lead answered = *workspace.leads().find(lead.id);
    ConversionDialog dialog(service, answered, "sdr1");
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.opportunityAmount()->value(), 45000.0);
    EXPECT_EQ(dialog.opportunityCloseDate()->date(), QDate(2027, 6, 30));
}

// The preview shows values as people read them (the country by name, numbers in the locale's
// groups), and the search label gives Alt+S rather than showing its "&".
TEST_F(ConversionDialogTest, PreviewValuesAsPeopleReadThemAndTheSearchLabelIsABuddy)
{
    const Lead lead =
        test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SQL);
    ConversionDialog dialog(service, lead, "sdr1");
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget* table = dialog.previewTable();
    const int country = row(table, "Country");
    ASSERT_GE(country, 0);
    EXPECT_EQ(table->item(country, 2)->text(), "Finland");
    const int employees = row(table, "Employees");
    ASSERT_GE(employees, 0);
    EXPECT_EQ(table->item(employees, 2)->text(), QLocale().toString(120));

    bool found = false;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text() == QStringLiteral("&Search:")) {
            found = true;
            EXPECT_EQ(label->buddy(), dialog.accountSearch());
        }
    }
    EXPECT_TRUE(found) << "the search row has a label of its own";
}
