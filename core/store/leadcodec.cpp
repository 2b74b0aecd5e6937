#include "store/leadcodec.h"

#include "model/leadfields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lb::leadcodec {

QByteArray fieldSelect(const LeadFieldSpec& spec)
{
    if (spec.type == FieldType::Owner)
        return QByteArrayLiteral("u.name");
    const QByteArray table = qstrcmp(spec.table, "lead_scores") == 0 ? "s." : "l.";
    return table + spec.column;
}

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

qint64 stageTimeOf(const QDateTime& moment)
{
    return moment.isValid() ? moment.toSecsSinceEpoch() : 0;
}

QDateTime stageTimeFrom(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace lb::leadcodec
