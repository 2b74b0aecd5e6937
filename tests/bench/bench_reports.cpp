// Issue 19's figures: every report query on a demo workspace of N leads (default 1,000,000)
// within 500 ms, all of them (the whole dashboard) within 1.5 s, beside the sqlite3 CLI's time
// for one GROUP BY over the stage history (the floor).
//   bench_reports [--leads N]   (the workspace is kept in the bench folder and reused)
#include "benchsupport.h"
#include "demo/demogenerator.h"
#include "reports/allreports.h"
#include "reports/reportservice.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <functional>

using namespace lb;
using namespace lb::reports;

namespace {

// The demo's "today": fixed, so a kept workspace and its periods stay the same between runs.
const QDateTime demoNow(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);

void generate(const QString& path, qint64 leads)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QElapsedTimer timer;
    timer.start();
    auto workspace = openWorkspace(path, Workspace::OpenMode::CreateIfMissing);
    DemoOptions options;
    options.leads = leads;
    options.now = demoNow;
    const DemoSummary summary = DemoGenerator(options).generate(*workspace);
    workspace->waitForBackgroundWrites();
    std::printf("  generated %lld leads, %lld stage changes, %lld opportunities: %.1f s\n",
                static_cast<long long>(summary.leads), static_cast<long long>(summary.stageChanges),
                static_cast<long long>(summary.opportunities), timer.elapsed() / 1000.0);
}

struct Report
{
    const char* name;
    std::function<void(const ReportService&, const ReportFilter&)> run;
};

const QList<Report>& allReports()
{
    static const QList<Report> reports = {
        {"funnel", [](const ReportService& s, const ReportFilter& f) { s.funnel(f); }},
        {"inflow (12 weeks)", [](const ReportService& s, const ReportFilter& f) { s.inflow(f); }},
        {"sources", [](const ReportService& s, const ReportFilter& f) { s.sources(f); }},
        {"score distribution",
         [](const ReportService& s, const ReportFilter& f) { s.scoreDistribution(f); }},
        {"velocity and aging",
         [](const ReportService& s, const ReportFilter& f) { s.velocity(f, demoNow); }},
        {"owners", [](const ReportService& s, const ReportFilter& f) { s.owners(f); }},
        {"reasons", [](const ReportService& s, const ReportFilter& f) { s.reasons(f); }},
        {"calibration", [](const ReportService& s, const ReportFilter& f) { s.calibration(f); }},
    };
    return reports;
}

double timedMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

void runPeriod(Workspace& workspace, const QString& title, const ReportFilter& filter,
               double floorMs)
{
    const ReportService service(workspace);
    std::printf("\n%s (%s to %s%s%s)\n", qPrintable(title),
                qPrintable(filter.from.toString(Qt::ISODate)),
                qPrintable(filter.to.toString(Qt::ISODate)),
                filter.owner.isEmpty() ? "" : ", owner ", qPrintable(filter.owner));
    for (const Report& report : allReports()) {
        const double first = timedMs([&] { report.run(service, filter); });
        double best = first;
        for (int i = 0; i < 1; ++i)
            best = std::min(best, timedMs([&] { report.run(service, filter); }));
        bench::report(QStringLiteral("  %1, first run").arg(QLatin1String(report.name)), first,
                      QStringLiteral("ms"), 500);
        std::printf("    best of 2: %.1f ms = %.1f x the sqlite3 floor\n", best, best / floorMs);
    }
    // As the dashboard loads: a connection of its own (nothing read before is at hand), then
    // every report.
    const double all = timedMs([&] {
        auto own = openWorkspace(workspace.location());
        reports::makeAllReports(*own, filter, QDateTime::currentDateTimeUtc());
    });
    bench::report(QStringLiteral("  whole dashboard (all reports, as the dashboard loads them)"),
                  all, QStringLiteral("ms"), 1500);
    std::printf("    = %.1f x the sqlite3 floor\n", all / floorMs);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 leads = 1000000;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--leads"))
            leads = arguments.at(i + 1).toLongLong();
    }
    const QString path =
        QDir(bench::benchDir()).filePath(QStringLiteral("reports-%1.leadbench").arg(leads));
    if (bench::isCurrentWorkspace(path))
        std::printf("reusing %s\n", qPrintable(path));
    else
        generate(path, leads);

    auto workspace = openWorkspace(path);
    // Counted by the sqlite3 CLI: no SQL in the benchmark's own code.
    QProcess sqlite3;
    sqlite3.start(QStringLiteral("sqlite3"),
                  {path, QStringLiteral("SELECT count(*) FROM stage_history")});
    sqlite3.waitForFinished(-1);
    const qint64 history = sqlite3.readAllStandardOutput().trimmed().toLongLong();
    std::printf("%lld leads, %lld stage-history rows\n", static_cast<long long>(leads),
                static_cast<long long>(history));

    // The floor: the sqlite3 CLI, one GROUP BY over the whole stage history (best of 3).
    double floorMs = 1e9;
    for (int i = 0; i < 3; ++i)
        floorMs = std::min(
            floorMs, bench::timeShell(QStringLiteral("sqlite3 '%1' 'SELECT to_stage, count(*) FROM "
                                                     "stage_history GROUP BY to_stage' > /dev/null")
                                          .arg(path)));
    bench::report(QStringLiteral("floor: sqlite3 CLI, SELECT to_stage, count(*) FROM "
                                 "stage_history GROUP BY to_stage"),
                  floorMs, QStringLiteral("ms"));

    const QDate today = demoNow.date();
    runPeriod(*workspace, QStringLiteral("default period, the last 90 days"),
              ReportFilter{today.addDays(-89), today, {}, {}}, floorMs);
    runPeriod(*workspace, QStringLiteral("the whole year"),
              ReportFilter{QDate(today.year(), 1, 1), today, {}, {}}, floorMs);
    runPeriod(*workspace, QStringLiteral("the whole year, one SDR and one source"),
              ReportFilter{QDate(today.year(), 1, 1), today, QStringLiteral("Aino Laine"),
                           QStringLiteral("Webinar")},
              floorMs);
    std::printf("peak resident memory: %.1f MB\n", bench::peakResidentMb());
    return 0;
}
