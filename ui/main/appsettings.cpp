#include "main/appsettings.h"

#include "store/workspacelocation.h"

#include <QFileInfo>

namespace lb::settings {

void rememberWorkspace(const QString& path)
{
    // A team workspace's address is kept as it is (without a password); a file by its full path.
    const QString absolute = backendOf(path) == WorkspaceBackend::PostgreSql
                                 ? displayedLocation(path)
                                 : QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces.value();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentWorkspaces)
        recent.removeLast();
    recentWorkspaces.set(recent);
    lastWorkspace.set(absolute);
}

} // namespace lb::settings
