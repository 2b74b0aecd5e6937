#pragma once

#include "model/lead.h"
#include "qualification/qualificationservice.h"

#include <QJsonObject>
#include <QJsonValue>

namespace lb {

// The "frameworks" object of `show --format json` (docs/spec/cli.md):
// {"BANT": {"readiness": 0.75, "missing": [...], "criteria": {"budget": {"status":
// "confirmed", "note": "...", "value": ..., "by": "...", "at": "...", "stale": false}, ...}}}.
// Every criterion of a used framework appears; unanswered ones have status "unknown".
QJsonObject frameworksJson(const LeadQualification& qualification);

// The "converted" value: null, or {"account": ID, "contact": ID, "opportunity": ID|null}.
QJsonValue convertedJson(const Lead& lead);

} // namespace lb
