#include "commands/cli.h"

#include "commands/commands.h"
#include "store/storeerror.h"
#include "util/jobcontrol.h"
#include "util/language.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace lb::cli {

namespace {

QString usageText()
{
    QString text = QStringLiteral("usage: leadbench-cli [--db PATH] [--user NAME] COMMAND [ARGS] "
                                  "[--format text|json|csv]\n\n");
    text += QCoreApplication::translate("lb::cli", "Commands:") + QLatin1Char('\n');
    for (const CommandEntry& entry : commandTable())
        text += QStringLiteral("  ") + QString::fromLatin1(entry.synopsis) + QLatin1Char('\n');
    return text;
}

struct GlobalOptions
{
    QString db;
    QString user;
    QString format = QStringLiteral("text");
    bool help = false;
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
                                    std::pair{QStringLiteral("--format"), &options.format}}) {
            if (argument == name) {
                if (i + 1 >= arguments.size())
                    usageError(
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
        else
            options.rest << argument;
    }
    return options;
}

int reportStoreError(const StoreError& error)
{
    QTextStream(stderr) << "leadbench-cli: " << error.message() << '\n';
    return error.isWorkspaceProblem() ? ExitWorkspace : ExitBadInput;
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
        if (options.help || options.rest.isEmpty()) {
            QTextStream(options.help ? stdout : stderr) << usageText();
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
                return entry.run(context, options.rest);
            }
        }
        usageError(QCoreApplication::translate("lb::cli", "unknown command \"%1\"").arg(command));
    } catch (const CliError& error) {
        QTextStream err(stderr);
        err << "leadbench-cli: " << error.message << '\n';
        if (error.code == ExitUsage && !error.message.contains(QLatin1String("usage:")))
            err << usageText();
        return error.code;
    } catch (const StoreError& error) {
        return reportStoreError(error);
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
