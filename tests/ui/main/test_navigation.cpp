// Back and Forward (Alt+Left / Alt+Right) between leads, accounts and opportunities, offscreen
// on a demo workspace: the history drops what was ahead when a new place is opened and keeps
// no place twice in a row; leads opened in the table come back as their row, a lead outside
// the current queue comes back in the lead pane alone (the queue stays); the Accounts & Deals
// window shares the one history, so Back there returns to the lead and Back in the workbench
// raises the account again.
#include "crm/accountpage.h"
#include "crm/crmlistmodels.h"
#include "crm/crmwindow.h"
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "main/mainwindow.h"
#include "main/navigation.h"
#include "main/navigationhistory.h"
#include "main/queuepanel.h"
#include "store/workspace.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QApplication>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

class Navigating : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = openDemoWindow(temp, 600);
        ASSERT_TRUE(window);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    QueuePanel* queues() const
    {
        return window->findChild<QueuePanel*>(QStringLiteral("queuePanel"));
    }

    void selectRow(int row)
    {
        window->leadTable()->setFocus();
        window->leadTable()->setCurrentIndex(
            window->leadModel()->index(row, LeadTableModel::NameColumn));
        QApplication::processEvents();
    }

    qint64 currentRowLead() const
    {
        const QModelIndex current = window->leadTable()->currentIndex();
        return current.isValid() ? current.data(LeadTableModel::LeadIdRole).toLongLong() : 0;
    }

    qint64 paneLead() const
    {
        return window->leadView()->lead() ? window->leadView()->lead()->id : 0;
    }

    // Alt+Left / Alt+Right as the SDR presses them, in the window that has the keyboard.
    static void press(QWidget* window, Qt::Key key)
    {
        QWidget* target =
            QApplication::focusWidget() && QApplication::focusWidget()->window() == window
                ? QApplication::focusWidget()
                : window;
        QTest::keyClick(target, key, Qt::AltModifier);
        QApplication::processEvents();
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST(NavigationHistory, ANewPlaceDropsWhatWasAheadAndNoPlaceTwiceInARow)
{
    NavigationHistory history;
    EXPECT_FALSE(history.canGoBack());
    history.visit({Place::Lead, 1});
    history.visit({Place::Lead, 1}); // the current place again: nothing new
    history.visit({Place::Account, 7});
    history.visit({Place::Opportunity, 3});
    ASSERT_EQ(history.places().size(), 3);
    EXPECT_EQ(history.back(), (Place{Place::Account, 7}));
    EXPECT_EQ(history.back(), (Place{Place::Lead, 1}));
    EXPECT_FALSE(history.back()) << "nothing before the first place";
    EXPECT_EQ(history.forward(), (Place{Place::Account, 7}));
    history.visit({Place::Account, 7}); // re-opening where Back led changes nothing
    EXPECT_TRUE(history.canGoForward());
    history.visit({Place::Lead, 2}); // a new way from here
    EXPECT_FALSE(history.canGoForward());
    EXPECT_EQ(history.places(),
              (QList<Place>{{Place::Lead, 1}, {Place::Account, 7}, {Place::Lead, 2}}));
    EXPECT_EQ(history.back(), (Place{Place::Account, 7}));
}

TEST_F(Navigating, BackAndForwardBetweenLeadsOfTheTable)
{
    ASSERT_TRUE(window->action(QStringLiteral("view.back")));
    EXPECT_EQ(window->action(QStringLiteral("view.back"))->shortcut(),
              QKeySequence(Qt::ALT | Qt::Key_Left));
    selectRow(2);
    const qint64 first = currentRowLead();
    selectRow(5);
    const qint64 second = currentRowLead();
    ASSERT_NE(first, second);

    press(window.get(), Qt::Key_Left);
    EXPECT_EQ(currentRowLead(), first) << "Back selects the lead opened before";
    EXPECT_EQ(paneLead(), first);
    press(window.get(), Qt::Key_Right);
    EXPECT_EQ(currentRowLead(), second);
    EXPECT_EQ(paneLead(), second);
    EXPECT_FALSE(window->action(QStringLiteral("view.forward"))->isEnabled());
}

TEST_F(Navigating, ALeadOutsideTheQueueComesBackInThePaneAndTheQueueStays)
{
    queues()->setCurrentRow(3); // MQLs to accept
    QApplication::processEvents();
    ASSERT_GT(window->leadModel()->rowCount(), 0);
    selectRow(0);
    const qint64 mql = currentRowLead();
    // A lead of another stage, opened as a link opens it.
    auto file = openWorkspace(temp.path());
    const QList<Lead> sql = file->leads().list(LeadFilter{.stage = Stage::SQL}, LeadSort{}, 1);
    ASSERT_FALSE(sql.isEmpty());
    const qint64 other = sql.constFirst().id;
    ASSERT_TRUE(window->openLead(other));
    EXPECT_EQ(paneLead(), other);

    selectRow(0);
    press(window.get(), Qt::Key_Left);
    EXPECT_EQ(paneLead(), other) << "Back returns to the lead opened by the link";
    EXPECT_FALSE(window->leadTable()->currentIndex().isValid())
        << "it is not in the MQL queue: no row stands for it";
    EXPECT_EQ(queues()->currentRow(), 3) << "the SDR's queue stays";
    press(window.get(), Qt::Key_Left);
    EXPECT_EQ(paneLead(), mql);
    EXPECT_EQ(currentRowLead(), mql);
}

TEST_F(Navigating, TheAccountsWindowSharesTheHistory)
{
    selectRow(0);
    const qint64 start = currentRowLead();
    CrmWindow* crm = window->showCrm();
    ASSERT_TRUE(QTest::qWaitForWindowActive(crm));
    ASSERT_GT(crm->accountModel()->rowCount(), 0);
    crm->accountTable()->setFocus();
    crm->accountTable()->setCurrentIndex(crm->accountModel()->index(0, 0));
    const qint64 account = crm->accountModel()->rowAt(0)->id;
    AccountPage* page = crm->accountPage();
    ASSERT_EQ(page->accountId(), account);
    ASSERT_GT(page->committee()->rowCount(), 0);

    // Enter on a committee lead opens it in the workbench.
    page->committee()->setFocus();
    page->committee()->setCurrentCell(0, 0);
    const qint64 member = page->committee()->item(0, 0)->data(Qt::UserRole + 1).toLongLong();
    QTest::keyClick(page->committee(), Qt::Key_Return);
    ASSERT_EQ(paneLead(), member);
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));

    // Back in the workbench raises the account again.
    page->showAccount(nullptr, 0); // as if the SDR had wandered off the page
    crm->tabs()->setCurrentIndex(1);
    press(window.get(), Qt::Key_Left);
    ASSERT_TRUE(QTest::qWaitForWindowActive(crm));
    EXPECT_EQ(crm->tabs()->currentIndex(), 0);
    EXPECT_EQ(page->accountId(), account);

    // Back in Accounts & Deals returns to the lead before it, in the workbench.
    press(crm, Qt::Key_Left);
    EXPECT_EQ(paneLead(), start);
    EXPECT_EQ(currentRowLead(), start);
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));

    // Forward twice: the account, then the committee lead.
    press(window.get(), Qt::Key_Right);
    ASSERT_TRUE(QTest::qWaitForWindowActive(crm));
    EXPECT_EQ(page->accountId(), account);
    press(crm, Qt::Key_Right);
    EXPECT_EQ(paneLead(), member);
}

TEST_F(Navigating, ADealOpenedInTheAccountsWindowComesBack)
{
    selectRow(0);
    const qint64 start = currentRowLead();
    CrmWindow* crm = window->showCrm();
    crm->tabs()->setCurrentIndex(1);
    ASSERT_GT(crm->opportunityModel()->rowCount(), 3);
    crm->opportunityTable()->setCurrentIndex(crm->opportunityModel()->index(3, 0));
    const qint64 deal = crm->opportunityModel()->rowAt(3)->id;
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    selectRow(4);

    press(window.get(), Qt::Key_Left);
    ASSERT_TRUE(QTest::qWaitForWindowActive(crm));
    EXPECT_EQ(crm->tabs()->currentIndex(), 1);
    const OpportunityRow* current =
        crm->opportunityModel()->rowAt(crm->opportunityTable()->currentIndex().row());
    ASSERT_TRUE(current);
    EXPECT_EQ(current->id, deal);
    press(crm, Qt::Key_Left);
    EXPECT_EQ(paneLead(), start);
}
