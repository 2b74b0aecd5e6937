#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace lb::sqlite {

// How lead values are kept in the leads table, shared by every path that writes or reads it
// (repository, bulk writer, import sink), so they all store the same text.

// Custom fields as a compact JSON object; empty when there are none.
QString customFieldsToJson(const QMap<QString, QString>& custom);
QMap<QString, QString> customFieldsFromJson(const QString& json);

// YYYY-MM-DD without QDate::toString's locale machinery (it runs for every row of a load);
// empty for an invalid date.
QString isoDate(const QDate& date);

} // namespace lb::sqlite
