// The qualification page, driven offscreen: using a framework, recording answers, readiness,
// refusals shown in place, and a converted lead read-only.
#include "conversion/conversionservice.h"
#include "core/lifecycle/leadfixtures.h"
#include "leadview/qualificationform.h"
#include "leadview/qualificationwidget.h"
#include "support/tempworkspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;

class QualificationWidgetTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    QualificationService service{workspace};
};

TEST_F(QualificationWidgetTest, UseAFrameworkAndRecordAnswers)
{
    const Lead lead =
        test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SAL);
    QualificationWidget widget(service, "sdr1");
    widget.setLead(lead);
    widget.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    EXPECT_EQ(widget.tabs()->count(), 0);
    EXPECT_EQ(widget.addFrameworkBox()->count(), 5);

    widget.addFrameworkBox()->setCurrentIndex(widget.addFrameworkBox()->findData("BANT"));
    QTest::mouseClick(widget.addFrameworkButton(), Qt::LeftButton);
    ASSERT_EQ(widget.tabs()->count(), 1);
    EXPECT_TRUE(widget.tabs()->tabText(0).startsWith("BANT"));
    EXPECT_EQ(widget.addFrameworkBox()->count(), 4);

    QSignalSpy recorded(&widget, &QualificationWidget::answerRecorded);
    QualificationForm* form = widget.form("BANT");
    ASSERT_NE(form, nullptr);
    form->statusBox("budget")->setCurrentIndex(int(AnswerStatus::Confirmed));
    QTest::keyClicks(form->valueEdit("budget"), "25 000");
    QTest::keyClicks(form->noteEdit("budget"), "CFO on the call");
    QTest::mouseClick(form->recordButton("budget"), Qt::LeftButton);
    EXPECT_EQ(recorded.count(), 1);

    const QList<Answer> history = service.history(lead.id, "BANT", "budget");
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.at(0).status, AnswerStatus::Confirmed);
    EXPECT_EQ(history.at(0).value, "25000");
    EXPECT_EQ(history.at(0).note, "CFO on the call");
    EXPECT_EQ(history.at(0).by, "sdr1");

    // The form was rebuilt with the new readiness.
    form = widget.form("BANT");
    EXPECT_EQ(form->readinessBar()->value(), 25);
    EXPECT_EQ(form->valueEdit("budget")->text(), "25000");
    EXPECT_TRUE(widget.summaryLabel()->text().contains("25%"));

    for (const char* key : {"authority", "need"}) {
        widget.form("BANT")->statusBox(key)->setCurrentIndex(int(AnswerStatus::Confirmed));
        QTest::mouseClick(widget.form("BANT")->recordButton(key), Qt::LeftButton);
    }
    EXPECT_EQ(widget.form("BANT")->readinessBar()->value(), 75);
    EXPECT_TRUE(widget.summaryLabel()->text().startsWith("Ready for SQL"))
        << widget.summaryLabel()->text().toStdString();
    EXPECT_TRUE(widget.form("BANT")->missingLabel()->text().contains("Timeline"));

    // Editing an answer keeps the earlier one, listed in the status box's tooltip.
    widget.form("BANT")->statusBox("budget")->setCurrentIndex(int(AnswerStatus::Partial));
    QTest::mouseClick(widget.form("BANT")->recordButton("budget"), Qt::LeftButton);
    EXPECT_EQ(service.history(lead.id, "BANT", "budget").size(), 2);
    const QStringList tooltip = widget.form("BANT")->statusBox("budget")->toolTip().split('\n');
    ASSERT_EQ(tooltip.size(), 2);
    EXPECT_TRUE(tooltip.at(0).contains("Partial"));
    EXPECT_TRUE(tooltip.at(1).contains("Confirmed"));
    EXPECT_TRUE(tooltip.at(1).contains("CFO on the call"));
}

TEST_F(QualificationWidgetTest, ARefusedAnswerIsShownAndNothingIsStored)
{
    const Lead lead =
        test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SAL);
    service.useFramework(lead, "BANT");
    QualificationWidget widget(service, "sdr1");
    widget.setLead(lead);
    widget.show();
    QualificationForm* form = widget.form("BANT");
    form->statusBox("timeline")->setCurrentIndex(int(AnswerStatus::Partial));
    QTest::keyClicks(form->valueEdit("timeline"), "next spring");
    QTest::mouseClick(form->recordButton("timeline"), Qt::LeftButton);
    EXPECT_TRUE(widget.errorLabel()->isVisible());
    EXPECT_TRUE(widget.errorLabel()->text().contains("next spring"));
    EXPECT_TRUE(service.history(lead.id, "BANT", "timeline").isEmpty());
}

TEST_F(QualificationWidgetTest, DisqualifyingAnswersAreSummarised)
{
    const Lead lead =
        test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SAL);
    test::answerAll(service, lead, "ANUM", AnswerStatus::Confirmed);
    test::answer(service, lead, "CHAMP", "money", AnswerStatus::Disqualifying);
    QualificationWidget widget(service, "sdr1");
    widget.setLead(lead);
    EXPECT_EQ(widget.tabs()->count(), 2);
    EXPECT_TRUE(widget.summaryLabel()->text().contains("CHAMP/money"));
}

TEST_F(QualificationWidgetTest, AConvertedLeadIsReadOnly)
{
    Lead lead = test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SQL);
    test::answer(service, lead, "BANT", "budget", AnswerStatus::Confirmed, "100");
    ConversionService conversion(workspace);
    lead = conversion.execute(conversion.plan(lead, {}), "sdr1").lead;
    QualificationWidget widget(service, "sdr1");
    widget.setLead(lead);
    EXPECT_FALSE(widget.addFrameworkButton()->isEnabled());
    EXPECT_FALSE(widget.form("BANT")->recordButton("need")->isEnabled());
    EXPECT_FALSE(widget.form("BANT")->statusBox("need")->isEnabled());
    EXPECT_TRUE(widget.summaryLabel()->text().contains("read-only"));
}
