// A team workspace under load (issue 24): 8 leadbench-cli writers for 60 s against one
// PostgreSQL database, every writer raising the same counter on the same lead with
// `edit --if-version` and trying again when a teammate was first. No update may be lost (the
// counter ends at the number of edits that succeeded) and no error may reach a user (a refusal
// other than "changed by someone else").
//   bench_team [--writers N] [--seconds S]   (defaults 8 and 60)
// The server: $LEADBENCH_BENCH_PG (a URL whose database this benchmark may replace), else a
// throwaway cluster of scripts/pg-cluster.sh under /tmp/leadbench-bench-pg.
#include "benchsupport.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <atomic>
#include <iostream>
#include <thread>
#include <vector>

using namespace lb;

namespace {

QString serverUrl()
{
    const QString given = qEnvironmentVariable("LEADBENCH_BENCH_PG");
    if (!given.isEmpty())
        return given;
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(LEADBENCH_PG_CLUSTER_SCRIPT), QStringLiteral("start"),
                  QStringLiteral("/tmp/leadbench-bench-pg")});
    script.waitForFinished(180'000);
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

struct Cli
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Cli runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(LEADBENCH_CLI_PATH), arguments);
    process.waitForFinished(120'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    auto option = [&](const QString& name, qint64 fallback) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toLongLong() : fallback;
    };
    const int writers = int(option(QStringLiteral("--writers"), 8));
    const qint64 seconds = option(QStringLiteral("--seconds"), 60);
    const QString server = serverUrl();
    if (server.isEmpty()) {
        std::cerr << "bench_team: no PostgreSQL server (set LEADBENCH_BENCH_PG)\n";
        return 1;
    }
    const QString url =
        server.left(server.lastIndexOf(QLatin1Char('/')) + 1) + QStringLiteral("bench_team");
    {
        // A fresh database each run.
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), "admin");
        const QUrl parsed(server);
        admin.setHostName(parsed.host());
        admin.setPort(parsed.port());
        admin.setUserName(parsed.userName());
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (admin.open())
            QSqlQuery(admin).exec(
                QStringLiteral("DROP DATABASE IF EXISTS bench_team WITH (FORCE)"));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    qint64 leadId = 0;
    {
        auto workspace = openWorkspace(url, Workspace::OpenMode::CreateIfMissing);
        Lead lead;
        lead.email = QStringLiteral("shared@example.fi");
        lead.lastName = QStringLiteral("Shared");
        lead.company = QStringLiteral("Team Oy");
        lead.custom.insert(QStringLiteral("counter"), QStringLiteral("0"));
        workspace->leads().insert(lead, QStringLiteral("bench"));
        leadId = lead.id;
    }
    const QString lead = QString::number(leadId);

    std::atomic<qint64> succeeded = 0;
    std::atomic<qint64> conflicts = 0;
    std::atomic<qint64> errors = 0;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            const QString user = QStringLiteral("sdr%1").arg(w);
            while (timer.elapsed() < seconds * 1000) {
                const Cli shown = runCli({QStringLiteral("--db"), url, QStringLiteral("--user"),
                                          user, QStringLiteral("show"), lead,
                                          QStringLiteral("--format"), QStringLiteral("json")});
                const QJsonObject json = QJsonDocument::fromJson(shown.out).object();
                if (shown.exitCode != 0 || json.isEmpty()) {
                    ++errors;
                    std::cerr << "show: " << shown.err.constData() << '\n';
                    continue;
                }
                const qint64 version = json.value(QStringLiteral("version")).toInteger();
                const qint64 counter = json.value(QStringLiteral("custom"))
                                           .toObject()
                                           .value(QStringLiteral("counter"))
                                           .toString()
                                           .toLongLong();
                const Cli edited =
                    runCli({QStringLiteral("--db"), url, QStringLiteral("--user"), user,
                            QStringLiteral("edit"), lead, QStringLiteral("--set"),
                            QStringLiteral("custom.counter=%1").arg(counter + 1),
                            QStringLiteral("--if-version"), QString::number(version)});
                if (edited.exitCode == 0)
                    ++succeeded;
                else if (edited.exitCode == 2 && edited.err.contains("changed by"))
                    ++conflicts; // a teammate was first: read again and try again
                else {
                    ++errors;
                    std::cerr << "edit (" << edited.exitCode << "): " << edited.err.constData()
                              << '\n';
                }
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    const double elapsed = timer.elapsed() / 1000.0;

    qint64 finalCounter = -1;
    {
        auto workspace = openWorkspace(url);
        finalCounter =
            workspace->leads().find(leadId)->custom.value(QStringLiteral("counter")).toLongLong();
    }
    const qint64 lost = succeeded - finalCounter;
    bench::report(QStringLiteral("team: %1 CLI writers for %2 s, edits saved")
                      .arg(writers)
                      .arg(elapsed, 0, 'f', 0),
                  double(succeeded), QStringLiteral("edits"));
    bench::report(QStringLiteral("team: edits per second (each a show and an edit process)"),
                  succeeded / elapsed, QStringLiteral("edits/s"));
    bench::report(QStringLiteral("team: refused as changed by a teammate, tried again"),
                  double(conflicts), QStringLiteral("times"));
    bench::report(QStringLiteral("team: lost updates (saved edits minus the counter)"),
                  double(lost), QStringLiteral("updates"), 0);
    bench::report(QStringLiteral("team: errors that reached a user"), double(errors),
                  QStringLiteral("errors"), 0);
    return lost == 0 && errors == 0 ? 0 : 1;
}
