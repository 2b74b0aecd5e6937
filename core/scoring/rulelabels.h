#pragma once

#include <QString>

namespace lb::scoring {

// The label a person reads for a rule: the labels of the shipped default model are
// translated like every other text; a team's own labels are shown as they wrote them.
// (Stored models and JSON output keep the label as written.)
QString displayRuleLabel(const QString& label);

struct Contribution;
// What a person reads for one line of a score's explanation: the rule's label, or for a trim
// what bounded it ("Web visits: capped at 10", "Fit capped at 60").
QString displayContributionLabel(const Contribution& line);

} // namespace lb::scoring
