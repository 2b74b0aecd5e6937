// The window notices what other programs write to its workspace: a CLI import while the window
// is open shows up in the list and the queue counts by itself, without Refresh.
#include "demo/demoworkspace.h"
#include "leads/leadtablemodel.h"
#include "main/mainwindow.h"
#include "main/queuepanel.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QListWidgetItem>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

QString allLeadsLabel(const MainWindow& window)
{
    auto* queues = window.findChild<QueuePanel*>(QStringLiteral("queuePanel"));
    return queues && queues->count() > 1 ? queues->item(1)->text() : QString(); // "All leads (N)"
}

} // namespace

TEST(OthersChanges, AnImportByTheCommandLineShowsUpInTheOpenWindow)
{
    TempWorkspace temp;
    DemoOptions options;
    options.leads = 200;
    options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    fillWithDemoData(temp.workspace(), options);
    temp.close();

    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(temp.path()));
    window.show();
    ASSERT_EQ(window.leadModel()->rowCount(), 200);
    const QString before = allLeadsLabel(window);
    EXPECT_TRUE(before.contains(QStringLiteral("200"))) << before.toStdString();

    QByteArray csv = "email,last_name,company,title\n";
    for (int i = 0; i < 37; ++i)
        csv += "other" + QByteArray::number(i) + "@example.com,Other,Other Oy,CEO\n";
    const QString file = temp.file(QStringLiteral("more.csv"));
    test::writeFile(file, csv);
    const test::CliResult imported = test::runCli({"--db", temp.path(), "import", "leads", file});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();

    ASSERT_TRUE(QTest::qWaitFor([&] { return window.leadModel()->rowCount() == 237; }, 5000))
        << window.leadModel()->rowCount();
    EXPECT_TRUE(allLeadsLabel(window).contains(QStringLiteral("237")))
        << allLeadsLabel(window).toStdString();
}

TEST(OthersChanges, TheWindowsOwnRefreshIsNotRepeated)
{
    TempWorkspace temp;
    temp.workspace();
    temp.close();
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(temp.path()));
    window.show();
    // Nothing changes: the list is not reloaded (a reload drops the cached pages).
    int resets = 0;
    // Cut before the window goes: closing it resets the model once more, after `resets` is gone.
    const QMetaObject::Connection counting =
        QObject::connect(window.leadModel(), &QAbstractItemModel::modelReset, [&] { ++resets; });
    QTest::qWait(2500);
    QObject::disconnect(counting);
    EXPECT_EQ(resets, 0);
}
