#include "commands/passwordprompt.h"

#include "store/serverpasswords.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "store/workspacelocation.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace lb::cli {

namespace {

// The terminal's echo off for as long as it lives: from before the prompt shows, so nothing
// typed after it is echoed.
class EchoOff
{
public:
    EchoOff() : m_terminal(tcgetattr(STDIN_FILENO, &m_saved) == 0)
    {
        if (!m_terminal)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSADRAIN, &quiet);
    }
    ~EchoOff()
    {
        if (m_terminal)
            tcsetattr(STDIN_FILENO, TCSADRAIN, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved{};
    bool m_terminal;
};

// One line of input; nothing when input ends before it.
std::optional<QString> readLine()
{
    QByteArray line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.append(char(c));
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    return QString::fromLocal8Bit(line);
}

// Whether the server accepts what this process has for `location` (or wants no password).
bool serverAskingForPassword(const QString& location)
{
    try {
        openWorkspace(location, Workspace::OpenMode::Existing);
    } catch (const StoreError& error) {
        return error.kind() == StoreError::Kind::PasswordNeeded;
    }
    return false;
}

} // namespace

bool askServerPassword(const QString& location, QTextStream& err)
{
    if (backendOf(location) != WorkspaceBackend::PostgreSql || !isatty(STDIN_FILENO))
        return false;
    const ServerAddressOrError parsed = parseServerUrl(location);
    if (!parsed.address)
        return false;
    // libpq's login when the address names none: the system user's.
    const QString login =
        parsed.address->user.isEmpty() ? qEnvironmentVariable("USER") : parsed.address->user;
    std::optional<QString> password;
    {
        const EchoOff echoOff;
        //: CLI prompt on a terminal; %1 a login name, %2 the server's host name
        err << QCoreApplication::translate("lb::cli", "Password for %1 on %2: ")
                   .arg(login, parsed.address->host);
        err.flush();
        password = readLine();
    }
    err << '\n';
    err.flush();
    if (!password || password->isEmpty())
        return false;
    rememberServerPassword(*parsed.address, *password);
    return true;
}

void askForServerPasswordIfNeeded(const QString& location, QTextStream& err)
{
    if (backendOf(location) != WorkspaceBackend::PostgreSql || !isatty(STDIN_FILENO))
        return;
    for (int attempt = 0; attempt < 3 && serverAskingForPassword(location); ++attempt) {
        if (!askServerPassword(location, err))
            return;
    }
}

} // namespace lb::cli
