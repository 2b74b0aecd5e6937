#include "util/isotime.h"

#include <QTimeZone>

namespace lb {

QString toIsoUtc(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    return moment.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
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
