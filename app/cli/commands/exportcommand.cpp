// export leads FILE [--stage S]: leads as CSV (docs/spec/cli.md, docs/spec/csv-import.md Export).
#include "commands/clihelp.h"
#include "commands/commands.h"

#include "io/leadexporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace lb::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("lb::cli", text);
}
} // namespace

int runExport(CliContext& context, const QStringList& arguments)
{
    const QString usage = QStringLiteral("export leads FILE [--stage S]");
    QCommandLineParser parser;
    const QCommandLineOption stageOption(QStringLiteral("stage"), tr("Only leads in this stage."),
                                         QStringLiteral("S"));
    parser.addOption(stageOption);
    context.parse(parser, arguments, usage, 2, 2);
    if (parser.positionalArguments().at(0) != QLatin1String("leads"))
        //: %1 what the user typed after "export"
        usageError(tr("export what? \"%1\" (leads)").arg(parser.positionalArguments().at(0)) +
                   QLatin1Char('\n') + usagePrefix() + usage);
    io::ExportOptions options;
    options.path = parser.positionalArguments().at(1);
    if (parser.isSet(stageOption)) {
        options.leads.stage = stageFromName(parser.value(stageOption));
        if (!options.leads.stage)
            badInput(tr("--stage: \"%1\" is not a stage (New, MQL, SAL, SQL, Converted, Nurture, "
                        "Disqualified)")
                         .arg(parser.value(stageOption)));
    }
    Workspace& workspace = context.workspace();
    JobControl job(context.progressPrinter());
    const io::ExportSummary summary = io::exportLeads(workspace, options, &job);
    if (context.format() == OutputFormat::Json)
        context.printJson(
            QJsonObject{{QStringLiteral("exported"), summary.leads},
                        {QStringLiteral("file"), options.path},
                        {QStringLiteral("columns"), QJsonArray::fromStringList(summary.columns)}});
    else
        context.out() << QCoreApplication::translate("lb::cli", "exported %Ln lead(s) to %1",
                                                     nullptr, int(summary.leads))
                             .arg(options.path)
                      << '\n';
    return ExitOk;
}

} // namespace lb::cli
