// CSV import and export at scale (issue 3): end-to-end import of a generated, realistic CSV file
// against the sqlite3 CLI's .import of the same file into a bare table (measured in the same
// run), peak memory during the import, and the export of every imported lead.
// Usage: bench_import [ROWS] [PAIRS] [--server URL]   (default 1,000,000 rows, about 200 MB,
// and 3 pairs of the reference and the import, taking turns; the figures are their medians).
// --server imports into a team workspace instead: a fresh database `leadbench_bench_import` on
// that server, against `psql \copy` of the file into a bare table of text columns there.
#include "benchsupport.h"

#include "io/leadexporter.h"
#include "io/leadimporter.h"
#include "store/workspace.h"
#include "store/workspacelocation.h"
#include "util/jobcontrol.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

using namespace lb;

namespace {

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

const char* firstNames[] = {"Anna",   "Mikko", "Sanna", "Jukka",  "Erik",  "Karin",
                            "Lars",   "Åsa",   "Päivi", "Jörgen", "Mette", "Ole",
                            "Ingrid", "Timo",  "Heidi", "Björn"};
const char* lastNames[] = {"Virtanen",  "Korhonen", "Mäkinen", "Nieminen", "Lindqvist", "Andersson",
                           "Johansson", "Öberg",    "Hansen",  "Nielsen",  "Berg",      "Järvinen",
                           "Heikkinen", "Ström",    "Lund",    "Koskinen"};
const char* companyWords[] = {"Nordic", "Baltic", "Arctic",  "Fjord",  "Lake",  "Forest",
                              "Polar",  "Aurora", "Granite", "Harbor", "Birch", "Northern"};
const char* companyKinds[] = {"Software", "Logistics", "Machinery", "Foods",
                              "Data",     "Energy",    "Health",    "Retail"};
const char* suffixes[] = {"Oy", "Oyj", "AB", "AS", "ApS", "Ltd"};
const char* titles[] = {"CEO",
                        "CTO",
                        "Head of Operations",
                        "Purchasing Manager",
                        "IT Director",
                        "Marketing Specialist",
                        "\"Sales Director, Nordics\"",
                        "Procurement Lead",
                        "CFO",
                        "Developer"};
const char* industries[] = {"Software",   "Manufacturing", "Logistics", "Retail",
                            "Healthcare", "Energy",        "Finance",   "Food"};
const char* countries[] = {"Finland", "Suomi", "Sweden", "Sverige", "Norway",
                           "Denmark", "FI",    "SE",     "Germany", "Estonia"};
const char* cities[] = {"Helsinki", "Tampere", "Oulu",   "Stockholm", "Göteborg",
                        "Malmö",    "Oslo",    "Bergen", "København", "Tallinn"};
const char* sources[] = {"Webinar",    "Organic",  "Paid Social",
                         "Trade show", "Referral", "Newsletter"};
const char* stages[] = {"subscriber",
                        "lead",
                        "marketingqualifiedlead",
                        "salesqualifiedlead",
                        "Open - Not Contacted",
                        "Working - Contacted"};

template <size_t N> const char* pick(const char* (&list)[N], std::mt19937_64& random)
{
    return list[random() % N];
}

// A HubSpot-like export: mixed number, date and country formats, quoted cells, UTF-8.
qint64 generate(const QString& path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    std::mt19937_64 random(42);
    QByteArray out;
    out.reserve(2 << 20);
    out += "Email,First Name,Last Name,Company Name,Job Title,Phone Number,Website URL,"
           "Industry,Number of Employees,Annual Revenue,Country/Region,City,Lead Source,"
           "Lifecycle Stage,Close Date\n";
    for (qint64 i = 0; i < rows; ++i) {
        const char* first = pick(firstNames, random);
        const char* last = pick(lastNames, random);
        const QByteArray company = QByteArray(pick(companyWords, random)) + ' ' +
                                   pick(companyKinds, random) + ' ' +
                                   QByteArray::number(i % 20011) + ' ' + pick(suffixes, random);
        out += QByteArray(first).toLower() + '.' + QByteArray::number(i) + "@" +
               QByteArray::number(i % 20011) + ".example.com,";
        out += first;
        out += ',';
        out += last;
        out += ',';
        out += (i % 7 == 0) ? '"' + company + ", Group\"" : company;
        out += ',';
        out += pick(titles, random);
        out += ",+358 40 " + QByteArray::number(1000000 + random() % 8999999) + ",https://www." +
               QByteArray::number(i % 20011) + ".example.com,";
        out += pick(industries, random);
        out += ',';
        out += QByteArray::number(random() % 5000 + 1);
        out += ',';
        const qint64 revenue = qint64(random() % 50000000);
        switch (i % 3) {
        case 0:
            out += QByteArray::number(revenue);
            break;
        case 1:
            out += "\"" + QByteArray::number(revenue / 1000) + " 000,50 €\"";
            break;
        default:
            out += "\"$" + QByteArray::number(revenue / 1000) + ",000.50\"";
            break;
        }
        out += ',';
        out += pick(countries, random);
        out += ',';
        out += pick(cities, random);
        out += ',';
        out += pick(sources, random);
        out += ',';
        out += pick(stages, random);
        out += ',';
        const int day = int(random() % 28) + 1;
        const int month = int(random() % 12) + 1;
        out += (i % 2) ? QByteArray::number(day) + '.' + QByteArray::number(month) + ".2027"
                       : "2027-" + QByteArray::number(month).rightJustified(2, '0') + '-' +
                             QByteArray::number(day).rightJustified(2, '0');
        out += '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return file.size();
}

// Peak RSS from here on (Linux: writing 5 to clear_refs resets VmHWM).
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

// The psql command line that connects to `url` (its own program: no password in the URL).
QString psqlFor(const QString& url)
{
    return QStringLiteral("psql -X -q -v ON_ERROR_STOP=1 '%1'").arg(url);
}

// `url` naming another database of the same server.
QString onDatabase(const QString& url, const QString& database)
{
    QUrl other(url);
    other.setPath(QLatin1Char('/') + database);
    return other.toString();
}

void removeWorkspace(const QString& location)
{
    if (backendOf(location) == WorkspaceBackend::PostgreSql) {
        const QString database = QUrl(location).path().mid(1);
        bench::timeShell(
            QStringLiteral("%1 -c 'DROP DATABASE IF EXISTS %2 WITH (FORCE)' >/dev/null")
                .arg(psqlFor(onDatabase(location, QStringLiteral("postgres"))), database));
        return;
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(location + suffix);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// psql's \copy of the file into a bare table of text columns, one per column of the file's
// header, in the server's database `reference`.
double timeServerReference(const QString& csv, const QString& server)
{
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const qsizetype columns = file.readLine().count(',') + 1;
    QStringList definitions;
    for (qsizetype i = 1; i <= columns; ++i)
        definitions << QStringLiteral("c%1 text").arg(i);
    const QString psql = psqlFor(server);
    if (bench::timeShell(QStringLiteral("%1 -c 'DROP TABLE IF EXISTS bench_reference' -c "
                                        "'CREATE TABLE bench_reference(%2)'")
                             .arg(psql, definitions.join(QStringLiteral(", ")))) < 0)
        return -1;
    return bench::timeShell(
        QStringLiteral("%1 -c \"\\\\copy bench_reference FROM '%2' CSV HEADER\"").arg(psql, csv));
}

// The sqlite3 CLI's .import of the file into a bare table of a new database; -1 without it.
double timeReference(const QString& csv, const QString& reference)
{
    if (backendOf(reference) == WorkspaceBackend::PostgreSql)
        return timeServerReference(csv, reference);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return -1;
    QFile::remove(reference);
    return bench::timeShell(
        QStringLiteral("%1 %2 '.mode csv' '.import %3 leads'").arg(sqlite3, reference, csv));
}

// One import of the file into a new workspace: prints its summary and phases, returns its time
// in ms and leaves the peak memory it reached in `peakMb`.
double timeImport(const QString& csv, const QString& workspacePath, double& peakMb)
{
    removeWorkspace(workspacePath);
    QList<QPair<QString, double>> phases;
    // CPU time of the workspace's thread at the start of each phase: steadier than wall time
    // on a shared machine, and the figure to watch when that thread is the one that limits.
    QList<double> phaseCpu;
    double importMs = 0;
    double importCpuEnd = 0;
    {
        std::unique_ptr<Workspace> workspace =
            openWorkspace(workspacePath, Workspace::OpenMode::CreateIfMissing);
        io::ImportOptions options;
        options.path = csv;
        options.actor = QStringLiteral("bench");
        QElapsedTimer clock;
        // When each phase (rows, indexes, scoring) began, for the breakdown.
        JobControl job([&](qint64, qint64, const QString& phase) {
            if (phases.isEmpty() || phases.constLast().first != phase) {
                phases.append({phase, double(clock.elapsed())});
                phaseCpu.append(threadCpuMs());
                std::printf("  [%.1f s] %s begins: resident %.0f MB, peak so far %.0f MB\n",
                            clock.elapsed() / 1000.0, qPrintable(phase), bench::residentMb(),
                            bench::peakResidentMb());
            }
        });
        std::printf("  resident before the import: %.0f MB\n", bench::residentMb());
        resetPeak();
        clock.start();
        phases.append({QCoreApplication::translate("lb::Import", "Importing"), 0.0});
        phaseCpu.append(threadCpuMs());
        const io::ImportSummary summary = io::importLeads(*workspace, options, &job);
        importMs = double(clock.elapsed());
        importCpuEnd = threadCpuMs();
        peakMb = bench::peakResidentMb();
        std::printf("imported %lld, updated %lld, unchanged %lld, rejected %lld, scored %lld\n",
                    summary.imported, summary.updated, summary.unchanged, summary.rejected,
                    summary.scored);
        // Not part of the import's time: the committed pages are safe in the log, and the
        // workspace's checkpointer thread copies them into the file while the user goes on.
        workspace->waitForBackgroundWrites();
        bench::report(QStringLiteral("  then, in the background: log copied into the file"),
                      double(clock.elapsed() - qint64(importMs)) / 1000.0, QStringLiteral("s"));
    }
    bench::report(QStringLiteral("leadbench import, end to end (parse, write, index, score)"),
                  importMs / 1000.0, QStringLiteral("s"));
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const double end = i + 1 < phases.size() ? phases.at(i + 1).second : importMs;
        bench::report(QStringLiteral("  phase \"%1\"").arg(phases.at(i).first),
                      (end - phases.at(i).second) / 1000.0, QStringLiteral("s"));
        const double cpuEnd = i + 1 < phaseCpu.size() ? phaseCpu.at(i + 1) : importCpuEnd;
        bench::report(QStringLiteral("    CPU of the workspace's thread"),
                      (cpuEnd - phaseCpu.at(i)) / 1000.0, QStringLiteral("s"));
    }
    return importMs;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    QString server;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--server"));
        at >= 0 && at + 1 < arguments.size()) {
        server = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    const qint64 rows = arguments.size() > 0 ? arguments.at(0).toLongLong() : 1000000;
    // On a shared machine one pair of runs can be a second or two off either way: the figure is
    // the median of several pairs, the reference and the import taking turns.
    const int pairs = arguments.size() > 1 ? std::max(1, arguments.at(1).toInt()) : 3;
    const QString dir = bench::benchDir();
    const QString csv = dir + QStringLiteral("/import.csv");
    const QString reference = server.isEmpty() ? dir + QStringLiteral("/reference.sqlite") : server;
    const QString workspacePath =
        server.isEmpty() ? dir + QStringLiteral("/import.leadbench")
                         : onDatabase(server, QStringLiteral("leadbench_bench_import"));
    const QString referenceName = server.isEmpty() ? QStringLiteral("sqlite3 .import (bare table)")
                                                   : QStringLiteral("psql \\copy (bare table)");
    const double target = server.isEmpty() ? 3.0 : 2.0;
    const QString exported = dir + QStringLiteral("/export.csv");
    QFile::remove(exported);

    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = generate(csv, rows);
    std::printf("generated %lld rows, %.1f MB in %.1f s\n", qint64(rows), bytes / 1048576.0,
                timer.elapsed() / 1000.0);

    QList<double> referenceTimes;
    QList<double> importTimes;
    QList<double> ratios;
    double peak = 0;
    for (int pair = 1; pair <= pairs; ++pair) {
        std::printf("-- pair %d of %d\n", pair, pairs);
        const double referenceMs = timeReference(csv, reference);
        if (referenceMs > 0)
            bench::report(referenceName, referenceMs / 1000.0, QStringLiteral("s"));
        else
            std::printf("the reference's program (sqlite3, psql) failed: no reference figure\n");
        double peakMb = 0;
        const double importMs = timeImport(csv, workspacePath, peakMb);
        peak = std::max(peak, peakMb);
        importTimes << importMs;
        if (referenceMs > 0) {
            referenceTimes << referenceMs;
            ratios << importMs / referenceMs;
            bench::report(QStringLiteral("  ratio of this pair"), importMs / referenceMs,
                          QStringLiteral("x"));
        }
    }

    std::printf("-- median of %d pairs\n", pairs);
    const double importMs = median(importTimes);
    bench::report(QStringLiteral("leadbench import, end to end"), importMs / 1000.0,
                  QStringLiteral("s"));
    if (!referenceTimes.isEmpty()) {
        bench::report(referenceName, median(referenceTimes) / 1000.0, QStringLiteral("s"));
        QStringList each;
        for (double ratio : ratios)
            each << QString::number(ratio, 'f', 2);
        std::printf("ratios of the pairs: %s\n", qPrintable(each.join(QStringLiteral(", "))));
        bench::report(
            QStringLiteral("import / %1 (median of the pairs' ratios)").arg(referenceName),
            median(ratios), QStringLiteral("x"), target);
    }
    bench::report(QStringLiteral("peak memory during import (VmHWM)"), peak, QStringLiteral("MB"),
                  150);
    bench::report(QStringLiteral("import rate"), rows / (importMs / 1000.0) / 1000.0,
                  QStringLiteral("k rows/s"));

    {
        std::unique_ptr<Workspace> workspace = openWorkspace(workspacePath);
        QElapsedTimer clock;
        clock.start();
        const io::ExportSummary summary = io::exportLeads(*workspace, {exported, {}});
        const double exportMs = double(clock.elapsed());
        std::printf("exported %lld leads, %.1f MB\n", summary.leads,
                    QFileInfo(exported).size() / 1048576.0);
        bench::report(QStringLiteral("export of every lead"), exportMs / 1000.0,
                      QStringLiteral("s"), rows >= 1000000 ? 5.0 : -1);
    }
    return 0;
}
