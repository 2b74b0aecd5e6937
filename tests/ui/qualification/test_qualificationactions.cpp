// The stage actions, driven offscreen: reasons asked only where needed, the manager's override
// offered only to managers, refusals reported, and conversion through the dialog.
#include "core/lifecycle/leadfixtures.h"
#include "dialogs/conversiondialog.h"
#include "dialogs/reasondialog.h"
#include "leadview/qualificationactions.h"
#include "store/qualificationstore.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <gtest/gtest.h>

using namespace lb;

namespace {

// Answers the next modal ReasonDialog: picks `key` (when given), types `text`, and presses OK
// (or Cancel when `accept` is false).
void answerNextReasonDialog(const QString& key, const QString& text, bool accept = true,
                            QString* prompt = nullptr)
{
    QTimer::singleShot(0, [=] {
        auto* dialog = qobject_cast<ReasonDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        if (prompt)
            *prompt = dialog->findChild<QLabel*>("promptLabel")->text();
        auto* combo = dialog->findChild<QComboBox*>("reasonCombo");
        if (!key.isEmpty())
            combo->setCurrentIndex(combo->findData(key));
        dialog->findChild<QLineEdit*>("reasonDetail")->setText(text);
        if (accept)
            dialog->findChild<QPushButton*>("okButton")->click();
        else
            dialog->reject();
    });
}

} // namespace

class QualificationActionsTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    QualificationService qualification{workspace};
};

TEST_F(QualificationActionsTest, MovesWithoutAReasonWhereNoneIsNeeded)
{
    Lead lead = test::addLead(workspace, "a@one.fi", "One Oy", Stage::MQL);
    QualificationActions actions(workspace, "sdr1");
    QSignalSpy changed(&actions, &QualificationActions::leadsChanged);
    EXPECT_EQ(QualificationActions::targets(lead),
              (QList<Stage>{Stage::SAL, Stage::Nurture, Stage::Disqualified}));
    EXPECT_TRUE(actions.moveLead(lead, Stage::SAL, nullptr));
    EXPECT_EQ(lead.stage, Stage::SAL);
    EXPECT_EQ(workspace.leads().find(lead.id)->owner, "sdr1");
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(QualificationActionsTest, AsksForAReasonAndCancellingChangesNothing)
{
    Lead lead = test::addLead(workspace, "a@one.fi", "One Oy", Stage::MQL);
    QualificationActions actions(workspace, "sdr1");
    answerNextReasonDialog("no_budget", "", false);
    EXPECT_FALSE(actions.moveLead(lead, Stage::Disqualified, nullptr));
    EXPECT_EQ(workspace.leads().find(lead.id)->stage, Stage::MQL);

    answerNextReasonDialog("competitor", "uses Acme");
    EXPECT_TRUE(actions.moveLead(lead, Stage::Disqualified, nullptr));
    EXPECT_EQ(workspace.history().forLead(lead.id).constLast().reason, "competitor: uses Acme");
}

TEST_F(QualificationActionsTest, AnSdrIsRefusedAManagerIsOfferedTheOverride)
{
    Lead lead = test::addLead(workspace, "a@one.fi", "One Oy", Stage::SAL);
    test::answer(qualification, lead, "BANT", "budget", AnswerStatus::Confirmed, "100");
    workspace.qualification().setUserRole("maija", "manager");

    QualificationActions sdr(workspace, "sdr1");
    QSignalSpy refused(&sdr, &QualificationActions::refused);
    EXPECT_FALSE(sdr.moveLead(lead, Stage::SQL, nullptr));
    ASSERT_EQ(refused.count(), 1);
    EXPECT_TRUE(refused.at(0).at(0).toString().contains("readiness"));

    QualificationActions manager(workspace, "maija");
    QString prompt;
    answerNextReasonDialog({}, "board decision", true, &prompt);
    EXPECT_TRUE(manager.moveLead(lead, Stage::SQL, nullptr));
    EXPECT_TRUE(prompt.contains("BANT: Authority, Need, Timeline (at 25%)"))
        << prompt.toStdString();
    const StageChange last = workspace.history().forLead(lead.id).constLast();
    EXPECT_TRUE(last.override);
    EXPECT_EQ(last.by, "maija");
}

TEST_F(QualificationActionsTest, AStaleLeadIsReported)
{
    Lead lead = test::addLead(workspace, "a@one.fi", "One Oy", Stage::MQL);
    Lead other = lead;
    LifecycleService(workspace).move(other, MoveRequest{Stage::SAL, {}, false}, "sdr2");
    QualificationActions actions(workspace, "sdr1");
    QSignalSpy refused(&actions, &QualificationActions::refused);
    EXPECT_FALSE(actions.moveLead(lead, Stage::SAL, nullptr));
    ASSERT_EQ(refused.count(), 1);
    // The lead is already SAL in the store, but this copy is stale: the version decides.
    EXPECT_TRUE(refused.at(0).at(0).toString().contains("sdr2"))
        << refused.at(0).at(0).toString().toStdString();
}

TEST_F(QualificationActionsTest, BulkMovesAskOnceAndReportRefusals)
{
    const Lead a = test::addLead(workspace, "a@one.fi", "One Oy", Stage::MQL);
    const Lead b = test::addLead(workspace, "b@two.fi", "Two Oy", Stage::New);
    QualificationActions actions(workspace, "sdr1");
    QSignalSpy refused(&actions, &QualificationActions::refused);
    answerNextReasonDialog("bad_timing", "");
    const auto result = actions.moveLeads({a.id, b.id}, Stage::Nurture, nullptr);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->moved, QList<qint64>{a.id});
    ASSERT_EQ(refused.count(), 1);
    // The refused lead by its name and stage (issue 22: not "lead 12").
    EXPECT_TRUE(refused.at(0).at(0).toString().contains(b.displayName() + " cannot move from New"))
        << refused.at(0).at(0).toString().toStdString();
}

TEST_F(QualificationActionsTest, ConvertsThroughTheDialog)
{
    Lead lead = test::addLead(workspace, "a@one.fi", "One Oy", Stage::SQL);
    QualificationActions actions(workspace, "sdr1");
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ConversionDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->convertButton()->click();
    });
    const auto result = actions.convertLead(lead, nullptr);
    ASSERT_TRUE(result);
    EXPECT_EQ(lead.stage, Stage::Converted);
    EXPECT_TRUE(QualificationActions::targets(lead).isEmpty());
    QSignalSpy refused(&actions, &QualificationActions::refused);
    EXPECT_FALSE(actions.convertLead(lead, nullptr));
    EXPECT_EQ(refused.count(), 1);
}
