// leads and show: reading leads.
#include "commands/commands.h"
#include "commands/leadjson.h"

#include "io/countrynames.h"
#include "io/leadexporter.h"
#include "lifecycle/stagereason.h"
#include "model/labels.h"
#include "model/leadfields.h"
#include "scoring/rulelabels.h"
#include "scoring/scoreresult.h"
#include "util/isotime.h"
#include "util/localeformat.h"

#include <QSet>
#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace lb::cli {

namespace {

Stage parseStage(const QString& text)
{
    const std::optional<Stage> stage = stageFromName(text);
    if (!stage) {
        QStringList names;
        for (Stage s : allStages)
            names << stageName(s);
        badInput(QCoreApplication::translate("lb::cli", "--stage: unknown stage \"%1\" (one of %2)")
                     .arg(text, names.join(QStringLiteral(", "))));
    }
    return *stage;
}

// A stage key of the JSON ("Nurture") as people read it ("Lämmitys"); "-" for none.
QString stageText(const QJsonValue& key)
{
    const std::optional<Stage> stage = stageFromName(key.toString());
    return stage ? stageLabel(*stage) : QStringLiteral("-");
}

int parseNumber(const QString& text, const QString& option, int low, int high)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high)
        badInput(
            //: %1 an option name such as --limit, %2 the value given
            QCoreApplication::translate("lb::cli", "%1: \"%2\" is not a whole number from %3 to %4")
                .arg(option, text)
                .arg(low)
                .arg(high));
    return value;
}

// Pads cells to the widest value of each column, for people reading a terminal.
void printTable(QTextStream& out, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], int(row.at(i).size()));
        }
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += (i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i));
        out << line.trimmed() << '\n';
    }
}

// The columns of `export leads` (docs/spec/cli.md), for the listed leads only.
void printCsv(QTextStream& out, const QList<Lead>& leads)
{
    // Numbers as the export writes them: the numeric fields (model/leadfields.cpp), the score.
    static const QSet<QString> numeric = [] {
        QSet<QString> names{QStringLiteral("score")};
        for (const LeadFieldSpec& spec : leadFieldSpecs()) {
            if (spec.isNumeric())
                names.insert(QString::fromLatin1(spec.key));
        }
        return names;
    }();
    QStringList columns = io::exportColumns();
    QSet<QString> customNames;
    for (const Lead& lead : leads)
        for (auto it = lead.custom.cbegin(); it != lead.custom.cend(); ++it)
            customNames.insert(it.key());
    QStringList sortedCustom = customNames.values();
    sortedCustom.sort();
    for (const QString& name : sortedCustom)
        columns << QStringLiteral("custom.") + name;
    std::string text;
    auto endRow = [&] { // the last cell's comma becomes the line end of the export
        text.back() = '\r';
        text += '\n';
    };
    for (const QString& column : columns) {
        io::appendCsvCell(text, column.toUtf8(), true);
        text += ',';
    }
    endRow();
    for (const Lead& lead : leads) {
        for (const QString& column : columns) {
            QString value;
            if (column == QLatin1String("score"))
                value = QString::number(lead.score.total);
            else if (column == QLatin1String("grade"))
                value = lead.score.grade;
            else
                value = leadFieldText(lead, column);
            io::appendCsvCell(text, value.toUtf8(), !numeric.contains(column));
            text += ',';
        }
        endRow();
    }
    out << QString::fromStdString(text);
}

} // namespace

// A field's value as `show` prints it for people: the stage in the user's words, numbers and
// the expected close date as the locale writes them ("1 500 000", "31.12.2026" in Finnish).
QString fieldForPeople(const Lead& lead, const QString& field)
{
    const auto amount = [](const std::optional<double>& value) {
        if (!value)
            return QString();
        return fmt::number(*value, *value == std::round(*value) ? 0 : 2);
    };
    switch (leadFieldOf(field)) {
    case LeadField::Stage:
        return stageLabel(lead.stage);
    case LeadField::Employees:
        return lead.employees ? fmt::integer(*lead.employees) : QString();
    case LeadField::AnnualRevenue:
        return amount(lead.annualRevenue);
    case LeadField::Budget:
        return amount(lead.budget);
    case LeadField::ExpectedClose:
        return fmt::date(lead.expectedClose);
    case LeadField::Country:
        return io::countryName(lead.country);
    default:
        return leadFieldText(lead, field);
    }
}

int runLeads(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption stage(
        QStringLiteral("stage"),
        QCoreApplication::translate("lb::cli", "Only leads in this stage."), QStringLiteral("S"));
    const QCommandLineOption owner(
        QStringLiteral("owner"),
        QCoreApplication::translate("lb::cli", "Only leads this user owns."), QStringLiteral("U"));
    const QCommandLineOption minScore(
        QStringLiteral("min-score"),
        QCoreApplication::translate("lb::cli", "Only leads scoring at least N."),
        QStringLiteral("N"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QCoreApplication::translate("lb::cli", "Full-text search."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        QCoreApplication::translate("lb::cli", "At most N leads (0: all)."), QStringLiteral("N"),
        QStringLiteral("50"));
    parser.addOptions({stage, owner, minScore, search, limit});
    context.parse(
        parser, arguments,
        QStringLiteral("leads [--stage S] [--owner U] [--min-score N] [--search TEXT] [--limit N]"),
        0, 0);

    LeadFilter filter;
    if (parser.isSet(stage))
        filter.stage = parseStage(parser.value(stage));
    filter.owner = parser.value(owner);
    if (parser.isSet(minScore))
        filter.minScore =
            parseNumber(parser.value(minScore), QStringLiteral("--min-score"), 0, 100);
    filter.search = parser.value(search);
    const int count = parseNumber(parser.value(limit), QStringLiteral("--limit"), 0, 100'000'000);

    Workspace& workspace = context.workspace();
    const QList<Lead> leads = workspace.leads().list(filter, LeadSort{}, count == 0 ? -1 : count);
    if (context.format() == OutputFormat::Json) {
        QJsonArray array;
        for (const Lead& lead : leads)
            array.append(leadJson(workspace, lead, false));
        context.printJson(array);
        return ExitOk;
    }
    if (context.format() == OutputFormat::Csv) {
        printCsv(context.out(), leads);
        return ExitOk;
    }
    QList<QStringList> rows{{QCoreApplication::translate("lb::cli", "ID"),
                             QCoreApplication::translate("lb::cli", "SCORE"),
                             QCoreApplication::translate("lb::cli", "GRADE"),
                             QCoreApplication::translate("lb::cli", "STAGE"),
                             QCoreApplication::translate("lb::cli", "NAME"),
                             QCoreApplication::translate("lb::cli", "COMPANY"),
                             QCoreApplication::translate("lb::cli", "E-MAIL"),
                             QCoreApplication::translate("lb::cli", "OWNER")}};
    for (const Lead& lead : leads) {
        rows << QStringList{QString::number(lead.id),
                            QString::number(lead.score.total),
                            lead.score.grade,
                            stageLabel(lead.stage),
                            lead.displayName(),
                            lead.company,
                            lead.email,
                            lead.owner};
    }
    printTable(context.out(), rows);
    return ExitOk;
}

int runShow(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption eventsOption(
        QStringLiteral("events"),
        //: %1 the default number (N stays as it is)
        QCoreApplication::translate("lb::cli", "List the newest N events, or all (default %1).")
            .arg(shownEvents),
        QStringLiteral("N|all"), QString::number(shownEvents));
    parser.addOption(eventsOption);
    context.parse(parser, arguments, QStringLiteral("show LEAD [--events N|all]"), 1, 1);
    const QString key = parser.positionalArguments().constFirst();
    const QString eventsValue = parser.value(eventsOption);
    qint64 eventLimit = eventsValue == QLatin1String("all")
                            ? -1
                            : parseNumber(eventsValue, QStringLiteral("--events"), 0, 100'000'000);
    // On a terminal the newest 20 fit a screen; scripts get the default unless they ask.
    if (!parser.isSet(eventsOption) && context.format() != OutputFormat::Json)
        eventLimit = 20;
    Workspace& workspace = context.workspace();
    const std::optional<Lead> lead = workspace.leads().findByIdOrEmail(key);
    if (!lead)
        badInput(
            QCoreApplication::translate("lb::cli", "no lead with id or e-mail \"%1\"").arg(key));
    const QJsonObject json = leadJson(workspace, *lead, true, eventLimit);
    if (context.format() == OutputFormat::Json) {
        context.printJson(json);
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << lead->displayName() << "  <" << lead->email << ">  #" << lead->id << '\n';
    QList<QStringList> profile;
    // Fields by their labels and the stage by its name in the user's language; JSON and CSV
    // keep the keys (docs/spec/cli.md).
    for (const QString& field : leadFieldNames()) {
        const QString value = fieldForPeople(*lead, field);
        if (!value.isEmpty())
            //: A field of the lead in `show`; %1 its label
            profile << QStringList{
                QCoreApplication::translate("lb::cli", "%1:").arg(leadFieldLabel(field)), value};
    }
    for (auto it = lead->custom.cbegin(); it != lead->custom.cend(); ++it)
        profile << QStringList{QCoreApplication::translate("lb::cli", "%1:").arg(it.key()),
                               it.value()};
    printTable(out, profile);
    const QJsonObject score = json.value(QStringLiteral("score")).toObject();
    out << '\n';
    //: %1 total points, %2 fit points, %3 behaviour points, %4 a grade letter
    out << QCoreApplication::translate("lb::cli", "Score %1 (fit %2, behaviour %3), grade %4")
               .arg(lead->score.total)
               .arg(lead->score.fit)
               .arg(lead->score.behavior)
               .arg(lead->score.grade.isEmpty() ? QStringLiteral("-") : lead->score.grade)
        << '\n';
    if (lead->score.scoredAt.isValid())
        //: The moment the explained score is as of (events after it do not count)
        out << QCoreApplication::translate("lb::cli", "Scored as of %1")
                   .arg(toIsoUtc(lead->score.scoredAt))
            << '\n';
    for (const QJsonValueRef part : score.value(QStringLiteral("explanation")).toArray()) {
        const QJsonObject rule = part.toObject();
        scoring::Contribution line;
        line.rule = rule.value(QStringLiteral("rule")).toString();
        line.label = rule.value(QStringLiteral("label")).toString();
        line.bound = rule.value(QStringLiteral("bound")).toDouble();
        if (rule.value(QStringLiteral("kind")).toString() == QLatin1String("cap"))
            line.kind = scoring::Contribution::Kind::Cap;
        out << QStringLiteral("  %1  %2")
                   .arg(fmt::number(rule.value(QStringLiteral("points")).toDouble(), 1)
                            .rightJustified(6))
                   .arg(scoring::displayContributionLabel(line))
            << '\n';
    }
    for (const QJsonValueRef part : score.value(QStringLiteral("unevaluated")).toArray())
        //: A scoring rule whose regular expression took too long on this lead; %1 its label
        out << "  "
            << QCoreApplication::translate("lb::cli", "%1: could not be evaluated")
                   .arg(scoring::displayRuleLabel(part[QStringLiteral("label")].toString()))
            << '\n';
    const QJsonArray events = json.value(QStringLiteral("events")).toArray();
    const qint64 total = json.value(QStringLiteral("events_total")).toInteger();
    out << '\n';
    if (events.size() < total)
        //: %1 events listed, %2 all of the lead's events
        out << QCoreApplication::translate(
                   "lb::cli", "Events (newest %1 of %2; --events all lists every one):")
                   .arg(events.size())
                   .arg(total);
    else
        //: %1 how many are listed, e.g. "10 of 52"
        out << QCoreApplication::translate("lb::cli", "Events (%1, newest first):").arg(total);
    out << '\n';
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject event = events.at(i).toObject();
        out << "  " << event.value(QStringLiteral("at")).toString() << "  "
            << eventTypeLabel(event.value(QStringLiteral("type")).toString()) << "  "
            << event.value(QStringLiteral("detail")).toString() << '\n';
    }
    out << '\n' << QCoreApplication::translate("lb::cli", "History:") << '\n';
    for (const QJsonValueRef value : json.value(QStringLiteral("history")).toArray()) {
        const QJsonObject change = value.toObject();
        out << "  " << change.value(QStringLiteral("at")).toString() << "  "
            << stageText(change.value(QStringLiteral("from"))) << " -> "
            << stageText(change.value(QStringLiteral("to"))) << "  "
            << change.value(QStringLiteral("by")).toString() << "  "
            << displayStoredReason(change.value(QStringLiteral("reason")).toString()) << '\n';
    }
    printSdrDetails(out, json);
    return ExitOk;
}

} // namespace lb::cli
