// The one text form of a moment: exact against QDateTime's own ISO output, both ways.
#include "util/isotime.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace lb;

TEST(IsoTime, MatchesQtForEveryKindOfDate)
{
    const QList<qint64> seconds = {0,
                                   1,
                                   59,
                                   86399,
                                   86400,
                                   951782400 /* 2000-02-29 */,
                                   4107542399 /* 2100-02-28T23:59:59 */,
                                   -1,
                                   -86401,
                                   1795780800 /* 2026-11-22T12:00:00 */};
    for (qint64 s : seconds) {
        const QDateTime moment = QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
        EXPECT_EQ(toIsoUtc(moment), moment.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"))) << s;
        EXPECT_EQ(fromIsoUtc(toIsoUtc(moment)), moment) << s;
    }
    for (qint64 s = -5'000'000'000; s < 5'000'000'000; s += 7'777'777) {
        const QDateTime moment = QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
        ASSERT_EQ(toIsoUtc(moment), moment.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"))) << s;
    }
}

TEST(IsoTime, ConvertsOtherZonesToUtcAndKeepsInvalidEmpty)
{
    const QDateTime helsinki(QDate(2026, 6, 1), QTime(9, 30), QTimeZone(3 * 3600));
    EXPECT_EQ(toIsoUtc(helsinki), QStringLiteral("2026-06-01T06:30:00Z"));
    EXPECT_TRUE(toIsoUtc(QDateTime()).isEmpty());
    EXPECT_FALSE(fromIsoUtc(QString()).isValid());
    EXPECT_EQ(fromIsoUtc(QStringLiteral("2026-06-01T06:30:00")),
              QDateTime(QDate(2026, 6, 1), QTime(6, 30), QTimeZone::utc()))
        << "a time without a zone is UTC";
}

TEST(IsoTime, DatesAreWrittenAsQtWritesThem)
{
    for (QDate day(1899, 12, 1); day <= QDate(2101, 3, 1); day = day.addDays(1))
        ASSERT_EQ(toIsoDate(day), day.toString(Qt::ISODate)) << day.toJulianDay();
    for (const QDate day :
         {QDate(1, 1, 1), QDate(4, 2, 29), QDate(100, 2, 28), QDate(400, 2, 29), QDate(1600, 2, 29),
          QDate(9999, 12, 31), QDate(-1, 12, 31), QDate(10000, 1, 1)})
        EXPECT_EQ(toIsoDate(day), day.toString(Qt::ISODate)) << day.toJulianDay();
    EXPECT_TRUE(toIsoDate(QDate()).isEmpty());
}

TEST(IsoTime, ExactFormShowsMillisecondsOnlyWhereThereAreSome)
{
    const QDateTime noon(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
    EXPECT_EQ(toIsoUtcExact(noon), QStringLiteral("2026-11-22T12:00:00Z"));
    EXPECT_EQ(toIsoUtcExact(noon.addMSecs(600)), QStringLiteral("2026-11-22T12:00:00.600Z"));
    EXPECT_EQ(toIsoUtcExact(noon.addMSecs(-1)), QStringLiteral("2026-11-22T11:59:59.999Z"));
    EXPECT_EQ(toIsoUtcExact(QDateTime::fromMSecsSinceEpoch(-500, QTimeZone::utc())),
              QStringLiteral("1969-12-31T23:59:59.500Z"));
    EXPECT_TRUE(toIsoUtcExact(QDateTime()).isEmpty());
    EXPECT_EQ(fromIsoUtc(toIsoUtcExact(noon.addMSecs(7))), noon.addMSecs(7));
}
