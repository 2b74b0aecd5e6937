// The lead view and the table never disagree, offscreen on a real workspace: the pane shows
// the lead of the table's current row or nothing (after a queue or a search left the lead out,
// so a stage key cannot move a lead the SDR no longer sees); and profile edits not saved yet
// are never dropped silently: moving to another lead, changing the queue or closing the window
// asks Save / Discard / Cancel.
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "leadview/profileeditor.h"
#include "main/mainwindow.h"
#include "main/queuepanel.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

constexpr int newQueue = 2;
constexpr int mqlQueue = 3;

// Clicks `button` in the question about unsaved edits once it opens (the seam a test answers
// it through); counts the questions seen in `asked`.
void answerUnsavedEdits(QMessageBox::StandardButton button, int* asked, int attempts = 100)
{
    QTimer::singleShot(20, [button, asked, attempts] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (box && box->isVisible() && box->objectName() == QLatin1String("unsavedEditsBox")) {
                ++*asked;
                QTest::mouseClick(box->button(button), Qt::LeftButton);
                return;
            }
        }
        if (attempts > 0)
            answerUnsavedEdits(button, asked, attempts - 1);
    });
}

class LeadPane : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = openDemoWindow(temp, 600);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    QTableView* table() const { return window->leadTable(); }
    QueuePanel* queues() const
    {
        return window->findChild<QueuePanel*>(QStringLiteral("queuePanel"));
    }
    qint64 currentLeadId() const
    {
        return table()->currentIndex().data(LeadTableModel::LeadIdRole).toLongLong();
    }
    std::optional<qint64> shownLeadId() const
    {
        const std::optional<Lead>& lead = window->leadView()->lead();
        return lead ? std::optional<qint64>(lead->id) : std::nullopt;
    }
    Lead stored(qint64 id)
    {
        auto workspace = openWorkspace(temp.path());
        return *workspace->leads().find(id);
    }

    // Clicks the row, as the SDR would.
    void clickRow(int row)
    {
        const QModelIndex index = window->leadModel()->index(row, LeadTableModel::NameColumn);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(index).center());
        settle();
    }
    // Lets a question asked after the click open and be answered.
    static void settle()
    {
        for (int i = 0; i < 10; ++i)
            QTest::qWait(20);
    }

    // Starts on the first lead of the New queue (editable, not converted).
    qint64 openFirstNewLead()
    {
        queues()->setCurrentRow(newQueue);
        clickRow(0);
        return currentLeadId();
    }

    void typeTitle(const QString& title)
    {
        QLineEdit* edit = window->leadView()->profile()->field(QStringLiteral("title"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, title);
        ASSERT_TRUE(window->leadView()->hasUnsavedEdits());
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(LeadPane, FollowsTheTableWhenTheQueueOrTheSearchLeavesTheLeadOut)
{
    queues()->setCurrentRow(mqlQueue);
    clickRow(0);
    const qint64 x = currentLeadId();
    ASSERT_EQ(shownLeadId(), x);

    // Another queue, where X (an MQL) is not listed.
    queues()->setCurrentRow(newQueue);
    QApplication::processEvents();
    EXPECT_NE(shownLeadId(), std::optional<qint64>(x)) << "the pane no longer shows X";
    EXPECT_EQ(shownLeadId().has_value(), table()->currentIndex().isValid())
        << "the pane shows the current row's lead or none";
    if (shownLeadId())
        EXPECT_EQ(*shownLeadId(), currentLeadId());
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_A);
    QApplication::processEvents();
    EXPECT_EQ(stored(x).stage, Stage::MQL) << "A never moves the lead the SDR no longer sees";

    // Back to X, then a search that lists other leads but not X.
    queues()->setCurrentRow(mqlQueue);
    clickRow(0);
    ASSERT_EQ(shownLeadId(), x);
    const Lead other = stored(window->leadModel()->rowAt(1)->id);
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    search->setFocus();
    QTest::keyClicks(search, other.email);
    for (int i = 0; i < 50 && window->leadModel()->filter().search != other.email; ++i)
        QTest::qWait(20);
    ASSERT_EQ(window->leadModel()->filter().search, other.email);
    ASSERT_GE(window->leadModel()->rowCount(), 1);
    for (int row = 0; row < window->leadModel()->rowCount(); ++row)
        ASSERT_NE(window->leadModel()->rowAt(row)->id, x) << "the search leaves X out";
    EXPECT_FALSE(shownLeadId() == x) << "the pane no longer shows X";
    EXPECT_FALSE(table()->currentIndex().isValid());
    EXPECT_EQ(window->findChild<QLabel*>(QStringLiteral("leadTitle"))->text(),
              QStringLiteral("No lead selected"));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_A);
    QApplication::processEvents();
    EXPECT_EQ(stored(x).stage, Stage::MQL);
    if (shownLeadId())
        EXPECT_EQ(*shownLeadId(), currentLeadId()) << "focus may pick the listed lead";
}

TEST_F(LeadPane, MovingToAnotherLeadAsksAboutUnsavedEdits)
{
    const qint64 x = openFirstNewLead();
    const QString originalTitle = stored(x).title;
    int asked = 0;

    // Cancel: the selection stays on X, with the edit.
    typeTitle(QStringLiteral("Head of Robots"));
    answerUnsavedEdits(QMessageBox::Cancel, &asked);
    clickRow(1);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(currentLeadId(), x);
    EXPECT_EQ(shownLeadId(), x);
    EXPECT_EQ(window->leadView()->profile()->field(QStringLiteral("title"))->text(),
              QStringLiteral("Head of Robots"));
    EXPECT_EQ(table()->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(table()->selectionModel()->selectedRows().constFirst().row(),
              table()->currentIndex().row())
        << "what is selected is what is shown: a stage key acts on X";

    // Discard: the edit is dropped, on purpose, and the pane goes to the other lead.
    answerUnsavedEdits(QMessageBox::Discard, &asked);
    clickRow(1);
    EXPECT_EQ(asked, 2);
    const qint64 y = currentLeadId();
    EXPECT_NE(y, x);
    EXPECT_EQ(shownLeadId(), y);
    EXPECT_EQ(stored(x).title, originalTitle);

    // Save: the edit is written, then the pane goes where the SDR went.
    clickRow(0);
    ASSERT_EQ(shownLeadId(), x);
    typeTitle(QStringLiteral("Head of Robots"));
    answerUnsavedEdits(QMessageBox::Save, &asked);
    clickRow(1);
    EXPECT_EQ(asked, 3);
    EXPECT_EQ(stored(x).title, QStringLiteral("Head of Robots"));
    EXPECT_EQ(shownLeadId(), currentLeadId());
    EXPECT_NE(shownLeadId(), x);
    EXPECT_FALSE(window->leadView()->hasUnsavedEdits());
}

TEST_F(LeadPane, ChangingTheQueueOrClosingAsksAboutUnsavedEdits)
{
    const qint64 x = openFirstNewLead();
    int asked = 0;

    typeTitle(QStringLiteral("Chief Tinkerer"));
    answerUnsavedEdits(QMessageBox::Cancel, &asked);
    queues()->setCurrentRow(mqlQueue);
    settle();
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(queues()->currentRow(), newQueue) << "cancel keeps the list the lead is in";
    EXPECT_EQ(shownLeadId(), x);
    EXPECT_EQ(currentLeadId(), x);

    answerUnsavedEdits(QMessageBox::Save, &asked);
    queues()->setCurrentRow(mqlQueue);
    settle();
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(stored(x).title, QStringLiteral("Chief Tinkerer"));
    EXPECT_EQ(queues()->currentRow(), mqlQueue);

    // Closing the window with an edit open.
    clickRow(0);
    typeTitle(QStringLiteral("Closing time"));
    const qint64 z = currentLeadId();
    answerUnsavedEdits(QMessageBox::Cancel, &asked);
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(window->isVisible());
    answerUnsavedEdits(QMessageBox::Save, &asked);
    EXPECT_TRUE(window->close());
    EXPECT_EQ(asked, 4);
    EXPECT_EQ(stored(z).title, QStringLiteral("Closing time"));
}
