#pragma once

#include "model/event.h"
#include "model/lead.h"
#include "scoring/leadfacts.h"
#include "scoring/scoreresult.h"
#include "scoring/scoringmodel.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <memory>
#include <span>
#include <vector>

namespace lb::scoring {

// A model compiled for evaluation: fields resolved to slots, event types to indexes, regular
// expressions compiled once. Pure: a lead's facts, its events and a moment give a score.
// Keeps small caches of regular-expression results, so use one Scorer per thread.
class Scorer
{
public:
    // `fieldOrder` and `eventTypeOrder` fix the first slots and type indexes (an in-memory
    // snapshot keeps its own order); what the model names beyond them is appended.
    explicit Scorer(ScoringModel model, const QStringList& fieldOrder = {},
                    const QStringList& eventTypeOrder = {});
    ~Scorer();
    Scorer(const Scorer&) = delete;
    Scorer& operator=(const Scorer&) = delete;

    const ScoringModel& model() const { return m_model; }
    // The fields the model reads, in slot order: facts passed to score() follow this order.
    const QStringList& fields() const { return m_fields; }
    // The event types the model counts: EventFact::type indexes this list.
    const QStringList& eventTypes() const { return m_eventTypes; }
    // Events older than this cannot count as of `asOfMs` (both in milliseconds since the Unix
    // epoch, UTC, as lb::Event times are).
    qint64 earliestCountedAt(qint64 asOfMs) const;

    // `asOfMs`: the moment T in milliseconds since the Unix epoch, UTC (lb::eventTimeOf), so
    // that an event 0.6 s after T does not count and one 0.4 s before it does.
    // `codeSpace`: the space of the facts' codes (FactValue::code), 0 when they carry none.
    // Results are remembered by code, so the codes must come from that one space.
    ScoreResult score(std::span<const FactValue> facts, std::span<const EventFact> events,
                      qint64 asOfMs, bool explain, quint64 codeSpace = 0) const;
    // The same for a lead as the repositories give it (events of any type, any order).
    ScoreResult score(const Lead& lead, const QList<Event>& events, const QDateTime& asOf) const;

    std::vector<FactValue> factsOf(const Lead& lead) const;
    int eventTypeIndex(const QString& type) const { return m_eventTypeIndex.value(type, -1); }
    // True when a lead in `stage` with this score moves to MQL (only New leads move).
    bool promotes(Stage stage, int total) const;
    // The grade of a rounded score ("" when none applies).
    QString gradeFor(int total) const;

    // Whether one fit rule holds for these facts (the editor and breakdown use it). A rule that
    // could not be evaluated does not hold (see ScoreResult::unevaluated).
    bool fitRuleHolds(int ruleIndex, std::span<const FactValue> facts) const;
    // The slots a fit rule reads.
    QList<int> fitRuleSlots(int ruleIndex) const;
    // One condition of a fit rule on one value, and the slot it reads (what-if tables).
    bool conditionHolds(int ruleIndex, int conditionIndex, const FactValue& fact) const;
    int conditionSlot(int ruleIndex, int conditionIndex) const;

private:
    struct CompiledCondition;
    struct CompiledFitRule;
    // Whether a condition holds; Unknown when it could not be evaluated (a regular
    // expression on which the engine gave up). Rules combine it as three-valued logic.
    enum class Truth : qint8
    {
        No = 0,
        Yes = 1,
        Unknown = 2
    };

    Truth holds(const CompiledCondition& condition, const FactValue& fact, bool coded) const;
    Truth fitRuleTruth(const CompiledFitRule& rule, std::span<const FactValue> facts,
                       bool coded) const;
    Truth evaluate(const CompiledCondition& condition, const FactValue& fact) const;

    ScoringModel m_model;
    QStringList m_fields;
    std::vector<LeadField> m_fieldIds; // m_fields resolved, for factsOf()
    QStringList m_eventTypes;
    QHash<QString, int> m_eventTypeIndex;
    std::vector<CompiledFitRule> m_fitRules;
    std::vector<int> m_behaviorType;             // per behaviour rule: its type index
    std::vector<std::vector<int>> m_rulesOfType; // per type index: behaviour rules
    mutable std::vector<double> m_ruleSums;
    mutable quint64 m_codeSpace = 0; // whose codes CompiledCondition::codeResults remember
};

// The oldest event time (ms) that can count as of `asOfMs` under the model's window.
qint64 earliestCountedAt(const ScoringModel& model, qint64 asOfMs);

// Rounds half away from zero (docs/spec/scoring-model.md, Arithmetic 3).
int roundScore(double value);
// Rounds half away from zero to one decimal (explanations).
double roundTenth(double value);

} // namespace lb::scoring
