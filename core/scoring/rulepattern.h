#pragma once

#include <QRegularExpression>
#include <QString>
#include <optional>

namespace lb::scoring {

// The regular expression of a `matches` condition, as the scorer and the model check both
// compile it: Perl-compatible with Unicode character properties, so that \w, \b and (?i) treat
// ä, ö and å like any other letter (docs/spec/scoring-model.md, Operators).
QRegularExpression rulePattern(const QString& pattern);

// The outcome of one match. The engine gives up on a subject that would take too many steps
// (PCRE2's match limit, catastrophic backtracking); QRegularExpression then answers "no match"
// and only marks the match invalid, so a caller has to tell that apart from a real "no".
enum class PatternOutcome
{
    NoMatch,
    Match,
    GaveUp
};
PatternOutcome matchPattern(const QRegularExpression& regex, const QString& subject);

// A text of a small hostile sample (long runs of one character, each followed by a character
// that ends the run) on which `regex` makes the engine give up, described for a message; nothing
// when it answers on all of them. A pattern that gives up here would give up on real leads
// too: the model check refuses it.
std::optional<QString> patternGivesUpOn(const QRegularExpression& regex);

} // namespace lb::scoring
