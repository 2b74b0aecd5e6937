// Settings changed through the real dialog in the main window, offscreen, on a real workspace:
// a new name takes effect at once without reopening the workspace (which once crashed the
// window under the dialog), and a new MQL threshold rescores every lead on a worker thread
// while the window keeps turning its event loop, with Cancel rolling it all back. Saving the
// scoring model rescores in the background too.
#include "dialogs/settingsdialog.h"
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "main/appsettings.h"
#include "main/mainwindow.h"
#include "main/queuepanel.h"
#include "main/workspacejob.h"
#include "scoring/modelservice.h"
#include "scoring/scoringmodeleditordialog.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

constexpr int myLeadsQueue = 0;
constexpr int mqlQueue = 3;

// Once the Settings dialog is open: lets `change` fill it, then clicks OK.
void whenSettingsOpen(std::function<void(SettingsDialog&)> change, bool* seen, int attempts = 100)
{
    QTimer::singleShot(20, [change = std::move(change), seen, attempts]() mutable {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<SettingsDialog*>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            *seen = true;
            change(*dialog);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject(); // never leave the test hanging on a refused OK
            return;
        }
        if (attempts > 0)
            whenSettingsOpen(std::move(change), seen, attempts - 1);
    });
}

// Accepts the first lead of the MQL queue with the A key; returns its id.
qint64 acceptTopMql(MainWindow& window)
{
    window.findChild<QueuePanel*>(QStringLiteral("queuePanel"))->setCurrentRow(mqlQueue);
    QTableView* table = window.leadTable();
    table->setFocus();
    table->setCurrentIndex(window.leadModel()->index(0, LeadTableModel::NameColumn));
    const qint64 id = table->currentIndex().data(LeadTableModel::LeadIdRole).toLongLong();
    QTest::keyClick(table, Qt::Key_A);
    QApplication::processEvents();
    return id;
}

} // namespace

TEST(SettingsFlow, ANewNameTakesEffectWithoutReopeningTheWorkspace)
{
    settings::userName.set(QString()); // the settings file outlives a test run
    TempWorkspace temp;
    auto window = openDemoWindow(temp, 400, QStringLiteral("Test SDR"));
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    const qint64 first = acceptTopMql(*window);
    ASSERT_EQ(window->undoStack()->count(), 1);

    bool seen = false;
    whenSettingsOpen(
        [](SettingsDialog& dialog) {
            dialog.nameEdit()->setFocus();
            dialog.nameEdit()->selectAll();
            QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Sofia Nieminen"));
        },
        &seen);
    window->action(QStringLiteral("tools.settings"))->trigger();
    ASSERT_TRUE(seen);
    EXPECT_EQ(window->actor(), QStringLiteral("Sofia Nieminen"));
    EXPECT_EQ(window->undoStack()->count(), 1) << "the workspace stayed open: its undo steps too";

    // The window goes on working, in the new name.
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    const qint64 second = acceptTopMql(*window);
    ASSERT_NE(second, first);
    {
        auto workspace = openWorkspace(temp.path());
        const Lead lead = *workspace->leads().find(second);
        EXPECT_EQ(lead.stage, Stage::SAL);
        EXPECT_EQ(lead.owner, QStringLiteral("Sofia Nieminen"));
        EXPECT_EQ(workspace->history().forLead(second).constLast().by,
                  QStringLiteral("Sofia Nieminen"));
        EXPECT_EQ(workspace->history().forLead(first).constLast().by, QStringLiteral("Test SDR"));
    }

    // My leads: Sofia's (a demo owner already), not the old name's.
    window->findChild<QueuePanel*>(QStringLiteral("queuePanel"))->setCurrentRow(myLeadsQueue);
    QApplication::processEvents();
    const qint64 sofias = openWorkspace(temp.path())
                              ->leads()
                              .count(LeadFilter{.owner = QStringLiteral("Sofia Nieminen")});
    ASSERT_GT(sofias, 1);
    ASSERT_EQ(window->leadModel()->rowCount(), int(sofias));
    bool listed = false;
    for (int row = 0; row < window->leadModel()->rowCount(); ++row) {
        EXPECT_EQ(window->leadModel()->rowAt(row)->owner, QStringLiteral("Sofia Nieminen"));
        listed |= window->leadModel()->rowAt(row)->id == second;
    }
    EXPECT_TRUE(listed) << "the lead she just accepted is hers";
    settings::userName.set(QString());
}

namespace {

class BackgroundThreshold : public ::testing::Test
{
protected:
    void SetUp() override
    {
        settings::userName.set(QString());
        // Big enough that a rescore on the GUI thread would stall it for a long moment.
        window = openDemoWindow(temp, 60000);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        auto workspace = openWorkspace(temp.path());
        mqlBefore = workspace->leads().count(LeadFilter{.stage = Stage::MQL});
        thresholdBefore = scoring::activeModel(*workspace).model.mqlThreshold;
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
    qint64 mqlBefore = 0;
    double thresholdBefore = 0;
};

} // namespace

TEST_F(BackgroundThreshold, RescoresWhileTheEventLoopKeepsTurning)
{
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0, longestGap = 0, clickedAt = -1;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(20);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - lastTick);
        lastTick = now;
        ++ticks;
    });
    QSignalSpy finished(window.get(), &MainWindow::rescoreFinished);
    bool seen = false;
    whenSettingsOpen(
        [&](SettingsDialog& dialog) {
            dialog.mqlThresholdBox()->setValue(thresholdBefore - 25);
            // From the OK on, the ticker measures the GUI thread.
            clickedAt = lastTick = clock.elapsed();
            ticker.start();
        },
        &seen);
    window->action(QStringLiteral("tools.settings"))->trigger();
    ASSERT_TRUE(seen);
    ASSERT_TRUE(finished.count() == 1 || finished.wait(120000));
    const qint64 rescoreMs = clock.elapsed() - clickedAt;
    ticker.stop();

    auto workspace = openWorkspace(temp.path());
    EXPECT_DOUBLE_EQ(scoring::activeModel(*workspace).model.mqlThreshold, thresholdBefore - 25);
    EXPECT_GT(workspace->leads().count(LeadFilter{.stage = Stage::MQL}), mqlBefore)
        << "a lower threshold promotes more New leads";
    EXPECT_EQ(window->leadModel()->rowCount(), int(workspace->leads().count(LeadFilter{})));
    // The ticker kept firing: the window stayed responsive all along.
    EXPECT_GE(ticks, 5) << "rescore took " << rescoreMs << " ms";
    EXPECT_LT(longestGap, 500) << "rescore took " << rescoreMs << " ms";
    EXPECT_GT(rescoreMs, longestGap) << "the rescore outlasted every pause of the ticker";
}

TEST_F(BackgroundThreshold, CancelLeavesEverythingAsItWas)
{
    QSignalSpy finished(window.get(), &MainWindow::rescoreFinished);
    bool seen = false;
    whenSettingsOpen(
        [&](SettingsDialog& dialog) { dialog.mqlThresholdBox()->setValue(thresholdBefore - 25); },
        &seen);
    window->action(QStringLiteral("tools.settings"))->trigger();
    ASSERT_TRUE(seen);
    QProgressDialog* progress = window->workspaceJob()->progressDialog();
    ASSERT_NE(progress, nullptr) << "the rescore runs behind a progress dialog";
    ASSERT_TRUE(progress->isVisible());
    QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);
    ASSERT_TRUE(finished.count() == 1 || finished.wait(120000));

    auto workspace = openWorkspace(temp.path());
    EXPECT_DOUBLE_EQ(scoring::activeModel(*workspace).model.mqlThreshold, thresholdBefore);
    EXPECT_EQ(scoring::modelHistory(*workspace).size(), 1) << "no new model version";
    EXPECT_EQ(workspace->leads().count(LeadFilter{.stage = Stage::MQL}), mqlBefore);
    EXPECT_FALSE(window->workspaceJob()->isRunning());
}

TEST_F(BackgroundThreshold, SavingTheScoringModelRescoresInTheBackground)
{
    QSignalSpy finished(window.get(), &MainWindow::rescoreFinished);
    bool seen = false;
    std::function<void(int)> whenEditorReady = [&](int attempts) {
        QTimer::singleShot(20, [&, attempts] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<ScoringModelEditorDialog*>(widget);
                // The what-if loads in the background; the editor is usable meanwhile, but
                // wait for it so the dialog is closed with nothing left running.
                if (!dialog || !dialog->isVisible() || dialog->isLoadingWhatIf())
                    continue;
                seen = true;
                dialog->mqlThreshold()->setValue(thresholdBefore - 25);
                QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
                if (dialog->isVisible())
                    dialog->reject();
                return;
            }
            if (attempts > 0)
                whenEditorReady(attempts - 1);
        });
    };
    whenEditorReady(1000);
    window->action(QStringLiteral("tools.scoringModel"))->trigger();
    ASSERT_TRUE(seen);
    EXPECT_TRUE(window->workspaceJob()->isRunning() || finished.count() == 1)
        << "the editor closed before the rescore ended: it runs in the background";
    ASSERT_TRUE(finished.count() == 1 || finished.wait(120000));
    auto workspace = openWorkspace(temp.path());
    EXPECT_DOUBLE_EQ(scoring::activeModel(*workspace).model.mqlThreshold, thresholdBefore - 25);
    EXPECT_EQ(scoring::modelHistory(*workspace).size(), 2);
    EXPECT_GT(workspace->leads().count(LeadFilter{.stage = Stage::MQL}), mqlBefore);
}
