#pragma once

#include "store/leadcodec.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace lb {
struct StoredScore;
struct LeadFieldSpec;
} // namespace lb

namespace lb::sqlite {

class Statement;

// How lead values are kept in the leads table, shared by every path that writes or reads it
// (repository, bulk writer, import sink), so they all store the same text: the backends' common
// codec (store/leadcodec.h) and what only SQLite needs.
using leadcodec::customFieldsFromJson;
using leadcodec::customFieldsToJson;
using leadcodec::fieldSelect;
using leadcodec::stageTimeFrom;
using leadcodec::stageTimeOf;

// The lead_scores row of a lead just inserted: its stage (kept here only) with the time it was
// reached in Unix seconds, its score, and the copy of its owner that the orders by score are
// sorted within. `scoredAt` is the ISO text of score.scoredAt, passed in so that a bulk load
// formats it once.
inline constexpr char insertLeadScoreSql[] =
    "INSERT INTO lead_scores(lead_id, stage, stage_changed_at, owner_id, score, fit, behavior, "
    "grade, model_id, scored_at, scored_stage) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
    "?11)";
void insertLeadScore(Statement& insert, qint64 leadId, const QString& stage, qint64 stageChangedAt,
                     std::optional<qint64> ownerId, const StoredScore& score,
                     const QString& scoredAt);

// The SQL that reads the stage time (leadcodec::stageTimeOf) back as the ISO text the other
// times are kept in.
inline constexpr char stageChangedAtText[] =
    "strftime('%Y-%m-%dT%H:%M:%SZ', s.stage_changed_at, 'unixepoch')";

} // namespace lb::sqlite
