// The value readers of docs/spec/csv-import.md (Values): numbers, dates, e-mails, countries,
// stages.
#include "io/valueparsers.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::io;

TEST(ParseNumber, NordicAndUsSeparatorsAndCurrencies)
{
    EXPECT_DOUBLE_EQ(*parseNumber(u"1 234 567,89 €"), 1234567.89);
    EXPECT_DOUBLE_EQ(*parseNumber(u"$1,200,000.50"), 1200000.50);
    EXPECT_DOUBLE_EQ(*parseNumber(u"1.234.567,5"), 1234567.5);
    EXPECT_DOUBLE_EQ(*parseNumber(u"1\u00a0500\u00a0000,75 kr"), 1500000.75);
    EXPECT_DOUBLE_EQ(*parseNumber(u"3 200 000 SEK"), 3200000.0);
    EXPECT_DOUBLE_EQ(*parseNumber(u"1'000'000"), 1000000.0);
    EXPECT_DOUBLE_EQ(*parseNumber(u"EUR 12,5"), 12.5);
    EXPECT_DOUBLE_EQ(*parseNumber(u"USD 99.95"), 99.95);
    EXPECT_DOUBLE_EQ(*parseNumber(u"2.500.000"), 2500000.0); // repeated: grouping
    EXPECT_DOUBLE_EQ(*parseNumber(u"1,25"), 1.25);           // a lone comma: decimal
    EXPECT_DOUBLE_EQ(*parseNumber(u"-42"), -42.0);
}

TEST(ParseNumber, RefusesWhatIsNotANumber)
{
    EXPECT_FALSE(parseNumber(u"lots"));
    EXPECT_FALSE(parseNumber(u""));
    EXPECT_FALSE(parseNumber(u"€"));
    EXPECT_FALSE(parseNumber(u"12abc"));
    EXPECT_FALSE(parseNumber(u"1.000,00,5"));
    EXPECT_FALSE(parseNumber(u"1-2"));
}

TEST(ParseInteger, CommaAndDotAreGrouping)
{
    EXPECT_EQ(*parseInteger(u"1.234"), 1234);
    EXPECT_EQ(*parseInteger(u"1,500"), 1500);
    EXPECT_EQ(*parseInteger(u"12 000"), 12000);
    EXPECT_EQ(*parseInteger(u"45"), 45);
    EXPECT_FALSE(parseInteger(u"ten"));
    EXPECT_FALSE(parseInteger(u"11-50"));
}

TEST(ParseDate, AllFourForms)
{
    EXPECT_EQ(*parseDate(u"2026-12-31"), QDate(2026, 12, 31));
    EXPECT_EQ(*parseDate(u"31.12.2026"), QDate(2026, 12, 31));
    EXPECT_EQ(*parseDate(u"3.1.2027"), QDate(2027, 1, 3));
    EXPECT_EQ(*parseDate(u"12/24/2026"), QDate(2026, 12, 24));
    EXPECT_EQ(*parseDate(u"2026-12-31T23:30:00+02:00"), QDate(2026, 12, 31));
    EXPECT_FALSE(parseDate(u"31.2.2026"));  // impossible
    EXPECT_FALSE(parseDate(u"24/12/2026")); // US form: month 24
    EXPECT_FALSE(parseDate(u"2026-13-01"));
    EXPECT_FALSE(parseDate(u"soon"));
}

TEST(ParseDateTime, ZonesAndDefaultUtc)
{
    const QTimeZone utc = QTimeZone::utc();
    EXPECT_EQ(*parseDateTime(u"2026-11-01T10:00:00Z"),
              QDateTime(QDate(2026, 11, 1), QTime(10, 0), utc));
    EXPECT_EQ(*parseDateTime(u"2026-11-01T12:00:00+02:00"),
              QDateTime(QDate(2026, 11, 1), QTime(10, 0), utc));
    EXPECT_EQ(*parseDateTime(u"2026-11-01 10:00:00"),
              QDateTime(QDate(2026, 11, 1), QTime(10, 0), utc));
    EXPECT_EQ(*parseDateTime(u"15.11.2026 08:15"),
              QDateTime(QDate(2026, 11, 15), QTime(8, 15), utc));
    EXPECT_EQ(*parseDateTime(u"11/15/2026"), QDateTime(QDate(2026, 11, 15), QTime(0, 0), utc));
    EXPECT_FALSE(parseDateTime(u"yesterday"));
    EXPECT_FALSE(parseDateTime(u"15.11.2026 25:00"));
}

TEST(ParseDateTime, KeepsFractionsOfASecondToTheMillisecond)
{
    const QDateTime noon(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());
    EXPECT_EQ(*parseDateTime(u"2026-11-01T12:00:00.6Z"), noon.addMSecs(600));
    EXPECT_EQ(*parseDateTime(u"2026-11-01 14:00:00.123+02:00"), noon.addMSecs(123));
    // The day-first and month-first forms too, rounded to the millisecond as ISO 8601 is.
    EXPECT_EQ(*parseDateTime(u"1.11.2026 12:00:00.5"), noon.addMSecs(500));
    EXPECT_EQ(*parseDateTime(u"11/1/2026 12:00:00,0405"), noon.addMSecs(41));
    EXPECT_EQ(*parseDateTime(u"2026-11-01T12:00:00.0405Z"), noon.addMSecs(41));
    EXPECT_EQ(*parseDateTime(u"31.10.2026 23:59:59.9999"),
              QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()));
    EXPECT_FALSE(parseDateTime(u"1.11.2026 12:00:00."));
    EXPECT_FALSE(parseDateTime(u"1.11.2026 12:00.5"));
}

TEST(ParseEmail, TrimsLowerCasesAndChecks)
{
    EXPECT_EQ(*parseEmail(u"  Anna.Virtanen@Nordic-Widgets.FI "),
              QStringLiteral("anna.virtanen@nordic-widgets.fi"));
    EXPECT_FALSE(parseEmail(u"not-an-email"));
    EXPECT_FALSE(parseEmail(u"a@b@c.fi"));
    EXPECT_FALSE(parseEmail(u"anna@localhost"));
    EXPECT_FALSE(parseEmail(u"@example.com"));
    EXPECT_FALSE(parseEmail(u"anna virtanen@example.com"));
    EXPECT_FALSE(parseEmail(u"anna@example."));
}

TEST(ParseCountry, CodesAndNamesInThreeLanguages)
{
    EXPECT_EQ(*parseCountry(u"fi"), QStringLiteral("FI"));
    EXPECT_EQ(*parseCountry(u"Finland"), QStringLiteral("FI"));
    EXPECT_EQ(*parseCountry(u"Suomi"), QStringLiteral("FI"));
    EXPECT_EQ(*parseCountry(u"Sweden"), QStringLiteral("SE"));
    EXPECT_EQ(*parseCountry(u"Ruotsi"), QStringLiteral("SE"));
    EXPECT_EQ(*parseCountry(u"sverige"), QStringLiteral("SE"));
    EXPECT_EQ(*parseCountry(u"Tyskland"), QStringLiteral("DE"));
    EXPECT_EQ(*parseCountry(u"Saksa"), QStringLiteral("DE"));
    EXPECT_EQ(*parseCountry(u"United States"), QStringLiteral("US"));
    EXPECT_EQ(*parseCountry(u"Yhdysvallat"), QStringLiteral("US"));
    EXPECT_EQ(*parseCountry(u"UK"), QStringLiteral("GB"));
    EXPECT_EQ(*parseCountry(u"Norge"), QStringLiteral("NO"));
    EXPECT_FALSE(parseCountry(u"Atlantis"));
    EXPECT_FALSE(parseCountry(u"XQ"));
}

TEST(ParseStage, PlainMeaningsElseNew)
{
    EXPECT_EQ(parseStage(u"marketingqualifiedlead"), Stage::MQL);
    EXPECT_EQ(parseStage(u"Marketing Qualified Lead"), Stage::MQL);
    EXPECT_EQ(parseStage(u"salesqualifiedlead"), Stage::SQL);
    EXPECT_EQ(parseStage(u"subscriber"), Stage::New);
    EXPECT_EQ(parseStage(u"lead"), Stage::New);
    EXPECT_EQ(parseStage(u"Open - Not Contacted"), Stage::New);
    EXPECT_EQ(parseStage(u"Working - Contacted"), Stage::SAL);
    EXPECT_EQ(parseStage(u"Closed - Not Converted"), Stage::Disqualified);
    EXPECT_EQ(parseStage(u"nurture"), Stage::Nurture);
    EXPECT_EQ(parseStage(u"SQL"), Stage::SQL);
    EXPECT_EQ(parseStage(u"evangelist"), Stage::New);
}

TEST(FormulaGuard, StripsOnlyTheGuard)
{
    EXPECT_EQ(stripFormulaGuard(u"'=SUM(A1)"), u"=SUM(A1)");
    EXPECT_EQ(stripFormulaGuard(u"'+358 40 1234"), u"+358 40 1234");
    EXPECT_EQ(stripFormulaGuard(u"'-5"), u"-5");
    EXPECT_EQ(stripFormulaGuard(u"'@home"), u"@home");
    EXPECT_EQ(stripFormulaGuard(u"'\tx"), u"\tx");
    EXPECT_EQ(stripFormulaGuard(u"'quoted'"), u"'quoted'");
    EXPECT_EQ(stripFormulaGuard(u"'"), u"'");
    EXPECT_TRUE(needsFormulaGuard(u"=1+1"));
    EXPECT_FALSE(needsFormulaGuard(u"plain"));
}
