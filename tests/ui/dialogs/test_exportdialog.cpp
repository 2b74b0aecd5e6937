// The export dialog on a real workspace: the file is written on the worker thread with core's
// exporter (BOM, header row, one line per lead), the stage filter applies, the count is shown.
#include "dialogs/exportdialog.h"
#include "io/leadexporter.h"
#include "io/leadimporter.h"
#include "store/workspace.h"
#include "support/tempworkspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

class ExportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // 40 leads, every fourth one an MQL, one with a formula-looking company.
        QByteArray csv = "email,last_name,company,lead status\n";
        for (int i = 0; i < 40; ++i)
            csv += "lead" + QByteArray::number(i) + "@example.com,L\xC3\xA4ht\xC3\xB6" +
                   QByteArray::number(i) + "," + (i == 7 ? "=SUM(A1)" : "Yritys Oy") + "," +
                   (i % 4 == 0 ? "MQL" : "New") + "\n";
        const QString input = m_temp.file(QStringLiteral("seed.csv"));
        test::writeFile(input, csv);
        io::ImportOptions options;
        options.path = input;
        options.actor = QStringLiteral("seed");
        const io::ImportSummary summary = io::importLeads(m_temp.workspace(), options);
        ASSERT_EQ(summary.imported, 40);
        m_temp.close();
    }

    // Exports with the dialog's button and waits until the worker is done.
    void exportWith(ExportDialog& dialog, const QString& target)
    {
        dialog.findChild<QLineEdit*>(QStringLiteral("exportPathEdit"))->setText(target);
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
        ASSERT_TRUE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isExporting(); }, 60000));
    }

    static QList<QByteArray> lines(const QByteArray& bytes)
    {
        QList<QByteArray> result = bytes.split('\n');
        if (!result.isEmpty() && result.constLast().isEmpty())
            result.removeLast();
        return result;
    }

    TempWorkspace m_temp;
};

} // namespace

TEST_F(ExportDialogTest, ExportsAllLeadsWithBomHeaderAndOneLineEach)
{
    ExportDialog dialog(m_temp.path());
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled()); // no file chosen yet

    const QString target = m_temp.file(QStringLiteral("out/all.csv"));
    QDir().mkpath(m_temp.file(QStringLiteral("out")));
    exportWith(dialog, target);

    const QByteArray bytes = test::readFile(target);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << bytes.left(20).toStdString();
    const QList<QByteArray> rows = lines(bytes.mid(3));
    ASSERT_EQ(rows.size(), 1 + 40);
    EXPECT_EQ(QString::fromUtf8(rows[0].trimmed()), io::exportColumns().join(QLatin1Char(',')));
    EXPECT_TRUE(bytes.contains("L\xC3\xA4ht\xC3\xB6"
                               "7"));
    EXPECT_TRUE(bytes.contains("'=SUM(A1)")); // never a live formula

    ASSERT_EQ(exported.count(), 1);
    EXPECT_EQ(exported[0][0].toString(), QFileInfo(target).absoluteFilePath());
    EXPECT_EQ(exported[0][1].toLongLong(), 40);
    const QString status = dialog.findChild<QLabel*>(QStringLiteral("exportStatus"))->text();
    EXPECT_TRUE(status.contains(QStringLiteral("40"))) << status.toStdString();
    if (const QString dir = qEnvironmentVariable("LEADBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog.grab().save(dir + QStringLiteral("/export-dialog.png"));
}

TEST_F(ExportDialogTest, StageFilterExportsOnlyThatStage)
{
    ExportDialog dialog(m_temp.path());
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.show();
    dialog.setStage(Stage::MQL);
    auto* stage = dialog.findChild<QComboBox*>(QStringLiteral("exportStageCombo"));
    ASSERT_NE(stage, nullptr);
    EXPECT_EQ(stage->currentData().toInt(), int(Stage::MQL));
    const QString target = m_temp.file(QStringLiteral("mql.csv"));
    exportWith(dialog, target);

    const QList<QByteArray> rows = lines(test::readFile(target).mid(3));
    ASSERT_EQ(rows.size(), 1 + 10);
    for (qsizetype i = 1; i < rows.size(); ++i)
        EXPECT_TRUE(rows[i].contains(",MQL,")) << rows[i].toStdString();
    ASSERT_EQ(exported.count(), 1);
    EXPECT_EQ(exported[0][1].toLongLong(), 10);
}

TEST_F(ExportDialogTest, UnwritableTargetIsReportedAndNothingIsSignalled)
{
    ExportDialog dialog(m_temp.path());
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.show();
    exportWith(dialog, m_temp.file(QStringLiteral("no/such/folder/leads.csv")));
    EXPECT_EQ(exported.count(), 0);
    const QString status = dialog.findChild<QLabel*>(QStringLiteral("exportStatus"))->text();
    EXPECT_TRUE(status.contains(QStringLiteral("leads.csv"))) << status.toStdString();
    // The dialog is usable again after the failure.
    EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
}

TEST(ExportDialog, CancelLeavesNoFile)
{
    // Enough leads for several of the exporter's 1 MB writes: it checks for cancel between them.
    TempWorkspace temp;
    QByteArray csv = "email,first_name,last_name,company,title,notes\n";
    for (int i = 0; i < 20000; ++i)
        csv += "many" + QByteArray::number(i) +
               "@example.com,First,Last,Company Oy,Head of Something,"
               "a note long enough to make the export row well over a hundred bytes\n";
    const QString input = temp.file(QStringLiteral("many.csv"));
    test::writeFile(input, csv);
    io::ImportOptions options;
    options.path = input;
    options.actor = QStringLiteral("seed");
    ASSERT_EQ(io::importLeads(temp.workspace(), options).imported, 20000);
    temp.close();

    ExportDialog dialog(temp.path());
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.show();
    const QString target = temp.file(QStringLiteral("cancelled.csv"));
    dialog.setFilePath(target);
    dialog.startExport();
    ASSERT_TRUE(dialog.isExporting());
    dialog.reject(); // Cancel (or Escape) while exporting cancels the export, not the dialog
    EXPECT_TRUE(dialog.isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isExporting(); }, 60000));
    EXPECT_EQ(exported.count(), 0);
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("exportStatus"))
                    ->text()
                    .contains(QStringLiteral("cancelled")));
    dialog.reject(); // now it closes
    EXPECT_FALSE(dialog.isVisible());
}
