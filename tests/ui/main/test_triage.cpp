// Keyboard triage in the main window, offscreen: J/K move through the queue, A accepts (the
// SDR becomes the owner), Q is refused with the guard's reason while BANT is not ready, and
// the lead view follows the selection.
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "lifecycle/lifecycleservice.h"
#include "lifecycle/stagereason.h"
#include "main/mainwindow.h"
#include "main/queuepanel.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"
#include <QUndoStack>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::acceptNextMessageBox;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

class Triage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = openDemoWindow(temp, 600);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    // Chooses the MQL queue and puts the keyboard in the table on its first lead.
    void startOnMqlQueue()
    {
        window->findChild<QueuePanel*>(QStringLiteral("queuePanel"))
            ->setCurrentRow(3); // MQLs to accept
        QTableView* table = window->leadTable();
        table->setFocus();
        table->setCurrentIndex(window->leadModel()->index(0, LeadTableModel::NameColumn));
        QApplication::processEvents();
    }

    qint64 currentLeadId() const
    {
        return window->leadTable()->currentIndex().data(LeadTableModel::LeadIdRole).toLongLong();
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(Triage, JAndKMoveThroughTheQueueAndTheLeadViewFollows)
{
    startOnMqlQueue();
    const qint64 first = currentLeadId();
    QTest::keyClick(window->leadTable(), Qt::Key_J);
    const qint64 second = currentLeadId();
    EXPECT_NE(first, second);
    EXPECT_EQ(window->leadView()->lead()->id, second);
    QTest::keyClick(window->leadTable(), Qt::Key_K);
    EXPECT_EQ(currentLeadId(), first);
    EXPECT_EQ(window->leadView()->lead()->id, first);
}

TEST_F(Triage, AcceptMakesTheSdrTheOwnerAndMovesTheQueueOn)
{
    startOnMqlQueue();
    const int mqlsBefore = window->leadModel()->rowCount();
    const qint64 accepted = currentLeadId();
    QTest::keyClick(window->leadTable(), Qt::Key_A);
    QApplication::processEvents();
    auto workspace = openWorkspace(temp.path());
    const std::optional<Lead> lead = workspace->leads().find(accepted);
    ASSERT_TRUE(lead);
    EXPECT_EQ(lead->stage, Stage::SAL);
    EXPECT_EQ(lead->owner, QStringLiteral("Test SDR"));
    EXPECT_EQ(workspace->history().forLead(accepted).last().by, QStringLiteral("Test SDR"));
    EXPECT_EQ(window->leadModel()->rowCount(), mqlsBefore - 1)
        << "the accepted lead left the MQL queue";
    EXPECT_NE(currentLeadId(), accepted) << "the next lead is ready for triage";
}

TEST_F(Triage, QualifyIsRefusedWithTheGuardsReason)
{
    startOnMqlQueue();
    const qint64 id = currentLeadId();
    QTest::keyClick(window->leadTable(), Qt::Key_A); // MQL -> SAL
    QApplication::processEvents();
    // Back to the lead just accepted, now in the SAL queue.
    window->findChild<QueuePanel*>(QStringLiteral("queuePanel"))->setCurrentRow(1); // all leads
    window->leadTable()->setFocus();
    for (int row = 0; row < window->leadModel()->rowCount(); ++row) {
        if (window->leadModel()->rowAt(row)->id == id) {
            window->leadTable()->setCurrentIndex(window->leadModel()->index(row, 1));
            break;
        }
    }
    ASSERT_EQ(currentLeadId(), id);
    QString message;
    acceptNextMessageBox(&message);
    QTest::keyClick(window->leadTable(), Qt::Key_Q);
    QApplication::processEvents();
    EXPECT_FALSE(message.isEmpty()) << "a refused move says why";
    auto workspace = openWorkspace(temp.path());
    EXPECT_EQ(workspace->leads().find(id)->stage, Stage::SAL);
}

TEST_F(Triage, LetterShortcutsDoNothingWhileTypingInTheSearchBox)
{
    startOnMqlQueue();
    const int rowsBefore = window->leadModel()->rowCount();
    window->action(QStringLiteral("edit.search"))->trigger();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ad"));
    auto workspace = openWorkspace(temp.path());
    EXPECT_EQ(workspace->leads().count(LeadFilter{.stage = Stage::MQL}), rowsBefore)
        << "typing 'a' and 'd' must not accept or disqualify anything";
}

TEST_F(Triage, UndoTakesAnAcceptBackAndRedoMakesItAgain)
{
    startOnMqlQueue();
    const qint64 id = currentLeadId();
    QTest::keyClick(window->leadTable(), Qt::Key_A);
    QApplication::processEvents();
    {
        auto workspace = openWorkspace(temp.path());
        ASSERT_EQ(workspace->leads().find(id)->stage, Stage::SAL);
    }
    ASSERT_TRUE(window->undoStack()->canUndo());
    window->undoStack()->undo();
    {
        auto workspace = openWorkspace(temp.path());
        const Lead lead = *workspace->leads().find(id);
        EXPECT_EQ(lead.stage, Stage::MQL);
        EXPECT_TRUE(lead.owner.isEmpty()) << "the owner it had before the accept";
        const QList<StageChange> history = workspace->history().forLead(id);
        ASSERT_GE(history.size(), 3);
        EXPECT_EQ(history.last().to, Stage::MQL) << "the undo is a history line of its own";
        EXPECT_EQ(history.at(history.size() - 2).to, Stage::SAL) << "the move stays in history";
    }
    window->undoStack()->redo();
    auto workspace = openWorkspace(temp.path());
    EXPECT_EQ(workspace->leads().find(id)->stage, Stage::SAL);
    EXPECT_EQ(workspace->leads().find(id)->owner, QStringLiteral("Test SDR"));
}

TEST_F(Triage, UndoIsRefusedWhenTheLeadMovedOnSince)
{
    startOnMqlQueue();
    const qint64 id = currentLeadId();
    QTest::keyClick(window->leadTable(), Qt::Key_A);
    QApplication::processEvents();
    {
        // Someone else disqualifies it in the meantime.
        auto other = openWorkspace(temp.path());
        LifecycleService lifecycle(*other);
        Lead lead = *other->leads().find(id);
        MoveRequest request;
        request.to = Stage::Disqualified;
        request.reason = parseStageReason(QStringLiteral("duplicate"));
        lifecycle.move(lead, request, QStringLiteral("Someone else"));
    }
    QString message;
    acceptNextMessageBox(&message);
    window->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_FALSE(message.isEmpty());
    auto workspace = openWorkspace(temp.path());
    EXPECT_EQ(workspace->leads().find(id)->stage, Stage::Disqualified) << "never overwritten";
    EXPECT_FALSE(window->undoStack()->canUndo()) << "the stale step left the stack";
}
