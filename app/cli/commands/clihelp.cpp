#include "commands/clihelp.h"

#include "commands/commands.h"
#include "util/paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace lb::cli {

namespace {

// "  --db PATH|URL   The workspace file." with the descriptions in one column.
QString optionList(const QList<std::pair<QString, QString>>& options)
{
    qsizetype width = 0;
    for (const auto& [names, description] : options)
        width = std::max(width, names.size());
    QString text;
    for (const auto& [names, description] : options)
        text +=
            QStringLiteral("  ") + names.leftJustified(width + 2) + description + QLatin1Char('\n');
    return text;
}

} // namespace

QString usagePrefix()
{
    //: CLI: the start of the line that shows how a command is typed ("usage: leadbench-cli
    //: leads [--stage S]"); lower case like the rest of the line
    return QCoreApplication::translate("lb::cli", "usage:") + QStringLiteral(" leadbench-cli ");
}

QString globalUsage()
{
    QString text = usagePrefix() + QStringLiteral("[--db PATH|URL] [--user NAME] [--wait SECONDS] "
                                                  "COMMAND [ARGS] [--format text|json|csv]\n\n");
    //: CLI --help: heading of the list of the global options.
    text += QCoreApplication::translate("lb::cli", "Options:") + QLatin1Char('\n');
    text += optionList({
        {QStringLiteral("--db PATH|URL"),
         //: CLI --help, --db. %1 the default workspace path. postgresql://… is typed as is.
         QCoreApplication::translate("lb::cli", "The workspace file, or a team workspace's "
                                                "postgresql://user@host/database address "
                                                "(default: %1).")
             .arg(defaultWorkspacePath())},
        {QStringLiteral("--user NAME"),
         //: CLI --help, --user: the name recorded in the lead's history.
         QCoreApplication::translate("lb::cli", "Who is acting, for the history (default: the "
                                                "login name).")},
        {QStringLiteral("--wait SECONDS"),
         //: CLI --help, --wait: a write waits while another program writes to the workspace.
         QCoreApplication::translate("lb::cli", "How long a change waits for another program "
                                                "writing to the workspace (default: 600).")},
        {QStringLiteral("--format text|json|csv"),
         QCoreApplication::translate("lb::cli", "How records are printed (default: text).")},
        {QStringLiteral("-h, --help"),
         QCoreApplication::translate("lb::cli", "Show this help, or a command's.")},
        {QStringLiteral("--version"),
         QCoreApplication::translate("lb::cli", "Show the version of leadbench-cli.")},
    });
    text += QLatin1Char('\n');
    text += QCoreApplication::translate("lb::cli", "Commands:") + QLatin1Char('\n');
    for (const CommandEntry& entry : commandTable())
        text += QStringLiteral("  ") + QString::fromLatin1(entry.synopsis) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    //: CLI --help, last line. Keep "leadbench-cli COMMAND --help" as it is: it is typed.
    text += QCoreApplication::translate("lb::cli",
                                        "Run \"leadbench-cli COMMAND --help\" for a command's "
                                        "options.") +
            QLatin1Char('\n');
    return text;
}

QString commandHelp(const QString& synopsis, const QCommandLineParser& parser)
{
    QString text = usagePrefix() + synopsis + QLatin1Char('\n');
    // Qt's own help text after its first line, the "Usage:" line naming the program, which the
    // synopsis above replaces; its heading ours, as in the global help (Qt's Swedish catalogue
    // lacks it).
    const QString qtHelp = parser.helpText();
    const qsizetype firstLineEnd = qtHelp.indexOf(QLatin1Char('\n'));
    QString options = firstLineEnd >= 0 ? qtHelp.mid(firstLineEnd + 1) : QString();
    // Qt's string, looked up in Qt's catalogue; through variables so that lupdate leaves it out
    // of ours.
    static const char* const qtContext = "QCommandLineParser";
    static const char* const qtOptions = "Options:";
    const QString qtHeading = QCoreApplication::translate(qtContext, qtOptions);
    if (const qsizetype at = options.indexOf(qtHeading); at >= 0)
        options.replace(at, qtHeading.size(), QCoreApplication::translate("lb::cli", "Options:"));
    text += options;
    if (!text.endsWith(QStringLiteral("\n\n")))
        text += QLatin1Char('\n');
    //: CLI COMMAND --help, last line. Keep "leadbench-cli --help" as it is: it is typed.
    text += QCoreApplication::translate("lb::cli", "Global options (--db, --user, --wait, "
                                                   "--format): leadbench-cli --help") +
            QLatin1Char('\n');
    return text;
}

} // namespace lb::cli
