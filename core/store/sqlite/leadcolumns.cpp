#include "store/sqlite/leadcolumns.h"

#include "model/lead.h"
#include "store/sqlite/sqlitestatement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lb::sqlite {

QString customFieldsToJson(const QMap<QString, QString>& custom)
{
    if (custom.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = custom.cbegin(); it != custom.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> customFieldsFromJson(const QString& json)
{
    QMap<QString, QString> custom;
    if (json.isEmpty())
        return custom;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        custom.insert(it.key(), it.value().toString());
    return custom;
}

QString isoDate(const QDate& date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    char text[10];
    int year = date.year();
    for (int i = 3; i >= 0; --i, year /= 10)
        text[i] = char('0' + year % 10);
    text[4] = text[7] = '-';
    text[5] = char('0' + date.month() / 10);
    text[6] = char('0' + date.month() % 10);
    text[8] = char('0' + date.day() / 10);
    text[9] = char('0' + date.day() % 10);
    return QString::fromLatin1(text, 10);
}

void insertLeadScore(Statement& insert, qint64 leadId, const QString& stage,
                     std::optional<qint64> ownerId, const StoredScore& score,
                     const QString& scoredAt)
{
    insert.bind(1, leadId)
        .bindText(2, stage)
        .bind(3, ownerId)
        .bind(4, qint64(score.total))
        .bind(5, qint64(score.fit))
        .bind(6, qint64(score.behavior))
        .bind(7, score.grade)
        .bind(8, score.modelId > 0 ? std::optional<qint64>(score.modelId) : std::nullopt)
        .bind(9, scoredAt)
        .step();
}

} // namespace lb::sqlite
