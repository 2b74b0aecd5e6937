#pragma once

#include "commands/clicontext.h"
#include "model/lead.h"
#include "model/touch.h"

#include <QJsonObject>

#include <QStringList>

// Every command of docs/spec/cli.md: arguments after the command word, returns the exit status.
// Add a command here and in commandtable.cpp; implement it in a file of its group.

namespace lb::cli {

using CommandFunction = int (*)(CliContext& context, const QStringList& arguments);

struct CommandEntry
{
    const char* name;
    CommandFunction run;
    // Shown by --help and in usage errors; COMMAND --help lists under it the options the
    // command's parser declares (CliContext::parse), so the synopsis must name the same ones
    // (tests/cli/test_cli_help.cpp checks).
    const char* synopsis;
};

const QList<CommandEntry>& commandTable();

// workspacecommands.cpp
int runInit(CliContext& context, const QStringList& arguments);
int runDemo(CliContext& context, const QStringList& arguments);
int runCheck(CliContext& context, const QStringList& arguments);
int runBackup(CliContext& context, const QStringList& arguments);
int runMigrate(CliContext& context, const QStringList& arguments);
int runTeam(CliContext& context, const QStringList& arguments);
// leadcommands.cpp
int runLeads(CliContext& context, const QStringList& arguments);
int runShow(CliContext& context, const QStringList& arguments);
// A lead field's value as text output shows it to people (`show`, `edit`): the stage in the
// user's words, numbers and dates as the locale writes them. JSON and CSV keep leadFieldText().
QString fieldForPeople(const Lead& lead, const QString& field);
// editcommand.cpp: profile edits (issue 23)
int runEdit(CliContext& context, const QStringList& arguments);
// qualificationcommands.cpp
int runQualify(CliContext& context, const QStringList& arguments);
int runStage(CliContext& context, const QStringList& arguments);
int runConvert(CliContext& context, const QStringList& arguments);
// accountcommands.cpp, opportunitycommands.cpp
int runAccounts(CliContext& context, const QStringList& arguments);
int runAccount(CliContext& context, const QStringList& arguments);
int runOpportunities(CliContext& context, const QStringList& arguments);
int runOpportunity(CliContext& context, const QStringList& arguments);
// importcommands.cpp, exportcommand.cpp
int runImport(CliContext& context, const QStringList& arguments);
int runExport(CliContext& context, const QStringList& arguments);

// modelcommands.cpp, scorecommand.cpp
int runModel(CliContext& context, const QStringList& arguments);
int runScore(CliContext& context, const QStringList& arguments);
// reportcommand.cpp
int runReport(CliContext& context, const QStringList& arguments);
// sdrcommands.cpp: owners and logged touches (issue 21), and their part of `show`
int runAssign(CliContext& context, const QStringList& arguments);
int runLog(CliContext& context, const QStringList& arguments);
QJsonObject touchJson(const Touch& touch);
void addSdrJson(Workspace& workspace, qint64 leadId, QJsonObject& object);
void printSdrDetails(QTextStream& out, const QJsonObject& json);

} // namespace lb::cli
