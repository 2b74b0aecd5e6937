#include "scoring/modelparser.h"

#include "model/leadfields.h"
#include "scoring/rulepattern.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace lb::scoring {

namespace {

const QString formatName = QStringLiteral("leadbench-scoring-model");

QString jsonText(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("null");
}

bool isIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

// Collects the problems of one document; every check goes on after a problem, so that the
// user sees all of them at once.
class Checker
{
public:
    QStringList problems;

    void add(const QString& path, const QString& message)
    {
        problems << path + QStringLiteral(": ") + message;
    }

    // A list longer than the model's limits allow (modelparser.h).
    void atMost(qsizetype count, qsizetype limit, const QString& path)
    {
        if (count > limit)
            //: %1 how many the model lists, %2 the most it may
            add(path, QCoreApplication::translate("lb::ScoringModel",
                                                  "lists %1 entries; a scoring model may list at "
                                                  "most %2 here")
                          .arg(count)
                          .arg(limit));
    }

    void unknownKeys(const QJsonObject& object, const QString& prefix,
                     std::initializer_list<const char*> allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char* key : allowed)
                known = known || it.key() == QLatin1String(key);
            if (!known)
                add(prefix + it.key(),
                    QCoreApplication::translate("lb::ScoringModel", "unknown key"));
        }
    }

    std::optional<double> number(const QJsonObject& object, const QString& key, const QString& path,
                                 bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                add(path,
                    QCoreApplication::translate("lb::ScoringModel", "missing; must be a number"));
            return std::nullopt;
        }
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            //: %1 the JSON value found (kept as written)
            add(path, QCoreApplication::translate("lb::ScoringModel", "must be a number, not %1")
                          .arg(jsonText(value)));
            return std::nullopt;
        }
        // Within sane bounds, so that no sum of them can overflow (maxModelNumber). The value
        // is still returned, for ModelParseResult::readable; the problem refuses the model.
        if (std::abs(value.toDouble()) > maxModelNumber)
            add(path, QCoreApplication::translate("lb::ScoringModel", "must be between %1 and %2")
                          .arg(QString::number(-maxModelNumber, 'f', 0),
                               QString::number(maxModelNumber, 'f', 0)));
        return value.toDouble();
    }

    std::optional<double> nonNegative(const QJsonObject& object, const QString& key,
                                      const QString& path, bool required)
    {
        const auto value = number(object, key, path, required);
        if (value && *value < 0) {
            add(path, QCoreApplication::translate("lb::ScoringModel", "must not be negative"));
            return std::nullopt;
        }
        return value;
    }

    QString text(const QJsonObject& object, const QString& key, const QString& path, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                add(path,
                    QCoreApplication::translate("lb::ScoringModel", "missing; must be a text"));
            return {};
        }
        if (!value.isString() || (required && value.toString().trimmed().isEmpty())) {
            add(path,
                //: %1 the JSON value found (kept as written)
                QCoreApplication::translate("lb::ScoringModel", "must be a non-empty text, not %1")
                    .arg(jsonText(value)));
            return {};
        }
        return value.toString();
    }

    QJsonObject object(const QJsonValue& value, const QString& path)
    {
        if (value.isUndefined()) {
            add(path, QCoreApplication::translate("lb::ScoringModel", "missing"));
            return {};
        }
        if (!value.isObject()) {
            //: %1 the JSON value found (kept as written)
            add(path, QCoreApplication::translate("lb::ScoringModel", "must be an object, not %1")
                          .arg(jsonText(value)));
            return {};
        }
        return value.toObject();
    }

    QJsonArray array(const QJsonValue& value, const QString& path)
    {
        if (value.isUndefined()) {
            add(path, QCoreApplication::translate("lb::ScoringModel", "missing"));
            return {};
        }
        if (!value.isArray()) {
            //: %1 the JSON value found (kept as written)
            add(path, QCoreApplication::translate("lb::ScoringModel", "must be a list, not %1")
                          .arg(jsonText(value)));
            return {};
        }
        return value.toArray();
    }

    // Rule ids are unique across the whole model: the explanation names rules by id.
    void uniqueId(const QString& id, const QString& path)
    {
        if (id.isEmpty())
            return;
        const auto seen = m_ids.constFind(id);
        if (seen != m_ids.constEnd())
            add(path,
                QCoreApplication::translate("lb::ScoringModel", "duplicate id \"%1\" (also at %2)")
                    .arg(id, *seen));
        else
            m_ids.insert(id, path);
    }

    void checkValue(const Condition& condition, const QJsonObject& object, const QString& path)
    {
        const QString valuePath = path + QStringLiteral(".value");
        const QJsonValue value = object.value(QStringLiteral("value"));
        const QString op = operatorName(condition.op);
        // JSON has no infinity, but a model built in memory could: numbers must be finite.
        auto isNumber = [](const QJsonValue& v) {
            return v.isDouble() && std::isfinite(v.toDouble());
        };
        auto scalarValue = [&](const QJsonValue& v) { return v.isString() || isNumber(v); };
        switch (condition.op) {
        case Operator::Equals:
        case Operator::NotEquals:
            if (!scalarValue(value))
                add(valuePath, QCoreApplication::translate(
                                   "lb::ScoringModel", "\"%1\" needs a text or a number, not %2")
                                   .arg(op, jsonText(value)));
            break;
        case Operator::In:
        case Operator::NotIn:
        case Operator::EmailDomainIn: {
            if (!value.isArray() || value.toArray().isEmpty()) {
                add(valuePath, QCoreApplication::translate("lb::ScoringModel",
                                                           "\"%1\" needs a non-empty list, not %2")
                                   .arg(op, jsonText(value)));
                break;
            }
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString itemPath = valuePath + QStringLiteral("[%1]").arg(i);
                if (condition.op == Operator::EmailDomainIn) {
                    const QString domain = items.at(i).toString().trimmed();
                    if (!items.at(i).isString() || domain.isEmpty() || domain.contains(u'@'))
                        add(itemPath, QCoreApplication::translate(
                                          "lb::ScoringModel",
                                          "must be a domain such as \"example.com\", not %1")
                                          .arg(jsonText(items.at(i))));
                } else if (!scalarValue(items.at(i))) {
                    //: %1 the JSON value found (kept as written)
                    add(itemPath, QCoreApplication::translate("lb::ScoringModel",
                                                              "must be a text or a number, not %1")
                                      .arg(jsonText(items.at(i))));
                }
            }
            break;
        }
        case Operator::Contains:
            if (!value.isString() || value.toString().isEmpty())
                add(valuePath,
                    QCoreApplication::translate("lb::ScoringModel",
                                                "\"contains\" needs a non-empty text, not %1")
                        .arg(jsonText(value)));
            break;
        case Operator::Matches: {
            if (!value.isString() || value.toString().isEmpty()) {
                add(valuePath,
                    QCoreApplication::translate("lb::ScoringModel",
                                                "\"matches\" needs a regular expression, not %1")
                        .arg(jsonText(value)));
                break;
            }
            if (value.toString().size() > maxPatternLength) {
                add(valuePath, QCoreApplication::translate(
                                   "lb::ScoringModel",
                                   "the regular expression holds %1 characters; a pattern may "
                                   "hold at most %2")
                                   .arg(value.toString().size())
                                   .arg(maxPatternLength));
                break;
            }
            // Compiled as the scorer compiles it (Unicode character properties).
            const QRegularExpression regex = rulePattern(value.toString());
            if (!regex.isValid()) {
                add(valuePath,
                    //: %1 the pattern, %2 the error from the regular expression engine, %3 a
                    //: character position
                    QCoreApplication::translate("lb::ScoringModel",
                                                "invalid regular expression %1: %2 at offset %3")
                        .arg(jsonText(value), regex.errorString())
                        .arg(regex.patternErrorOffset()));
            } else if (const auto sample = patternGivesUpOn(regex)) {
                // A pattern the engine gives up on would silently miss real leads too.
                add(valuePath,
                    //: %1 the pattern, %2 a sample text such as "a" × 64 + "!"
                    QCoreApplication::translate(
                        "lb::ScoringModel",
                        "the regular expression %1 backtracks too much: matching gives up on "
                        "%2; avoid nested repetition such as (a+)+")
                        .arg(jsonText(value), *sample));
            }
            break;
        }
        case Operator::Gte:
        case Operator::Lte:
            if (!isNumber(value) && !(value.isString() && isIsoDate(value.toString())))
                add(valuePath,
                    QCoreApplication::translate(
                        "lb::ScoringModel", "\"%1\" needs a number or a date (YYYY-MM-DD), not %2")
                        .arg(op, jsonText(value)));
            break;
        case Operator::Between: {
            const QJsonArray bounds = value.toArray();
            const bool numbers = value.isArray() && bounds.size() == 2 && isNumber(bounds.at(0)) &&
                                 isNumber(bounds.at(1));
            const bool dates = value.isArray() && bounds.size() == 2 && bounds.at(0).isString() &&
                               bounds.at(1).isString() && isIsoDate(bounds.at(0).toString()) &&
                               isIsoDate(bounds.at(1).toString());
            if (!numbers && !dates)
                add(valuePath,
                    QCoreApplication::translate(
                        "lb::ScoringModel",
                        "\"between\" needs [low, high] (two numbers or two dates), not %1")
                        .arg(jsonText(value)));
            else if ((numbers && bounds.at(0).toDouble() > bounds.at(1).toDouble()) ||
                     (dates && bounds.at(0).toString() > bounds.at(1).toString()))
                //: %1 the JSON value [low, high]
                add(valuePath, QCoreApplication::translate("lb::ScoringModel",
                                                           "low bound is above high bound in %1")
                                   .arg(jsonText(value)));
            break;
        }
        case Operator::Empty:
        case Operator::NotEmpty:
            if (!value.isUndefined())
                add(valuePath,
                    QCoreApplication::translate("lb::ScoringModel", "\"%1\" takes no value")
                        .arg(op));
            break;
        }
    }

    std::optional<Condition> condition(const QJsonObject& object, const QString& path)
    {
        Condition condition;
        bool ok = true;
        const QJsonValue field = object.value(QStringLiteral("field"));
        if (field.isUndefined()) {
            add(path + QStringLiteral(".field"),
                QCoreApplication::translate("lb::ScoringModel", "missing"));
            ok = false;
        } else if (!field.isString() || !isScoringField(field.toString())) {
            add(path + QStringLiteral(".field"),
                QCoreApplication::translate("lb::ScoringModel", "unknown field %1")
                    .arg(jsonText(field)));
            ok = false;
        } else {
            condition.field = field.toString();
        }
        const QJsonValue op = object.value(QStringLiteral("op"));
        const auto parsedOp = operatorFromName(op.toString());
        if (op.isUndefined()) {
            add(path + QStringLiteral(".op"),
                QCoreApplication::translate("lb::ScoringModel", "missing"));
            ok = false;
        } else if (!op.isString() || !parsedOp) {
            add(path + QStringLiteral(".op"),
                //: %1 the "op" value found in the JSON (kept as written)
                QCoreApplication::translate("lb::ScoringModel", "unknown operator %1")
                    .arg(jsonText(op)));
            ok = false;
        } else {
            condition.op = *parsedOp;
            const int before = int(problems.size());
            checkValue(condition, object, path);
            ok = ok && int(problems.size()) == before;
        }
        condition.value = object.value(QStringLiteral("value"));
        return ok ? std::optional<Condition>(condition) : std::nullopt;
    }

    void fitRule(const QJsonValue& value, const QString& path, ScoringModel& model)
    {
        const QJsonObject object = this->object(value, path);
        if (object.isEmpty() && !value.isObject())
            return;
        FitRule rule;
        rule.id = text(object, QStringLiteral("id"), path + QStringLiteral(".id"), true);
        uniqueId(rule.id, path + QStringLiteral(".id"));
        rule.label = text(object, QStringLiteral("label"), path + QStringLiteral(".label"), false);
        rule.points =
            number(object, QStringLiteral("points"), path + QStringLiteral(".points"), true)
                .value_or(0);
        const bool single = object.contains(QStringLiteral("field")) ||
                            object.contains(QStringLiteral("op")) ||
                            object.contains(QStringLiteral("value"));
        const bool all = object.contains(QStringLiteral("all"));
        const bool any = object.contains(QStringLiteral("any"));
        if (int(single) + int(all) + int(any) > 1) {
            add(path,
                QCoreApplication::translate(
                    "lb::ScoringModel",
                    "has more than one of a condition (field, op, value), \"all\" and \"any\""));
            return;
        }
        if (!single && !all && !any) {
            add(path, QCoreApplication::translate(
                          "lb::ScoringModel",
                          "needs a condition (field, op, value), \"all\" or \"any\""));
            return;
        }
        if (single) {
            unknownKeys(object, path + u'.', {"id", "label", "points", "field", "op", "value"});
            rule.mode = FitRule::Mode::Single;
            if (auto condition = this->condition(object, path))
                rule.conditions << *condition;
        } else {
            unknownKeys(object, path + u'.', {"id", "label", "points", "all", "any"});
            rule.mode = all ? FitRule::Mode::All : FitRule::Mode::Any;
            const QString key = all ? QStringLiteral("all") : QStringLiteral("any");
            const QString listPath = path + u'.' + key;
            const QJsonArray list = array(object.value(key), listPath);
            if (object.value(key).isArray() && list.isEmpty())
                add(listPath, QCoreApplication::translate("lb::ScoringModel",
                                                          "must list at least one condition"));
            atMost(list.size(), maxConditionsPerRule, listPath);
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString itemPath = listPath + QStringLiteral("[%1]").arg(i);
                const QJsonObject item = this->object(list.at(i), itemPath);
                if (!list.at(i).isObject())
                    continue;
                if (item.contains(QStringLiteral("all")) || item.contains(QStringLiteral("any"))) {
                    add(itemPath,
                        QCoreApplication::translate(
                            "lb::ScoringModel",
                            "conditions cannot nest (one level of \"all\"/\"any\" only)"));
                    continue;
                }
                unknownKeys(item, itemPath + u'.',
                            {"field", "op", "value", "id", "label", "points"});
                for (const char* ruleKey : {"id", "label", "points"}) {
                    if (item.contains(QLatin1String(ruleKey)))
                        add(itemPath + u'.' + QLatin1String(ruleKey),
                            QCoreApplication::translate("lb::ScoringModel",
                                                        "belongs to the rule, not to a condition"));
                }
                if (auto condition = this->condition(item, itemPath))
                    rule.conditions << *condition;
            }
        }
        model.fitRules << rule;
    }

    void behaviorRule(const QJsonValue& value, const QString& path, ScoringModel& model)
    {
        const QJsonObject object = this->object(value, path);
        if (!value.isObject())
            return;
        unknownKeys(object, path + u'.', {"id", "label", "event", "points", "cap"});
        BehaviorRule rule;
        rule.id = text(object, QStringLiteral("id"), path + QStringLiteral(".id"), true);
        uniqueId(rule.id, path + QStringLiteral(".id"));
        rule.label = text(object, QStringLiteral("label"), path + QStringLiteral(".label"), false);
        rule.event = text(object, QStringLiteral("event"), path + QStringLiteral(".event"), true);
        rule.points =
            number(object, QStringLiteral("points"), path + QStringLiteral(".points"), true)
                .value_or(0);
        if (object.contains(QStringLiteral("cap"))) {
            const auto cap =
                number(object, QStringLiteral("cap"), path + QStringLiteral(".cap"), true);
            if (cap && *cap <= 0)
                add(path + QStringLiteral(".cap"),
                    QCoreApplication::translate("lb::ScoringModel", "must be positive"));
            else if (cap)
                rule.cap = cap;
        }
        model.behaviorRules << rule;
    }

private:
    QHash<QString, QString> m_ids;
};

QString jsonErrorPosition(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QCoreApplication::translate("lb::ScoringModel", "line %1, column %2")
        .arg(line)
        .arg(column);
}

QJsonObject conditionToJson(const Condition& condition)
{
    QJsonObject object;
    object.insert(QStringLiteral("field"), condition.field);
    object.insert(QStringLiteral("op"), operatorName(condition.op));
    if (!condition.value.isUndefined())
        object.insert(QStringLiteral("value"), condition.value);
    return object;
}

} // namespace

const QStringList& scoringFieldNames()
{
    // In the order of leadFieldNames(), the fields the table marks Scored (model/leadfields.cpp).
    static const QStringList names = [] {
        QStringList list;
        for (const QString& field : leadFieldNames()) {
            if (findLeadFieldSpec(field)->has(LeadFieldFlag::Scored))
                list << field;
        }
        return list;
    }();
    return names;
}

bool isScoringField(QStringView field)
{
    if (field.startsWith(u"custom."))
        return field.size() > 7 && !field.mid(7).trimmed().isEmpty();
    return scoringFieldNames().contains(field);
}

ModelParseResult parseScoringModel(const QByteArray& json)
{
    ModelParseResult result;
    // Before parsing: the size alone says enough, and parsing a huge document is the cost.
    if (json.size() > maxModelBytes) {
        //: %1 and %2 are sizes in bytes
        result.problems << QCoreApplication::translate(
                               "lb::ScoringModel",
                               "(model): the document holds %1 bytes; a scoring model may hold "
                               "at most %2")
                               .arg(json.size())
                               .arg(maxModelBytes);
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        //: %1 the file, %2 the JSON parser's message
        result.problems << QCoreApplication::translate("lb::ScoringModel", "%1: not valid JSON: %2")
                               .arg(jsonErrorPosition(json, error.offset), error.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.problems << QCoreApplication::translate("lb::ScoringModel",
                                                       "(model): must be a JSON object");
        return result;
    }
    const QJsonObject root = document.object();
    Checker check;
    ScoringModel model;
    check.unknownKeys(root, {},
                      {"format", "version", "name", "fit", "behavior", "thresholds", "grades"});

    if (root.value(QStringLiteral("format")).toString() != formatName)
        check.add(
            QStringLiteral("format"),
            //: %1 the only value allowed here (a JSON keyword, kept as written)
            QCoreApplication::translate("lb::ScoringModel", "must be \"%1\"").arg(formatName));
    if (!root.value(QStringLiteral("version")).isDouble() ||
        root.value(QStringLiteral("version")).toDouble() != 1)
        check.add(QStringLiteral("version"),
                  QCoreApplication::translate("lb::ScoringModel", "must be 1"));
    model.name = check.text(root, QStringLiteral("name"), QStringLiteral("name"), true).trimmed();

    const QJsonObject fit = check.object(root.value(QStringLiteral("fit")), QStringLiteral("fit"));
    if (root.value(QStringLiteral("fit")).isObject()) {
        check.unknownKeys(fit, QStringLiteral("fit."), {"max", "rules"});
        model.fitMax =
            check.nonNegative(fit, QStringLiteral("max"), QStringLiteral("fit.max"), true)
                .value_or(0);
        const QJsonArray rules =
            check.array(fit.value(QStringLiteral("rules")), QStringLiteral("fit.rules"));
        check.atMost(rules.size(), maxFitRules, QStringLiteral("fit.rules"));
        for (qsizetype i = 0; i < rules.size(); ++i)
            check.fitRule(rules.at(i), QStringLiteral("fit.rules[%1]").arg(i), model);
    }

    const QJsonObject behavior =
        check.object(root.value(QStringLiteral("behavior")), QStringLiteral("behavior"));
    if (root.value(QStringLiteral("behavior")).isObject()) {
        check.unknownKeys(behavior, QStringLiteral("behavior."),
                          {"max", "half_life_days", "window_days", "rules"});
        model.behaviorMax =
            check.nonNegative(behavior, QStringLiteral("max"), QStringLiteral("behavior.max"), true)
                .value_or(0);
        model.halfLifeDays = check
                                 .nonNegative(behavior, QStringLiteral("half_life_days"),
                                              QStringLiteral("behavior.half_life_days"), false)
                                 .value_or(0);
        model.windowDays = check
                               .nonNegative(behavior, QStringLiteral("window_days"),
                                            QStringLiteral("behavior.window_days"), false)
                               .value_or(0);
        const QJsonArray rules =
            check.array(behavior.value(QStringLiteral("rules")), QStringLiteral("behavior.rules"));
        check.atMost(rules.size(), maxBehaviorRules, QStringLiteral("behavior.rules"));
        for (qsizetype i = 0; i < rules.size(); ++i)
            check.behaviorRule(rules.at(i), QStringLiteral("behavior.rules[%1]").arg(i), model);
    }

    const QJsonObject thresholds =
        check.object(root.value(QStringLiteral("thresholds")), QStringLiteral("thresholds"));
    if (root.value(QStringLiteral("thresholds")).isObject()) {
        check.unknownKeys(thresholds, QStringLiteral("thresholds."), {"mql"});
        model.mqlThreshold =
            check.number(thresholds, QStringLiteral("mql"), QStringLiteral("thresholds.mql"), true)
                .value_or(0);
    }

    if (root.contains(QStringLiteral("grades"))) {
        const QJsonArray grades =
            check.array(root.value(QStringLiteral("grades")), QStringLiteral("grades"));
        for (qsizetype i = 0; i < grades.size(); ++i) {
            const QString path = QStringLiteral("grades[%1]").arg(i);
            const QJsonObject object = check.object(grades.at(i), path);
            if (!grades.at(i).isObject())
                continue;
            check.unknownKeys(object, path + u'.', {"min", "grade"});
            GradeBand band;
            const auto min =
                check.number(object, QStringLiteral("min"), path + QStringLiteral(".min"), true);
            band.grade =
                check.text(object, QStringLiteral("grade"), path + QStringLiteral(".grade"), true);
            if (!min)
                continue;
            band.min = *min;
            if (!model.grades.isEmpty() && band.min >= model.grades.constLast().min)
                check.add(path + QStringLiteral(".min"),
                          QCoreApplication::translate(
                              "lb::ScoringModel",
                              "must be lower than the grade before it (grades are ordered by "
                              "descending min)"));
            model.grades << band;
        }
    }

    result.readable = model;
    if (!check.problems.isEmpty()) {
        result.problems = check.problems;
        return result;
    }
    result.model = std::move(model);
    return result;
}

QByteArray modelToJson(const ScoringModel& model)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName);
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("name"), model.name);

    QJsonArray fitRules;
    for (const FitRule& rule : model.fitRules) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), rule.id);
        if (!rule.label.isEmpty())
            object.insert(QStringLiteral("label"), rule.label);
        if (rule.mode == FitRule::Mode::Single && !rule.conditions.isEmpty()) {
            const QJsonObject condition = conditionToJson(rule.conditions.constFirst());
            for (auto it = condition.begin(); it != condition.end(); ++it)
                object.insert(it.key(), it.value());
        } else {
            QJsonArray list;
            for (const Condition& condition : rule.conditions)
                list.append(conditionToJson(condition));
            object.insert(rule.mode == FitRule::Mode::Any ? QStringLiteral("any")
                                                          : QStringLiteral("all"),
                          list);
        }
        object.insert(QStringLiteral("points"), rule.points);
        fitRules.append(object);
    }
    root.insert(QStringLiteral("fit"), QJsonObject{{QStringLiteral("max"), model.fitMax},
                                                   {QStringLiteral("rules"), fitRules}});

    QJsonArray behaviorRules;
    for (const BehaviorRule& rule : model.behaviorRules) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), rule.id);
        if (!rule.label.isEmpty())
            object.insert(QStringLiteral("label"), rule.label);
        object.insert(QStringLiteral("event"), rule.event);
        object.insert(QStringLiteral("points"), rule.points);
        if (rule.cap)
            object.insert(QStringLiteral("cap"), *rule.cap);
        behaviorRules.append(object);
    }
    QJsonObject behavior{{QStringLiteral("max"), model.behaviorMax},
                         {QStringLiteral("rules"), behaviorRules}};
    if (model.halfLifeDays > 0)
        behavior.insert(QStringLiteral("half_life_days"), model.halfLifeDays);
    if (model.windowDays > 0)
        behavior.insert(QStringLiteral("window_days"), model.windowDays);
    root.insert(QStringLiteral("behavior"), behavior);
    root.insert(QStringLiteral("thresholds"),
                QJsonObject{{QStringLiteral("mql"), model.mqlThreshold}});
    if (!model.grades.isEmpty()) {
        QJsonArray grades;
        for (const GradeBand& band : model.grades)
            grades.append(QJsonObject{{QStringLiteral("min"), band.min},
                                      {QStringLiteral("grade"), band.grade}});
        root.insert(QStringLiteral("grades"), grades);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace lb::scoring
