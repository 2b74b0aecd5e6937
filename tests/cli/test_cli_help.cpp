// leadbench-cli --version and COMMAND --help as a subprocess: every command of the global
// usage prints its own usage and options (from the options it parses), exits 0, and touches
// no workspace.
#include "support/cliprocess.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace lb::test;

namespace {

// The command lines of the global usage ("  leads [--stage S] ..."), by command name: the
// list the test walks, so a command added to the table is covered without touching the test.
QMap<QString, QString> commandSynopses()
{
    const CliResult help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    QMap<QString, QString> synopses;
    bool inCommands = false;
    for (const QString& line : help.outText().split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Commands:"))) {
            inCommands = true;
            continue;
        }
        if (!inCommands || !line.startsWith(QLatin1String("  ")))
            continue;
        const QString synopsis = line.trimmed();
        synopses.insert(synopsis.section(QLatin1Char(' '), 0, 0), synopsis);
    }
    return synopses;
}

// "--stage", "--owner", ...: the long options a text names.
QSet<QString> longOptions(const QString& text)
{
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    for (const QRegularExpressionMatch& match : option.globalMatch(text))
        options.insert(match.captured());
    return options;
}

// The options a command's --help lists in its "Options:" section, one a line.
QSet<QString> listedOptions(const QString& help)
{
    QSet<QString> options;
    static const QRegularExpression line(QStringLiteral("^\\s+(?:-\\w, )?(--[a-z][a-z-]*)"),
                                         QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch& match : line.globalMatch(help))
        options.insert(match.captured(1));
    return options;
}

std::string sorted(const QSet<QString>& options)
{
    QStringList list(options.cbegin(), options.cend());
    list.sort();
    return list.join(QLatin1Char(' ')).toStdString();
}

} // namespace

TEST(CliHelp, VersionPrintsTheProjectVersion)
{
    const CliResult result = runCli({QStringLiteral("--version")});
    EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
    EXPECT_EQ(result.outText().trimmed(),
              QStringLiteral("leadbench-cli %1").arg(QStringLiteral(LEADBENCH_VERSION)));
}

TEST(CliHelp, GlobalUsageListsTheCommandsAndPointsToTheirHelp)
{
    const CliResult result = runCli({QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.outText().contains(QStringLiteral("COMMAND --help")));
    for (const QString& option :
         {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--wait"),
          QStringLiteral("--format"), QStringLiteral("--version")})
        EXPECT_TRUE(listedOptions(result.outText()).contains(option)) << option.toStdString();
    EXPECT_GE(commandSynopses().size(), 10);
}

TEST(CliHelp, EveryCommandPrintsItsUsageAndOptions)
{
    const QMap<QString, QString> synopses = commandSynopses();
    ASSERT_FALSE(synopses.isEmpty());
    for (auto it = synopses.cbegin(); it != synopses.cend(); ++it) {
        SCOPED_TRACE(it.key().toStdString());
        for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const CliResult result = runCli({it.key(), flag});
            ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();
            EXPECT_TRUE(result.errText().isEmpty()) << result.errText().toStdString();
            const QString help = result.outText();
            EXPECT_TRUE(help.startsWith(QStringLiteral("usage: leadbench-cli ") + it.value()))
                << help.toStdString();
            // The options the command parses and the ones its synopsis names are the same.
            EXPECT_EQ(sorted(listedOptions(help)), sorted(longOptions(it.value())))
                << help.toStdString();
        }
    }
}

TEST(CliHelp, HelpStandsAnywhereAndTouchesNoWorkspace)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ws.leadbench"));
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("init"), QStringLiteral("--help")},
          QStringList{QStringLiteral("--help"), QStringLiteral("demo")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("5"),
                      QStringLiteral("--help")},
          QStringList{QStringLiteral("stage"), QStringLiteral("--help")}}) {
        const CliResult result = runCli(QStringList{QStringLiteral("--db"), db} + arguments);
        EXPECT_EQ(result.exitCode, 0) << arguments.join(' ').toStdString();
        EXPECT_TRUE(result.outText().startsWith(QStringLiteral("usage: leadbench-cli ")));
    }
    EXPECT_FALSE(QFile::exists(db));
}

TEST(CliHelp, CommandHelpIsTranslated)
{
    QProcessEnvironment finnish;
    finnish.insert(QStringLiteral("LANG"), QStringLiteral("fi_FI.UTF-8"));
    finnish.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fi"));
    finnish.insert(QStringLiteral("LC_ALL"), QStringLiteral("fi_FI.UTF-8"));
    const CliResult english = runCli({QStringLiteral("leads"), QStringLiteral("--help")});
    const CliResult result = runCli({QStringLiteral("leads"), QStringLiteral("--help")}, finnish);
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(listedOptions(result.outText()).contains(QStringLiteral("--stage")));
    EXPECT_NE(result.outText(), english.outText()) << result.outText().toStdString();
}

// In Swedish the help has no English headings: ours are translated, and Qt's own (the
// "Options:" of a command's parser, its -h/--help line) come from qt_extra_sv, since Debian
// ships no current Swedish Qt catalogue.
TEST(CliHelp, SwedishHelpHasNoEnglishHeadings)
{
    QProcessEnvironment swedish;
    swedish.insert(QStringLiteral("LANG"), QStringLiteral("sv_SE.UTF-8"));
    swedish.insert(QStringLiteral("LC_ALL"), QStringLiteral("sv_SE.UTF-8"));
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--help")},
          QStringList{QStringLiteral("leads"), QStringLiteral("--help")},
          QStringList{QStringLiteral("import"), QStringLiteral("--help")}}) {
        const CliResult result = runCli(arguments, swedish);
        const QString help = result.outText();
        EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
        EXPECT_TRUE(help.startsWith(QStringLiteral("användning: leadbench-cli ")))
            << help.toStdString();
        EXPECT_TRUE(help.contains(QStringLiteral("Flaggor:"))) << help.toStdString();
        for (const char* english : {"usage:", "Usage:", "Options:", "Arguments:", "Commands:",
                                    "Displays", "Show this help"})
            EXPECT_FALSE(help.contains(QLatin1String(english))) << english << " in:\n"
                                                                << help.toStdString();
    }
}
