#include "scoring/whatif.h"

#include "scoring/modelparser.h"
#include "scoring/scorer.h"
#include "store/scorestore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <thread>

namespace lb::scoring {

namespace {

constexpr double msPerDayReal = double(msPerDay);
constexpr qint64 sampleChunk = 1024;

QString conditionKey(const Condition& condition)
{
    QJsonObject object{{QStringLiteral("f"), condition.field},
                       {QStringLiteral("o"), operatorName(condition.op)}};
    if (!condition.value.isUndefined())
        object.insert(QStringLiteral("v"), condition.value);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

// Dictionary-encodes facts as leads are added.
class WhatIfSnapshot::Builder
{
public:
    explicit Builder(WhatIfSnapshot& snapshot) : m_snapshot(snapshot)
    {
        const size_t fields = size_t(snapshot.m_fields.size());
        snapshot.m_dictionary.assign(fields, std::vector<FactValue>(1)); // code 0: missing
        m_textCodes.resize(fields);
        m_numberCodes.resize(fields);
        snapshot.m_eventBegin.push_back(0);
    }

    void addLead(qint64 id, Stage stage, const FactValue* facts, const EventFact* events,
                 size_t eventCount)
    {
        for (size_t field = 0; field < m_textCodes.size(); ++field)
            m_snapshot.m_codes.push_back(codeOf(field, facts[field]));
        m_snapshot.m_stages.push_back(stage);
        m_snapshot.m_leadIds.push_back(id);
        for (size_t i = 0; i < eventCount; ++i) {
            if (events[i].atMs <= m_snapshot.m_asOf && events[i].type >= 0)
                m_snapshot.m_events.push_back(events[i]);
        }
        m_snapshot.m_eventBegin.push_back(quint32(m_snapshot.m_events.size()));
    }

private:
    quint32 codeOf(size_t field, const FactValue& fact)
    {
        std::vector<FactValue>& dictionary = m_snapshot.m_dictionary[field];
        if (fact.isNumber) {
            quint64 bits = 0;
            std::memcpy(&bits, &fact.number, sizeof bits);
            auto it = m_numberCodes[field].constFind(bits);
            if (it != m_numberCodes[field].constEnd())
                return *it;
            const quint32 code = quint32(dictionary.size());
            dictionary.push_back(fact);
            m_numberCodes[field].insert(bits, code);
            return code;
        }
        if (fact.text.isEmpty())
            return 0;
        auto it = m_textCodes[field].constFind(fact.text);
        if (it != m_textCodes[field].constEnd())
            return *it;
        const quint32 code = quint32(dictionary.size());
        dictionary.push_back(fact);
        m_textCodes[field].insert(fact.text, code);
        return code;
    }

    WhatIfSnapshot& m_snapshot;
    std::vector<QHash<QString, quint32>> m_textCodes;
    std::vector<QHash<quint64, quint32>> m_numberCodes;
};

std::shared_ptr<const WhatIfSnapshot> WhatIfSnapshot::load(Workspace& workspace,
                                                           const QDateTime& asOf, qint64 maxLeads,
                                                           const QStringList& extraFields,
                                                           JobControl* job)
{
    auto snapshot = std::make_shared<WhatIfSnapshot>();
    snapshot->m_fields = scoringFieldNames();
    for (const QString& field : extraFields) {
        if (!snapshot->m_fields.contains(field))
            snapshot->m_fields << field;
    }
    snapshot->m_asOf = eventTimeOf(asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc());
    const auto store = workspace.scoreStore();
    const LeadIdSpan span = store->leadIdSpan();
    snapshot->m_workspaceLeads = span.count;
    ScoringScan scan;
    scan.fields = snapshot->m_fields;
    scan.eventsFrom = std::numeric_limits<qint64>::min();
    scan.eventsTo = snapshot->m_asOf;
    scan.anyEventType = true;
    const auto reader = store->reader(scan);
    Builder builder(*snapshot);
    const qint64 chunks = span.count == 0 ? 0 : (span.last - span.first) / sampleChunk + 1;
    // An even sample: every step-th block of ids.
    const qint64 step = span.count > maxLeads && maxLeads > 0
                            ? std::max<qint64>(1, (span.count + maxLeads - 1) / maxLeads)
                            : 1;
    ScoringBatch batch;
    for (qint64 chunk = 0; chunk < chunks && snapshot->size() < maxLeads; chunk += step) {
        if (job) {
            job->checkCancelled();
            job->report(chunk, chunks,
                        QCoreApplication::translate("lb::scoring", "Reading leads for what-if"));
        }
        batch.clear();
        const qint64 first = span.first + chunk * sampleChunk;
        reader->readRange(first, std::min(span.last, first + sampleChunk - 1), batch);
        for (const ScoringLead& lead : batch.leads) {
            if (snapshot->size() >= maxLeads)
                break;
            builder.addLead(lead.id, lead.stage, batch.facts.data() + lead.factBegin,
                            batch.events.data() + lead.eventBegin, lead.eventEnd - lead.eventBegin);
        }
    }
    snapshot->m_eventTypes = reader->eventTypes();
    return snapshot;
}

std::shared_ptr<const WhatIfSnapshot>
WhatIfSnapshot::fromLeads(const QList<Lead>& leads, const QHash<qint64, QList<Event>>& events,
                          const QDateTime& asOf, const QStringList& extraFields)
{
    auto snapshot = std::make_shared<WhatIfSnapshot>();
    snapshot->m_fields = scoringFieldNames();
    for (const QString& field : extraFields) {
        if (!snapshot->m_fields.contains(field))
            snapshot->m_fields << field;
    }
    snapshot->m_asOf = eventTimeOf(asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc());
    snapshot->m_workspaceLeads = leads.size();
    const Scorer facts(ScoringModel{}, snapshot->m_fields);
    QHash<QString, int> types;
    Builder builder(*snapshot);
    for (const Lead& lead : leads) {
        QList<Event> own = events.value(lead.id);
        // The store's order: by time, then type and detail.
        std::sort(own.begin(), own.end(), [](const Event& a, const Event& b) {
            return std::tie(a.occurredAtMs, a.type, a.detail) <
                   std::tie(b.occurredAtMs, b.type, b.detail);
        });
        std::vector<EventFact> eventFacts;
        for (const Event& event : own) {
            auto it = types.constFind(event.type);
            if (it == types.constEnd()) {
                it = types.insert(event.type, int(snapshot->m_eventTypes.size()));
                snapshot->m_eventTypes << event.type;
            }
            eventFacts.push_back({*it, event.occurredAtMs});
        }
        const std::vector<FactValue> values = facts.factsOf(lead);
        builder.addLead(lead.id, lead.stage, values.data(), eventFacts.data(), eventFacts.size());
    }
    return snapshot;
}

WhatIfEngine::WhatIfEngine(std::shared_ptr<const WhatIfSnapshot> snapshot)
    : m_snapshot(std::move(snapshot))
{
}

WhatIfEngine::~WhatIfEngine() = default;

std::shared_ptr<const std::vector<bool>> WhatIfEngine::conditionTable(const Scorer& scorer,
                                                                      int rule, int condition,
                                                                      const Condition& definition)
{
    const QString key = conditionKey(definition);
    if (const auto it = m_tables.constFind(key); it != m_tables.constEnd())
        return *it;
    const int slot = scorer.conditionSlot(rule, condition);
    std::vector<bool> table;
    if (slot >= int(m_snapshot->m_fields.size())) {
        // Not in the snapshot: every lead looks as if the field were empty.
        table.push_back(scorer.conditionHolds(rule, condition, FactValue()));
    } else {
        const std::vector<FactValue>& dictionary = m_snapshot->m_dictionary[size_t(slot)];
        table.reserve(dictionary.size());
        // A value the pattern engine gave up on counts as "does not hold": a rule over it then
        // counts no points either way, exactly as Scorer::score treats an unevaluated rule.
        for (const FactValue& value : dictionary)
            table.push_back(scorer.conditionHolds(rule, condition, value));
    }
    auto shared = std::make_shared<const std::vector<bool>>(std::move(table));
    m_tables.insert(key, shared);
    return shared;
}

std::shared_ptr<const std::vector<double>> WhatIfEngine::decayFactors(double halfLifeDays,
                                                                      double windowDays)
{
    const std::pair key{halfLifeDays, windowDays};
    if (const auto it = m_factors.constFind(key); it != m_factors.constEnd())
        return *it;
    if (m_factors.size() >= 8)
        m_factors.clear();
    std::vector<double> factors(m_snapshot->m_events.size());
    const qint64 asOf = m_snapshot->m_asOf;
    const double windowMs = windowDays * msPerDayReal;
    auto compute = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            // Exactly Scorer::score's expression, so that both give the same bits; events
            // outside the window never count, so they need no factor.
            const double ageMs = double(asOf - m_snapshot->m_events[i].atMs);
            if (windowMs > 0 && ageMs > windowMs)
                continue;
            factors[i] =
                halfLifeDays > 0 ? std::pow(0.5, ageMs / msPerDayReal / halfLifeDays) : 1.0;
        }
    };
    // A new half-life is the one edit that touches every event: use a second core.
    if (factors.size() > 100000) {
        std::thread half(compute, 0, factors.size() / 2);
        compute(factors.size() / 2, factors.size());
        half.join();
    } else {
        compute(0, factors.size());
    }
    auto shared = std::make_shared<const std::vector<double>>(std::move(factors));
    m_factors.insert(key, shared);
    return shared;
}

WhatIfOutcome WhatIfEngine::evaluate(const ScoringModel& model)
{
    const WhatIfSnapshot& snapshot = *m_snapshot;
    WhatIfOutcome outcome;
    const Scorer scorer(model, snapshot.m_fields, snapshot.m_eventTypes);
    const size_t fieldCount = size_t(snapshot.m_fields.size());

    // Per fit rule: its conditions' tables and the field slots they index.
    struct RuleTables
    {
        FitRule::Mode mode;
        double points;
        // table, slot (-1: the field is not in the snapshot; the table has one entry)
        std::vector<std::pair<std::shared_ptr<const std::vector<bool>>, int>> conditions;
    };
    std::vector<RuleTables> rules;
    for (qsizetype r = 0; r < model.fitRules.size(); ++r) {
        const FitRule& rule = model.fitRules.at(r);
        RuleTables tables{rule.mode, rule.points, {}};
        for (qsizetype c = 0; c < rule.conditions.size(); ++c) {
            auto table = conditionTable(scorer, int(r), int(c), rule.conditions.at(c));
            const int slot = scorer.conditionSlot(int(r), int(c));
            const QString& field = rule.conditions.at(c).field;
            if (slot >= int(fieldCount) && !outcome.fieldsNotInSnapshot.contains(field))
                outcome.fieldsNotInSnapshot << field;
            tables.conditions.emplace_back(std::move(table), slot < int(fieldCount) ? slot : -1);
        }
        rules.push_back(std::move(tables));
    }

    std::vector<std::vector<int>> rulesOfType(size_t(snapshot.m_eventTypes.size()));
    for (qsizetype i = 0; i < model.behaviorRules.size(); ++i) {
        const qsizetype type = snapshot.m_eventTypes.indexOf(model.behaviorRules.at(i).event);
        if (type >= 0)
            rulesOfType[size_t(type)].push_back(int(i));
    }
    const auto factorsHolder = decayFactors(model.halfLifeDays, model.windowDays);
    const std::vector<double>& factors = *factorsHolder;
    const double windowMs = model.windowDays * msPerDayReal;
    std::vector<double> sums(size_t(model.behaviorRules.size()));

    const size_t leads = size_t(snapshot.size());
    outcome.totals.resize(leads);
    for (size_t lead = 0; lead < leads; ++lead) {
        const quint32* codes = snapshot.m_codes.data() + lead * fieldCount;
        double fitRaw = 0;
        for (const RuleTables& rule : rules) {
            auto test = [&](const auto& condition) {
                return condition.second < 0 ? (*condition.first)[0]
                                            : (*condition.first)[codes[condition.second]];
            };
            const bool holds =
                rule.mode == FitRule::Mode::Any
                    ? std::any_of(rule.conditions.begin(), rule.conditions.end(), test)
                    : !rule.conditions.empty() &&
                          std::all_of(rule.conditions.begin(), rule.conditions.end(), test);
            if (holds)
                fitRaw += rule.points;
        }
        std::fill(sums.begin(), sums.end(), 0.0);
        for (quint32 e = snapshot.m_eventBegin[lead]; e < snapshot.m_eventBegin[lead + 1]; ++e) {
            const EventFact& event = snapshot.m_events[e];
            const double ageMs = double(snapshot.m_asOf - event.atMs);
            if (windowMs > 0 && ageMs > windowMs)
                continue;
            for (int rule : rulesOfType[size_t(event.type)])
                sums[size_t(rule)] += model.behaviorRules.at(rule).points * factors[e];
        }
        double behaviorSum = 0;
        for (size_t i = 0; i < sums.size(); ++i) {
            const BehaviorRule& rule = model.behaviorRules.at(qsizetype(i));
            double total = sums[i];
            if (rule.cap)
                total = rule.points >= 0 ? std::min(total, *rule.cap) : std::max(total, -*rule.cap);
            behaviorSum += total;
        }
        const double fit = std::min(fitRaw, model.fitMax);
        const double behavior = std::min(behaviorSum, model.behaviorMax);
        const int total = roundScore(std::clamp(fit + behavior, 0.0, 100.0));
        outcome.totals[lead] = total;
        ++outcome.histogram[size_t(total)];
        if (total >= model.mqlThreshold) {
            ++outcome.atOrOverMql;
            if (snapshot.m_stages[lead] == Stage::New)
                ++outcome.wouldPromote;
        }
    }
    return outcome;
}

WhatIfComparison WhatIfEngine::compare(const ScoringModel& current, const ScoringModel& candidate)
{
    WhatIfComparison comparison;
    comparison.current = evaluate(current);
    comparison.candidate = evaluate(candidate);
    for (size_t i = 0; i < comparison.current.totals.size(); ++i) {
        const int before = comparison.current.totals[i];
        const int after = comparison.candidate.totals[i];
        const bool wasOver = before >= current.mqlThreshold;
        const bool isOver = after >= candidate.mqlThreshold;
        comparison.newlyOverMql += !wasOver && isOver;
        comparison.noLongerOverMql += wasOver && !isOver;
        comparison.changed += before != after;
    }
    return comparison;
}

} // namespace lb::scoring
