#include "util/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace lb {

QString defaultWorkspacePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("leadbench/default.leadbench"));
}

QString osUserName()
{
    for (const char* variable : {"LEADBENCH_USER", "USER", "USERNAME", "LOGNAME"}) {
        QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("user");
}

} // namespace lb
