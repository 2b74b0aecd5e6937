// score [--as-of YYYY-MM-DD[THH:MM:SSZ]]: rescore every lead (docs/spec/cli.md).
#include "commands/commands.h"

#include "scoring/modelservice.h"
#include "scoring/rescorer.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace lb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lb::cli", text);
}

// "2026-11-22" (midnight UTC) or "2026-11-22T12:00:00Z"; invalid otherwise.
QDateTime parseAsOf(const QString& text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression moment(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    if (moment.match(text).hasMatch())
        return fromIsoUtc(text);
    return {};
}

} // namespace

int runScore(CliContext& context, const QStringList& arguments)
{
    const QString usage = QStringLiteral("score [--as-of YYYY-MM-DD[THH:MM:SSZ]]");
    QCommandLineParser parser;
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        tr("Score as of this moment (UTC); default: now."),
                                        QStringLiteral("MOMENT"));
    parser.addOption(asOfOption);
    context.parse(parser, arguments, usage, 0, 0);
    QDateTime asOf = QDateTime::currentDateTimeUtc();
    if (parser.isSet(asOfOption)) {
        asOf = parseAsOf(parser.value(asOfOption));
        if (!asOf.isValid())
            badInput(tr("--as-of: \"%1\" is not a date (YYYY-MM-DD) or a UTC moment "
                        "(YYYY-MM-DDTHH:MM:SSZ)")
                         .arg(parser.value(asOfOption)));
    }
    Workspace& workspace = context.workspace();
    JobControl job(context.progressPrinter());
    const scoring::RescoreSummary summary = scoring::rescoreAll(workspace, asOf, &job);
    const scoring::ActiveModel model = scoring::activeModel(workspace);
    if (context.format() == OutputFormat::Json) {
        context.printJson(QJsonObject{{QStringLiteral("scored"), summary.scored},
                                      {QStringLiteral("promoted"), summary.promoted},
                                      {QStringLiteral("model_id"), summary.modelId},
                                      {QStringLiteral("model"), model.model.name},
                                      {QStringLiteral("as_of"), toIsoUtc(asOf)}});
    } else {
        //: %1 the scoring model's name, %2 the moment scored for (UTC, ISO 8601)
        context.out() << QCoreApplication::translate(
                             "lb::cli", "Scored %Ln lead(s) with model \"%1\" as of %2.", nullptr,
                             int(summary.scored))
                             .arg(model.model.name, toIsoUtc(asOf))
                      << ' '
                      //: After "Scored 5 leads …": how many of those reached the MQL threshold.
                      << QCoreApplication::translate("lb::cli", "%Ln of them moved to MQL.",
                                                     nullptr, int(summary.promoted))
                      << '\n';
    }
    return ExitOk;
}

} // namespace lb::cli
