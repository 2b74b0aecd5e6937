#include "support/tempworkspace.h"

#include <QFile>
#include <gtest/gtest.h>

namespace lb::test {

TempWorkspace::TempWorkspace() : m_path(m_dir.filePath(QStringLiteral("test.leadbench"))) {}

Workspace& TempWorkspace::workspace()
{
    if (!m_workspace)
        m_workspace = openWorkspace(m_path, Workspace::OpenMode::CreateIfMissing);
    return *m_workspace;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace lb::test
