// Several command-line writers on one workspace at once, with the window open on it: every
// command waits its turn (none reaches the user as "locked"), no update is lost, the stage
// histories and counts reconcile, and the window ends up showing what is there.
#include "demo/demoworkspace.h"
#include "leads/leadtablemodel.h"
#include "main/mainwindow.h"
#include "store/workspace.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <thread>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

constexpr int demoLeads = 1000;
constexpr int bigImportRows = 20000; // holds the write lock for seconds
constexpr int smallImportRows = 200;
constexpr qint64 runForMs = 20000;

// One writer: runs its commands one after another until the time is up.
struct Writer
{
    QString name;
    // The arguments of the writer's `round`th command, or empty when it has no more.
    std::function<QStringList(int round)> command;
    int rounds = 0;
    std::unique_ptr<QProcess> process;
    QStringList failures;
};

QByteArray leadsCsv(const QString& prefix, int rows)
{
    QByteArray csv = "email,first_name,last_name,company,title,employees,country\n";
    for (int i = 0; i < rows; ++i)
        csv += (prefix + QString::number(i)).toUtf8() + "@example.com,First,Last,Company " +
               QByteArray::number(i % 97) + " Oy,Sales Manager,120,Finland\n";
    return csv;
}

} // namespace

TEST(ConcurrentWriters, EveryCommandWaitsItsTurnAndNothingIsLost)
{
    TempWorkspace temp;
    DemoOptions options;
    options.leads = demoLeads;
    options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    fillWithDemoData(temp.workspace(), options);
    // Leads that the stage movers take in and out of Disqualified, three for each.
    QList<qint64> moved;
    for (const Lead& lead :
         temp.workspace().leads().list(LeadFilter{.stage = Stage::New}, LeadSort{}, 6))
        moved << lead.id;
    ASSERT_EQ(moved.size(), 6);
    temp.close();
    const QString big = temp.file(QStringLiteral("big.csv"));
    test::writeFile(big, leadsCsv(QStringLiteral("big"), bigImportRows));

    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(temp.path()));
    window.show();

    const QStringList db{"--db", temp.path()};
    std::vector<Writer> writers;
    writers.push_back(
        {QStringLiteral("big import"), [&](int round) {
             return round == 0 ? db + QStringList{"import", "leads", big} : QStringList();
         }});
    for (int importer = 0; importer < 3; ++importer) {
        writers.push_back(
            {QStringLiteral("importer %1").arg(importer), [&, importer](int round) {
                 const QString file =
                     temp.file(QStringLiteral("w%1r%2.csv").arg(importer).arg(round));
                 test::writeFile(file, leadsCsv(QStringLiteral("w%1r%2n").arg(importer).arg(round),
                                                smallImportRows));
                 return db + QStringList{"import", "leads", file};
             }});
    }
    writers.push_back({QStringLiteral("rescorer"), [&](int) { return db + QStringList{"score"}; }});
    for (int mover = 0; mover < 2; ++mover) {
        writers.push_back({QStringLiteral("mover %1").arg(mover), [&, mover](int round) {
                               // Round 0 disqualifies lead 0, 1 lead 1, 2 lead 2; 3 brings lead 0
                               // back to New, and so on.
                               const qint64 lead = moved.at(mover * 3 + round % 3);
                               const bool out = (round / 3) % 2 == 0;
                               QStringList args = db + QStringList{"--user", "Mover", "stage",
                                                                   QString::number(lead), "--to"};
                               if (out)
                                   args << "Disqualified"
                                        << "--reason"
                                        << "No budget";
                               else
                                   args << "New";
                               return args;
                           }});
    }

    QElapsedTimer clock;
    clock.start();
    // A long write elsewhere (a million-row import takes tens of seconds): for a while every
    // writer waits longer than SQLite's usual busy timeouts of a few seconds.
    std::thread longWrite([path = temp.path()] {
        std::this_thread::sleep_for(std::chrono::seconds(3));
        auto workspace = openWorkspace(path);
        workspace->begin();
        std::this_thread::sleep_for(std::chrono::milliseconds(6500));
        workspace->rollback();
    });
    auto joinLongWrite = qScopeGuard([&] { longWrite.join(); });
    auto startNext = [&](Writer& writer) {
        const QStringList args =
            clock.elapsed() < runForMs ? writer.command(writer.rounds) : QStringList();
        if (args.isEmpty()) {
            writer.process.reset();
            return;
        }
        writer.process = std::make_unique<QProcess>();
        writer.process->start(test::cliPath(), args);
    };
    for (Writer& writer : writers)
        startNext(writer);
    int commands = 0;
    for (;;) {
        bool running = false;
        for (Writer& writer : writers) {
            if (!writer.process)
                continue;
            running = true;
            if (writer.process->state() != QProcess::NotRunning)
                continue;
            ++commands;
            const QString err = QString::fromUtf8(writer.process->readAllStandardError());
            if (writer.process->exitStatus() != QProcess::NormalExit ||
                writer.process->exitCode() != 0)
                writer.failures << QStringLiteral("round %1: exit %2: %3")
                                       .arg(writer.rounds)
                                       .arg(writer.process->exitCode())
                                       .arg(err);
            ++writer.rounds;
            startNext(writer);
        }
        if (!running)
            break;
        ASSERT_LT(clock.elapsed(), runForMs + 240000) << "a writer never finished";
        QTest::qWait(20); // the window keeps working meanwhile
    }

    for (const Writer& writer : writers)
        EXPECT_TRUE(writer.failures.isEmpty())
            << writer.name.toStdString() << ": " << writer.failures.join('\n').toStdString();
    const Writer& rescorer = writers.at(4);
    EXPECT_GE(rescorer.rounds, 2);

    // Nothing lost: every imported row is there, every move is in the history.
    int smallImports = 0;
    for (int importer = 1; importer <= 3; ++importer)
        smallImports += writers.at(std::size_t(importer)).rounds;
    const qint64 expectedLeads = demoLeads + bigImportRows + qint64(smallImports) * smallImportRows;
    auto workspace = openWorkspace(temp.path());
    EXPECT_EQ(workspace->leads().count(LeadFilter{}), expectedLeads);
    for (int mover = 0; mover < 2; ++mover) {
        const int rounds = writers.at(5 + std::size_t(mover)).rounds;
        for (int slot = 0; slot < 3; ++slot) {
            const qint64 lead = moved.at(mover * 3 + slot);
            // The rounds that moved this lead, and where the last one left it.
            int outs = 0;
            int ins = 0;
            std::optional<bool> lastOut;
            for (int round = slot; round < rounds; round += 3) {
                const bool out = (round / 3) % 2 == 0;
                (out ? outs : ins) += 1;
                lastOut = out;
            }
            int historyOuts = 0;
            int historyIns = 0;
            for (const StageChange& change : workspace->history().forLead(lead)) {
                if (change.by != QLatin1String("Mover"))
                    continue;
                historyOuts += change.to == Stage::Disqualified;
                historyIns += change.to == Stage::New;
            }
            EXPECT_EQ(historyOuts, outs) << "lead " << lead;
            EXPECT_EQ(historyIns, ins) << "lead " << lead;
            const Stage stage = workspace->leads().find(lead)->stage;
            if (lastOut.value_or(false))
                EXPECT_EQ(stage, Stage::Disqualified) << "lead " << lead;
            else // New, or promoted to MQL by a rescore since
                EXPECT_TRUE(stage == Stage::New || stage == Stage::MQL) << "lead " << lead;
        }
    }
    workspace.reset();
    const test::CliResult check = test::runCli(db + QStringList{"check"});
    EXPECT_EQ(check.exitCode, 0) << check.errText().toStdString();

    // The window caught up by itself.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return window.leadModel()->rowCount() == expectedLeads; }, 5000))
        << window.leadModel()->rowCount() << " shown, " << expectedLeads << " there";
    std::printf("concurrent writers: %zu processes at once with the window open, %d commands in "
                "%.0f s, none refused as locked, nothing lost\n",
                writers.size(), commands, clock.elapsed() / 1000.0);
}
