#pragma once

#include "scoring/scoringmodel.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace lb::scoring {

// The outcome of reading a model: the model, or every problem found, each as
// "path: message" (spec/scoring-model.md, Errors). Never both.
struct ModelParseResult
{
    std::optional<ScoringModel> model;
    QStringList problems;

    bool ok() const { return model.has_value(); }
};

// Reads and validates a model document. A model with any problem is refused as a whole.
ModelParseResult parseScoringModel(const QByteArray& json);

// The document form of a model (for export from the editor). Parsing it gives the same model.
QByteArray modelToJson(const ScoringModel& model);

// The lead fields a condition may name (spec/scoring-model.md, Fields), custom.<name> aside.
const QStringList& scoringFieldNames();
bool isScoringField(QStringView field);

} // namespace lb::scoring
