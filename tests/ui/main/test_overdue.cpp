// The Overdue queue in the main window, offscreen, on a hand-built workspace file (issue 21):
// its count and rows (an MQL touched in time, one untouched, one touched only before it became
// MQL), the mark in the Days in stage cell, a call logged with L taking a lead out of the queue,
// and the SLA setting in the Settings dialog.
#include "dialogs/logtouchdialog.h"
#include "dialogs/settingsdialog.h"
#include "leads/leadtablemodel.h"
#include "leads/sla.h"
#include "leads/touches.h"
#include "main/mainwindow.h"
#include "main/queuepanel.h"
#include "store/workspace.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>

using namespace lb;

namespace {

template <class D> void whenOpen(std::function<void(D*)> act, bool* seen, int attempts = 100)
{
    QTimer::singleShot(30, [act, seen, attempts] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<D*>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            *seen = true;
            act(dialog);
            if (dialog->isVisible())
                dialog->reject();
            return;
        }
        if (attempts > 0)
            whenOpen<D>(act, seen, attempts - 1);
    });
}

qint64 addLead(Workspace& workspace, const char* name, Stage stage, const QDateTime& since)
{
    Lead lead;
    lead.firstName = QString::fromUtf8(name).section(QLatin1Char(' '), 0, 0);
    lead.lastName = QString::fromUtf8(name).section(QLatin1Char(' '), 1);
    lead.email = lead.lastName.toLower() + QStringLiteral("@firma.fi");
    lead.stage = stage;
    lead.stageChangedAt = since;
    workspace.leads().insert(lead, QStringLiteral("t"));
    return lead.id;
}

int overdueRow(QueuePanel* queues)
{
    for (int row = 0; row < queues->count(); ++row) {
        if (queues->item(row)->text().startsWith(QStringLiteral("Overdue")))
            return row;
    }
    return -1;
}

QSet<qint64> shownIds(QTableView* table)
{
    QSet<qint64> ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids << table->model()->index(row, 0).data(LeadTableModel::LeadIdRole).toLongLong();
    return ids;
}

} // namespace

TEST(Overdue, QueueCountRowsMarkAndATouchTakingALeadOut)
{
    test::TempWorkspace temp;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime twoDaysAgo = now.addDays(-2);
    qint64 inTime = 0, untouched = 0, touchedBefore = 0, fresh = 0;
    {
        Workspace& workspace = temp.workspace();
        TouchService touches(workspace);
        inTime = addLead(workspace, "Aino Laine", Stage::MQL, twoDaysAgo);
        touches.log(inTime, {TouchType::Call, TouchOutcome::Connected, twoDaysAgo.addSecs(7200)},
                    "sdr1");
        untouched = addLead(workspace, "Timo Heikkinen", Stage::MQL, twoDaysAgo);
        touchedBefore = addLead(workspace, "Sara Berg", Stage::MQL, twoDaysAgo);
        touches.log(touchedBefore, {TouchType::Email, {}, twoDaysAgo.addSecs(-7200)}, "sdr1");
        fresh = addLead(workspace, "Olli Nieminen", Stage::MQL, now.addSecs(-3600));
        addLead(workspace, "Eva Lund", Stage::SAL, twoDaysAgo);
        temp.close();
    }
    MainWindow window;
    window.setActor(QStringLiteral("Test SDR"));
    ASSERT_TRUE(window.openWorkspace(temp.path()));
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto* queues = window.findChild<QueuePanel*>(QStringLiteral("queuePanel"));
    QTableView* table = window.leadTable();

    // Marked in All leads: only the two overdue rows, with a reason on hover.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex days = table->model()->index(row, LeadTableModel::DaysInStageColumn);
        const qint64 id = days.data(LeadTableModel::LeadIdRole).toLongLong();
        const bool overdue = id == untouched || id == touchedBefore;
        EXPECT_EQ(!days.data(Qt::DecorationRole).isNull(), overdue) << id;
        EXPECT_EQ(days.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue")),
                  overdue)
            << id;
    }

    const int overdue = overdueRow(queues);
    ASSERT_GE(overdue, 0);
    EXPECT_EQ(queues->item(overdue)->text(), QStringLiteral("Overdue  (2)"));
    queues->setCurrentRow(overdue);
    EXPECT_EQ(shownIds(table), (QSet<qint64>{untouched, touchedBefore}));
    Q_UNUSED(fresh);

    // A call logged with L on the untouched lead takes it out of the queue.
    table->setFocus();
    const int untouchedRow =
        shownIds(table).size() == 2 &&
                table->model()->index(0, 0).data(LeadTableModel::LeadIdRole) == untouched
            ? 0
            : 1;
    table->selectRow(untouchedRow);
    bool seen = false;
    whenOpen<LogTouchDialog>(
        [](LogTouchDialog* dialog) {
            dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData("call"));
            dialog->outcomeBox()->setCurrentIndex(dialog->outcomeBox()->findData("voicemail"));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        },
        &seen);
    QTest::keyClick(table, Qt::Key_L);
    ASSERT_TRUE(seen);
    EXPECT_EQ(queues->item(overdue)->text(), QStringLiteral("Overdue  (1)"));
    EXPECT_EQ(shownIds(table), QSet<qint64>{touchedBefore});

    // A longer SLA in the Settings dialog: nobody is overdue two days in.
    seen = false;
    whenOpen<SettingsDialog>(
        [](SettingsDialog* dialog) {
            dialog->mqlTouchHoursBox()->setValue(72);
            dialog->accept();
        },
        &seen);
    window.findChild<QAction*>(QStringLiteral("tools.settings"))->trigger();
    ASSERT_TRUE(seen);
    EXPECT_EQ(sla::mqlTouchHours(window.workspace()->settings()), 72);
    EXPECT_EQ(queues->item(overdue)->text(), QStringLiteral("Overdue  (0)"));
    EXPECT_EQ(table->model()->rowCount(), 0);
}
