// The SDR's day in the main window, offscreen, on a real workspace file (issue 21): assign one
// lead from the Lead menu and a selection with its key (O), deal the unowned MQLs out in turn,
// log a call with L on the table and see it in Activity told apart from marketing events; and
// undo each, checking the file through the core after every step.
#include "dialogs/logtouchdialog.h"
#include "dialogs/ownerdialogs.h"
#include "leads/leadtablemodel.h"
#include "leads/ownership.h"
#include "leads/touches.h"
#include "leadview/historywidget.h"
#include "leadview/leadview.h"
#include "main/mainwindow.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

// Acts on the dialog of type D once it is open (exec() runs its own event loop); a dialog
// still open afterwards is rejected so a failing test never hangs.
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

void assignTo(const QString& owner, bool* seen)
{
    whenOpen<AssignOwnerDialog>(
        [owner](AssignOwnerDialog* dialog) {
            dialog->ownerBox()->lineEdit()->selectAll();
            QTest::keyClicks(dialog->ownerBox()->lineEdit(), owner);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        },
        seen);
}

class SdrDay : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = openDemoWindow(temp, 300);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        table = window->leadTable();
        table->setFocus();
        selectRow(0);
    }

    void selectRow(int row)
    {
        table->setCurrentIndex(window->leadModel()->index(row, LeadTableModel::NameColumn));
        QApplication::processEvents();
    }
    qint64 idAt(int row)
    {
        return window->leadModel()->index(row, 0).data(LeadTableModel::LeadIdRole).toLongLong();
    }
    // What is really in the file, through another connection.
    Lead stored(qint64 id) { return *openWorkspace(temp.path())->leads().find(id); }
    qint64 ownedBy(const QString& owner)
    {
        return openWorkspace(temp.path())->leads().count(LeadFilter{.owner = owner});
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
    QTableView* table = nullptr;
};

} // namespace

TEST_F(SdrDay, AssignOneLeadFromTheLeadMenuAndUndo)
{
    const qint64 id = idAt(0);
    const QString before = stored(id).owner;
    bool seen = false;
    assignTo(QStringLiteral("Sanna Sdr"), &seen);
    window->action(QStringLiteral("lead.assignOwner"))->trigger();
    ASSERT_TRUE(seen);
    EXPECT_EQ(stored(id).owner, "Sanna Sdr");
    EXPECT_EQ(ownedBy("Sanna Sdr"), 1);
    // The History tab says so.
    auto* history = window->leadView()->findChild<HistoryWidget*>();
    ASSERT_NE(history, nullptr);
    const QTableWidget* lines = history->table();
    ASSERT_GT(lines->rowCount(), 0);
    bool listed = false;
    for (int row = 0; row < lines->rowCount(); ++row)
        listed |= lines->item(row, 2)->text() == "Sanna Sdr" &&
                  lines->item(row, 4)->text() == "Owner changed";
    EXPECT_TRUE(listed);

    ASSERT_EQ(window->undoStack()->count(), 1);
    window->action(QStringLiteral("edit.undo"))->trigger();
    EXPECT_EQ(stored(id).owner, before);
    EXPECT_EQ(ownedBy("Sanna Sdr"), 0);
    window->undoStack()->redo();
    EXPECT_EQ(stored(id).owner, "Sanna Sdr");
}

TEST_F(SdrDay, AssignASelectionWithTheKeyAndUndoItAsOneStep)
{
    QList<qint64> ids;
    QList<QString> before;
    for (int row = 0; row < 3; ++row) {
        ids << idAt(row);
        before << stored(ids.last()).owner;
        table->selectionModel()->select(window->leadModel()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    bool seen = false;
    assignTo(QStringLiteral("Mikko Sdr"), &seen);
    QTest::keyClick(table, Qt::Key_O);
    ASSERT_TRUE(seen);
    EXPECT_EQ(ownedBy("Mikko Sdr"), 3);
    ASSERT_EQ(window->undoStack()->count(), 1);
    window->undoStack()->undo();
    EXPECT_EQ(ownedBy("Mikko Sdr"), 0);
    for (int i = 0; i < ids.size(); ++i)
        EXPECT_EQ(stored(ids.at(i)).owner, before.at(i));
}

TEST_F(SdrDay, AssignNewMqlsInTurn)
{
    const int unowned = int(OwnershipService(*openWorkspace(temp.path())).unownedMqls().size());
    ASSERT_GT(unowned, 1);
    bool seen = false;
    whenOpen<RoundRobinDialog>(
        [](RoundRobinDialog* dialog) {
            for (const char* name : {"Sanna Sdr", "Mikko Sdr"}) {
                QTest::keyClicks(dialog->newUser(), QString::fromUtf8(name));
                QTest::keyClick(dialog->newUser(), Qt::Key_Return);
            }
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        },
        &seen);
    window->action(QStringLiteral("leads.assignNewMqls"))->trigger();
    ASSERT_TRUE(seen);
    EXPECT_EQ(OwnershipService(*openWorkspace(temp.path())).unownedMqls().size(), 0);
    EXPECT_EQ(ownedBy("Sanna Sdr"), (unowned + 1) / 2);
    EXPECT_EQ(ownedBy("Mikko Sdr"), unowned / 2);
    window->undoStack()->undo();
    EXPECT_EQ(OwnershipService(*openWorkspace(temp.path())).unownedMqls().size(), unowned);
}

TEST_F(SdrDay, LogACallWithTheKeyShowsItInActivityAndUndo)
{
    const qint64 id = idAt(0);
    ASSERT_EQ(window->leadView()->lead()->id, id);
    bool seen = false;
    whenOpen<LogTouchDialog>(
        [](LogTouchDialog* dialog) {
            dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData("call"));
            dialog->outcomeBox()->setCurrentIndex(dialog->outcomeBox()->findData("no-answer"));
            QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Try again on Monday"));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        },
        &seen);
    QTest::keyClick(table, Qt::Key_L);
    ASSERT_TRUE(seen);
    const QList<Touch> touches = TouchService(*openWorkspace(temp.path())).forLead(id);
    ASSERT_EQ(touches.size(), 1);
    EXPECT_EQ(touches.at(0).type, TouchType::Call);
    EXPECT_EQ(touches.at(0).outcome, TouchOutcome::NoAnswer);
    EXPECT_EQ(touches.at(0).note, "Try again on Monday");
    EXPECT_EQ(touches.at(0).by, window->actor());

    const auto touchLines = [&] {
        QStringList lines;
        const QListWidget* activity = window->leadView()->activity();
        for (int row = 0; row < activity->count(); ++row) {
            if (activity->item(row)->data(Qt::UserRole).toString() == "touch")
                lines << activity->item(row)->text();
        }
        return lines;
    };
    const QStringList shown = touchLines();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown.at(0).contains("Call (No answer)")) << shown.at(0).toStdString();
    EXPECT_TRUE(shown.at(0).contains("Try again on Monday"));
    // The marketing events are still there, told apart.
    const QListWidget* activity = window->leadView()->activity();
    bool eventListed = false;
    for (int row = 0; row < activity->count(); ++row)
        eventListed |= activity->item(row)->data(Qt::UserRole).toString() == "event";
    EXPECT_TRUE(eventListed || stored(id).lastActivityAt.isNull());

    window->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_TRUE(TouchService(*openWorkspace(temp.path())).forLead(id).isEmpty());
    EXPECT_TRUE(touchLines().isEmpty());
}

TEST_F(SdrDay, TheLeadViewOffersBothActions)
{
    const qint64 id = idAt(1);
    selectRow(1);
    bool seen = false;
    assignTo(QStringLiteral("Aino Sdr"), &seen);
    QTest::mouseClick(window->leadView()->assignOwnerButton(), Qt::LeftButton);
    ASSERT_TRUE(seen);
    EXPECT_EQ(stored(id).owner, "Aino Sdr");

    seen = false;
    whenOpen<LogTouchDialog>(
        [](LogTouchDialog* dialog) {
            dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData("meeting"));
            EXPECT_FALSE(dialog->outcomeBox()->isEnabled());
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        },
        &seen);
    QTest::mouseClick(window->leadView()->logTouchButton(), Qt::LeftButton);
    ASSERT_TRUE(seen);
    const QList<Touch> touches = TouchService(*openWorkspace(temp.path())).forLead(id);
    ASSERT_EQ(touches.size(), 1);
    EXPECT_EQ(touches.at(0).type, TouchType::Meeting);
    EXPECT_FALSE(touches.at(0).outcome);
}
