#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace lb::fmt {

// Numbers, shares, amounts, sizes and dates as the user's locale writes them (QLocale(): the
// default set by installTranslations, or the system's). The one place views and the CLI's text
// output format them, so that Finnish and Swedish read "62,5 %", "12 500 EUR", "3.12.2026".
// Machine formats (JSON, CSV, the spec'd CLI lines) never come through here.

QString integer(qint64 value);                   // "12 500" (fi), "12,500" (en)
QString number(double value, int decimals);      // "2,5" (fi)
QString percent(double share, int decimals = 1); // share 0.625: "62,5 %" (fi, sv), "62.5%" (en)
QString money(double amount, const QString& currency, int decimals = 0); // "12 500 EUR"
QString dataSize(qint64 bytes); // "371 tavua", "3,5 Mt" (fi), "3,5 MB"
// A day: the locale's short form in Finnish ("3.12.2026"), ISO 8601 where the locale's own
// form is ambiguous or English (C, en: "2026-12-03"; Swedish writes ISO anyway).
QString date(const QDate& day);
QString dateTime(const QDateTime& moment); // the date and hh:mm, in local time

} // namespace lb::fmt
