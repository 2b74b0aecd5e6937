#pragma once

#include <QString>

class QTextStream;

namespace lb::cli {

// Asks on the terminal (without echo, as psql does) for the password of the team workspace
// `location` names, after its server refused to go without one (or the one given), and keeps
// it for this process (store/serverpasswords.h). False, asking nothing, off a terminal (a
// script's CLI then reports the server's refusal, exit 3) or when the user gives none.
bool askServerPassword(const QString& location, QTextStream& err);

// For a command that opens workspaces itself (migrate): asks as above, up to three times, as
// long as the server of `location` refuses this process's password.
void askForServerPasswordIfNeeded(const QString& location, QTextStream& err);

} // namespace lb::cli
