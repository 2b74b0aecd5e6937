#pragma once

#include "store/workspace.h"

#include <memory>

class QWidget;

namespace lb {

// Opens a workspace as lb::openWorkspace() does, and when a team workspace's server asks for a
// password that PGPASSWORD and ~/.pgpass did not give (or the one typed was wrong), asks the
// user for it and tries again. The password is kept in memory for this run only
// (store/serverpasswords.h), never in settings. Throws what openWorkspace() throws; when the
// user cancels the prompt, the server's refusal.
std::unique_ptr<Workspace> openAskingForPassword(QWidget* parent, const QString& location,
                                                 Workspace::OpenMode mode);

} // namespace lb
