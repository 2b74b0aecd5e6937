#include "commands/clicontext.h"

#include "commands/clihelp.h"
#include "commands/passwordprompt.h"
#include "store/storeerror.h"
#include "store/workspacelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace lb::cli {

CliContext::CliContext(QString dbPath, QString user, OutputFormat format)
    : m_dbPath(std::move(dbPath)), m_user(std::move(user)), m_format(format), m_out(stdout),
      m_err(stderr)
{
}

Workspace& CliContext::workspace(bool create)
{
    if (!m_helpSynopsis.isEmpty()) // never reached: every command parses first
        throw CliHelp{usagePrefix() + m_helpSynopsis + QLatin1Char('\n')};
    if (!m_workspace) {
        if (create && backendOf(m_dbPath) == WorkspaceBackend::SqliteFile)
            QDir().mkpath(QFileInfo(m_dbPath).absolutePath());
        if (isatty(STDERR_FILENO) && workspaceNeedsUpgrade(m_dbPath)) {
            // Seconds to minutes at a million leads: say why nothing seems to happen.
            //: CLI, on a terminal, before a workspace of an older version is upgraded.
            m_err << QCoreApplication::translate(
                         "lb::cli", "Upgrading %1 for this version of Leadbench (once)…")
                         .arg(m_dbPath)
                  << '\n';
            m_err.flush();
        }
        const Workspace::OpenMode mode =
            create ? Workspace::OpenMode::CreateIfMissing : Workspace::OpenMode::Existing;
        for (int attempt = 1;; ++attempt) {
            try {
                m_workspace = openWorkspace(m_dbPath, mode);
                break;
            } catch (const StoreError& error) {
                // On a terminal a server's password is asked, as psql does; three tries.
                if (error.kind() != StoreError::Kind::PasswordNeeded || attempt == 3 ||
                    !askServerPassword(m_dbPath, m_err))
                    throw;
            }
        }
    }
    return *m_workspace;
}

JobControl::ProgressFn CliContext::progressPrinter()
{
    if (!isatty(STDERR_FILENO))
        return {};
    return [this, lastPercent = -1](qint64 done, qint64 total, const QString& phase) mutable {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (percent == lastPercent && done != total)
            return;
        lastPercent = percent;
        m_err << '\r' << phase << ' ' << percent << "% (" << done << '/' << total << ")\x1b[K";
        if (done >= total)
            m_err << '\n';
        m_err.flush();
    };
}

void CliContext::parse(QCommandLineParser& parser, const QStringList& arguments,
                       const QString& usage, int minPositional, int maxPositional)
{
    if (!m_helpSynopsis.isEmpty())
        throw CliHelp{commandHelp(m_helpSynopsis, parser)};
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(QStringList{QStringLiteral("leadbench-cli")} + arguments))
        usageError(parser.errorText() + QLatin1Char('\n') + usagePrefix() + usage);
    const int count = int(parser.positionalArguments().size());
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional))
        usageError(QCoreApplication::translate("lb::cli", "wrong number of arguments") +
                   QLatin1Char('\n') + usagePrefix() + usage);
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void usageError(const QString& message)
{
    throw CliError{ExitUsage, message};
}

void badInput(const QString& message)
{
    throw CliError{ExitBadInput, message};
}

} // namespace lb::cli
