// report: the dashboard's numbers (issue 19, docs/spec/cli.md), from core's ReportService.
#include "commands/clihelp.h"
#include "commands/commands.h"

#include "commands/tableprint.h"
#include "lifecycle/stagereason.h"
#include "model/labels.h"

#include "io/leadexporter.h"
#include "reports/reportservice.h"
#include "util/localeformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace lb::cli {

namespace {

using namespace lb::reports;

QDate parseDate(const QString& text, const QString& option)
{
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        //: %1 an option name such as --from, %2 the value given
        badInput(QCoreApplication::translate("lb::cli", "%1: \"%2\" is not a date (YYYY-MM-DD)")
                     .arg(option, text));
    return date;
}

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString percent(const std::optional<double>& share)
{
    return share ? fmt::percent(*share) : QStringLiteral("–");
}

QString days(const std::optional<double>& value)
{
    return value ? fmt::number(*value, 1) : QStringLiteral("–");
}

// A count in a table people read: grouped as the locale writes it ("12 500").
QString countText(qint64 value)
{
    return fmt::integer(value);
}

QString csvNumber(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 10) : QString();
}

QString money(double amount, const QString& currency)
{
    return fmt::money(amount, currency);
}

QString sourceName(const QString& source)
{
    //: In the sources report: leads that have no lead source.
    return source.isEmpty() ? QCoreApplication::translate("lb::cli", "(no source)") : source;
}

// A stage key of a report ("Nurture", "Won") as the text output shows it; JSON and CSV keep
// the key.
QString stageText(const QString& key)
{
    if (const std::optional<Stage> stage = stageFromName(key))
        return stageLabel(*stage);
    if (key == QLatin1String("Won"))
        //: Funnel report: the leads whose opportunity was won (an opportunity stage)
        return QCoreApplication::translate("lb::cli", "Won");
    return key;
}

QString reasonName(const QString& reason)
{
    //: In the reasons report: moves recorded without a reason.
    // A standard reason by its label ("no_budget" -> "No budget"), other texts as written.
    return reason.isEmpty() ? QCoreApplication::translate("lb::cli", "(no reason)")
                            : displayStoredReason(reason);
}

QJsonObject head(const ReportFilter& filter)
{
    return {{QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), filter.to.toString(Qt::ISODate)},
            {QStringLiteral("owner"), text(filter.owner)},
            {QStringLiteral("source"), text(filter.source)}};
}

void print(CliContext& context, const QJsonObject& json, const Table& textTable,
           const Table& csvTable)
{
    switch (context.format()) {
    case OutputFormat::Json:
        context.printJson(json);
        break;
    case OutputFormat::Csv:
        printCsvTable(context.out(), csvTable);
        break;
    case OutputFormat::Text:
        printTextTable(context.out(), textTable);
        break;
    }
}

void funnel(CliContext& context, const ReportService& service, const ReportFilter& filter)
{
    const FunnelReport report = service.funnel(filter);
    QJsonObject json = head(filter);
    QJsonArray stages;
    Table table{{QStringLiteral("stage"), QStringLiteral("count"), QStringLiteral("rate")},
                {QCoreApplication::translate("lb::cli", "Stage"),
                 QCoreApplication::translate("lb::cli", "Leads"),
                 QCoreApplication::translate("lb::cli", "From previous")},
                {}};
    Table csv = table;
    for (const FunnelStep& step : report.steps) {
        stages.append(QJsonObject{{QStringLiteral("stage"), step.stage},
                                  {QStringLiteral("count"), step.count},
                                  {QStringLiteral("rate"), number(step.rate)}});
        table.rows.append({stageText(step.stage), countText(step.count), percent(step.rate)});
        csv.rows.append({step.stage, QString::number(step.count), csvNumber(step.rate)});
    }
    json.insert(QStringLiteral("stages"), stages);
    print(context, json, table, csv);
}

void inflow(CliContext& context, const ReportService& service, const ReportFilter& filter)
{
    const InflowReport report = service.inflow(filter);
    QJsonObject json = head(filter);
    QJsonArray weeks;
    Table table{{QStringLiteral("week_start"), QStringLiteral("week_end"), QStringLiteral("mql"),
                 QStringLiteral("sal"), QStringLiteral("sql")},
                {QCoreApplication::translate("lb::cli", "Week"),
                 QCoreApplication::translate("lb::cli", "Until"), QStringLiteral("MQL"),
                 QStringLiteral("SAL"), QStringLiteral("SQL")},
                {}};
    Table csv = table;
    for (const InflowWeek& week : report.weeks) {
        QJsonObject line{{QStringLiteral("start"), week.start.toString(Qt::ISODate)},
                         {QStringLiteral("end"), week.end.toString(Qt::ISODate)}};
        QStringList row{fmt::date(week.start), fmt::date(week.end)};
        QStringList csvRow{week.start.toString(Qt::ISODate), week.end.toString(Qt::ISODate)};
        for (const InflowCell& cell : week.cells) {
            line.insert(stageName(cell.stage).toLower(), cell.count);
            row << countText(cell.count);
            csvRow << QString::number(cell.count);
        }
        weeks.append(line);
        table.rows.append(row);
        csv.rows.append(csvRow);
    }
    json.insert(QStringLiteral("weeks"), weeks);
    print(context, json, table, csv);
}

void sources(CliContext& context, const ReportService& service, const ReportFilter& filter)
{
    const SourcesReport report = service.sources(filter);
    QJsonObject json = head(filter);
    json.insert(QStringLiteral("currency"), report.currency);
    QJsonArray lines;
    Table table{{QStringLiteral("source"), QStringLiteral("leads"), QStringLiteral("mql"),
                 QStringLiteral("sql"), QStringLiteral("pipeline"), QStringLiteral("won"),
                 QStringLiteral("win_rate")},
                {QCoreApplication::translate("lb::cli", "Source"),
                 QCoreApplication::translate("lb::cli", "Leads"), QStringLiteral("MQL"),
                 QStringLiteral("SQL"), QCoreApplication::translate("lb::cli", "Open pipeline"),
                 QCoreApplication::translate("lb::cli", "Won"),
                 QCoreApplication::translate("lb::cli", "Win rate")},
                {}};
    Table csv = table;
    for (const SourceLine& line : report.sources) {
        lines.append(QJsonObject{{QStringLiteral("source"), text(line.source)},
                                 {QStringLiteral("leads"), line.leads},
                                 {QStringLiteral("mql"), line.mql},
                                 {QStringLiteral("sql"), line.sql},
                                 {QStringLiteral("pipeline"), line.pipeline},
                                 {QStringLiteral("won"), line.won},
                                 {QStringLiteral("win_rate"), number(line.winRate)}});
        table.rows.append({sourceName(line.source), countText(line.leads), countText(line.mql),
                           countText(line.sql), money(line.pipeline, report.currency),
                           money(line.won, report.currency), percent(line.winRate)});
        csv.rows.append({line.source, QString::number(line.leads), QString::number(line.mql),
                         QString::number(line.sql), csvNumber(line.pipeline), csvNumber(line.won),
                         csvNumber(line.winRate)});
    }
    json.insert(QStringLiteral("sources"), lines);
    print(context, json, table, csv);
}

QString bandLabel(const AgeBand& band)
{
    return band.maxDays < 0 ? QStringLiteral("%1+").arg(band.minDays)
                            : QStringLiteral("%1-%2").arg(band.minDays).arg(band.maxDays);
}

void velocity(CliContext& context, const ReportService& service, const ReportFilter& filter)
{
    const VelocityReport report = service.velocity(filter, QDateTime::currentDateTimeUtc());
    QJsonObject json = head(filter);
    QJsonArray steps;
    Table table{{QStringLiteral("section"), QStringLiteral("from"), QStringLiteral("to"),
                 QStringLiteral("leads"), QStringLiteral("median_days"),
                 QStringLiteral("p80_days")},
                {QCoreApplication::translate("lb::cli", "From"),
                 QCoreApplication::translate("lb::cli", "To"),
                 QCoreApplication::translate("lb::cli", "Leads"),
                 QCoreApplication::translate("lb::cli", "Median days"),
                 QCoreApplication::translate("lb::cli", "80th percentile days")},
                {}};
    Table csv = table;
    for (const VelocityStep& step : report.steps) {
        steps.append(QJsonObject{{QStringLiteral("from"), step.from},
                                 {QStringLiteral("to"), step.to},
                                 {QStringLiteral("leads"), step.leads},
                                 {QStringLiteral("median_days"), number(step.medianDays)},
                                 {QStringLiteral("p80_days"), number(step.p80Days)}});
        table.rows.append({stageText(step.from), stageText(step.to), countText(step.leads),
                           days(step.medianDays), days(step.p80Days)});
        csv.rows.append({QStringLiteral("velocity"), step.from, step.to,
                         QString::number(step.leads), csvNumber(step.medianDays),
                         csvNumber(step.p80Days)});
    }
    json.insert(QStringLiteral("steps"), steps);

    const QList<AgeBand> bands = ageBands();
    Table aging{{}, {QCoreApplication::translate("lb::cli", "Stage")}, {}};
    QJsonArray bandJson;
    for (const AgeBand& band : bands) {
        //: Column heading: %1 a range of days such as "0-7" or "91+" (not a count)
        aging.titles << QCoreApplication::translate("lb::cli", "%1 days").arg(bandLabel(band));
        bandJson.append(
            QJsonObject{{QStringLiteral("min_days"), band.minDays},
                        {QStringLiteral("max_days"), band.maxDays < 0 ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(band.maxDays)}});
    }
    QJsonArray stages;
    for (qsizetype i = 0; i < report.aging.size(); i += bands.size()) {
        const QString stage = stageName(report.aging.at(i).stage);
        QJsonArray counts;
        QStringList row{stageLabel(report.aging.at(i).stage)}; // text: the user's words
        for (qsizetype b = 0; b < bands.size(); ++b) {
            const AgingCell& cell = report.aging.at(i + b);
            counts.append(cell.leads);
            row << countText(cell.leads);
            csv.rows.append({QStringLiteral("aging"), stage, bandLabel(bands.at(b)),
                             QString::number(cell.leads), QString(), QString()});
        }
        stages.append(
            QJsonObject{{QStringLiteral("stage"), stage}, {QStringLiteral("counts"), counts}});
        aging.rows.append(row);
    }
    json.insert(QStringLiteral("aging"),
                QJsonObject{{QStringLiteral("as_of"), report.asOf.toString(Qt::ISODate)},
                            {QStringLiteral("bands"), bandJson},
                            {QStringLiteral("stages"), stages}});
    if (context.format() == OutputFormat::Text) {
        printTextTable(context.out(), table);
        context.out() << '\n'
                      //: %1 the moment of the report (date and time)
                      << QCoreApplication::translate("lb::cli",
                                                     "Open leads by days in their stage at %1")
                             .arg(fmt::dateTime(report.asOf))
                      << '\n';
        printTextTable(context.out(), aging);
        return;
    }
    print(context, json, table, csv);
}

void owners(CliContext& context, const ReportService& service, const ReportFilter& filter)
{
    const OwnersReport report = service.owners(filter);
    QJsonObject json = head(filter);
    QJsonArray lines;
    Table table{{QStringLiteral("owner"), QStringLiteral("accepted"), QStringLiteral("qualified"),
                 QStringLiteral("converted"), QStringLiteral("disqualified"),
                 QStringLiteral("median_response_days")},
                {QCoreApplication::translate("lb::cli", "Owner"),
                 QCoreApplication::translate("lb::cli", "Accepted"),
                 QCoreApplication::translate("lb::cli", "Qualified"),
                 QCoreApplication::translate("lb::cli", "Converted"),
                 QCoreApplication::translate("lb::cli", "Disqualified"),
                 QCoreApplication::translate("lb::cli", "Median response (days)")},
                {}};
    Table csv = table;
    for (const OwnerLine& line : report.owners) {
        lines.append(
            QJsonObject{{QStringLiteral("owner"), line.owner},
                        {QStringLiteral("accepted"), line.accepted},
                        {QStringLiteral("qualified"), line.qualified},
                        {QStringLiteral("converted"), line.converted},
                        {QStringLiteral("disqualified"), line.disqualified},
                        {QStringLiteral("median_response_days"), number(line.medianResponseDays)}});
        table.rows.append({line.owner, countText(line.accepted), countText(line.qualified),
                           countText(line.converted), countText(line.disqualified),
                           days(line.medianResponseDays)});
        csv.rows.append({line.owner, QString::number(line.accepted),
                         QString::number(line.qualified), QString::number(line.converted),
                         QString::number(line.disqualified), csvNumber(line.medianResponseDays)});
    }
    json.insert(QStringLiteral("owners"), lines);
    print(context, json, table, csv);
}

void reasons(CliContext& context, const ReportService& service, const ReportFilter& filter)
{
    const ReasonsReport report = service.reasons(filter);
    QJsonObject json = head(filter);
    QJsonArray lines;
    Table table{{QStringLiteral("stage"), QStringLiteral("reason"), QStringLiteral("leads"),
                 QStringLiteral("share")},
                {QCoreApplication::translate("lb::cli", "Stage"),
                 QCoreApplication::translate("lb::cli", "Reason"),
                 QCoreApplication::translate("lb::cli", "Leads"),
                 QCoreApplication::translate("lb::cli", "Share")},
                {}};
    Table csv = table;
    for (const ReasonLine& line : report.reasons) {
        const QString stage = stageName(line.stage);
        lines.append(QJsonObject{{QStringLiteral("stage"), stage},
                                 {QStringLiteral("reason"), line.reason},
                                 {QStringLiteral("leads"), line.leads},
                                 {QStringLiteral("share"), line.share}});
        table.rows.append({stageLabel(line.stage), reasonName(line.reason), countText(line.leads),
                           percent(line.share)});
        csv.rows.append({stage, line.reason, QString::number(line.leads), csvNumber(line.share)});
    }
    json.insert(QStringLiteral("reasons"), lines);
    print(context, json, table, csv);
}

void calibration(CliContext& context, const ReportService& service, const ReportFilter& filter)
{
    const CalibrationReport report = service.calibration(filter);
    QJsonObject json = head(filter);
    QJsonArray bands;
    Table table{{QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("leads"),
                 QStringLiteral("sql"), QStringLiteral("won"), QStringLiteral("sql_rate"),
                 QStringLiteral("won_rate")},
                {QCoreApplication::translate("lb::cli", "Score at MQL"),
                 QCoreApplication::translate("lb::cli", "Leads"),
                 QCoreApplication::translate("lb::cli", "Reached SQL"),
                 QCoreApplication::translate("lb::cli", "Won"),
                 QCoreApplication::translate("lb::cli", "SQL rate"),
                 QCoreApplication::translate("lb::cli", "Win rate")},
                {}};
    Table csv = table;
    for (const CalibrationBand& band : report.bands) {
        bands.append(QJsonObject{{QStringLiteral("min"), band.min},
                                 {QStringLiteral("max"), band.max},
                                 {QStringLiteral("leads"), band.leads},
                                 {QStringLiteral("sql"), band.reachedSql},
                                 {QStringLiteral("won"), band.won},
                                 {QStringLiteral("sql_rate"), number(band.sqlRate)},
                                 {QStringLiteral("won_rate"), number(band.wonRate)}});
        table.rows.append({QStringLiteral("%1-%2").arg(band.min).arg(band.max),
                           countText(band.leads), countText(band.reachedSql), countText(band.won),
                           percent(band.sqlRate), percent(band.wonRate)});
        csv.rows.append({QString::number(band.min), QString::number(band.max),
                         QString::number(band.leads), QString::number(band.reachedSql),
                         QString::number(band.won), csvNumber(band.sqlRate),
                         csvNumber(band.wonRate)});
    }
    json.insert(QStringLiteral("bands"), bands);
    json.insert(QStringLiteral("auc"), number(report.auc));
    if (context.format() == OutputFormat::Text) {
        printTextTable(context.out(), table);
        //: AUC: area under the ROC curve, how well the score ranks leads that reach SQL.
        context.out() << QCoreApplication::translate("lb::cli",
                                                     "AUC of the score for reaching SQL: %1")
                             .arg(report.auc ? fmt::number(*report.auc, 3) : QStringLiteral("–"))
                      << '\n';
        return;
    }
    print(context, json, table, csv);
}

} // namespace

int runReport(CliContext& context, const QStringList& arguments)
{
    static const QString usage = QStringLiteral(
        "report funnel|inflow|sources|velocity|owners|reasons|calibration [--from D] [--to D] "
        "[--owner U] [--source S]");
    QCommandLineParser parser;
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate("lb::cli",
                                    "First day of the period (default: 89 days before --to)."),
        QStringLiteral("D"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate("lb::cli", "Last day of the period (default: today)."),
        QStringLiteral("D"));
    const QCommandLineOption owner(
        QStringLiteral("owner"),
        QCoreApplication::translate("lb::cli", "Only leads this user owns."), QStringLiteral("U"));
    const QCommandLineOption source(
        QStringLiteral("source"),
        QCoreApplication::translate("lb::cli", "Only leads from this source."),
        QStringLiteral("S"));
    parser.addOptions({from, to, owner, source});
    context.parse(parser, arguments, usage, 1, 1);

    using Printer = void (*)(CliContext&, const ReportService&, const ReportFilter&);
    static const QList<QPair<QString, Printer>> kinds = {
        {QStringLiteral("funnel"), funnel},          {QStringLiteral("inflow"), inflow},
        {QStringLiteral("sources"), sources},        {QStringLiteral("velocity"), velocity},
        {QStringLiteral("owners"), owners},          {QStringLiteral("reasons"), reasons},
        {QStringLiteral("calibration"), calibration}};
    const QString kind = parser.positionalArguments().constFirst();
    Printer printer = nullptr;
    for (const auto& [name, function] : kinds)
        if (name == kind)
            printer = function;
    if (!printer)
        usageError(QCoreApplication::translate("lb::cli", "unknown report \"%1\"").arg(kind) +
                   QLatin1Char('\n') + usagePrefix() + usage);

    ReportFilter filter;
    if (parser.isSet(from))
        filter.from = parseDate(parser.value(from), QStringLiteral("--from"));
    if (parser.isSet(to))
        filter.to = parseDate(parser.value(to), QStringLiteral("--to"));
    filter.owner = parser.value(owner);
    filter.source = parser.value(source);

    Workspace& workspace = context.workspace();
    const ReportService service(workspace);
    filter = service.complete(filter, QDateTime::currentDateTimeUtc().date());
    // Read only: no transaction, which would hold the workspace's write lock meanwhile.
    printer(context, service, filter);
    return ExitOk;
}

} // namespace lb::cli
