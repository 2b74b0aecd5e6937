// Issue 2's figures: demo generation of N leads (default 1,000,000), then, at that size,
// first rows of the table after open, re-sort by score, scroll to the end, and the GUI's
// resident memory. Usage: bench_foundation [--leads N] [--reuse] [--workspace LOCATION]
// --workspace measures an existing workspace instead (a team workspace's URL, for the same
// figures on PostgreSQL: `leadbench-cli migrate` the generated file there first).
#include "benchsupport.h"

#include "demo/demogenerator.h"
#include "leads/leadtablemodel.h"
#include "main/mainwindow.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace lb;

namespace {

// Paints the table's viewport now, as the screen would, so the timing includes the row
// fetches and the painting of a real first screen.
void paintTable(QTableView* table)
{
    table->viewport()->grab();
}

// Generates the demo workspace phase by phase, in the child process, so the GUI figures
// below are not inflated by the generator's memory.
int generate(const QString& path, qint64 leads)
{
    QElapsedTimer total;
    total.start();
    auto workspace = openWorkspace(path, Workspace::OpenMode::CreateIfMissing);
    DemoOptions options;
    options.leads = leads;
    options.now = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    Transaction transaction(*workspace);
    QElapsedTimer phase;
    phase.start();
    QString currentPhase;
    JobControl job([&](qint64, qint64, const QString& name) {
        if (name == currentPhase)
            return;
        if (!currentPhase.isEmpty())
            bench::report(QStringLiteral("    %1").arg(currentPhase), phase.elapsed() / 1000.0,
                          QStringLiteral("s"));
        currentPhase = name;
    });
    const DemoSummary summary = DemoGenerator(options).generate(*workspace, &job);
    bench::report(QStringLiteral("    %1").arg(currentPhase), phase.elapsed() / 1000.0,
                  QStringLiteral("s (cumulative)"));
    bench::report(
        QStringLiteral(
            "  generate and score %1 leads, %2 events, history, answers, deals + build indexes")
            .arg(summary.leads)
            .arg(summary.events),
        phase.elapsed() / 1000.0, QStringLiteral("s"));
    phase.restart();
    transaction.commit();
    bench::report(QStringLiteral("  commit"), phase.elapsed() / 1000.0, QStringLiteral("s"));
    bench::report(QStringLiteral("demo generation of %1 leads, end to end").arg(leads),
                  total.elapsed() / 1000.0, QStringLiteral("s"), leads == 1'000'000 ? 30 : -1);
    bench::report(QStringLiteral("  generator peak resident memory"), bench::peakResidentMb(),
                  QStringLiteral("MB"));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("leadbench-bench"));
    QCommandLineParser parser;
    const QCommandLineOption leadsOption(QStringLiteral("leads"), QStringLiteral("Leads."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                         QStringLiteral("Reuse a workspace made before."));
    const QCommandLineOption generateOption(QStringLiteral("generate-only"),
                                            QStringLiteral("Only generate (child)."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QStringLiteral("Measure this workspace."),
                                             QStringLiteral("LOCATION"));
    parser.addOptions({leadsOption, reuseOption, generateOption, workspaceOption});
    parser.process(app);
    const qint64 leads = parser.value(leadsOption).toLongLong();
    if (parser.isSet(generateOption))
        return generate(parser.value(generateOption), leads);

    const QString path =
        parser.isSet(workspaceOption)
            ? parser.value(workspaceOption)
            : bench::benchDir() + QStringLiteral("/foundation-%1.leadbench").arg(leads);
    if (!parser.isSet(workspaceOption) &&
        (!parser.isSet(reuseOption) || !bench::isCurrentWorkspace(path))) {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QApplication::applicationFilePath(),
                    {QStringLiteral("--leads"), QString::number(leads),
                     QStringLiteral("--generate-only"), path});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            std::fprintf(stderr, "demo generation failed\n");
            return 1;
        }
    }

    const double baseMb = bench::residentMb();
    MainWindow window;
    window.resize(1280, 800);
    QElapsedTimer timer;
    timer.start();
    if (!window.openWorkspace(path))
        return 1;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("the window was not exposed: the figure includes the wait");
    paintTable(window.leadTable());
    bench::report(QStringLiteral("open and show the first rows"), double(timer.elapsed()),
                  QStringLiteral("ms"), 300);

    timer.restart();
    window.leadTable()->sortByColumn(LeadTableModel::ScoreColumn, Qt::AscendingOrder);
    paintTable(window.leadTable());
    bench::report(QStringLiteral("re-sort by score (ascending)"), double(timer.elapsed()),
                  QStringLiteral("ms"), 300);

    timer.restart();
    window.leadTable()->sortByColumn(LeadTableModel::ScoreColumn, Qt::DescendingOrder);
    paintTable(window.leadTable());
    bench::report(QStringLiteral("re-sort by score (descending)"), double(timer.elapsed()),
                  QStringLiteral("ms"), 300);

    timer.restart();
    window.leadTable()->scrollToBottom();
    paintTable(window.leadTable());
    bench::report(QStringLiteral("scroll to the end"), double(timer.elapsed()),
                  QStringLiteral("ms"), 100);

    timer.restart();
    QScrollBar* bar = window.leadTable()->verticalScrollBar();
    for (int step = 0; step < 50; ++step) {
        bar->setValue(bar->maximum() / 50 * step);
        paintTable(window.leadTable());
    }
    bench::report(QStringLiteral("50 jumps across the table, average"), timer.elapsed() / 50.0,
                  QStringLiteral("ms"), 100);

    // Issue 6's figures: a search keystroke, a filter change, at the model and painted.
    auto timeFilter = [&](const QString& name, const LeadFilter& filter, double target) {
        timer.restart();
        window.leadModel()->setFilter(filter);
        paintTable(window.leadTable());
        bench::report(name + QStringLiteral(" (%1 rows)").arg(window.leadModel()->rowCount()),
                      double(timer.elapsed()), QStringLiteral("ms"), target);
    };
    for (const char* prefix : {"V", "Vi", "Vir", "Virt", "Virtanen"})
        timeFilter(QStringLiteral("search keystroke \"%1\"").arg(QLatin1String(prefix)),
                   LeadFilter{.search = QLatin1String(prefix)}, 100);
    timeFilter(QStringLiteral("search two words \"anna kaleva\""),
               LeadFilter{.search = QStringLiteral("anna kaleva")}, 100);
    timeFilter(QStringLiteral("queue: MQL"), LeadFilter{.stage = Stage::MQL}, 150);
    timeFilter(QStringLiteral("owner filter"), LeadFilter{.owner = QStringLiteral("Aino Laine")},
               150);
    timeFilter(QStringLiteral("MQL and score >= 70"),
               LeadFilter{.stage = Stage::MQL, .minScore = 70}, 150);
    timeFilter(QStringLiteral("country SE"), LeadFilter{.country = QStringLiteral("SE")}, 150);
    timeFilter(QStringLiteral("source Webinar, score >= 60"),
               LeadFilter{.minScore = 60, .source = QStringLiteral("Webinar")}, 150);
    timeFilter(QStringLiteral("back to all leads"), LeadFilter{}, 150);
    timer.restart();
    window.leadTable()->sortByColumn(LeadTableModel::StageColumn, Qt::AscendingOrder);
    paintTable(window.leadTable());
    bench::report(QStringLiteral("sort by stage"), double(timer.elapsed()), QStringLiteral("ms"),
                  150);

    bench::report(QStringLiteral("GUI resident memory"), bench::residentMb(), QStringLiteral("MB"),
                  250);
    bench::report(QStringLiteral("GUI peak resident memory"), bench::peakResidentMb(),
                  QStringLiteral("MB"), 250);
    bench::report(QStringLiteral("  of which the lead table and workspace"),
                  bench::residentMb() - baseMb, QStringLiteral("MB"));
    return 0;
}
