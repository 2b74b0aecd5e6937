#pragma once

#include "store/workspacelocation.h"

#include <QString>

namespace lb {

// The passwords a user typed for team workspace servers while the program runs, kept in this
// process's memory only: never in settings, a file or a URL. Every connection the program
// opens to that server with that login (the window's, the dashboard's, an import's) uses it;
// without one, libpq looks in PGPASSWORD and ~/.pgpass as it always does.
void rememberServerPassword(const ServerAddress& address, const QString& password);
QString serverPassword(const ServerAddress& address);
void forgetServerPassword(const ServerAddress& address);

} // namespace lb
