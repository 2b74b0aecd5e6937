// init, demo, check, backup: the commands that deal with the workspace as a whole.
#include "commands/commands.h"
#include "commands/passwordprompt.h"

#include "demo/demoworkspace.h"
#include "store/backends/workspacecopy.h"
#include "store/storeerror.h"
#include "store/workspacelocation.h"
#include "util/counts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace lb::cli {

int runInit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    context.parse(parser, arguments, QStringLiteral("init"), 0, 0);
    // Whether there was a workspace already, as its backend knows it (a file; a server's
    // database that may be there without one).
    bool existed = true;
    try {
        context.workspace(false);
    } catch (const StoreError& error) {
        if (error.kind() != StoreError::Kind::Missing)
            throw;
        existed = false;
    }
    Workspace& workspace = context.workspace(true);
    if (context.format() == OutputFormat::Json) {
        context.printJson(QJsonObject{{QStringLiteral("workspace"), workspace.location()},
                                      {QStringLiteral("schema_version"), workspace.schemaVersion()},
                                      {QStringLiteral("created"), !existed}});
    } else {
        context.out() << (existed ? QCoreApplication::translate(
                                        "lb::cli", "Workspace %1 is ready (schema version %2).")
                                  : QCoreApplication::translate(
                                        "lb::cli", "Created workspace %1 (schema version %2)."))
                             .arg(workspace.location())
                             .arg(workspace.schemaVersion())
                      << '\n';
    }
    return ExitOk;
}

int runDemo(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption leadsOption(QStringLiteral("leads"),
                                         QCoreApplication::translate("lb::cli", "How many leads."),
                                         QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("lb::cli", "Random seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    parser.addOption(leadsOption);
    parser.addOption(seedOption);
    context.parse(parser, arguments, QStringLiteral("demo [--leads N] [--seed S]"), 0, 0);
    bool leadsOk = false;
    bool seedOk = false;
    DemoOptions options;
    options.leads = parser.value(leadsOption).toLongLong(&leadsOk);
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!leadsOk || options.leads < 1 || options.leads > 50'000'000)
        badInput(QCoreApplication::translate(
                     "lb::cli", "--leads: \"%1\" is not a number of leads from 1 to 50000000")
                     .arg(parser.value(leadsOption)));
    if (!seedOk)
        badInput(QCoreApplication::translate("lb::cli", "--seed: \"%1\" is not a whole number")
                     .arg(parser.value(seedOption)));

    Workspace& workspace = context.workspace(true);
    JobControl job(context.progressPrinter());
    const DemoSummary summary = fillWithDemoData(workspace, options, &job);
    if (context.format() == OutputFormat::Json) {
        context.printJson(QJsonObject{{QStringLiteral("leads"), summary.leads},
                                      {QStringLiteral("events"), summary.events},
                                      {QStringLiteral("stage_changes"), summary.stageChanges},
                                      {QStringLiteral("answers"), summary.answers},
                                      {QStringLiteral("accounts"), summary.accounts},
                                      {QStringLiteral("contacts"), summary.contacts},
                                      {QStringLiteral("opportunities"), summary.opportunities}});
    } else {
        context.out()
            //: %1 a list of counts ("5 leads, 40 events, 3 accounts and 2 opportunities"),
            //: %2 the workspace file they were written into
            << QCoreApplication::translate("lb::cli", "Generated %1 in %2.")
                   .arg(counts::list({counts::leads(summary.leads), counts::events(summary.events),
                                      counts::accounts(summary.accounts),
                                      counts::opportunities(summary.opportunities)}),
                        workspace.location())
            << '\n';
    }
    return ExitOk;
}

int runCheck(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    context.parse(parser, arguments, QStringLiteral("check"), 0, 0);
    Workspace& workspace = context.workspace();
    const QStringList problems = workspace.integrityProblems();
    if (context.format() == OutputFormat::Json) {
        context.printJson(
            QJsonObject{{QStringLiteral("workspace"), workspace.location()},
                        {QStringLiteral("ok"), problems.isEmpty()},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else if (problems.isEmpty()) {
        //: %1 the workspace file
        context.out() << QCoreApplication::translate("lb::cli", "%1: ok").arg(workspace.location())
                      << '\n';
    } else {
        for (const QString& problem : problems)
            context.err() << workspace.location() << ": " << problem << '\n';
    }
    return problems.isEmpty() ? ExitOk : ExitWorkspace;
}

int runBackup(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    context.parse(parser, arguments, QStringLiteral("backup FILE"), 1, 1);
    const QString target = parser.positionalArguments().constFirst();
    Workspace& workspace = context.workspace();
    try {
        backupWorkspace(workspace, target);
    } catch (const StoreError& error) {
        if (error.kind() == StoreError::Kind::Invalid || error.kind() == StoreError::Kind::Io)
            badInput(error.message());
        throw;
    }
    if (context.format() == OutputFormat::Json)
        context.printJson(QJsonObject{{QStringLiteral("backup"), target}});
    else
        //: %1 the workspace file, %2 the backup file
        context.out() << QCoreApplication::translate("lb::cli", "Backed up %1 to %2.")
                             .arg(workspace.location(), target)
                      << '\n';
    return ExitOk;
}

int runMigrate(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    context.parse(parser, arguments, QStringLiteral("migrate FROM TO"), 2, 2);
    const QString from = parser.positionalArguments().at(0);
    const QString to = parser.positionalArguments().at(1);
    askForServerPasswordIfNeeded(from, context.err());
    askForServerPasswordIfNeeded(to, context.err());
    WorkspaceCopy copy;
    try {
        copy = copyWorkspace(from, to, context.progressPrinter());
    } catch (const StoreError& error) {
        if (error.kind() == StoreError::Kind::Invalid)
            badInput(error.message());
        throw;
    }
    if (context.format() == OutputFormat::Json) {
        QJsonObject tables;
        for (const CopiedTable& table : copy.tables)
            tables.insert(table.name, table.rows);
        context.printJson(QJsonObject{{QStringLiteral("from"), displayedLocation(from)},
                                      {QStringLiteral("to"), displayedLocation(to)},
                                      {QStringLiteral("tables"), tables},
                                      {QStringLiteral("checksum"), copy.checksum}});
        return ExitOk;
    }
    qint64 leads = 0;
    for (const CopiedTable& table : copy.tables) {
        if (table.name == QLatin1String("leads"))
            leads = table.rows;
    }
    //: %1 and %2 workspace locations (a file or a server), %3 "1,200 leads", %4 a checksum
    context.out() << QCoreApplication::translate(
                         "lb::cli", "Copied %1 to %2 (%3) and checked every row: checksum %4.")
                         .arg(displayedLocation(from), displayedLocation(to), counts::leads(leads),
                              copy.checksum.left(16))
                  << '\n';
    return ExitOk;
}

} // namespace lb::cli
