#include "main/appsettings.h"

#include <QFileInfo>

namespace lb::settings {

void rememberWorkspace(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces.value();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentWorkspaces)
        recent.removeLast();
    recentWorkspaces.set(recent);
    lastWorkspace.set(absolute);
}

} // namespace lb::settings
