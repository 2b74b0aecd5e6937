// The window on a team workspace (a real PostgreSQL server on loopback): File → Connect to Team
// Workspace opens it with its leads (asking for the server's password when it wants one), and a
// teammate's change shows up by itself.
#include "demo/demoworkspace.h"
#include "leads/leadtablemodel.h"
#include "main/appsettings.h"
#include "main/changewatcher.h"
#include "main/mainwindow.h"
#include "main/queuepanel.h"
#include "store/backends/workspacecopy.h"
#include "store/serverpasswords.h"
#include "store/workspacelocation.h"
#include "support/pgcluster.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::PasswordLogin;
using lb::test::TempPgDatabase;
using lb::test::TempWorkspace;

namespace {

// The demo's leads, made in a file and copied to the server as `leadbench-cli migrate` does.
void fillWithDemoLeads(const TempPgDatabase& server, int leads)
{
    TempWorkspace file;
    DemoOptions options;
    options.leads = leads;
    options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    fillWithDemoData(file.workspace(), options);
    file.close();
    copyWorkspace(file.path(), server.url());
}

} // namespace

TEST(TeamWorkspaceWindow, ConnectsAndFollowsATeammatesChanges)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase server;
    fillWithDemoLeads(server, 120);

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

// On a server the queue counts are full counts (hundreds of milliseconds at a million leads):
// the window reads them on a worker of its own after the table's rows, and they still say what
// the server holds, after a teammate's change too.
TEST(TeamWorkspaceWindow, TheQueueCountsComeFromAWorkerAndFollowTheServer)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase server;
    fillWithDemoLeads(server, 90);
    const auto teammate = openWorkspace(server.url());
    const auto countText = [](const QString& name, qint64 n) {
        return QStringLiteral("%1  (%2)").arg(name, QLocale().toString(n));
    };

    MainWindow window;
    ASSERT_TRUE(window.openTeamWorkspace(server.url()));
    window.show();
    auto* queues = window.findChild<QueuePanel*>(QStringLiteral("queuePanel"));
    ASSERT_NE(queues, nullptr);
    // Not read on the window's thread: nothing is counted before the event loop turns.
    EXPECT_EQ(queues->item(1)->text(), QueuePanel::tr("All leads") + QStringLiteral("  (\u2026)"));
    const qint64 mqls = teammate->leads().countByStage().value(Stage::MQL);
    ASSERT_GT(mqls, 0);
    const auto mqlRow = [&] {
        for (int row = 0; row < queues->count(); ++row) {
            if (queues->item(row)->text().startsWith(QueuePanel::queueName(Stage::MQL)))
                return row;
        }
        return -1;
    }();
    ASSERT_GE(mqlRow, 0);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return queues->item(1)->text() == countText(QueuePanel::tr("All leads"), 90) &&
                   queues->item(mqlRow)->text() ==
                       countText(QueuePanel::queueName(Stage::MQL), mqls);
        },
        5000))
        << queues->item(1)->text().toStdString() << " / "
        << queues->item(mqlRow)->text().toStdString();

    Lead lead;
    lead.email = QStringLiteral("counted@example.se");
    lead.lastName = QStringLiteral("Räknad");
    lead.stage = Stage::MQL;
    teammate->leads().insert(lead, QStringLiteral("teammate"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return queues->item(1)->text() == countText(QueuePanel::tr("All leads"), 91) &&
                   queues->item(mqlRow)->text() ==
                       countText(QueuePanel::queueName(Stage::MQL), mqls + 1);
        },
        5000))
        << queues->item(1)->text().toStdString() << " / "
        << queues->item(mqlRow)->text().toStdString();
}

// Counts still being read from a server when the SDR opens a local file are dropped: the panel
// shows the file's, not the server's arriving late.
TEST(TeamWorkspaceWindow, CountsOfAServerLeftMeanwhileAreNotShown)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase server;
    fillWithDemoLeads(server, 90);
    TempWorkspace file;
    DemoOptions options;
    options.leads = 7;
    fillWithDemoData(file.workspace(), options);
    file.close();

    MainWindow window;
    ASSERT_TRUE(window.openTeamWorkspace(server.url()));
    ASSERT_TRUE(window.openWorkspace(file.path()));
    auto* queues = window.findChild<QueuePanel*>(QStringLiteral("queuePanel"));
    ASSERT_NE(queues, nullptr);
    const QString fileCounts = QueuePanel::tr("All leads") + QStringLiteral("  (7)");
    EXPECT_EQ(queues->item(1)->text(), fileCounts);
    QTest::qWait(1500); // time enough for the server's counts to arrive
    EXPECT_EQ(queues->item(1)->text(), fileCounts);
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

// A server that asks for a password gets one typed into a password field (asked again after a
// wrong one); the password is kept in memory for this run only, never in the settings. Cancelled,
// the window connects to nothing.
TEST(TeamWorkspaceWindow, AsksForTheServersPasswordAndKeepsItNowhere)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase server;
    {
        auto workspace = openWorkspace(server.url(), Workspace::OpenMode::CreateIfMissing);
        Lead lead;
        lead.email = QStringLiteral("aino@example.fi");
        workspace->leads().insert(lead, QStringLiteral("me"));
    }
    const QString secret = QStringLiteral("s3cret-of-anna");
    const PasswordLogin login(server, secret);
    if (!login.available())
        GTEST_SKIP() << "the test server has no password logins (not scripts/pg-cluster.sh's)";
    const QByteArray environment = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    const auto restore = qScopeGuard([&] {
        if (!environment.isNull())
            qputenv("PGPASSWORD", environment);
    });
    const ServerAddress address = *parseServerUrl(login.url()).address;
    forgetServerPassword(address);

    // Answers each prompt in turn: a password, or an empty optional to cancel; closes the
    // message box that follows a cancel.
    QList<std::optional<QString>> answers;
    QStringList asked;
    std::function<void()> answer = [&] {
        QWidget* modal = QApplication::activeModalWidget();
        auto* dialog = qobject_cast<QInputDialog*>(modal);
        if (dialog && !answers.isEmpty()) {
            asked << dialog->labelText();
            EXPECT_EQ(dialog->textEchoMode(), QLineEdit::Password);
            const std::optional<QString> next = answers.takeFirst();
            if (next) {
                dialog->setTextValue(*next);
                dialog->accept();
            } else {
                dialog->reject();
            }
        } else if (qobject_cast<QMessageBox*>(modal)) {
            modal->close();
            return;
        }
        QTimer::singleShot(20, answer);
    };

    MainWindow window;
    answers = {std::nullopt};
    QTimer::singleShot(0, answer);
    EXPECT_FALSE(window.openTeamWorkspace(login.url()));
    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_EQ(asked.size(), 1);

    asked.clear();
    answers = {QStringLiteral("wrong"), secret};
    QTimer::singleShot(0, answer);
    ASSERT_TRUE(window.openTeamWorkspace(login.url()));
    EXPECT_EQ(window.leadModel()->rowCount(), 1);
    ASSERT_EQ(asked.size(), 2);
    EXPECT_TRUE(asked.at(0).contains(address.user)) << asked.at(0).toStdString();
    EXPECT_TRUE(asked.at(1).contains(QStringLiteral("did not accept")))
        << asked.at(1).toStdString();

    // The other connections of this run (the dashboard's, an import's) need no prompt.
    EXPECT_NO_THROW(openWorkspace(login.url())->leads().count(LeadFilter{}));
    // Nothing of it on disk.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
    const QByteArray stored = file.readAll();
    EXPECT_TRUE(stored.contains(login.url().toUtf8()));
    EXPECT_FALSE(stored.contains(secret.toUtf8()));
    forgetServerPassword(address);
}
