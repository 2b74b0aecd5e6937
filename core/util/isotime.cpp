#include "util/isotime.h"

#include <QTimeZone>
#include <cstdio>

namespace lb {

QString toIsoUtc(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    // Formatted by hand: QDateTime::toString goes through the locale machinery and was 15 %
    // of generating a million demo leads.
    const QDateTime utc = moment.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    char buffer[32];
    const int length =
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(),
                      date.month(), date.day(), time.hour(), time.minute(), time.second());
    return QString::fromLatin1(buffer, length);
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

} // namespace lb
