#pragma once

#include "scoring/scoringmodel.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace lb::scoring {

// The outcome of reading a model: the model, or every problem found, each as
// "path: message" (docs/spec/scoring-model.md, Errors). Never both.
struct ModelParseResult
{
    std::optional<ScoringModel> model;
    QStringList problems;
    // The model as far as it reads, also when refused (numbers out of bounds kept as written):
    // the editor shows a refused model, e.g. one stored by an older Leadbench, so that the user
    // can fix it. Never score with it.
    ScoringModel readable;

    bool ok() const { return model.has_value(); }
};

// The bound of every number of a model outside its conditions: points, fit.max, behavior.max,
// caps, half-life and window days, the MQL threshold and grade minimums lie within
// [-maxModelNumber, maxModelNumber]. With it every fit and behaviour sum stays finite (a sum of
// n terms is at most n times this), so scores never become infinite or NaN. Condition values
// only have to be finite (revenues run into billions).
inline constexpr double maxModelNumber = 1000000;

// What one model may hold. A model is compiled for every lead shown and every edit, and a
// pattern runs on every lead: far beyond what a team writes by hand, a model only costs time
// and memory (a 97 MB model of 600,000 rules took 71 s to import and 2 GB for each `show`).
inline constexpr qsizetype maxModelBytes = 1024 * 1024;
inline constexpr qsizetype maxFitRules = 1000;
inline constexpr qsizetype maxBehaviorRules = 200;
inline constexpr qsizetype maxConditionsPerRule = 50;
inline constexpr qsizetype maxPatternLength = 1000;

// Reads and validates a model document. A model with any problem is refused as a whole.
ModelParseResult parseScoringModel(const QByteArray& json);

// The document form of a model (for export from the editor). Parsing it gives the same model.
QByteArray modelToJson(const ScoringModel& model);

// The lead fields a condition may name (docs/spec/scoring-model.md, Fields), custom.<name> aside.
const QStringList& scoringFieldNames();
bool isScoringField(QStringView field);

} // namespace lb::scoring
