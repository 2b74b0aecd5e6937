#include "reports/reportstats.h"

#include <algorithm>
#include <cmath>

namespace lb::reports {

std::optional<double> quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double rank = q * double(values.size() - 1);
    const qsizetype below = qsizetype(std::floor(rank));
    const qsizetype above = std::min<qsizetype>(below + 1, values.size() - 1);
    const double weight = rank - double(below);
    return values.at(below) + (values.at(above) - values.at(below)) * weight;
}

std::optional<double> rocAuc(QList<ScoreOutcomeCount> counts)
{
    std::sort(
        counts.begin(), counts.end(),
        [](const ScoreOutcomeCount& a, const ScoreOutcomeCount& b) { return a.score < b.score; });
    double positives = 0;
    double negatives = 0;
    for (const ScoreOutcomeCount& c : counts) {
        positives += double(c.positives);
        negatives += double(c.leads - c.positives);
    }
    if (positives == 0 || negatives == 0)
        return std::nullopt;
    // Walk the scores upwards: each positive beats every negative below its score and ties
    // half of those at its score.
    double negativesBelow = 0;
    double wins = 0;
    for (qsizetype i = 0; i < counts.size();) {
        double pos = 0;
        double neg = 0;
        const int score = counts.at(i).score;
        for (; i < counts.size() && counts.at(i).score == score; ++i) {
            pos += double(counts.at(i).positives);
            neg += double(counts.at(i).leads - counts.at(i).positives);
        }
        wins += pos * (negativesBelow + 0.5 * neg);
        negativesBelow += neg;
    }
    return wins / (positives * negatives);
}

} // namespace lb::reports
