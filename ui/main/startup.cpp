#include "main/startup.h"

#include "demo/demoworkspace.h"
#include "main/appsettings.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lb {

QString workspaceToOpen(const QString& fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    QString last = settings::lastWorkspace.value();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return defaultWorkspacePath();
}

QString ensureDefaultWorkspace(const QString& path, qint64 demoLeads)
{
    if (QFileInfo::exists(path))
        return {};
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString partial = path + QStringLiteral(".creating");
    QFile::remove(partial);
    try {
        {
            std::unique_ptr<Workspace> workspace =
                openWorkspace(partial, Workspace::OpenMode::CreateIfMissing);
            DemoOptions options;
            options.leads = demoLeads;
            fillWithDemoData(*workspace, options);
        }
        // Built under another name and renamed, so a crash midway never leaves a half-made
        // default workspace that would be opened next time.
        for (const char* suffix : {"-wal", "-shm"})
            QFile::remove(partial + QLatin1String(suffix));
        if (!QFile::rename(partial, path))
            //: %1 a folder or file of the default workspace
            return QCoreApplication::translate("lb::Startup", "cannot create %1").arg(path);
    } catch (const StoreError& error) {
        QFile::remove(partial);
        return error.message();
    }
    return {};
}

} // namespace lb
