// The window on a team workspace (a real PostgreSQL server on loopback): File → Connect to Team
// Workspace opens it with its leads, and a teammate's change shows up by itself.
#include "demo/demoworkspace.h"
#include "leads/leadtablemodel.h"
#include "main/appsettings.h"
#include "main/changewatcher.h"
#include "main/mainwindow.h"
#include "store/backends/workspacecopy.h"
#include "support/pgcluster.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QApplication>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempPgDatabase;
using lb::test::TempWorkspace;

TEST(TeamWorkspaceWindow, ConnectsAndFollowsATeammatesChanges)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempWorkspace file;
    DemoOptions options;
    options.leads = 120;
    options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    fillWithDemoData(file.workspace(), options);
    file.close();
    TempPgDatabase server;
    copyWorkspace(file.path(), server.url());

    MainWindow window;
    ASSERT_NE(window.action(QStringLiteral("file.connect")), nullptr);
    ASSERT_TRUE(window.openTeamWorkspace(server.url()));
    window.show();
    EXPECT_EQ(window.leadModel()->rowCount(), 120);
    // Remembered as it was typed, not as a path under the working folder.
    EXPECT_EQ(settings::recentWorkspaces.value().value(0), server.url());

    // A teammate adds a lead from another program.
    {
        auto teammate = openWorkspace(server.url());
        Lead lead;
        lead.email = QStringLiteral("new.lead@example.fi");
        lead.lastName = QStringLiteral("Uusi");
        teammate->leads().insert(lead, QStringLiteral("teammate"));
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.leadModel()->rowCount() == 121; }, 5000))
        << window.leadModel()->rowCount();
}

TEST(TeamWorkspaceWindow, AnAddressWithAPasswordIsRefusedWithoutConnecting)
{
    MainWindow window;
    // The refusal is a message box: closed as soon as it shows.
    QTimer::singleShot(0, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            box->close();
    });
    EXPECT_FALSE(window.openTeamWorkspace(QStringLiteral("postgresql://anna:s3cret@db/sales")));
    EXPECT_EQ(window.workspace(), nullptr);
}

// The window is told of a teammate's commit by the server (LISTEN/NOTIFY), not by its poll: with
// the poll an hour apart the change still arrives at once. A file cannot tell, and is polled.
TEST(TeamWorkspaceWindow, TheServerTellsTheWindowOfATeammatesCommit)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase server;
    auto own = openWorkspace(server.url(), Workspace::OpenMode::CreateIfMissing);
    ChangeWatcher watcher;
    watcher.setIntervals(3600 * 1000, 3600 * 1000);
    int told = 0;
    QObject::connect(&watcher, &ChangeWatcher::changedElsewhere, [&] { ++told; });
    watcher.watch(own.get());
    EXPECT_TRUE(watcher.toldOfChanges());

    // The window's own commit is no teammate's.
    Lead mine;
    mine.email = QStringLiteral("mine@example.fi");
    own->leads().insert(mine, QStringLiteral("me"));
    QTest::qWait(300);
    EXPECT_EQ(told, 0);

    {
        auto teammate = openWorkspace(server.url());
        Lead lead;
        lead.email = QStringLiteral("teammate@example.fi");
        Transaction transaction(*teammate);
        teammate->leads().insert(lead, QStringLiteral("teammate"));
        transaction.commit();
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return told > 0; }, 3000));

    TempWorkspace file;
    if (!test::testingTeamWorkspace()) {
        watcher.watch(&file.workspace());
        EXPECT_FALSE(watcher.toldOfChanges());
    }
    watcher.watch(nullptr);
}
