// Answers feed the record (issue 21), offscreen in the main window on a real workspace file:
// a confirmed budget answer recorded in the Qualification tab offers to fill the profile's
// Budget; Fill is one undoable profile edit that rescores; Not now leaves the profile alone.
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "leadview/profileeditor.h"
#include "leadview/profileofferbar.h"
#include "leadview/qualificationform.h"
#include "leadview/qualificationwidget.h"
#include "main/mainwindow.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

class ProfileOfferTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = openDemoWindow(temp, 200, QStringLiteral("Editor"));
        window->show();
        // An open lead without a budget whose fit has room for the model's budget rule.
        auto workspace = openWorkspace(temp.path());
        for (int row = 0; row < window->leadModel()->rowCount() && leadId == 0; ++row) {
            const std::optional<Lead> lead =
                workspace->leads().find(window->leadModel()->rowAt(row)->id);
            if (lead && lead->stage == Stage::New && !lead->budget && lead->score.fit <= 40 &&
                !lead->email.isEmpty()) {
                window->leadTable()->setCurrentIndex(window->leadModel()->index(row, 1));
                leadId = lead->id;
            }
        }
        ASSERT_NE(leadId, 0);
        view = window->leadView();
        ASSERT_EQ(view->lead()->id, leadId);
        bar = view->profileOfferBar();
    }

    Lead stored()
    {
        auto workspace = openWorkspace(temp.path());
        return *workspace->leads().find(leadId);
    }

    void record(const QString& framework, const QString& criterion, const QString& status,
                const QString& value)
    {
        // On the Qualification tab, as the SDR does it.
        view->tabs()->setCurrentWidget(view->qualification());
        QualificationWidget* qualification = view->qualification();
        if (!qualification->form(framework)) {
            QComboBox* box = qualification->addFrameworkBox();
            box->setCurrentIndex(box->findData(framework));
            QTest::mouseClick(qualification->addFrameworkButton(), Qt::LeftButton);
        }
        QualificationForm* form = qualification->form(framework);
        ASSERT_NE(form, nullptr);
        qualification->tabs()->setCurrentWidget(form);
        form->statusBox(criterion)->setCurrentIndex(form->statusBox(criterion)->findData(status));
        form->valueEdit(criterion)->setText(value);
        QTest::mouseClick(form->recordButton(criterion), Qt::LeftButton);
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
    LeadView* view = nullptr;
    ProfileOfferBar* bar = nullptr;
    qint64 leadId = 0;
};

} // namespace

TEST_F(ProfileOfferTest, FillingTheBudgetIsOneUndoableRescoredEdit)
{
    const Lead original = stored();
    EXPECT_FALSE(bar->isVisibleTo(view));
    record("BANT", "budget", "confirmed", "25000");
    ASSERT_TRUE(bar->isVisibleTo(view));
    const QString question = bar->label()->text();
    EXPECT_TRUE(question.contains("Budget")) << question.toStdString();
    EXPECT_TRUE(question.contains(QLocale().toString(25000.0, 'f', 0))) << question.toStdString();
    EXPECT_EQ(stored().budget, std::nullopt) << "nothing written before Fill";
    const int steps = window->undoStack()->count(); // the answer

    QTest::mouseClick(bar->fillButton(), Qt::LeftButton);
    const Lead filled = stored();
    EXPECT_EQ(filled.budget, 25000.0);
    EXPECT_EQ(filled.updatedBy, "Editor");
    EXPECT_EQ(filled.score.fit, original.score.fit + 8) << "the model's budget rule counts";
    EXPECT_EQ(window->undoStack()->count(), steps + 1);
    EXPECT_FALSE(bar->isVisibleTo(view));
    EXPECT_EQ(view->profile()->field("budget")->text(), "25000");

    window->action(QStringLiteral("edit.undo"))->trigger();
    const Lead undone = stored();
    EXPECT_EQ(undone.budget, std::nullopt);
    EXPECT_EQ(undone.score.fit, original.score.fit);
    // Both rescored now (the demo's scores are as of its own day): the budget's 8 points.
    EXPECT_EQ(filled.score.total - undone.score.total, 8);
    EXPECT_TRUE(view->profile()->field("budget")->text().isEmpty());
    EXPECT_FALSE(bar->isVisibleTo(view)) << "an undone fill is not offered again";

    window->action(QStringLiteral("edit.redo"))->trigger();
    EXPECT_EQ(stored().budget, 25000.0);
}

TEST_F(ProfileOfferTest, NotNowAndAnswersThatTellTheProfileNothingNew)
{
    const Lead original = stored();
    record("BANT", "budget", "partial", "25000");
    EXPECT_FALSE(bar->isVisibleTo(view)) << "a partial budget is no fact yet";

    record("BANT", "timeline", "confirmed", "2027-05-31");
    ASSERT_TRUE(bar->isVisibleTo(view));
    EXPECT_TRUE(bar->label()->text().contains("Expected close"))
        << bar->label()->text().toStdString();
    QTest::mouseClick(bar->notNowButton(), Qt::LeftButton);
    EXPECT_FALSE(bar->isVisibleTo(view));
    EXPECT_EQ(stored().expectedClose, original.expectedClose);
    EXPECT_EQ(stored().version, original.version);

    // The lead's title as the authority answer: nothing to change.
    record("BANT", "authority", "confirmed", stored().title);
    EXPECT_EQ(bar->isVisibleTo(view), stored().title.isEmpty());
    record("BANT", "authority", "confirmed", "Head of Procurement");
    ASSERT_TRUE(bar->isVisibleTo(view));
    QTest::mouseClick(bar->fillButton(), Qt::LeftButton);
    EXPECT_EQ(stored().title, "Head of Procurement");
}
