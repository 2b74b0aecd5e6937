#pragma once

#include "model/lead.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <vector>

namespace lb {
struct LeadFieldSpec;
}

// One lead's row as both backends' repositories write and read it through QtSql: the leads
// table's columns, the values written to them, and the lead read back from a query of
// leads l JOIN lead_scores s LEFT JOIN users u. A field added to model/leadfields.cpp reaches
// every backend through here.
namespace lb::sqlleadrow {

// The standard fields the leads table keeps (the stage is in lead_scores), in table order.
const std::vector<const LeadFieldSpec*>& leadsTableFields();

// What read() reads: l.id, the fields, then the custom fields, stage, score, times, version and
// conversion links.
const QString& selectColumns();

// The columns insert and update write, and a lead's values for them (ownerId: the owner's user
// id, or a null value).
const QStringList& writtenColumns();
QVariantList writtenValues(const Lead& lead, const QVariant& ownerId);

// The lead in the current row of a query that selected selectColumns(). `stageOf` reads the
// stage column as the backend checks it (a value outside the schema's is damage, not New).
using StageReader = Stage (*)(const QSqlQuery& query, int column);
Lead read(const QSqlQuery& query, StageReader stageOf);

} // namespace lb::sqlleadrow
