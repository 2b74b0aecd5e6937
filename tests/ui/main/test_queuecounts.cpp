// Issue 21: the queue counts say that they are of the whole queues while a search or filter
// narrows the table, and the search box says which queue it searches.
#include "main/filterbar.h"
#include "main/mainwindow.h"
#include "main/queuepanel.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

TEST(QueueCounts, SayTheyIgnoreTheSearchAndFilters)
{
    TempWorkspace temp;
    auto window = test::openDemoWindow(temp, 120);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    auto* queues = window->findChild<QueuePanel*>(QStringLiteral("queuePanel"));
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    auto* filters = window->findChild<FilterBar*>(QStringLiteral("filterBar"));
    ASSERT_TRUE(queues && search && filters);
    QLabel* note = queues->countsNote();
    const QString allCount = queues->item(1)->text();
    EXPECT_FALSE(note->isVisible());
    EXPECT_TRUE(queues->item(1)->toolTip().isEmpty());

    // A search: the counts stay those of the whole queues, and the panel says so.
    search->setText(QStringLiteral("a"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return note->isVisible(); }, 2000));
    EXPECT_EQ(queues->item(1)->text(), allCount);
    EXPECT_FALSE(queues->item(1)->toolTip().isEmpty());
    EXPECT_GT(note->height(), 0);
    // The note stands below the queues, inside the panel, over none of them.
    EXPECT_GE(note->geometry().top(), queues->viewport()->geometry().bottom());
    EXPECT_LE(note->geometry().bottom(), queues->rect().bottom());

    search->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !note->isVisible(); }, 2000));
    // A filter of the bar does the same.
    filters->minScoreBox()->setValue(40);
    ASSERT_TRUE(QTest::qWaitFor([&] { return note->isVisible(); }, 2000));
    filters->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !note->isVisible(); }, 2000));
}

TEST(QueueCounts, SearchBoxSaysWhichQueueItSearches)
{
    TempWorkspace temp;
    auto window = test::openDemoWindow(temp, 40);
    auto* queues = window->findChild<QueuePanel*>(QStringLiteral("queuePanel"));
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    ASSERT_TRUE(queues && search);
    const QString everywhere = search->placeholderText();
    EXPECT_FALSE(everywhere.contains(QueuePanel::queueName(Stage::MQL)));

    queues->setCurrentRow(3); // MQLs to accept
    ASSERT_EQ(queues->currentStage(), Stage::MQL);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return search->placeholderText().contains(QueuePanel::queueName(Stage::MQL)); },
        2000));
    EXPECT_TRUE(search->toolTip().contains(QueuePanel::queueName(Stage::MQL)));

    queues->setCurrentRow(1); // All leads
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->placeholderText() == everywhere; }, 2000));
}
