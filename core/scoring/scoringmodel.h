#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace lb::scoring {

// The operators of docs/spec/scoring-model.md. Their JSON names never change.
enum class Operator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    Contains,
    Matches,
    Gte,
    Lte,
    Between,
    Empty,
    NotEmpty,
    EmailDomainIn
};

QString operatorName(Operator op);
std::optional<Operator> operatorFromName(QStringView name);
const QList<Operator>& allOperators();

// One test of a lead field. `value` keeps the JSON value as written, so that a model survives
// a round trip through the editor unchanged.
struct Condition
{
    QString field;
    Operator op = Operator::Equals;
    QJsonValue value;
};

struct FitRule
{
    enum class Mode
    {
        Single, // one condition: field, op, value
        All,    // every condition holds
        Any     // at least one holds
    };
    QString id;
    QString label; // empty: the id is shown
    Mode mode = Mode::Single;
    QList<Condition> conditions; // exactly one for Single
    double points = 0;

    QString displayLabel() const { return label.isEmpty() ? id : label; }
};

struct BehaviorRule
{
    QString id;
    QString label;
    QString event; // compared exactly
    double points = 0;
    std::optional<double> cap; // positive

    QString displayLabel() const { return label.isEmpty() ? id : label; }
};

struct GradeBand
{
    double min = 0;
    QString grade;
};

// A validated scoring model (docs/spec/scoring-model.md). Build one with parseScoringModel(); a
// model edited in memory is checked by serialising it (modelToJson) and parsing it again.
struct ScoringModel
{
    QString name;
    double fitMax = 0;
    QList<FitRule> fitRules;
    double behaviorMax = 0;
    double halfLifeDays = 0; // 0: no decay
    double windowDays = 0;   // 0: no window
    QList<BehaviorRule> behaviorRules;
    double mqlThreshold = 0;
    QList<GradeBand> grades; // descending min; empty: no grades
};

} // namespace lb::scoring
