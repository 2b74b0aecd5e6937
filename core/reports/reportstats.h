#pragma once

#include <QList>
#include <optional>

namespace lb::reports {

// The q-th quantile (0..1) of the values, linearly interpolated between the closest ranks (as
// spreadsheets' PERCENTILE.INC); unset for no values. Sorts its copy.
std::optional<double> quantile(QList<double> values, double q);

// Per score: how many leads, and how many of them reached the outcome.
struct ScoreOutcomeCount
{
    int score = 0;
    qint64 leads = 0;
    qint64 positives = 0;
};

// The area under the ROC curve of the score for the outcome: the chance that a lead that
// reached it scored higher than one that did not, ties counted half (Mann-Whitney). Unset
// when there are no positives or no negatives.
std::optional<double> rocAuc(QList<ScoreOutcomeCount> counts);

} // namespace lb::reports
