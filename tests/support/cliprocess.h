#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

namespace lb::test {

// The result of running leadbench-cli as a real subprocess.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

CliResult runCli(const QStringList& arguments, const QProcessEnvironment& extra = {},
                 int timeoutMs = 120000);
QString cliPath();

} // namespace lb::test
