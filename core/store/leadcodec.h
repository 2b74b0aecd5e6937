#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVariant>

namespace lb {
struct LeadFieldSpec;
struct Lead;
} // namespace lb

// How lead values are kept in the leads and lead_scores tables on every backend: the same text
// and numbers in a workspace file and in a team workspace, so that a copy between them
// (leadbench-cli migrate) changes nothing and both backends' code reads what the other wrote.
namespace lb::leadcodec {

// How the lead queries (leads l JOIN lead_scores s LEFT JOIN users u ON u.id = l.owner_id) read
// a standard field (model/leadfields.h): "l.<column>", "s.stage", or "u.name" for the owner.
QByteArray fieldSelect(const LeadFieldSpec& spec);

// Custom fields as a compact JSON object; empty when there are none.
QString customFieldsToJson(const QMap<QString, QString>& custom);
QMap<QString, QString> customFieldsFromJson(const QString& json);

// What a bulk writer (store/bulkwriter.h) fills in on a new lead before it writes it: the times
// and the author the generator left unset (a lead the scoring moved to MQL as it was made keeps
// the model as its last author), version 1.
void fillBulkLeadDefaults(Lead& lead, const QString& actor);

// The stage time as lead_scores keeps it: Unix seconds (an index orders a million of them).
qint64 stageTimeOf(const QDateTime& moment);
QDateTime stageTimeFrom(qint64 seconds);

// Null for empty text: keeps optional fields NULL in the database.
inline QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace lb::leadcodec
