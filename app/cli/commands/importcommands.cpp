// import leads|events FILE: CSV into the workspace (docs/spec/cli.md, docs/spec/csv-import.md).
#include "commands/clihelp.h"
#include "commands/commands.h"

#include "io/eventimporter.h"
#include "io/leadimporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

namespace lb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lb::cli", text);
}

const QString importUsage = QStringLiteral("import leads FILE [--map \"Header=field\" ...] "
                                           "[--dry-run] [--delimiter C] | import events FILE");

std::optional<QChar> delimiterArgument(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    if (text.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 ||
        text == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (text.size() == 1 && QStringLiteral(",;\t|").contains(text.front()))
        return text.front();
    usageError(tr("--delimiter: \"%1\" is not one of , ; TAB |").arg(text) + QLatin1Char('\n') +
               usagePrefix() + importUsage);
}

void printSummary(CliContext& context, const io::ImportSummary& summary)
{
    if (context.format() == OutputFormat::Json) {
        QJsonObject object{{QStringLiteral("imported"), summary.imported},
                           {QStringLiteral("updated"), summary.updated},
                           {QStringLiteral("unchanged"), summary.unchanged},
                           {QStringLiteral("rejected"), summary.rejected},
                           {QStringLiteral("scored"), summary.scored},
                           {QStringLiteral("dry_run"), summary.dryRun},
                           {QStringLiteral("encoding"), io::encodingName(summary.encoding)},
                           {QStringLiteral("delimiter"), QString(summary.delimiter)}};
        object.insert(QStringLiteral("rejected_file"), summary.rejectedFile.isEmpty()
                                                           ? QJsonValue()
                                                           : QJsonValue(summary.rejectedFile));
        context.printJson(object);
    } else {
        context.out() << QStringLiteral("imported %1, updated %2, unchanged %3, rejected %4")
                             .arg(summary.imported)
                             .arg(summary.updated)
                             .arg(summary.unchanged)
                             .arg(summary.rejected)
                      << '\n';
    }
    context.out().flush();
    if (summary.dryRun) {
        context.err() << tr("dry run: nothing was written") << '\n';
        // Without a rejected file, say here which rows would have been refused.
        for (qsizetype i = 0; i < summary.firstRejected.size() && i < 20; ++i)
            //: %1 a line number of the CSV file, %2 why the row was rejected
            context.err() << tr("line %1: %2")
                                 .arg(summary.firstRejected.at(i).line)
                                 .arg(summary.firstRejected.at(i).reason)
                          << '\n';
    } else if (!summary.rejectedFile.isEmpty()) {
        //: %1 the file the rejected rows were saved to
        context.err() << tr("rejected rows: %1").arg(summary.rejectedFile) << '\n';
    }
    context.err().flush();
}

} // namespace

int runImport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption mapOption(QStringLiteral("map"),
                                       tr("Maps a column: \"Header=field\" or \"Header=ignore\"."),
                                       QStringLiteral("Header=field"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Count what would change; write nothing."));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"), tr("The delimiter: , ; TAB or |."), QStringLiteral("C"));
    parser.addOption(mapOption);
    parser.addOption(dryRunOption);
    parser.addOption(delimiterOption);
    context.parse(parser, arguments, importUsage, 2, 2);
    const QString kind = parser.positionalArguments().at(0);
    if (kind != QLatin1String("leads") && kind != QLatin1String("events"))
        //: %1 what the user typed after "import"
        usageError(tr("import what? \"%1\" (leads or events)").arg(kind) + QLatin1Char('\n') +
                   usagePrefix() + importUsage);

    io::ImportOptions options;
    options.path = parser.positionalArguments().at(1);
    options.delimiter = delimiterArgument(parser.value(delimiterOption));
    options.dryRun = parser.isSet(dryRunOption);
    options.actor = context.user();
    options.rejectedPath = io::defaultRejectedPath(options.path);
    QStringList problems;
    options.overrides = io::parseMapArguments(parser.values(mapOption), &problems);
    if (!problems.isEmpty())
        usageError(problems.join(QLatin1Char('\n')));
    if (!QFileInfo(options.path).isFile())
        //: %1 the path given
        badInput(tr("%1: no such file").arg(options.path));

    // A dry run against a workspace that does not exist yet counts against an empty scratch
    // workspace instead of creating the file: a dry run writes nothing.
    QTemporaryDir scratchDir;
    std::unique_ptr<Workspace> scratch;
    if (options.dryRun && !QFileInfo::exists(context.dbPath()))
        scratch = openWorkspace(scratchDir.filePath(QStringLiteral("dry-run.leadbench")),
                                Workspace::OpenMode::CreateIfMissing);
    Workspace& workspace = scratch ? *scratch : context.workspace(true);
    JobControl job(context.progressPrinter());
    const io::ImportSummary summary = kind == QLatin1String("leads")
                                          ? io::importLeads(workspace, options, &job)
                                          : io::importEvents(workspace, options, &job);
    printSummary(context, summary);
    return ExitOk;
}

} // namespace lb::cli
