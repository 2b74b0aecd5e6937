#pragma once

#include <QString>

namespace lb::scoring {

// The label a person reads for a rule: the labels of the shipped default model are
// translated like every other text; a team's own labels are shown as they wrote them.
// (Stored models and JSON output keep the label as written.)
QString displayRuleLabel(const QString& label);

} // namespace lb::scoring
