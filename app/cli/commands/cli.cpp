#include "commands/cli.h"

#include "commands/clihelp.h"
#include "commands/commands.h"
#include "store/lockwait.h"
#include "store/storeerror.h"
#include "util/jobcontrol.h"
#include "util/language.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace lb::cli {

namespace {

struct GlobalOptions
{
    QString db;
    QString user;
    QString format = QStringLiteral("text");
    QString wait;
    bool help = false;
    bool version = false;
    QStringList rest;
};

// The global options may stand anywhere on the line (before or after the command), as in
// "leadbench-cli show 7 --format json".
GlobalOptions splitGlobalOptions(const QStringList& arguments)
{
    GlobalOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        bool matched = false;
        for (auto [name, target] : {std::pair{QStringLiteral("--db"), &options.db},
                                    std::pair{QStringLiteral("--user"), &options.user},
                                    std::pair{QStringLiteral("--format"), &options.format},
                                    std::pair{QStringLiteral("--wait"), &options.wait}}) {
            if (argument == name) {
                if (i + 1 >= arguments.size())
                    usageError(
                        //: %1 an option name such as --stage (kept as it is)
                        QCoreApplication::translate("lb::cli", "%1 needs a value").arg(name));
                *target = arguments.at(++i);
                matched = true;
            } else if (argument.startsWith(name + QLatin1Char('='))) {
                *target = argument.mid(name.size() + 1);
                matched = true;
            }
        }
        if (matched)
            continue;
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h"))
            options.help = true;
        else if (argument == QLatin1String("--version"))
            options.version = true;
        else
            options.rest << argument;
    }
    return options;
}

// Every error a person reads ends here, once: its message on stderr, and exit status 3 when the
// workspace itself cannot be used, 2 for anything else refused (spec in docs/cli.md).
int reportUserError(const UserError& error)
{
    QTextStream(stderr) << "leadbench-cli: " << error.message() << '\n';
    return error.isWorkspaceProblem() ? ExitWorkspace : ExitBadInput;
}

// Another program's import may hold the workspace for a minute: a write waits its turn, up to
// --wait seconds, and says on a terminal what it is waiting for.
void setLockWait(const QString& seconds)
{
    LockWaitPolicy policy;
    if (!seconds.isEmpty()) {
        bool ok = false;
        const double value = seconds.toDouble(&ok);
        if (!ok || value < 0 || value > 24 * 3600)
            usageError(QCoreApplication::translate(
                           "lb::cli", "--wait takes a number of seconds from 0 to 86400, not "
                                      "\"%1\"")
                           .arg(seconds));
        policy.limit = std::chrono::milliseconds(qint64(value * 1000));
    }
    if (isatty(STDERR_FILENO)) {
        policy.onWaiting = [first = true](std::chrono::milliseconds waited,
                                          const QString& path) mutable {
            const int seconds =
                int(std::chrono::duration_cast<std::chrono::seconds>(waited).count());
            QTextStream err(stderr);
            err << "leadbench-cli: ";
            if (first)
                //: CLI, on a terminal: another program (an import, say) is writing to the
                //: workspace; this command waits its turn.
                err << QCoreApplication::translate(
                           "lb::cli", "waiting for another program to finish writing to %1…")
                           .arg(path);
            else
                err << QCoreApplication::translate("lb::cli", "still waiting (%n second(s))…", "",
                                                   seconds);
            err << '\n';
            first = false;
        };
    }
    setLockWaitPolicy(std::move(policy));
}

} // namespace

int run(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leadbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("leadbench"));
    installTranslations(app);

    QStringList arguments = app.arguments();
    arguments.removeFirst();
    try {
        GlobalOptions options = splitGlobalOptions(arguments);
        setLockWait(options.wait);
        if (options.version) {
            QTextStream(stdout) << "leadbench-cli " << LEADBENCH_VERSION << '\n';
            return ExitOk;
        }
        if (options.rest.isEmpty()) {
            QTextStream(options.help ? stdout : stderr) << globalUsage();
            return options.help ? ExitOk : ExitUsage;
        }
        OutputFormat format = OutputFormat::Text;
        if (options.format == QLatin1String("json"))
            format = OutputFormat::Json;
        else if (options.format == QLatin1String("csv"))
            format = OutputFormat::Csv;
        else if (options.format != QLatin1String("text"))
            usageError(
                QCoreApplication::translate("lb::cli", "unknown format \"%1\" (text, json or csv)")
                    .arg(options.format));
        const QString command = options.rest.takeFirst();
        for (const CommandEntry& entry : commandTable()) {
            if (command == QLatin1String(entry.name)) {
                CliContext context(options.db.isEmpty() ? defaultWorkspacePath() : options.db,
                                   options.user.isEmpty() ? osUserName() : options.user, format);
                if (options.help) // the command prints its help where it parses its options
                    context.requestHelp(QString::fromLatin1(entry.synopsis));
                return entry.run(context, options.rest);
            }
        }
        usageError(QCoreApplication::translate("lb::cli", "unknown command \"%1\"").arg(command));
    } catch (const CliHelp& help) {
        QTextStream(stdout) << help.text;
        return ExitOk;
    } catch (const CliError& error) {
        QTextStream err(stderr);
        err << "leadbench-cli: " << error.message << '\n';
        if (error.code == ExitUsage && !error.message.contains(QLatin1String("usage:")))
            err << globalUsage();
        return error.code;
    } catch (const UserError& error) {
        return reportUserError(error);
    } catch (const JobCancelled&) {
        QTextStream(stderr) << "leadbench-cli: "
                            << QCoreApplication::translate("lb::cli",
                                                           "cancelled; nothing was changed")
                            << '\n';
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace lb::cli
