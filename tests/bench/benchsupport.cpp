#include "benchsupport.h"

#include "store/sqlite/sqliteschema.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdio>

namespace lb::bench {

namespace {
double statusFieldMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpression pattern(QStringLiteral("%1:\\s+(\\d+) kB").arg(QLatin1String(field)));
    const auto match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}
} // namespace

double residentMb()
{
    return statusFieldMb("VmRSS");
}

double peakResidentMb()
{
    return statusFieldMb("VmHWM");
}

void report(const QString& name, double value, const QString& unit, double target)
{
    QString line = QStringLiteral("%1: %2 %3").arg(name).arg(value, 0, 'f', 1).arg(unit);
    if (target >= 0)
        line += QStringLiteral("  (target <= %1 %2: %3)")
                    .arg(target)
                    .arg(unit, value <= target ? QStringLiteral("met") : QStringLiteral("MISSED"));
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

double timeShell(const QString& command)
{
    QElapsedTimer timer;
    timer.start();
    QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    return double(timer.elapsed());
}

QString benchDir()
{
    QString dir = qEnvironmentVariable("LEADBENCH_BENCH_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/leadbench-bench");
    QDir().mkpath(dir);
    return dir;
}

bool isCurrentWorkspace(const QString& path)
{
    if (!QFile::exists(path))
        return false;
    const QString connection = QStringLiteral("bench-schema-check");
    int version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version == schema::currentVersion();
}

} // namespace lb::bench
