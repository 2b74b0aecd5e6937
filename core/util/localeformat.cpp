#include "util/localeformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace lb::fmt {

namespace {

// English writes dates in too many ways (12/3/26?); Leadbench's English uses ISO 8601.
bool isoDates(const QLocale& locale)
{
    return locale.language() != QLocale::Finnish && locale.language() != QLocale::Swedish;
}

} // namespace

QString integer(qint64 value)
{
    return QLocale().toString(value);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(double share, int decimals)
{
    // At most `decimals` decimals, no trailing zeros: "75 %", "62,5 %".
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(share * 100 * scale) / scale;
    int shown = decimals;
    while (shown > 0 && std::abs(rounded * std::pow(10.0, shown - 1) -
                                 std::round(rounded * std::pow(10.0, shown - 1))) < 1e-9)
        --shown;
    //: A percentage; %1 is the number, already in the locale's digits ("62,5"). Finnish and
    //: Swedish put a space before the sign: "%1 %".
    return QCoreApplication::translate("lb::Format", "%1%").arg(number(rounded, shown));
}

QString money(double amount, const QString& currency, int decimals)
{
    //: An amount of money: %1 the amount in the locale's digits, %2 the currency code (EUR)
    return QCoreApplication::translate("lb::Format", "%1 %2")
        .arg(number(amount, decimals), currency);
}

QString dataSize(qint64 bytes)
{
    // Qt's own unit for bytes is CLDR's bare plural ("371 tavut"); a sentence wants "371 tavua".
    if (bytes > -1000 && bytes < 1000)
        //: A file size under a kilobyte
        return QCoreApplication::translate("lb::Format", "%Ln byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString date(const QDate& day)
{
    const QLocale locale;
    if (!day.isValid())
        return {};
    if (isoDates(locale))
        return day.toString(Qt::ISODate);
    return locale.toString(day, QLocale::ShortFormat);
}

QString dateTime(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

} // namespace lb::fmt
