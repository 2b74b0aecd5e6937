#pragma once

#include "store/workspace.h"
#include "util/jobcontrol.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace lb::cli {

// Exit statuses of docs/spec/cli.md.
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitBadInput = 2,
    ExitWorkspace = 3
};

enum class OutputFormat
{
    Text,
    Json,
    Csv
};

// Thrown by a command to end with a message on stderr and the given exit status. Everything
// the command wrote to the workspace is rolled back by its Transaction before this escapes.
struct CliError
{
    int code;
    QString message;
};

// What every command gets: the global options, the output streams, and the workspace.
class CliContext
{
public:
    CliContext(QString dbPath, QString user, OutputFormat format);

    const QString& dbPath() const { return m_dbPath; }
    const QString& user() const { return m_user; }
    OutputFormat format() const { return m_format; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Opens the workspace; `create` for init, demo and import (docs/spec/cli.md). A missing file
    // otherwise is exit 2; an unusable one exit 3 (thrown as StoreError, mapped in cli.cpp).
    Workspace& workspace(bool create = false);

    // Progress on stderr when stderr is a terminal, quiet otherwise (docs/spec/cli.md).
    JobControl::ProgressFn progressPrinter();

    // --help was given with the command: parse() (or a workspace() before it) then throws
    // CliHelp with the command's usage and options instead of running it.
    void requestHelp(QString synopsis) { m_helpSynopsis = std::move(synopsis); }

    // Parses a command's own arguments; unknown options are a usage error (exit 1).
    // `usage` is the command's synopsis line for the message.
    void parse(QCommandLineParser& parser, const QStringList& arguments, const QString& usage,
               int minPositional, int maxPositional);

    // Prints a JSON value (object or array) on stdout, indented.
    void printJson(const QJsonValue& value);

private:
    QString m_dbPath;
    QString m_user;
    OutputFormat m_format;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Workspace> m_workspace;
    QString m_helpSynopsis;
};

// Shorthands for the errors every command raises.
[[noreturn]] void usageError(const QString& message);
[[noreturn]] void badInput(const QString& message);

} // namespace lb::cli
