#include "util/isotime.h"

#include <QTimeZone>

namespace lb {

namespace {

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm): exact for every date
// QDateTime can hold, and a few hundred instructions instead of QDateTime's calendar path.
void civilFromDays(qint64 days, int& year, int& month, int& day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

void putDigits(char16_t*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

} // namespace

QString toIsoUtc(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    // Formatted by hand: QDateTime::toString goes through the locale machinery and was 15 %
    // of generating a million demo leads.
    const qint64 secs = moment.toSecsSinceEpoch();
    qint64 days = secs / 86400;
    qint64 rest = secs % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year < 0 || year > 9999)
        return moment.toUTC().toString(Qt::ISODate);
    QString text(20, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    putDigits(out, year, 4);
    *out++ = u'-';
    putDigits(out, month, 2);
    *out++ = u'-';
    putDigits(out, day, 2);
    *out++ = u'T';
    putDigits(out, int(rest / 3600), 2);
    *out++ = u':';
    putDigits(out, int(rest / 60 % 60), 2);
    *out++ = u':';
    putDigits(out, int(rest % 60), 2);
    *out++ = u'Z';
    return text;
}

QString toIsoUtcExact(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    const qint64 ms = moment.toMSecsSinceEpoch();
    const int millis = int((ms % 1000 + 1000) % 1000); // of the second it falls in, before 1970 too
    if (millis == 0)
        return toIsoUtc(moment);
    QString text = toIsoUtc(QDateTime::fromMSecsSinceEpoch(ms - millis, QTimeZone::utc()));
    text.insert(text.size() - 1, QStringLiteral(".%1").arg(millis, 3, 10, QLatin1Char('0')));
    return text;
}

QDateTime fromIsoUtc(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    if (moment.isValid() && moment.timeSpec() == Qt::LocalTime)
        moment.setTimeZone(QTimeZone::utc());
    return moment.toUTC();
}

QString toIsoDate(const QDate& date)
{
    // Year, month and day from the day number in one go (H. Hinnant's civil_from_days, for the
    // proleptic Gregorian calendar QDate uses): QDate::year(), month() and day() convert the
    // day number once each, which showed up in imports at a million rows.
    static const qint64 firstDay = QDate(1, 1, 1).toJulianDay();
    static const qint64 lastDay = QDate(9999, 12, 31).toJulianDay();
    const qint64 julianDay = date.toJulianDay();
    if (!date.isValid() || julianDay < firstDay || julianDay > lastDay)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    const qint64 shifted = julianDay - 2440588 + 719468; // days since 0000-03-01
    const qint64 era = shifted / 146097;                 // positive in years 1..9999
    const qint64 dayOfEra = shifted - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    char text[10];
    for (int i = 3; i >= 0; --i, year /= 10)
        text[i] = char('0' + year % 10);
    text[4] = text[7] = '-';
    text[5] = char('0' + month / 10);
    text[6] = char('0' + month % 10);
    text[8] = char('0' + day / 10);
    text[9] = char('0' + day % 10);
    return QString::fromLatin1(text, 10);
}

} // namespace lb
