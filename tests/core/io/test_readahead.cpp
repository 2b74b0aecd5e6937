// Reading ahead on a thread of its own: every item arrives once and in order across batches,
// an error arrives after the items before it, and a consumer that stops early stops the thread.
#include "io/readahead.h"

#include <QString>
#include <atomic>
#include <gtest/gtest.h>
#include <stdexcept>
#include <thread>

using lb::io::ReadAhead;

TEST(ReadAhead, EveryItemArrivesOnceAndInOrder)
{
    const int total = 10007; // not a multiple of the batch size
    int produced = 0;
    std::thread::id producer;
    ReadAhead<QString> items(
        [&](QString& item) {
            producer = std::this_thread::get_id();
            if (produced == total)
                return false;
            item = QString::number(produced++);
            return true;
        },
        64, 3);
    int expected = 0;
    while (QString* item = items.next())
        ASSERT_EQ(*item, QString::number(expected++));
    EXPECT_EQ(expected, total);
    EXPECT_EQ(items.next(), nullptr);
    EXPECT_NE(producer, std::this_thread::get_id());
}

TEST(ReadAhead, AnErrorArrivesAfterTheItemsBeforeIt)
{
    int produced = 0;
    ReadAhead<int> items(
        [&](int& item) {
            if (produced == 100)
                throw std::runtime_error("disk gone");
            item = produced++;
            return true;
        },
        64, 2);
    int received = 0;
    try {
        while (int* item = items.next())
            EXPECT_EQ(*item, received++);
        FAIL() << "the error was lost";
    } catch (const std::runtime_error& error) {
        EXPECT_STREQ(error.what(), "disk gone");
    }
    EXPECT_EQ(received, 100);
}

TEST(ReadAhead, AConsumerThatStopsEarlyStopsTheReader)
{
    std::atomic<int> produced{0};
    {
        ReadAhead<int> items(
            [&](int& item) {
                item = produced++;
                return true; // never ends by itself
            },
            16, 2);
        for (int i = 0; i < 10; ++i)
            ASSERT_NE(items.next(), nullptr);
    }
    // Bounded by the batches that fit in the queue, the one in hand and the one being made.
    EXPECT_LE(produced.load(), 16 * 5);
}
