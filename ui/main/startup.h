#pragma once

#include <QString>

namespace lb {

// Which workspace the GUI opens: the one named on the command line, else the last one used,
// else the default workspace, which is created and filled with demo data on first start so
// that a new user meets a living pipeline instead of an empty table.
QString workspaceToOpen(const QString& fromCommandLine);

// Creates the default workspace with demo data when it does not exist yet. Returns an error
// message, empty on success.
QString ensureDefaultWorkspace(const QString& path, qint64 demoLeads = 3000);

} // namespace lb
