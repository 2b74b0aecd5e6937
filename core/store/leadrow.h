#pragma once

#include "model/stage.h"

#include <QString>

namespace lb {

// The columns a lead table shows: a narrow projection of a lead, so a screenful of rows is
// read from the store in one small query.
struct LeadRow
{
    qint64 id = 0;
    int score = 0;
    QString grade;
    QString firstName;
    QString lastName;
    QString email;
    QString company;
    QString title;
    Stage stage = Stage::New;
    QString owner;
    QString source;
    QString country;
    QString lastActivityAt; // ISO 8601 UTC, empty when none
    QString stageChangedAt; // ISO 8601 UTC
    bool overdue = false;   // see sla.h; only when the filter carries an SLA moment
};

} // namespace lb
