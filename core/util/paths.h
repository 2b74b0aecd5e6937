#pragma once

#include <QString>

namespace lb {

// The default workspace, shared by the GUI and the CLI: <user data folder>/leadbench/
// default.leadbench (XDG_DATA_HOME on Linux, so tests can point it at a temporary folder).
QString defaultWorkspacePath();

// The name of the person at the keyboard, for history when nobody said otherwise.
QString osUserName();

} // namespace lb
