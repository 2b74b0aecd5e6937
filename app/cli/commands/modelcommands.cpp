// model import | export | show: the workspace's active scoring model (docs/spec/cli.md,
// docs/spec/scoring-model.md).
#include "commands/clihelp.h"
#include "commands/commands.h"

#include "model/labels.h"
#include "scoring/modelservice.h"
#include "scoring/rescorer.h"
#include "scoring/rulelabels.h"
#include "util/counts.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace lb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lb::cli", text);
}

const QString modelUsage = QStringLiteral("model import FILE | model export [FILE] | model show");

// Points and thresholds as the user's locale writes them ("7,5" in Finnish and Swedish), with
// no trailing zeros.
QString number(double value)
{
    return QLocale().toString(value, 'g', 15);
}

// "30 days" with its plural form; a fraction of a day as a number ("2.5 days").
QString daysText(double days)
{
    if (days == std::round(days) && days < 1e9)
        return counts::days(qint64(days));
    //: %1 a decimal number of days such as 2.5 (not a count: always the plural)
    return tr("%1 days").arg(number(days));
}

QString valueText(const QJsonValue& value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return number(value.toDouble());
    return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

// One condition as a phrase with the field's label: "Employees is at least 1001". Each
// operator is its own translatable pattern, so that the word order is the translator's.
QString conditionText(const scoring::Condition& condition)
{
    QString field = leadFieldLabel(condition.field);
    const QString value = valueText(condition.value);
    using scoring::Operator;
    switch (condition.op) {
    case Operator::Equals:
        //: A fit rule's condition; %1 a lead field, %2 a value
        return tr("%1 is %2").arg(field, value);
    case Operator::NotEquals:
        return tr("%1 is not %2").arg(field, value);
    case Operator::In:
        //: %2 a list of values
        return tr("%1 is one of %2").arg(field, value);
    case Operator::NotIn:
        return tr("%1 is none of %2").arg(field, value);
    case Operator::Contains:
        return tr("%1 contains %2").arg(field, value);
    case Operator::Matches:
        //: %2 a regular expression
        return tr("%1 matches the pattern %2").arg(field, value);
    case Operator::Gte:
        return tr("%1 is at least %2").arg(field, value);
    case Operator::Lte:
        return tr("%1 is at most %2").arg(field, value);
    case Operator::Between:
        //: %2 two numbers as a list: [50,1000]
        return tr("%1 is within %2").arg(field, value);
    case Operator::Empty:
        return tr("%1 is empty").arg(field);
    case Operator::NotEmpty:
        return tr("%1 is filled in").arg(field);
    case Operator::EmailDomainIn:
        //: %1 the e-mail field, %2 a list of domains
        return tr("the domain of %1 is one of %2").arg(field, value);
    }
    return field;
}

QString ruleConditions(const scoring::FitRule& rule)
{
    if (rule.mode == scoring::FitRule::Mode::Single)
        return rule.conditions.isEmpty() ? QString() : conditionText(rule.conditions.first());
    QStringList parts;
    for (const scoring::Condition& condition : rule.conditions)
        parts << conditionText(condition);
    const QString conditions = parts.join(QStringLiteral("; "));
    if (rule.mode == scoring::FitRule::Mode::All)
        //: Joins the conditions of a fit rule: "all of: a; b"
        return tr("all of: %1").arg(conditions);
    //: Joins the conditions of a fit rule: "any of: a; b"
    return tr("any of: %1").arg(conditions);
}

int importModel(CliContext& context, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 the file, %2 the reason from the system
        badInput(tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray json = file.readAll();
    Workspace& workspace = context.workspace();
    JobControl job(context.progressPrinter());
    scoring::RescoreSummary summary;
    try {
        summary = scoring::importModelAndRescore(workspace, json, context.user(),
                                                 QDateTime::currentDateTimeUtc(), &job);
    } catch (const scoring::ModelError& error) {
        QStringList lines;
        for (const QString& problem : error.problems())
            lines << QStringLiteral("  ") + path + QStringLiteral(": ") + problem;
        //: %1 the model file; the problems follow, one a line
        badInput(QCoreApplication::translate(
                     "lb::cli",
                     "%1: the scoring model was refused (%n problem(s)); nothing was "
                     "changed:",
                     "", int(error.problems().size()))
                     .arg(path) +
                 QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    const scoring::ActiveModel active = scoring::activeModel(workspace);
    if (context.format() == OutputFormat::Json) {
        context.printJson(QJsonObject{{QStringLiteral("model_id"), summary.modelId},
                                      {QStringLiteral("name"), active.model.name},
                                      {QStringLiteral("scored"), summary.scored},
                                      {QStringLiteral("promoted"), summary.promoted}});
    } else {
        //: %1 the scoring model's name, %2 its id
        context.out() << QCoreApplication::translate(
                             "lb::cli",
                             "Imported scoring model \"%1\" (id %2); rescored %Ln lead(s).",
                             nullptr, int(summary.scored))
                             .arg(active.model.name)
                             .arg(summary.modelId)
                      << ' '
                      //: After "… rescored 5 leads.": how many of those reached the MQL threshold.
                      << QCoreApplication::translate("lb::cli", "%Ln of them moved to MQL.",
                                                     nullptr, int(summary.promoted))
                      << '\n';
    }
    return ExitOk;
}

int exportModel(CliContext& context, const QStringList& positional)
{
    const scoring::ActiveModel active = scoring::activeModel(context.workspace());
    QByteArray json = active.stored.definition;
    if (!json.endsWith('\n'))
        json += '\n';
    if (positional.size() < 2) {
        context.out() << QString::fromUtf8(json);
        context.out().flush();
        return ExitOk;
    }
    const QString& path = positional.at(1);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        //: %1 the file, %2 the reason from the system
        badInput(tr("cannot write %1: %2").arg(path, file.errorString()));
    context.err() << tr("Wrote scoring model \"%1\" to %2.").arg(active.model.name, path) << '\n';
    return ExitOk;
}

int showModel(CliContext& context)
{
    Workspace& workspace = context.workspace();
    const scoring::ActiveModel active = scoring::activeModel(workspace);
    if (context.format() == OutputFormat::Json) {
        context.printJson(QJsonDocument::fromJson(active.stored.definition).object());
        return ExitOk;
    }
    const scoring::ScoringModel& model = active.model;
    QTextStream& out = context.out();
    //: %1 the model's name
    out << tr("Scoring model: %1").arg(model.name) << '\n';
    if (active.stored.id == 0)
        out << tr("  the shipped default (not yet stored in this workspace)") << '\n';
    else
        //: %1 the model id, %2 when (UTC), %3 who imported it
        out << tr("  id %1, imported %2 by %3")
                   .arg(active.stored.id)
                   .arg(toIsoUtc(active.stored.createdAt), active.stored.author)
            << '\n';
    //: %1 a number
    out << tr("  models in history: %1").arg(scoring::modelHistory(workspace).size()) << '\n';
    out << '\n' << tr("Fit (max %1):").arg(number(model.fitMax)) << '\n';
    for (const scoring::FitRule& rule : model.fitRules)
        out << QStringLiteral("  %1  %2: %3\n")
                   .arg(number(rule.points).rightJustified(5),
                        scoring::displayRuleLabel(rule.displayLabel()), ruleConditions(rule));
    // Whole sentences for each case: "half-life no decay days" was glued from pieces.
    out << '\n' << tr("Behaviour (max %1):").arg(number(model.behaviorMax)) << '\n';
    if (model.halfLifeDays > 0)
        //: %1 a number of days, such as "30 days"
        out << "  " << tr("Points halve every %1.").arg(daysText(model.halfLifeDays)) << '\n';
    else
        out << "  " << tr("Points do not fade with time.") << '\n';
    if (model.windowDays > 0)
        //: Only events of the last %1 count; %1 a number of days, such as "180 days"
        out << "  " << tr("Events of the last %1 count.").arg(daysText(model.windowDays)) << '\n';
    else
        out << "  " << tr("Events count however old they are.") << '\n';
    for (const scoring::BehaviorRule& rule : model.behaviorRules) {
        QString line =
            QStringLiteral("  %1  %2: %3")
                .arg(number(rule.points).rightJustified(5),
                     scoring::displayRuleLabel(rule.displayLabel()), eventTypeLabel(rule.event));
        if (rule.cap)
            //: %1 the most points a behaviour rule may give
            line += QLatin1Char(' ') + tr("(cap %1)").arg(number(*rule.cap));
        out << line << '\n';
    }
    //: %1 points
    out << '\n' << tr("MQL threshold: %1").arg(number(model.mqlThreshold)) << '\n';
    if (!model.grades.isEmpty()) {
        QStringList grades;
        for (const scoring::GradeBand& band : model.grades)
            grades << QStringLiteral("%1 >= %2").arg(band.grade, number(band.min));
        //: %1 a list such as "A 80, B 60"
        out << tr("Grades: %1").arg(grades.join(QStringLiteral(", "))) << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace

int runModel(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    context.parse(parser, arguments, modelUsage, 1, 2);
    const QStringList positional = parser.positionalArguments();
    const QString& sub = positional.first();
    if (sub == QLatin1String("import")) {
        if (positional.size() != 2)
            usageError(tr("model import needs a FILE") + QLatin1Char('\n') + usagePrefix() +
                       modelUsage);
        return importModel(context, positional.at(1));
    }
    if (sub == QLatin1String("export"))
        return exportModel(context, positional);
    if (sub == QLatin1String("show")) {
        if (positional.size() != 1)
            usageError(tr("model show takes no arguments") + QLatin1Char('\n') + usagePrefix() +
                       modelUsage);
        return showModel(context);
    }
    usageError(tr("unknown model command \"%1\"").arg(sub) + QLatin1Char('\n') + usagePrefix() +
               modelUsage);
}

} // namespace lb::cli
