// Issue 18 in the window: a workspace someone added a trigger to is refused with a message that
// says so, the file stays as it came, and the workspace that was open stays open.
#include "demo/demoworkspace.h"
#include "leads/leadtablemodel.h"
#include "main/mainwindow.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

TEST(HostileOpen, AWorkspaceWithAnAddedTriggerIsRefusedWithAClearMessage)
{
    TempWorkspace current;
    DemoOptions options;
    options.leads = 20;
    fillWithDemoData(current.workspace(), options);
    current.close();

    TempWorkspace received;
    fillWithDemoData(received.workspace(), options);
    received.close();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sender"));
        db.setDatabaseName(received.path());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(
            QStringLiteral("CREATE TRIGGER wipe_answers AFTER UPDATE ON lead_scores BEGIN "
                           "DELETE FROM framework_answers; END")))
            << query.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sender"));
    const QByteArray before = lb::test::readFile(received.path());

    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(current.path()));
    QString message;
    QTimer::singleShot(0, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible()) {
                message = box->text();
                box->accept();
            }
        }
    });
    EXPECT_FALSE(window.openWorkspace(received.path()));
    EXPECT_TRUE(message.contains(QStringLiteral("changed outside Leadbench")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("wipe_answers"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("DELETE"))) << message.toStdString();
    EXPECT_EQ(window.leadModel()->rowCount(), 20) << "the open workspace stays open";
    EXPECT_EQ(lb::test::readFile(received.path()), before);
    EXPECT_FALSE(QFile::exists(received.path() + QStringLiteral("-wal")));
}
