#include "scoring/scorer.h"

#include "lifecycle/stagemachine.h"
#include "model/leadfields.h"
#include "scoring/rulepattern.h"
#include "util/textcase.h"

#include <QDate>
#include <QJsonArray>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

namespace lb::scoring {

namespace {

constexpr double msPerDayReal = double(msPerDay);
// Results of the costlier tests (lists, substrings, patterns, domains, dates) are cached per
// distinct text (titles, industries and countries repeat a lot); the bound keeps memory flat,
// and a field where values do not repeat (e-mail) turns its cache off after a trial.
constexpr qsizetype textCacheLimit = 20000;
constexpr qint64 textCacheTrial = 2000;
// Codes at or above this are not remembered (a reader's codes stay far below it).
constexpr int maxCodes = 1 << 16;

struct Item
{
    bool isNumber = false;
    double number = 0;
    QString text; // trimmed
};

Item itemOf(const QJsonValue& value)
{
    Item item;
    if (value.isDouble()) {
        item.isNumber = true;
        item.number = value.toDouble();
    } else {
        item.text = value.toString().trimmed();
    }
    return item;
}

// The value a condition tests, worked out once per test and only as far as needed: the
// trimmed text as a view (no copy), the text of a number, the number of a text.
class Subject
{
public:
    explicit Subject(const FactValue& fact) : m_fact(fact)
    {
        if (!fact.isNumber)
            m_text = QStringView(fact.text).trimmed();
    }
    Subject(const Subject&) = delete;
    Subject& operator=(const Subject&) = delete;

    bool present() const { return m_fact.isNumber || !m_text.isEmpty(); }

    QStringView text()
    {
        if (m_fact.isNumber && m_numberText.isNull()) {
            m_numberText = QString::number(m_fact.number, 'g', 15);
            m_text = m_numberText;
        }
        return m_text;
    }

    QString string()
    {
        const QStringView view = text();
        if (m_fact.isNumber)
            return m_numberText;
        return view.size() == m_fact.text.size() ? m_fact.text : view.toString();
    }

    std::optional<double> number()
    {
        if (m_fact.isNumber)
            return m_fact.number;
        if (!m_parsed) {
            m_parsed = true;
            bool ok = false;
            const double value = m_text.toDouble(&ok);
            if (ok && std::isfinite(value))
                m_number = value;
        }
        return m_number;
    }

private:
    const FactValue& m_fact;
    QStringView m_text;
    QString m_numberText;
    bool m_parsed = false;
    std::optional<double> m_number;
};

// Julian day of a YYYY-MM-DD text, or nothing.
std::optional<qint64> dayOf(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date.toJulianDay();
}

bool domainsOrder(QStringView a, QStringView b)
{
    return a < b;
}

// The order of domainsOrder on case-folded texts, for texts that may not be folded yet: a
// case-insensitive comparison folds as it goes (no copy of the domain to fold first).
bool domainBefore(QStringView a, QStringView b)
{
    return compareCaseInsensitive(a, b) < 0;
}

bool itemEquals(const Item& item, Subject& subject)
{
    if (item.isNumber) {
        const auto number = subject.number();
        return number && *number == item.number;
    }
    return compareCaseInsensitive(subject.text(), item.text) == 0;
}

// The test of `not_equals`, and of `not_in` for each element: not simply the negation of
// itemEquals, because a numeric comparison on a value that is not a number is false either way
// (docs/spec/scoring-model.md, Operators): not_equals 5 and not_in [5] do not hold on "abc".
bool itemDiffers(const Item& item, Subject& subject)
{
    if (item.isNumber) {
        const auto number = subject.number();
        return number && *number != item.number;
    }
    return compareCaseInsensitive(subject.text(), item.text) != 0;
}

} // namespace

struct Scorer::CompiledCondition
{
    int slot = 0;
    Operator op = Operator::Equals;
    std::vector<Item> items;
    QString text;
    QRegularExpression regex;
    bool cacheable = false; // see textCacheLimit
    mutable QHash<QString, Truth> textCache;
    // Results by FactValue::code in the scorer's code space: -1 not known yet, else a Truth.
    mutable std::vector<qint8> codeResults;
    mutable bool cacheEnabled = true;
    mutable qint64 cacheHits = 0;
    mutable qint64 cacheMisses = 0;
    bool dates = false;
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    std::vector<QString> domains; // case-folded and sorted (domainsOrder)
};

struct Scorer::CompiledFitRule
{
    FitRule::Mode mode = FitRule::Mode::Single;
    std::vector<CompiledCondition> conditions;
};

Scorer::Scorer(ScoringModel model, const QStringList& fieldOrder, const QStringList& eventTypeOrder)
    : m_model(std::move(model)), m_fields(fieldOrder), m_eventTypes(eventTypeOrder)
{
    for (qsizetype i = 0; i < m_eventTypes.size(); ++i) {
        m_eventTypeIndex.insert(m_eventTypes.at(i), int(i));
        m_rulesOfType.emplace_back();
    }
    auto slotOf = [this](const QString& field) {
        qsizetype slot = m_fields.indexOf(field);
        if (slot < 0) {
            slot = m_fields.size();
            m_fields << field;
        }
        return int(slot);
    };
    for (const FitRule& rule : m_model.fitRules) {
        CompiledFitRule compiled;
        compiled.mode = rule.mode;
        for (const Condition& condition : rule.conditions) {
            CompiledCondition c;
            c.slot = slotOf(condition.field);
            c.op = condition.op;
            const QJsonValue& value = condition.value;
            switch (condition.op) {
            case Operator::Equals:
            case Operator::NotEquals:
                c.items.push_back(itemOf(value));
                break;
            case Operator::In:
            case Operator::NotIn:
                for (const QJsonValue item : value.toArray())
                    c.items.push_back(itemOf(item));
                break;
            case Operator::Contains:
                c.text = value.toString();
                break;
            case Operator::Matches:
                c.regex = rulePattern(value.toString());
                c.regex.optimize();
                break;
            case Operator::Gte:
            case Operator::Lte:
            case Operator::Between: {
                const QJsonValue lowValue =
                    condition.op == Operator::Between ? value.toArray().at(0) : value;
                const QJsonValue highValue =
                    condition.op == Operator::Between ? value.toArray().at(1) : value;
                c.dates = lowValue.isString();
                auto bound = [&](const QJsonValue& v) {
                    return c.dates ? double(dayOf(v.toString()).value_or(0)) : v.toDouble();
                };
                if (condition.op != Operator::Lte)
                    c.low = bound(lowValue);
                if (condition.op != Operator::Gte)
                    c.high = bound(highValue);
                break;
            }
            case Operator::EmailDomainIn:
                for (const QJsonValue item : value.toArray())
                    c.domains.push_back(item.toString().trimmed().toCaseFolded());
                std::sort(c.domains.begin(), c.domains.end(), domainsOrder);
                break;
            case Operator::Empty:
            case Operator::NotEmpty:
                break;
            }
            c.cacheable = c.op == Operator::In || c.op == Operator::NotIn ||
                          c.op == Operator::Contains || c.op == Operator::Matches ||
                          c.op == Operator::EmailDomainIn || c.dates;
            compiled.conditions.push_back(std::move(c));
        }
        m_fitRules.push_back(std::move(compiled));
    }
    for (const BehaviorRule& rule : m_model.behaviorRules) {
        int type = m_eventTypeIndex.value(rule.event, -1);
        if (type < 0) {
            type = int(m_eventTypes.size());
            m_eventTypes << rule.event;
            m_eventTypeIndex.insert(rule.event, type);
            m_rulesOfType.emplace_back();
        }
        m_rulesOfType[type].push_back(int(m_behaviorType.size()));
        m_behaviorType.push_back(type);
    }
    m_ruleSums.resize(m_behaviorType.size());
    for (const QString& field : m_fields)
        m_fieldIds.push_back(leadFieldOf(field));
}

Scorer::~Scorer() = default;

qint64 earliestCountedAt(const ScoringModel& model, qint64 asOfMs)
{
    if (model.windowDays <= 0)
        return std::numeric_limits<qint64>::min();
    return asOfMs - qint64(std::floor(model.windowDays * msPerDayReal));
}

qint64 Scorer::earliestCountedAt(qint64 asOfMs) const
{
    return scoring::earliestCountedAt(m_model, asOfMs);
}

namespace {

// The two-valued operators on a present value (Scorer::evaluate handles `empty`, a missing
// value and `matches`, which can also give Unknown).
template <typename Condition> bool holdsOn(const Condition& c, Subject& subject)
{
    switch (c.op) {
    case Operator::Equals:
        return itemEquals(c.items.front(), subject);
    case Operator::NotEquals:
        return itemDiffers(c.items.front(), subject);
    case Operator::In:
        return std::any_of(c.items.begin(), c.items.end(),
                           [&](const Item& item) { return itemEquals(item, subject); });
    case Operator::NotIn:
        return std::all_of(c.items.begin(), c.items.end(),
                           [&](const Item& item) { return itemDiffers(item, subject); });
    case Operator::Contains:
        return subject.text().contains(c.text, Qt::CaseInsensitive);
    case Operator::Matches: // Scorer::evaluate() runs the pattern
        return false;
    case Operator::Gte:
    case Operator::Lte:
    case Operator::Between: {
        std::optional<double> value;
        if (c.dates) {
            if (const auto day = dayOf(subject.text()))
                value = double(*day);
        } else {
            value = subject.number();
        }
        return value && *value >= c.low && *value <= c.high;
    }
    case Operator::EmailDomainIn: {
        const QStringView text = subject.text();
        const qsizetype at = text.lastIndexOf(u'@');
        if (at < 0)
            return false;
        // The domain is in the list, or is a part of one that is ("mail.gmail.com" of
        // "gmail.com"): look up the domain and each of its parents after a dot, a few binary
        // searches instead of two case-insensitive tests for every listed domain.
        const QStringView domain = text.mid(at + 1);
        qsizetype from = 0;
        for (;;) {
            if (std::binary_search(c.domains.begin(), c.domains.end(), domain.mid(from),
                                   domainBefore))
                return true;
            const qsizetype dot = domain.indexOf(u'.', from);
            if (dot < 0)
                return false;
            from = dot + 1;
        }
    }
    case Operator::NotEmpty:
        return true;
    case Operator::Empty:
        break;
    }
    return false;
}

} // namespace

Scorer::Truth Scorer::holds(const CompiledCondition& c, const FactValue& fact, bool coded) const
{
    // A text's result depends on the text alone: look it up before working it out. A coded
    // text is looked up by its number, whatever the test; others by the text, for the costly
    // tests only.
    if (coded && fact.code >= 0 && fact.code < maxCodes && !fact.isNumber) {
        std::vector<qint8>& known = c.codeResults;
        const size_t code = size_t(fact.code);
        if (code < known.size() && known[code] >= 0)
            return Truth(known[code]);
        const Truth result = evaluate(c, fact);
        if (code >= known.size())
            known.resize(code + 1, -1);
        known[code] = qint8(result);
        return result;
    }
    if (!c.cacheable || !c.cacheEnabled || fact.isNumber || fact.text.isEmpty())
        return evaluate(c, fact);
    const auto cached = c.textCache.constFind(fact.text);
    if (cached != c.textCache.constEnd()) {
        ++c.cacheHits;
        return *cached;
    }
    const Truth result = evaluate(c, fact);
    if (c.textCache.size() < textCacheLimit) {
        // A copy of its own: a fact's text may be a view of a buffer that changes after this
        // lead (an import reads cells in place, QString::fromRawData()).
        c.textCache.insert(QString(fact.text.constData(), fact.text.size()), result);
    }
    if (++c.cacheMisses == textCacheTrial && c.cacheHits < c.cacheMisses) {
        c.cacheEnabled = false;
        c.textCache.clear();
    }
    return result;
}

Scorer::Truth Scorer::evaluate(const CompiledCondition& c, const FactValue& fact) const
{
    Subject subject(fact);
    // Unknown data earns no points and no penalty: only "empty" holds on a missing value.
    const bool present = subject.present();
    if (c.op == Operator::Empty)
        return present ? Truth::No : Truth::Yes;
    if (!present)
        return Truth::No;
    if (c.op == Operator::Matches) {
        switch (matchPattern(c.regex, subject.string())) {
        case PatternOutcome::Match:
            return Truth::Yes;
        case PatternOutcome::NoMatch:
            return Truth::No;
        case PatternOutcome::GaveUp:
            // Not "no match": the breakdown says the rule could not be evaluated.
            return Truth::Unknown;
        }
    }
    return holdsOn(c, subject) ? Truth::Yes : Truth::No;
}

bool Scorer::conditionHolds(int ruleIndex, int conditionIndex, const FactValue& fact) const
{
    return holds(m_fitRules[size_t(ruleIndex)].conditions[size_t(conditionIndex)], fact, false) ==
           Truth::Yes;
}

int Scorer::conditionSlot(int ruleIndex, int conditionIndex) const
{
    return m_fitRules[size_t(ruleIndex)].conditions[size_t(conditionIndex)].slot;
}

bool Scorer::fitRuleHolds(int ruleIndex, std::span<const FactValue> facts) const
{
    return fitRuleTruth(m_fitRules[size_t(ruleIndex)], facts, false) == Truth::Yes;
}

Scorer::Truth Scorer::fitRuleTruth(const CompiledFitRule& rule, std::span<const FactValue> facts,
                                   bool coded) const
{
    static const FactValue missing;
    // Three-valued: "any" holds when one condition holds and "all" fails when one fails, even
    // if another could not be evaluated; otherwise an unknown condition makes the rule unknown.
    // The early exits are those of any_of/all_of, so the usual case costs what it did.
    const Truth decisive = rule.mode == FitRule::Mode::Any ? Truth::Yes : Truth::No;
    bool unknown = false;
    for (const CompiledCondition& c : rule.conditions) {
        const Truth truth =
            holds(c, size_t(c.slot) < facts.size() ? facts[size_t(c.slot)] : missing, coded);
        if (truth == decisive)
            return decisive;
        unknown = unknown || truth == Truth::Unknown;
    }
    if (unknown)
        return Truth::Unknown;
    if (rule.conditions.empty())
        return Truth::No;
    return decisive == Truth::Yes ? Truth::No : Truth::Yes;
}

QList<int> Scorer::fitRuleSlots(int ruleIndex) const
{
    QList<int> result;
    for (const CompiledCondition& c : m_fitRules[size_t(ruleIndex)].conditions)
        result << c.slot;
    return result;
}

ScoreResult Scorer::score(std::span<const FactValue> facts, std::span<const EventFact> events,
                          qint64 asOfMs, bool explain, quint64 codeSpace) const
{
    if (codeSpace != m_codeSpace) {
        // Codes of another space mean other texts: forget what the old ones gave.
        for (const CompiledFitRule& rule : m_fitRules) {
            for (const CompiledCondition& c : rule.conditions)
                c.codeResults.clear();
        }
        m_codeSpace = codeSpace;
    }
    const bool coded = codeSpace != 0;
    ScoreResult result;
    double fitRaw = 0;
    for (size_t i = 0; i < m_fitRules.size(); ++i) {
        const Truth truth = fitRuleTruth(m_fitRules[i], facts, coded);
        if (truth == Truth::No)
            continue;
        const FitRule& rule = m_model.fitRules.at(qsizetype(i));
        if (truth == Truth::Unknown) {
            // It counts no points, and says so rather than pass for a rule that did not hold.
            result.unevaluated.append(
                {rule.id, rule.displayLabel(), roundTenth(rule.points), true});
            continue;
        }
        fitRaw += rule.points;
        if (explain && rule.points != 0)
            result.explanation.append(
                {rule.id, rule.displayLabel(), roundTenth(rule.points), true});
    }
    result.fitRaw = fitRaw;
    result.fitExact = std::min(fitRaw, m_model.fitMax);
    if (explain && result.fitExact != fitRaw)
        result.explanation.append({QString::fromLatin1(fitMaxRule), QString(),
                                   roundTenth(result.fitExact - fitRaw), true,
                                   Contribution::Kind::Cap, m_model.fitMax});

    std::fill(m_ruleSums.begin(), m_ruleSums.end(), 0.0);
    // Ages in milliseconds: for whole-second times the same bits as in seconds (both divisions
    // are exact quotients rounded once), so keeping milliseconds changes no older score.
    const double windowMs = m_model.windowDays * msPerDayReal;
    const double halfLife = m_model.halfLifeDays;
    for (const EventFact& event : events) {
        if (event.type < 0 || event.atMs > asOfMs)
            continue;
        const double ageMs = double(asOfMs - event.atMs);
        if (windowMs > 0 && ageMs > windowMs)
            continue;
        const double factor = halfLife > 0 ? std::pow(0.5, ageMs / msPerDayReal / halfLife) : 1.0;
        for (int rule : m_rulesOfType[size_t(event.type)])
            m_ruleSums[size_t(rule)] += m_model.behaviorRules.at(rule).points * factor;
    }
    double behaviorSum = 0;
    for (size_t i = 0; i < m_ruleSums.size(); ++i) {
        const BehaviorRule& rule = m_model.behaviorRules.at(qsizetype(i));
        const double sum = m_ruleSums[i];
        double total = sum;
        if (rule.cap)
            total = rule.points >= 0 ? std::min(sum, *rule.cap) : std::max(sum, -*rule.cap);
        behaviorSum += total;
        if (!explain || sum == 0)
            continue;
        result.explanation.append({rule.id, rule.displayLabel(), roundTenth(sum), false});
        if (total != sum)
            result.explanation.append({rule.id, rule.displayLabel(), roundTenth(total - sum), false,
                                       Contribution::Kind::Cap,
                                       rule.points >= 0 ? *rule.cap : -*rule.cap});
    }
    result.behaviorExact = std::min(behaviorSum, m_model.behaviorMax);
    if (explain && result.behaviorExact != behaviorSum)
        result.explanation.append({QString::fromLatin1(behaviorMaxRule), QString(),
                                   roundTenth(result.behaviorExact - behaviorSum), false,
                                   Contribution::Kind::Cap, m_model.behaviorMax});

    result.total = roundScore(std::clamp(result.fitExact + result.behaviorExact, 0.0, 100.0));
    result.fit = roundScore(result.fitExact);
    result.behavior = roundScore(result.behaviorExact);
    result.grade = gradeFor(result.total);
    return result;
}

ScoreResult Scorer::score(const Lead& lead, const QList<Event>& events, const QDateTime& asOf) const
{
    const std::vector<FactValue> facts = factsOf(lead);
    std::vector<EventFact> eventFacts;
    eventFacts.reserve(size_t(events.size()));
    for (const Event& event : events)
        eventFacts.push_back({eventTypeIndex(event.type), event.occurredAtMs});
    return score(facts, eventFacts, eventTimeOf(asOf), true);
}

std::vector<FactValue> Scorer::factsOf(const Lead& lead) const
{
    std::vector<FactValue> facts(size_t(m_fields.size()));
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const LeadField field = m_fieldIds[size_t(i)];
        FactValue& fact = facts[size_t(i)];
        // The numeric fields (model/leadfields.cpp) are numbers to the rules, as in the store.
        std::optional<double> number;
        if (field != LeadField::Custom && field != LeadField::Unknown) {
            const LeadFieldSpec& spec = leadFieldSpec(field);
            if (spec.wholeNumber && lead.*spec.wholeNumber)
                number = double(*(lead.*spec.wholeNumber));
            else if (spec.number)
                number = lead.*spec.number;
        }
        if (number) {
            fact.isNumber = true;
            fact.number = *number;
        } else {
            fact.text = leadFieldText(lead, field, QStringView(m_fields.at(i)).mid(7));
        }
    }
    return facts;
}

bool Scorer::promotes(Stage stage, int total) const
{
    return StageMachine::promotesByScore(stage, total, m_model.mqlThreshold);
}

QString Scorer::gradeFor(int total) const
{
    for (const GradeBand& band : m_model.grades) {
        if (band.min <= total)
            return band.grade;
    }
    return {};
}

quint64 newCodeSpace()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

int roundScore(double value)
{
    // A valid model keeps every sum finite (modelparser.cpp, bounds), but a part can still lie
    // beyond int (a large penalty on many events): saturate rather than overflow. NaN cannot
    // come from a valid model; 0 keeps a bad one from indexing out of range.
    if (std::isnan(value))
        return 0;
    constexpr double low = std::numeric_limits<int>::min();
    constexpr double high = std::numeric_limits<int>::max();
    return int(std::round(std::clamp(value, low, high)));
}

double roundTenth(double value)
{
    return std::round(value * 10.0) / 10.0;
}

} // namespace lb::scoring
