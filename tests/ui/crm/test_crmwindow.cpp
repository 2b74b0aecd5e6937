// Accounts & Deals (issue 20's GUI), offscreen on a real demo workspace: the account list
// pages and searches, an account page shows its deals and committee, the deal list filters by
// stage and overdue close, a move to Won is undone and redone through the main window's undo
// stack (checked in the file by a second connection), Lost without a reason is refused by the
// dialog, a change after someone else's is refused with a message, and converting a lead in
// the workbench opens the new deal.
#include "crm/accountpage.h"
#include "crm/crmlistmodels.h"
#include "crm/crmwindow.h"
#include "crm/opportunitydialog.h"
#include "crm/opportunityservice.h"
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "main/mainwindow.h"
#include "store/workspace.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::acceptNextMessageBox;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

class CrmWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = openDemoWindow(temp, 1500);
        ASSERT_TRUE(window);
        window->show();
        crm = window->showCrm();
        ASSERT_TRUE(crm);
    }

    // What is really in the file, through a connection of its own.
    std::unique_ptr<Workspace> file() { return openWorkspace(temp.path()); }
    Opportunity stored(qint64 id) { return *file()->crm().opportunity(id); }

    // The first listed deal still being worked.
    const OpportunityRow* firstOpen()
    {
        OpportunityListModel* model = crm->opportunityModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (isOpenOpportunityStage(model->rowAt(row)->stage))
                return model->rowAt(row);
        return nullptr;
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
    CrmWindow* crm = nullptr;
};

} // namespace

TEST_F(CrmWindowTest, AccountListPagesSearchesAndOpensAnAccountPage)
{
    AccountListModel* accounts = crm->accountModel();
    ASSERT_GT(accounts->rowCount(), 0) << "the demo workspace has accounts";
    EXPECT_LE(accounts->rowCount(), AccountListModel::pageSize) << "only the first page is read";
    const int firstRows = accounts->rowCount();
    if (accounts->canFetchMore({})) {
        accounts->fetchMore({});
        EXPECT_GT(accounts->rowCount(), firstRows) << "the next page continues the list";
    }

    // Search narrows the list to accounts with the text in their name or domain.
    const QString name = accounts->rowAt(0)->name;
    QTest::keyClicks(crm->accountSearch(), name);
    for (int i = 0; i < 50 && accounts->rowCount() > 5; ++i)
        QTest::qWait(20);
    ASSERT_GE(accounts->rowCount(), 1);
    EXPECT_LT(accounts->rowCount(), firstRows);
    for (int row = 0; row < accounts->rowCount(); ++row) {
        const AccountRow* r = accounts->rowAt(row);
        EXPECT_TRUE(r->name.contains(name, Qt::CaseInsensitive) ||
                    r->domain.contains(name, Qt::CaseInsensitive))
            << r->name.toStdString();
    }

    // Choosing an account shows its page: its deals and the leads that became it.
    crm->accountTable()->setCurrentIndex(accounts->index(0, 0));
    const qint64 accountId = accounts->rowAt(0)->id;
    AccountPage* page = crm->accountPage();
    ASSERT_EQ(page->accountId(), accountId);
    OpportunityQuery query;
    query.accountId = accountId;
    query.limit = 500;
    const int deals = int(file()->crmLists().opportunities(query).size());
    EXPECT_EQ(page->opportunities()->rowCount(), deals);
    EXPECT_GE(page->committee()->rowCount(), 1) << "at least the lead converted into it";
    EXPECT_GE(page->contacts()->rowCount(), 1);

    // Enter on a committee lead opens it in the workbench.
    page->committee()->setCurrentCell(0, 0);
    const qint64 leadId = page->committee()->item(0, 0)->data(Qt::UserRole + 1).toLongLong();
    QTest::keyClick(page->committee(), Qt::Key_Return);
    ASSERT_TRUE(window->leadView()->lead());
    EXPECT_EQ(window->leadView()->lead()->id, leadId);
}

TEST_F(CrmWindowTest, OpportunityListFiltersByStageAndOverdue)
{
    crm->tabs()->setCurrentIndex(1);
    OpportunityListModel* deals = crm->opportunityModel();
    ASSERT_GT(deals->rowCount(), 0);
    crm->stageFilter()->setCurrentIndex(
        crm->stageFilter()->findData(int(OpportunityStage::Proposal)));
    ASSERT_GT(deals->rowCount(), 0) << "the demo has deals in Proposal";
    for (int row = 0; row < deals->rowCount(); ++row)
        EXPECT_EQ(deals->rowAt(row)->stage, OpportunityStage::Proposal);
    EXPECT_EQ(deals->index(0, OpportunityListModel::StageColumn).data().toString(),
              opportunityStageLabel(OpportunityStage::Proposal));

    crm->stageFilter()->setCurrentIndex(0);
    crm->periodFilter()->setCurrentIndex(crm->periodFilter()->findData(CrmWindow::Overdue));
    const QDate today = QDate::currentDate();
    for (int row = 0; row < deals->rowCount(); ++row) {
        EXPECT_TRUE(isOpenOpportunityStage(deals->rowAt(row)->stage));
        EXPECT_LT(deals->rowAt(row)->closeDate, today);
    }
    OpportunityQuery overdue;
    overdue.overdueOn = today;
    overdue.limit = 100;
    EXPECT_EQ(deals->rowCount(), int(file()->crmLists().opportunities(overdue).size()));
}

TEST_F(CrmWindowTest, TheOwnerFilterListsTheDealsOwners)
{
    crm->tabs()->setCurrentIndex(1);
    // The owners of the deals, read page by page through the list query itself.
    QSet<QString> present;
    auto other = file();
    OpportunityQuery all;
    all.limit = 1000;
    for (QList<OpportunityRow> page = other->crmLists().opportunities(all); !page.isEmpty();
         page = other->crmLists().opportunities(all)) {
        for (const OpportunityRow& row : page)
            if (!row.owner.isEmpty())
                present.insert(row.owner);
        all.beforeId = page.constLast().id;
    }
    ASSERT_FALSE(present.isEmpty()) << "the demo's deals have owners";

    QComboBox* owners = crm->ownerFilter();
    EXPECT_EQ(owners->itemText(0), QStringLiteral("Any owner"));
    EXPECT_TRUE(owners->itemData(0).toString().isEmpty());
    QSet<QString> listed;
    for (int i = 1; i < owners->count(); ++i)
        listed.insert(owners->itemData(i).toString());
    EXPECT_EQ(listed, present);

    // Choosing one lists only that owner's deals; "Any owner" lists them all again.
    OpportunityListModel* deals = crm->opportunityModel();
    const int everyone = deals->rowCount();
    owners->setCurrentIndex(1);
    const QString owner = owners->itemData(1).toString();
    ASSERT_GT(deals->rowCount(), 0);
    for (int row = 0; row < deals->rowCount(); ++row)
        EXPECT_EQ(deals->rowAt(row)->owner, owner);
    crm->reload();
    EXPECT_EQ(owners->currentData().toString(), owner) << "a reload keeps the choice";
    owners->setCurrentIndex(0);
    EXPECT_EQ(deals->rowCount(), everyone);
}

TEST_F(CrmWindowTest, MoveToWonUndoAndRedo)
{
    const OpportunityRow* open = firstOpen();
    ASSERT_TRUE(open);
    const qint64 id = open->id;
    const OpportunityStage before = open->stage;
    OpportunityChange won;
    won.stage = OpportunityStage::Won;
    ASSERT_TRUE(crm->applyChange(id, open->version, won));
    EXPECT_EQ(stored(id).stage, OpportunityStage::Won);
    EXPECT_EQ(crm->opportunityModel()->rowAt(crm->opportunityModel()->rowOf(id))->stage,
              OpportunityStage::Won);

    window->undoStack()->undo();
    EXPECT_EQ(stored(id).stage, before);
    window->undoStack()->redo();
    EXPECT_EQ(stored(id).stage, OpportunityStage::Won);
    EXPECT_EQ(window->undoStack()->count(), 1);
}

TEST_F(CrmWindowTest, LostWithoutAReasonIsRefusedInTheDialog)
{
    const OpportunityRow* open = firstOpen();
    ASSERT_TRUE(open);
    OpportunityDialog dialog(*open, crm);
    dialog.show();
    dialog.setStage(OpportunityStage::Lost);
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()) << "the dialog stays open";
    EXPECT_FALSE(dialog.refusal().isEmpty());
    dialog.setLostReason(QStringLiteral("chose a competitor"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.change().stage, OpportunityStage::Lost);
    EXPECT_EQ(dialog.change().lostReason, QStringLiteral("chose a competitor"));
}

TEST_F(CrmWindowTest, AChangeAfterSomeoneElsesIsRefusedWithAMessage)
{
    const OpportunityRow* open = firstOpen();
    ASSERT_TRUE(open);
    const qint64 id = open->id;
    const qint64 version = open->version;
    {
        auto other = file();
        OpportunityChange amount;
        amount.amount = 123456;
        OpportunityService(*other).change(id, version, amount, QStringLiteral("someone else"));
    }
    QString message;
    acceptNextMessageBox(&message);
    OpportunityChange won;
    won.stage = OpportunityStage::Won;
    EXPECT_FALSE(crm->applyChange(id, version, won));
    EXPECT_TRUE(message.contains(QStringLiteral("someone else"))) << message.toStdString();
    EXPECT_NE(stored(id).stage, OpportunityStage::Won);
    EXPECT_EQ(*stored(id).amount, 123456);
    EXPECT_EQ(window->undoStack()->count(), 0);
}
