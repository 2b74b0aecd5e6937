// The manager's dashboard driven offscreen on a demo workspace: it loads on a worker, its
// charts show the reports' numbers, the shared filters reload it, a click on a bar lists
// exactly the leads behind it in the workbench, it follows changes by itself, and the PDF
// report holds every chart.
#include "dashboard/dashboardpanel.h"
#include "dashboard/dashboardview.h"
#include "dashboard/dashboardwindow.h"
#include "dashboard/reportpdf.h"
#include "leads/leadtablemodel.h"
#include "main/mainwindow.h"
#include "reports/reportservice.h"
#include "support/cliprocess.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

const QDate periodStart(2026, 8, 25);
const QDate periodEnd(2026, 11, 22); // the demo data's day

bool waitForLoad(DashboardView* view, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return view->reports().has_value() && !view->isLoading(); },
                           timeoutMs);
}

QBarSet* firstSet(DashboardPanel* panel)
{
    const QList<QAbstractSeries*> series = panel->chart()->series();
    if (series.isEmpty())
        return nullptr;
    auto* bars = qobject_cast<QAbstractBarSeries*>(series.first());
    return bars && !bars->barSets().isEmpty() ? bars->barSets().first() : nullptr;
}

class DashboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = test::openDemoWindow(temp, 1500);
        window->show();
        window->action(QStringLiteral("view.dashboard"))->trigger();
        ASSERT_TRUE(window->dashboard());
        view = window->dashboard()->view();
        view->setPeriod(periodStart, periodEnd);
        ASSERT_TRUE(waitForLoad(view));
    }

    DashboardPanel* panel(const char* name) const
    {
        return view->findChild<DashboardPanel*>(QLatin1String(name));
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
    DashboardView* view = nullptr;
};

} // namespace

TEST_F(DashboardTest, ChartsShowTheReportsNumbers)
{
    const reports::AllReports& all = *view->reports();
    EXPECT_EQ(all.filter.from, periodStart);
    EXPECT_EQ(all.filter.to, periodEnd);
    ASSERT_EQ(all.funnel.steps.size(), 5);
    EXPECT_GT(all.funnel.steps.first().count, 0) << "the demo has MQLs in the period";
    // The funnel lies down with its first step on top: bar i is step 4 - i.
    QBarSet* funnel = firstSet(panel("funnelChart"));
    ASSERT_TRUE(funnel);
    ASSERT_EQ(funnel->count(), 5);
    for (int step = 0; step < 5; ++step)
        EXPECT_EQ(qint64(funnel->at(4 - step)), all.funnel.steps.at(step).count) << step;
    // Every chart panel has a chart with data; the tables have a row per line.
    for (const char* name : {"funnelChart", "inflowChart", "sourcesChart", "scoresChart",
                             "calibrationChart", "velocityChart", "agingChart", "reasonsChart"}) {
        DashboardPanel* tile = panel(name);
        ASSERT_TRUE(tile) << name;
        EXPECT_FALSE(tile->chart()->series().isEmpty()) << name;
        EXPECT_FALSE(tile->chart()->title().isEmpty()) << name;
    }
    EXPECT_EQ(panel("sourcesTable")->table()->rowCount(), all.sources.sources.size());
    EXPECT_EQ(panel("ownersTable")->table()->rowCount(), all.owners.owners.size());
    EXPECT_GT(all.owners.owners.size(), 0);
}

TEST_F(DashboardTest, AClickOnABarListsExactlyTheLeadsBehindIt)
{
    const reports::AllReports all = *view->reports();
    QBarSet* funnel = firstSet(panel("funnelChart"));
    ASSERT_TRUE(funnel);
    const qint64 sqls = all.funnel.steps.at(2).count; // MQL, SAL, SQL
    ASSERT_GT(sqls, 0);
    Q_EMIT funnel->clicked(2); // bar 2 from the bottom: SQL
    EXPECT_EQ(window->leadModel()->rowCount(), sqls);
    auto* count = window->findChild<QLabel*>(QStringLiteral("countLabel"));
    if (count)
        EXPECT_TRUE(count->text().contains(QLocale().toString(sqls)))
            << count->text().toStdString();
    // A count in the owners table lists that SDR's accepted leads.
    QTableWidget* owners = panel("ownersTable")->table();
    const reports::OwnerLine& first = all.owners.owners.first();
    Q_EMIT owners->cellClicked(0, 1);
    EXPECT_EQ(window->leadModel()->rowCount(), first.accepted);
    // Choosing a queue afterwards ends the click-through.
    window->action(QStringLiteral("view.refresh"))->trigger();
    window->leadModel()->setFilter(LeadFilter{});
    EXPECT_EQ(window->leadModel()->rowCount(), 1500);
}

TEST_F(DashboardTest, TheSharedFiltersReloadEveryChart)
{
    const reports::AllReports all = *view->reports();
    const QString owner = all.owners.owners.first().owner;
    view->setOwner(owner);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->reports()->filter.owner == owner; }, 30000));
    ASSERT_TRUE(waitForLoad(view));
    const reports::AllReports mine = *view->reports();
    EXPECT_LE(mine.funnel.steps.first().count, all.funnel.steps.first().count);
    EXPECT_EQ(panel("ownersTable")->table()->rowCount(), 1);
    // The same numbers as the core's, for the same filter.
    auto workspace = openWorkspace(temp.path());
    const reports::AllReports direct =
        reports::makeAllReports(*workspace, mine.filter, mine.madeAt);
    for (int step = 0; step < 5; ++step)
        EXPECT_EQ(direct.funnel.steps.at(step).count, mine.funnel.steps.at(step).count);
}

TEST_F(DashboardTest, FollowsStageMovesByItself)
{
    const qint64 before = view->reports()->funnel.steps.at(1).count; // SAL
    // Accept an MQL in the workbench: one more lead reached SAL today...
    view->setPeriod(periodStart, QDateTime::currentDateTimeUtc().date());
    ASSERT_TRUE(waitForLoad(view));
    const qint64 salsNow = view->reports()->funnel.steps.at(1).count;
    EXPECT_GE(salsNow, before);
    std::optional<qint64> mql;
    {
        auto workspace = openWorkspace(temp.path());
        const QList<Lead> mqls =
            workspace->leads().list(LeadFilter{.stage = Stage::MQL}, LeadSort{}, 1);
        ASSERT_FALSE(mqls.isEmpty());
        mql = mqls.first().id;
    }
    const test::CliResult moved =
        test::runCli({"--db", temp.path(), "stage", QString::number(*mql), "--to", "SAL"});
    ASSERT_EQ(moved.exitCode, 0) << moved.errText().toStdString();
    // ...and the dashboard shows it without being asked.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return view->reports()->funnel.steps.at(1).count == salsNow + 1; }, 10000))
        << view->reports()->funnel.steps.at(1).count << " SALs shown, " << salsNow + 1
        << " expected";
}

TEST_F(DashboardTest, ThePdfReportHoldsEveryChart)
{
    const QString pdf = temp.file(QStringLiteral("report.pdf"));
    QString error;
    ASSERT_TRUE(view->exportPdf(pdf, &error)) << error.toStdString();
    const QByteArray bytes = test::readFile(pdf);
    ASSERT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_EQ(QFile::permissions(pdf) & (QFile::ReadGroup | QFile::ReadOther), 0);
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdfinfo.isEmpty() || pdftotext.isEmpty())
        GTEST_SKIP() << "needs poppler-utils to read the PDF back";
    QProcess info;
    info.start(pdfinfo, {pdf});
    ASSERT_TRUE(info.waitForFinished());
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(infoText.contains(QRegularExpression(
        QStringLiteral("Pages:\\s+%1\\b").arg(ReportPdf::pagesFor(view->panels().size())))))
        << infoText.toStdString();
    QProcess text;
    text.start(pdftotext, {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished());
    // Fonts set "fl" and "fi" as ligatures, which come back as one character.
    const QString content = QString::fromUtf8(text.readAllStandardOutput())
                                .replace(QChar(0xFB02), QStringLiteral("fl"))
                                .replace(QChar(0xFB01), QStringLiteral("fi"))
                                .simplified();
    for (DashboardPanel* tile : view->panels()) {
        // Titles may wrap in the PDF: look for their first two words.
        const QString start = tile->title().section(QLatin1Char(' '), 0, 1);
        EXPECT_TRUE(content.contains(start))
            << tile->objectName().toStdString() << ": " << start.toStdString();
    }
}
