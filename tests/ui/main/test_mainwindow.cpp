// The main window on a real workspace under the offscreen platform: lazy table, sorting,
// queues, search, remembered workspace, refusal of a bad file.
#include "demo/demoworkspace.h"
#include "leads/leadtablemodel.h"
#include "main/appsettings.h"
#include "main/filterbar.h"
#include "main/mainwindow.h"
#include "main/queuepanel.h"
#include "main/startup.h"
#include "store/sqlite/sqliteschema.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>
#include <memory>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

void makeDemo(TempWorkspace& temp, qint64 leads)
{
    DemoOptions options;
    options.leads = leads;
    options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    fillWithDemoData(temp.workspace(), options);
    temp.close();
}

// Closes the next message box that pops up, and remembers its text.
QString closeNextMessageBox()
{
    // Shared: the timer may fire after this returns (LSan found the plain `new` leaked).
    auto text = std::make_shared<QString>();
    QTimer::singleShot(0, [text] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible()) {
                *text = box->text();
                box->accept();
            }
        }
    });
    QTest::qWait(0);
    return *text;
}

} // namespace

TEST(MainWindow, ShowsLeadsSortedByScoreLazily)
{
    TempWorkspace temp;
    makeDemo(temp, 2000);
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(temp.path()));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    LeadTableModel* model = window.leadModel();
    EXPECT_EQ(model->rowCount(), 2000);
    EXPECT_LE(model->cachedPages(), 2) << "only the visible page is read";
    int previous = 101;
    for (int row = 0; row < 300; ++row) {
        const int score =
            model->index(row, LeadTableModel::ScoreColumn).data(LeadTableModel::ScoreRole).toInt();
        EXPECT_LE(score, previous);
        previous = score;
    }
    // Ascending order by clicking the header.
    window.leadTable()->sortByColumn(LeadTableModel::ScoreColumn, Qt::AscendingOrder);
    EXPECT_LE(model->index(0, 0).data(LeadTableModel::ScoreRole).toInt(),
              model->index(1999, 0).data(LeadTableModel::ScoreRole).toInt());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("test")));
}

TEST(MainWindow, QueueAndSearchFilterTheTable)
{
    TempWorkspace temp;
    makeDemo(temp, 1500);
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(temp.path()));
    window.show();
    auto* queues = window.findChild<QueuePanel*>(QStringLiteral("queuePanel"));
    ASSERT_TRUE(queues);
    queues->setCurrentRow(3); // MQLs to accept
    const int mqls = window.leadModel()->rowCount();
    EXPECT_GT(mqls, 0);
    EXPECT_LT(mqls, 1500);
    for (int row = 0; row < std::min(mqls, 50); ++row)
        EXPECT_EQ(window.leadModel()->rowAt(row)->stage, Stage::MQL);
    queues->setCurrentRow(1); // all leads
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchBox"));
    ASSERT_TRUE(search);
    window.action(QStringLiteral("edit.search"))->trigger();
    QTest::keyClicks(search, QStringLiteral("Virtanen"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.leadModel()->rowCount() < 1500; }, 2000));
    ASSERT_GT(window.leadModel()->rowCount(), 0);
    for (int row = 0; row < window.leadModel()->rowCount(); ++row) {
        const LeadRow* lead = window.leadModel()->rowAt(row);
        EXPECT_TRUE((lead->lastName + lead->company + lead->email + lead->firstName + lead->title)
                        .contains(QStringLiteral("virtanen"), Qt::CaseInsensitive));
    }
}

TEST(MainWindow, RemembersTheWorkspaceAndRefusesABadFile)
{
    TempWorkspace temp;
    makeDemo(temp, 50);
    {
        MainWindow window;
        ASSERT_TRUE(window.openWorkspace(temp.path()));
    }
    EXPECT_EQ(workspaceToOpen({}), QFileInfo(temp.path()).absoluteFilePath());
    EXPECT_EQ(settings::recentWorkspaces.value().value(0),
              QFileInfo(temp.path()).absoluteFilePath());

    const QString bad = temp.file(QStringLiteral("notes.txt"));
    lb::test::writeFile(bad, "just some text");
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(temp.path()));
    QString message;
    QTimer::singleShot(0, [&] { message = closeNextMessageBox(); });
    EXPECT_FALSE(window.openWorkspace(bad));
    EXPECT_TRUE(message.contains(QStringLiteral("notes.txt"))) << message.toStdString();
    EXPECT_EQ(window.leadModel()->rowCount(), 50) << "the open workspace stays open";
    EXPECT_EQ(lb::test::readFile(bad), QByteArray("just some text"));
}

TEST(MainWindow, FirstStartCreatesTheDefaultWorkspaceWithDemoData)
{
    TempWorkspace temp;
    const QString path = temp.file(QStringLiteral("default/default.leadbench"));
    EXPECT_TRUE(ensureDefaultWorkspace(path, 120).isEmpty());
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(path));
    EXPECT_EQ(window.leadModel()->rowCount(), 120);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".creating")));
}

TEST(MainWindow, FilterBarCombinesWithQueueAndSearch)
{
    TempWorkspace temp;
    makeDemo(temp, 1500);
    MainWindow window;
    window.setActor(QStringLiteral("Aino Laine"));
    ASSERT_TRUE(window.openWorkspace(temp.path()));
    auto* filters = window.findChild<FilterBar*>(QStringLiteral("filterBar"));
    ASSERT_TRUE(filters);
    filters->minScoreBox()->setValue(60);
    filters->countryBox()->setCurrentText(QStringLiteral("se"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window.leadModel()->filter().minScore.has_value(); }, 2000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window.leadModel()->filter().country == QStringLiteral("SE"); }, 2000));
    const int rows = window.leadModel()->rowCount();
    ASSERT_GT(rows, 0);
    for (int row = 0; row < rows; ++row) {
        EXPECT_GE(window.leadModel()->rowAt(row)->score, 60);
        EXPECT_EQ(window.leadModel()->rowAt(row)->country, QStringLiteral("SE"));
    }
    // A range: at most 70 on top of at least 60.
    filters->maxScoreBox()->setValue(70);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.leadModel()->filter().maxScore == 70; }, 2000));
    ASSERT_GT(window.leadModel()->rowCount(), 0);
    ASSERT_LT(window.leadModel()->rowCount(), rows);
    for (int row = 0; row < window.leadModel()->rowCount(); ++row) {
        EXPECT_GE(window.leadModel()->rowAt(row)->score, 60);
        EXPECT_LE(window.leadModel()->rowAt(row)->score, 70);
    }
    // The highest score cannot go below the lowest.
    filters->maxScoreBox()->setValue(10);
    EXPECT_EQ(filters->maxScoreBox()->value(), 60);
    filters->clear();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window.leadModel()->filter().maxScore.has_value(); }, 2000));
    filters->ownerBox()->setCurrentIndex(filters->ownerBox()->findText(QStringLiteral("My leads")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window.leadModel()->filter().owner == QStringLiteral("Aino Laine"); }, 2000));
    ASSERT_GT(window.leadModel()->rowCount(), 0);
    for (int row = 0; row < window.leadModel()->rowCount(); ++row)
        EXPECT_EQ(window.leadModel()->rowAt(row)->owner, QStringLiteral("Aino Laine"));
}

TEST(MainWindow, MyLeadsQueueShowsWhatTheUserOwns)
{
    TempWorkspace temp;
    makeDemo(temp, 1200);
    MainWindow window;
    window.setActor(QStringLiteral("Erik Lindqvist"));
    ASSERT_TRUE(window.openWorkspace(temp.path()));
    auto* queues = window.findChild<QueuePanel*>(QStringLiteral("queuePanel"));
    EXPECT_TRUE(queues->item(0)->text().startsWith(QStringLiteral("My leads")));
    queues->setCurrentRow(0);
    const int mine = window.leadModel()->rowCount();
    ASSERT_GT(mine, 0);
    EXPECT_LT(mine, 1200);
    EXPECT_TRUE(queues->item(0)->text().contains(QString::number(mine)));
    for (int row = 0; row < mine; ++row)
        EXPECT_EQ(window.leadModel()->rowAt(row)->owner, QStringLiteral("Erik Lindqvist"));
}

TEST(MainWindow, MissingScoringDataFilter)
{
    TempWorkspace temp;
    makeDemo(temp, 800);
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(temp.path()));
    auto* filters = window.findChild<FilterBar*>(QStringLiteral("filterBar"));
    filters->missingDataBox()->setChecked(true);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !window.leadModel()->filter().missingAnyOf.isEmpty(); }, 2000));
    const int rows = window.leadModel()->rowCount();
    EXPECT_GT(rows, 0);
    EXPECT_LT(rows, 800);
    auto workspace = openWorkspace(temp.path());
    const Lead lead = *workspace->leads().find(window.leadModel()->rowAt(0)->id);
    bool missing = false;
    for (const QString& field : window.leadModel()->filter().missingAnyOf)
        missing |= leadFieldText(lead, field).isEmpty();
    EXPECT_TRUE(missing);
}

namespace {

// Remembers the title of every progress dialog that is shown while it lives.
class ProgressDialogWatcher : public QObject
{
public:
    ProgressDialogWatcher() { qApp->installEventFilter(this); }
    ~ProgressDialogWatcher() override { qApp->removeEventFilter(this); }
    QStringList titles;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show)
            if (auto* dialog = qobject_cast<QProgressDialog*>(watched))
                titles << dialog->windowTitle() + QLatin1Char('|') + dialog->labelText();
        return false;
    }
};

} // namespace

TEST(MainWindow, UpgradesAnOlderWorkspaceBehindAProgressDialog)
{
    TempWorkspace temp;
    test::makeWorkspaceAtVersion(temp.path(), 5, [](QSqlQuery& query) {
        ASSERT_TRUE(query.exec(QStringLiteral(
            "INSERT INTO leads(id, email, last_name, created_at, updated_at, updated_by) "
            "VALUES(1, 'old@fjord.se', 'Lind', '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:00:00Z', 'test')")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO lead_scores(lead_id) VALUES(1)")));
        ASSERT_TRUE(query.exec(QStringLiteral(
            "INSERT INTO events(lead_id, occurred_at, type) VALUES(1, 100, 'email_open')")));
        ASSERT_TRUE(
            query.exec(QStringLiteral("INSERT INTO leads_fts(leads_fts) VALUES('rebuild')")));
    });
    ASSERT_TRUE(workspaceNeedsUpgrade(temp.path()));

    ProgressDialogWatcher watcher;
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(temp.path()));
    ASSERT_EQ(watcher.titles.size(), 1);
    EXPECT_TRUE(watcher.titles[0].startsWith(QStringLiteral("Upgrading workspace|")));
    EXPECT_TRUE(watcher.titles[0].contains(QStringLiteral("test.leadbench")))
        << watcher.titles[0].toStdString();
    EXPECT_EQ(window.workspace()->schemaVersion(), schema::currentVersion());
    EXPECT_EQ(window.leadModel()->rowCount(), 1);
    EXPECT_FALSE(workspaceNeedsUpgrade(temp.path()));

    // A current workspace opens without the dialog.
    MainWindow again;
    ASSERT_TRUE(again.openWorkspace(temp.path()));
    EXPECT_EQ(watcher.titles.size(), 1);
}
