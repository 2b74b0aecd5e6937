// Issue 21: File > Export writes the current view (queue, filters and search, by the table's
// own filter) or the selected leads, on the worker thread; the CSV read back holds exactly the
// leads the table lists or the rows selected.
#include "dialogs/exportdialog.h"
#include "leads/leadtablemodel.h"
#include "main/filterbar.h"
#include "main/mainwindow.h"
#include "main/queuepanel.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

// The e-mail of each lead in the exported file, sorted.
QStringList exportedEmails(const QString& path)
{
    QStringList lines = QString::fromUtf8(test::readFile(path)).split(QStringLiteral("\r\n"));
    lines.removeFirst();
    QStringList emails;
    for (const QString& line : lines)
        if (!line.isEmpty())
            emails << line.section(QLatin1Char(','), 0, 0);
    emails.sort();
    return emails;
}

// The e-mail of each lead the table lists, sorted.
QStringList tableEmails(const LeadTableModel& model)
{
    QStringList emails;
    for (int row = 0; row < model.rowCount(); ++row)
        emails << model.rowAt(row)->email;
    emails.sort();
    return emails;
}

// Chooses `text` in "Leads in" and exports to `path` with the dialog's button.
void exportChoice(ExportDialog& dialog, int choiceIndex, const QString& path)
{
    auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("exportStageCombo"));
    choice->setCurrentIndex(choiceIndex);
    dialog.findChild<QLineEdit*>(QStringLiteral("exportPathEdit"))->setText(path);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(dialog.isExporting()); // on the worker thread, the dialog still answering
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isExporting(); }, 60000));
}

bool choiceEnabled(ExportDialog& dialog, int index)
{
    auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("exportStageCombo"));
    return qobject_cast<QStandardItemModel*>(choice->model())->item(index)->isEnabled();
}

} // namespace

TEST(ExportView, WritesTheCurrentViewAndTheSelection)
{
    TempWorkspace temp;
    auto window = test::openDemoWindow(temp, 300);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    auto* queues = window->findChild<QueuePanel*>(QStringLiteral("queuePanel"));
    auto* filters = window->findChild<FilterBar*>(QStringLiteral("filterBar"));
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    queues->setCurrentRow(1); // All leads
    filters->minScoreBox()->setValue(30);
    search->setText(QStringLiteral("a"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window->leadModel()->filter().search == QStringLiteral("a"); }, 2000));
    const QStringList listed = tableEmails(*window->leadModel());
    ASSERT_GT(listed.size(), 5);
    ASSERT_LT(listed.size(), 300);

    ExportDialog dialog(temp.path(), window.get());
    dialog.setCurrentView(window->leadModel()->filter());
    dialog.setSelection({});
    auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("exportStageCombo"));
    EXPECT_EQ(choice->currentIndex(), 0);   // the current view is what Export offers first
    EXPECT_FALSE(choiceEnabled(dialog, 1)); // nothing selected: nothing to offer
    const QString viewPath = temp.file(QStringLiteral("view.csv"));
    exportChoice(dialog, 0, viewPath);
    EXPECT_EQ(exportedEmails(viewPath), listed);

    // Three rows selected (not next to each other).
    QTableView* table = window->leadTable();
    QItemSelectionModel* selection = table->selectionModel();
    selection->clearSelection();
    QStringList picked;
    for (int row : {0, 2, 5}) {
        selection->select(window->leadModel()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        picked << window->leadModel()->rowAt(row)->email;
    }
    picked.sort();
    QList<qint64> ids;
    for (const QModelIndex& index : selection->selectedRows())
        ids << index.data(LeadTableModel::LeadIdRole).toLongLong();
    dialog.setSelection(ids);
    EXPECT_TRUE(choiceEnabled(dialog, 1));
    EXPECT_TRUE(choice->itemText(1).contains(QLatin1Char('3')));
    const QString selectedPath = temp.file(QStringLiteral("selected.csv"));
    exportChoice(dialog, 1, selectedPath);
    EXPECT_EQ(exportedEmails(selectedPath), picked);
}
