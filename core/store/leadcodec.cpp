#include "store/leadcodec.h"

#include "model/lead.h"
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

void fillBulkLeadDefaults(Lead& lead, const QString& actor)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!lead.createdAt.isValid())
        lead.createdAt = now;
    if (!lead.stageChangedAt.isValid())
        lead.stageChangedAt = lead.createdAt;
    if (!lead.updatedAt.isValid())
        lead.updatedAt = now;
    if (lead.updatedBy.isEmpty())
        lead.updatedBy = actor;
    lead.version = 1;
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
