// Aging in the main window, offscreen, on a real workspace file (issue 21): a click on the
// "Days in stage" or "Last activity" header orders the whole table by the stored values (it
// did nothing before: the model treated both as unsortable).
#include "leads/leadtablemodel.h"
#include "main/mainwindow.h"
#include "store/workspace.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QHeaderView>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

void clickHeader(QTableView* table, int column)
{
    QHeaderView* header = table->horizontalHeader();
    table->scrollTo(table->model()->index(0, column));
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

// The stored moment each row of the table stands for, read back through the core.
QList<QDateTime> storedColumn(MainWindow& window, int column)
{
    auto* model = qobject_cast<LeadTableModel*>(window.leadTable()->model());
    QList<QDateTime> values;
    for (int row = 0; row < model->rowCount(); ++row) {
        const std::optional<Lead> lead = window.workspace()->leads().find(
            model->index(row, 0).data(LeadTableModel::LeadIdRole).toLongLong());
        values << (column == LeadTableModel::DaysInStageColumn ? lead->stageChangedAt
                                                               : lead->lastActivityAt);
    }
    return values;
}

} // namespace

TEST(Aging, DaysInStageAndLastActivitySortByTheStoredValues)
{
    TempWorkspace temp;
    const std::unique_ptr<MainWindow> window = openDemoWindow(temp, 300);
    window->resize(1366, 768);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QTableView* table = window->leadTable();
    QHeaderView* header = table->horizontalHeader();

    // Days in stage, fewest first: the moment the lead reached its stage, latest first.
    clickHeader(table, LeadTableModel::DaysInStageColumn);
    ASSERT_EQ(header->sortIndicatorSection(), LeadTableModel::DaysInStageColumn);
    for (Qt::SortOrder order :
         {header->sortIndicatorOrder(), header->sortIndicatorOrder() == Qt::AscendingOrder
                                            ? Qt::DescendingOrder
                                            : Qt::AscendingOrder}) {
        if (order != header->sortIndicatorOrder())
            clickHeader(table, LeadTableModel::DaysInStageColumn);
        ASSERT_EQ(header->sortIndicatorOrder(), order);
        const QList<QDateTime> since = storedColumn(*window, LeadTableModel::DaysInStageColumn);
        ASSERT_EQ(since.size(), 300);
        EXPECT_NE(since.first(), since.last()) << "the demo's leads reached their stages apart";
        for (qsizetype i = 1; i < since.size(); ++i)
            ASSERT_TRUE(order == Qt::AscendingOrder ? since[i - 1] >= since[i]
                                                    : since[i - 1] <= since[i])
                << "row " << i;
        // The cells say the same: days counted up or down the table.
        const int firstDays =
            table->model()->index(0, LeadTableModel::DaysInStageColumn).data().toInt();
        const int lastDays =
            table->model()->index(299, LeadTableModel::DaysInStageColumn).data().toInt();
        EXPECT_TRUE(order == Qt::AscendingOrder ? firstDays <= lastDays : firstDays >= lastDays);
    }

    // Last activity, oldest (or none) first, then newest first.
    clickHeader(table, LeadTableModel::LastActivityColumn);
    ASSERT_EQ(header->sortIndicatorSection(), LeadTableModel::LastActivityColumn);
    for (int pass = 0; pass < 2; ++pass) {
        if (pass == 1)
            clickHeader(table, LeadTableModel::LastActivityColumn);
        const Qt::SortOrder order = header->sortIndicatorOrder();
        const QList<QDateTime> at = storedColumn(*window, LeadTableModel::LastActivityColumn);
        ASSERT_EQ(at.size(), 300);
        EXPECT_NE(at.first(), at.last());
        for (qsizetype i = 1; i < at.size(); ++i) {
            // A lead without activity (invalid) counts as the oldest.
            const qint64 a = at[i - 1].isValid() ? at[i - 1].toSecsSinceEpoch() : -1;
            const qint64 b = at[i].isValid() ? at[i].toSecsSinceEpoch() : -1;
            ASSERT_TRUE(order == Qt::AscendingOrder ? a <= b : a >= b) << "row " << i;
        }
    }
}
