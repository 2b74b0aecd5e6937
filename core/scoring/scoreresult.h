#pragma once

#include <QList>
#include <QString>

namespace lb::scoring {

// One line of a score's explanation (docs/spec/scoring-model.md, Explanation): a rule's points, or
// what a bound trimmed off the lines before it. A behaviour rule's cap follows the rule's
// line, fit.max the fit rules and behavior.max the behaviour rules, so that the lines add up to
// the parts.
struct Contribution
{
    enum class Kind
    {
        Rule,
        Cap, // points: the trim (negative under an upper bound); bound: what trimmed it
    };

    QString rule;      // the rule's id; a trim by fit.max or behavior.max names those
    QString label;     // what users see (the id when the model gives no label); "" for those
    double points = 0; // rounded to one decimal
    bool fit = true;   // false: a behaviour rule, or behavior.max
    Kind kind = Kind::Rule;
    double bound = 0; // Kind::Cap: the rule's cap (negative for a negative rule) or the max
};

inline constexpr char fitMaxRule[] = "fit.max";
inline constexpr char behaviorMaxRule[] = "behavior.max";

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
