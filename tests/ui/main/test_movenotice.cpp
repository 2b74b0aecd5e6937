// What a stage move says in the status bar (issue 21), offscreen on a demo workspace: after A
// on a lead the status bar names it and its new stage with an Undo button that takes back
// exactly that move, the next lead is ready and Back (Alt+Left) returns to the moved one; a
// bulk move counts its leads (plural forms); any other step on the undo stack hides the
// notice, so its Undo never takes back something else.
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "main/mainwindow.h"
#include "main/movenotice.h"
#include "main/queuepanel.h"
#include "main/workspacejob.h"
#include "store/workspace.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

class MoveNoticeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = openDemoWindow(temp, 600);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        notice = window->findChild<MoveNotice*>(QStringLiteral("moveNotice"));
        ASSERT_TRUE(notice);
        window->findChild<QueuePanel*>(QStringLiteral("queuePanel"))->setCurrentRow(3); // MQLs
        QApplication::processEvents();
        ASSERT_GT(window->leadModel()->rowCount(), 5);
        window->leadTable()->setFocus();
        window->leadTable()->setCurrentIndex(
            window->leadModel()->index(0, LeadTableModel::NameColumn));
        QApplication::processEvents();
    }

    qint64 currentRowLead() const
    {
        const QModelIndex current = window->leadTable()->currentIndex();
        return current.isValid() ? current.data(LeadTableModel::LeadIdRole).toLongLong() : 0;
    }

    Stage storedStage(qint64 id) { return openWorkspace(temp.path())->leads().find(id)->stage; }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
    MoveNotice* notice = nullptr;
};

} // namespace

TEST_F(MoveNoticeTest, AnAcceptedLeadIsNamedWithAnUndoThatTakesItBack)
{
    EXPECT_FALSE(notice->isVisible()) << "nothing to say before a move";
    const qint64 moved = currentRowLead();
    const QString name = window->leadView()->lead()->displayName();
    QTest::keyClick(window->leadTable(), Qt::Key_A);
    QApplication::processEvents();
    ASSERT_EQ(storedStage(moved), Stage::SAL);

    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text()->text(),
              QStringLiteral("%1 → %2 ·").arg(name, LeadTableModel::stageLabel(Stage::SAL)));
    const qint64 next = currentRowLead();
    EXPECT_NE(next, 0);
    EXPECT_NE(next, moved) << "the next lead is ready for triage";

    QTest::mouseClick(notice->undoButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(storedStage(moved), Stage::MQL) << "Undo took the move back";
    EXPECT_EQ(window->undoStack()->index(), 0);
    EXPECT_FALSE(notice->isVisible());
}

TEST_F(MoveNoticeTest, BackReturnsToTheMovedLead)
{
    const qint64 moved = currentRowLead();
    QTest::keyClick(window->leadTable(), Qt::Key_A);
    QApplication::processEvents();
    ASSERT_NE(currentRowLead(), moved);
    QTest::keyClick(window->leadTable(), Qt::Key_Left, Qt::AltModifier);
    QApplication::processEvents();
    ASSERT_TRUE(window->leadView()->lead());
    EXPECT_EQ(window->leadView()->lead()->id, moved);
    EXPECT_EQ(window->leadView()->lead()->stage, Stage::SAL);
}

TEST_F(MoveNoticeTest, AnotherStepHidesTheNoticeSoItsUndoTakesBackNothingElse)
{
    const qint64 first = currentRowLead();
    QTest::keyClick(window->leadTable(), Qt::Key_A);
    QApplication::processEvents();
    const qint64 second = currentRowLead();
    QTest::keyClick(window->leadTable(), Qt::Key_A);
    QApplication::processEvents();
    ASSERT_EQ(window->undoStack()->index(), 2);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text()->text().startsWith(
        openWorkspace(temp.path())->leads().find(second)->displayName()))
        << "the newest move is named";
    window->undoStack()->undo(); // Ctrl+Z: the second move is taken back, the notice goes
    QApplication::processEvents();
    EXPECT_FALSE(notice->isVisible());
    EXPECT_EQ(storedStage(second), Stage::MQL);
    EXPECT_EQ(storedStage(first), Stage::SAL) << "the earlier move stays";
}

TEST_F(MoveNoticeTest, ABulkMoveCountsItsLeads)
{
    window->leadTable()->selectionModel()->select(
        QItemSelection(window->leadModel()->index(0, 0), window->leadModel()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const qint64 mqlsBefore = window->leadModel()->rowCount();
    QSignalSpy finished(window->workspaceJob(), &WorkspaceJob::finished);
    QTest::keyClick(window->leadTable(), Qt::Key_A);
    ASSERT_TRUE(finished.count() == 1 || finished.wait(60000));
    QApplication::processEvents();
    EXPECT_EQ(window->leadModel()->rowCount(), mqlsBefore - 3);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text()->text(),
              QStringLiteral("3 leads → %1 ·").arg(LeadTableModel::stageLabel(Stage::SAL)));
    QTest::mouseClick(notice->undoButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(window->leadModel()->rowCount(), mqlsBefore) << "all three are back";
}
