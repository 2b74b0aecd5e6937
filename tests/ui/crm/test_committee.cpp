// The buying committee on the lead view and conversion in the workbench (issue 20), offscreen
// on a real demo workspace: two leads of one company see each other in the Committee tab (a
// double-click opens the other), and converting one through the conversion dialog opens the
// new opportunity in Accounts & Deals, with the lead's links to what it became clickable.
#include "crm/accountpage.h"
#include "crm/committeewidget.h"
#include "crm/crmlistmodels.h"
#include "crm/crmwindow.h"
#include "demo/demoworkspace.h"
#include "dialogs/conversiondialog.h"
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "main/mainwindow.h"
#include "store/workspace.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

class CommitteeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoOptions options;
        options.leads = 300;
        options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
        fillWithDemoData(temp.workspace(), options);
        // Two people of one company no demo lead works at: a champion and an economic buyer.
        champion = addLead("kirsi.lahtinen@polarrobotics.fi", "Kirsi", "Lahtinen",
                           "Head of Operations", Stage::SQL);
        buyer = addLead("matti.koski@polarrobotics.fi", "Matti", "Koski", "CFO", Stage::MQL);
        temp.close();
        window = std::make_unique<MainWindow>();
        window->setActor(QStringLiteral("Test SDR"));
        ASSERT_TRUE(window->openWorkspace(temp.path()));
        window->show();
    }

    qint64 addLead(const char* email, const char* first, const char* last, const char* title,
                   Stage stage)
    {
        Lead lead;
        lead.email = QString::fromLatin1(email);
        lead.firstName = QString::fromLatin1(first);
        lead.lastName = QString::fromLatin1(last);
        lead.title = QString::fromLatin1(title);
        lead.company = QStringLiteral("Polar Robotics Oy");
        lead.country = QStringLiteral("FI");
        lead.stage = stage;
        temp.workspace().leads().insert(lead, QStringLiteral("importer"));
        return lead.id;
    }

    // Lists the two Polar Robotics leads and makes `leadId` current.
    void select(qint64 leadId)
    {
        auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchBox"));
        search->setText(QStringLiteral("polarrobotics"));
        for (int i = 0; i < 50 && window->leadModel()->rowCount() != 2; ++i)
            QTest::qWait(20);
        ASSERT_EQ(window->leadModel()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            if (window->leadModel()->rowAt(row)->id == leadId)
                window->leadTable()->setCurrentIndex(
                    window->leadModel()->index(row, LeadTableModel::NameColumn));
        ASSERT_TRUE(window->leadView()->lead());
        ASSERT_EQ(window->leadView()->lead()->id, leadId);
    }

    int committeeRowOf(const QString& name)
    {
        QTableWidget* people = window->leadView()->committee()->people();
        for (int row = 0; row < people->rowCount(); ++row)
            if (people->item(row, 0)->text() == name)
                return row;
        return -1;
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
    qint64 champion = 0;
    qint64 buyer = 0;
};

// Presses the conversion dialog's Convert button once it is open, with an opportunity.
void convertWhenTheDialogOpens(bool* seen, int attempts = 100)
{
    QTimer::singleShot(50, [seen, attempts] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<ConversionDialog*>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            *seen = true;
            dialog->opportunityGroup()->setChecked(true);
            dialog->opportunityName()->setText(QStringLiteral("Polar line automation"));
            QTest::mouseClick(dialog->convertButton(), Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject(); // never leave the test hanging on a refused conversion
            return;
        }
        if (attempts > 0)
            convertWhenTheDialogOpens(seen, attempts - 1);
    });
}

} // namespace

TEST_F(CommitteeTest, TheLeadViewListsTheOtherLeadOfTheCompanyOneClickAway)
{
    ASSERT_NO_FATAL_FAILURE(select(champion));
    const int row = committeeRowOf(QStringLiteral("Matti Koski"));
    ASSERT_GE(row, 0) << "the CFO of the same company is in the champion's committee";
    QTableWidget* people = window->leadView()->committee()->people();
    EXPECT_EQ(people->item(row, 1)->text(), QStringLiteral("CFO"));
    EXPECT_EQ(committeeRowOf(QStringLiteral("Kirsi Lahtinen")), -1) << "not the lead itself";

    people->setCurrentCell(row, 0);
    QTest::keyClick(people, Qt::Key_Return);
    ASSERT_TRUE(window->leadView()->lead());
    EXPECT_EQ(window->leadView()->lead()->id, buyer);
}

TEST_F(CommitteeTest, ConvertingOpensTheNewOpportunityAndTheLeadLinksToIt)
{
    ASSERT_NO_FATAL_FAILURE(select(champion));
    bool seen = false;
    convertWhenTheDialogOpens(&seen);
    window->action(QStringLiteral("lead.convert"))->trigger();
    ASSERT_TRUE(seen);
    const std::optional<Lead> converted = openWorkspace(temp.path())->leads().find(champion);
    ASSERT_TRUE(converted && converted->converted && converted->converted->opportunityId);
    const qint64 dealId = *converted->converted->opportunityId;

    CrmWindow* crm = window->crmWindow();
    ASSERT_TRUE(crm) << "Accounts & Deals opened";
    EXPECT_TRUE(crm->isVisible());
    EXPECT_EQ(crm->tabs()->currentIndex(), 1);
    const QModelIndex current = crm->opportunityTable()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(crm->opportunityModel()->rowAt(current.row())->id, dealId);
    EXPECT_EQ(crm->opportunityModel()->rowAt(current.row())->name,
              QStringLiteral("Polar line automation"));

    // The lead view links to what the lead became: its account opens on a click.
    window->leadView()->showLead(champion);
    QLabel* links = window->leadView()->committee()->links();
    EXPECT_TRUE(links->text().contains(QStringLiteral("opportunity:%1").arg(dealId)));
    Q_EMIT links->linkActivated(QStringLiteral("account:%1").arg(converted->converted->accountId));
    EXPECT_EQ(crm->tabs()->currentIndex(), 0);
    EXPECT_EQ(crm->accountPage()->accountId(), converted->converted->accountId);
    EXPECT_GE(crm->accountPage()->opportunities()->rowCount(), 1);
    // The account's committee holds both people of the company.
    EXPECT_GE(crm->accountPage()->committee()->rowCount(), 2);
}
