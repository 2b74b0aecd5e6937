// Moving many leads at once runs on a worker thread, offscreen on a real workspace: the key
// returns at once with the move still running behind a progress dialog, every lead moves in
// one undoable step, and Cancel moves none.
#include "leads/leadtablemodel.h"
#include "main/mainwindow.h"
#include "main/queuepanel.h"
#include "main/workspacejob.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

class BulkMove : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = openDemoWindow(temp, 20000);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        // Every MQL, selected.
        window->findChild<QueuePanel*>(QStringLiteral("queuePanel"))->setCurrentRow(3);
        QApplication::processEvents();
        mqls = window->leadModel()->rowCount();
        ASSERT_GT(mqls, 100);
        window->leadTable()->setFocus();
        window->leadTable()->selectAll();
        ASSERT_EQ(window->leadTable()->selectionModel()->selectedRows().size(), mqls);
    }

    qint64 count(Stage stage)
    {
        return openWorkspace(temp.path())->leads().count(LeadFilter{.stage = stage});
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
    int mqls = 0;
};

} // namespace

TEST_F(BulkMove, AcceptingManyLeadsRunsInTheBackgroundAsOneUndoStep)
{
    const qint64 salBefore = count(Stage::SAL);
    QSignalSpy finished(window->workspaceJob(), &WorkspaceJob::finished);
    QTest::keyClick(window->leadTable(), Qt::Key_A);
    EXPECT_TRUE(window->workspaceJob()->isRunning()) << "the key returned with the move running";
    ASSERT_TRUE(finished.count() == 1 || finished.wait(60000));
    EXPECT_EQ(count(Stage::MQL), 0);
    EXPECT_EQ(count(Stage::SAL), salBefore + mqls);
    EXPECT_EQ(window->leadModel()->rowCount(), 0) << "the MQL queue is empty now";
    ASSERT_EQ(window->undoStack()->count(), 1);
    window->undoStack()->undo();
    EXPECT_EQ(count(Stage::MQL), mqls);
    EXPECT_EQ(count(Stage::SAL), salBefore);
}

TEST_F(BulkMove, CancelMovesNone)
{
    QSignalSpy finished(window->workspaceJob(), &WorkspaceJob::finished);
    QTest::keyClick(window->leadTable(), Qt::Key_A);
    QProgressDialog* progress = window->workspaceJob()->progressDialog();
    ASSERT_NE(progress, nullptr);
    QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);
    ASSERT_TRUE(finished.count() == 1 || finished.wait(60000));
    EXPECT_EQ(count(Stage::MQL), mqls);
    EXPECT_EQ(window->undoStack()->count(), 0);
}
