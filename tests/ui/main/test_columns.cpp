// Issue 21: the lead table's column chooser. The header's context menu shows and hides columns
// by their translated names and resets them; sections move by drag; the arrangement survives a
// restart, and one kept by an older column set falls back to the defaults.
#include "leads/columnchooser.h"
#include "leads/leadtablemodel.h"
#include "main/appsettings.h"
#include "main/mainwindow.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QApplication>
#include <QDataStream>
#include <QHeaderView>
#include <QMenu>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

QAction* columnAction(QMenu* menu, const QString& name)
{
    return menu->findChild<QAction*>(QStringLiteral("column.") + name);
}

// The columns shown, in the order they stand.
QList<int> shownColumns(QHeaderView* header)
{
    QList<int> shown;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            shown << column;
    }
    return shown;
}

QList<int> defaultColumns()
{
    QList<int> shown;
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column)
        if (ColumnChooser::shownByDefault(column))
            shown << column;
    return shown;
}

} // namespace

TEST(Columns, HeaderMenuShowsHidesAndResetsByTranslatedName)
{
    settings::leadTableHeader.set({});
    TempWorkspace temp;
    auto window = test::openDemoWindow(temp, 60);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QHeaderView* header = window->leadTable()->horizontalHeader();
    EXPECT_TRUE(header->sectionsMovable());
    ASSERT_EQ(header->contextMenuPolicy(), Qt::CustomContextMenu);

    // A right click on the header opens the menu: one checkable entry per column, named as the
    // header reads, then Reset.
    Q_EMIT header->customContextMenuRequested(QPoint(20, 5));
    QMenu* popup = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* menu = qobject_cast<QMenu*>(widget); menu && menu->isVisible())
                popup = menu;
        return popup != nullptr;
    }));
    int checkable = 0;
    for (QAction* action : popup->actions()) {
        if (!action->isCheckable())
            continue;
        ++checkable;
        const int column = header->logicalIndex(checkable - 1);
        EXPECT_EQ(action->text(),
                  window->leadModel()->headerData(column, Qt::Horizontal).toString());
        EXPECT_EQ(action->isChecked(), !header->isSectionHidden(column));
    }
    EXPECT_EQ(checkable, LeadTableModel::ColumnCount);
    ASSERT_NE(columnAction(popup, QStringLiteral("reset")), nullptr);
    popup->close();

    // Hide Owner, show Source.
    std::unique_ptr<QMenu> menu(window->columnChooser()->createMenu(window.get()));
    ASSERT_TRUE(header->isSectionHidden(LeadTableModel::SourceColumn));
    columnAction(menu.get(), QStringLiteral("owner"))->setChecked(false);
    columnAction(menu.get(), QStringLiteral("source"))->setChecked(true);
    EXPECT_TRUE(header->isSectionHidden(LeadTableModel::OwnerColumn));
    EXPECT_FALSE(header->isSectionHidden(LeadTableModel::SourceColumn));
    EXPECT_GT(header->sectionSize(LeadTableModel::SourceColumn), 20);

    // The last column shown cannot be hidden: the header would be gone with it.
    for (int column : shownColumns(header))
        if (column != LeadTableModel::NameColumn)
            header->setSectionHidden(column, true);
    menu.reset(window->columnChooser()->createMenu(window.get()));
    EXPECT_FALSE(columnAction(menu.get(), QStringLiteral("name"))->isEnabled());
    EXPECT_TRUE(columnAction(menu.get(), QStringLiteral("company"))->isEnabled());

    // Reset: the default columns, in the model's order.
    header->moveSection(header->visualIndex(LeadTableModel::CompanyColumn), 0);
    columnAction(menu.get(), QStringLiteral("reset"))->trigger();
    EXPECT_EQ(shownColumns(header), defaultColumns());
    for (int column = 0; column < header->count(); ++column)
        EXPECT_EQ(header->visualIndex(column), column);
}

TEST(Columns, ArrangementSurvivesARestart)
{
    settings::leadTableHeader.set({});
    TempWorkspace temp;
    QList<int> arranged;
    int ownerWidth = 0;
    {
        auto window = test::openDemoWindow(temp, 30);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QHeaderView* header = window->leadTable()->horizontalHeader();
        // What a drag of the Owner header to the front does, then Title on and Stage off.
        header->moveSection(header->visualIndex(LeadTableModel::OwnerColumn), 0);
        std::unique_ptr<QMenu> menu(window->columnChooser()->createMenu(window.get()));
        columnAction(menu.get(), QStringLiteral("title"))->setChecked(true);
        columnAction(menu.get(), QStringLiteral("stage"))->setChecked(false);
        header->resizeSection(LeadTableModel::OwnerColumn, 163);
        arranged = shownColumns(header);
        ownerWidth = header->sectionSize(LeadTableModel::OwnerColumn);
        ASSERT_EQ(arranged.constFirst(), int(LeadTableModel::OwnerColumn));
        window->close(); // the window keeps its arrangement as it closes
    }
    MainWindow again;
    ASSERT_TRUE(again.openWorkspace(temp.path()));
    QHeaderView* header = again.leadTable()->horizontalHeader();
    EXPECT_EQ(shownColumns(header), arranged);
    EXPECT_TRUE(header->isSectionHidden(LeadTableModel::StageColumn));
    EXPECT_FALSE(header->isSectionHidden(LeadTableModel::TitleColumn));
    EXPECT_EQ(header->sectionSize(LeadTableModel::OwnerColumn), ownerWidth);
}

TEST(Columns, AnOlderColumnSetFallsBackToTheDefaults)
{
    TempWorkspace temp;
    {
        auto window = test::openDemoWindow(temp, 10);
    }
    // A header of seven columns (an older Leadbench), the second and third hidden and swapped.
    QStandardItemModel oldModel(1, 7);
    QTableView oldTable;
    oldTable.setModel(&oldModel);
    QHeaderView* oldHeader = oldTable.horizontalHeader();
    oldHeader->setSectionHidden(1, true);
    oldHeader->setSectionHidden(2, true);
    oldHeader->moveSection(3, 0);
    oldHeader->resizeSection(4, 3);
    const QByteArray oldState = oldHeader->saveState();
    QByteArray tagged; // as this version keeps it, but for the seven old columns
    {
        QDataStream out(&tagged, QIODevice::WriteOnly);
        out << QByteArray("leadbench-columns") << qint32(1)
            << QStringList{QStringLiteral("score"),   QStringLiteral("name"),
                           QStringLiteral("company"), QStringLiteral("title"),
                           QStringLiteral("stage"),   QStringLiteral("owner"),
                           QStringLiteral("source")}
            << oldState;
    }
    for (const QByteArray& kept : {oldState, tagged, QByteArray("\x01\x02garbage")}) {
        settings::leadTableHeader.set(kept);
        MainWindow window;
        ASSERT_TRUE(window.openWorkspace(temp.path()));
        window.resize(1366, 768);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QHeaderView* header = window.leadTable()->horizontalHeader();
        EXPECT_EQ(header->count(), int(LeadTableModel::ColumnCount));
        EXPECT_EQ(shownColumns(header), defaultColumns());
        for (int column : shownColumns(header))
            EXPECT_GE(header->sectionSize(column), 40) << column;
    }
}
