#pragma once

#include <QString>

class QCommandLineParser;

namespace lb::cli {

// "usage: leadbench-cli ": the start of a usage line, in the user's language.
QString usagePrefix();

// leadbench-cli --help: the global options and every command's synopsis (commandtable.cpp).
QString globalUsage();

// leadbench-cli COMMAND --help: the command's synopsis from the command table and the options
// its own parser declares, with their (translated) descriptions. Built from the parser so that
// a command's options are described in one place, where it parses them.
QString commandHelp(const QString& synopsis, const QCommandLineParser& parser);

// Thrown by CliContext when --help was given with a command: cli.cpp prints the text on
// stdout and exits 0, before the command has read or written anything.
struct CliHelp
{
    QString text;
};

} // namespace lb::cli
