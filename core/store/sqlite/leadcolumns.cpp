#include "store/sqlite/leadcolumns.h"

#include "model/lead.h"
#include "model/leadfields.h"
#include "store/sqlite/sqlitestatement.h"
#include "store/sqlite/sqlitesupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lb::sqlite {

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

void insertLeadScore(Statement& insert, qint64 leadId, const QString& stage, qint64 stageChangedAt,
                     std::optional<qint64> ownerId, const StoredScore& score,
                     const QString& scoredAt)
{
    insert.bind(1, leadId)
        .bindText(2, stage)
        .bind(3, stageChangedAt)
        .bind(4, ownerId)
        .bind(5, qint64(score.total))
        .bind(6, qint64(score.fit))
        .bind(7, qint64(score.behavior))
        .bind(8, score.grade)
        .bind(9, score.modelId > 0 ? std::optional<qint64>(score.modelId) : std::nullopt)
        .bind(10, scoredAt)
        .bind(11, score.scoredStage ? stageName(*score.scoredStage) : QString())
        .step();
}

qint64 stageTimeOf(const QDateTime& moment)
{
    return moment.isValid() ? moment.toSecsSinceEpoch() : 0;
}

QDateTime stageTimeFrom(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace lb::sqlite
