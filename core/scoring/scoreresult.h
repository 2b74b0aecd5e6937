#pragma once

#include <QList>
#include <QString>

namespace lb::scoring {

// One rule's part in a score (spec/scoring-model.md, Explanation).
struct Contribution
{
    QString rule;      // the rule's id
    QString label;     // what users see (the id when the model gives no label)
    double points = 0; // rounded to one decimal
    bool fit = true;   // false: a behaviour rule
};

// A lead's score as of a moment: the rounded parts that are stored, the exact parts, and why.
struct ScoreResult
{
    int total = 0;     // clamp(fit + behaviour, 0, 100), rounded half away from zero
    int fit = 0;       // rounded, not clamped
    int behavior = 0;  // rounded, not clamped
    QString grade;     // empty when the model has no grades or none applies
    double fitRaw = 0; // sum of the holding fit rules, before fit.max
    double fitExact = 0;
    double behaviorExact = 0;
    QList<Contribution> explanation; // fit rules in model order, then behaviour rules
    // Fit rules that could not be evaluated for this lead (the regular expression engine gave
    // up on its value), in model order, with the points they would give. They count nothing.
    QList<Contribution> unevaluated;
};

} // namespace lb::scoring
