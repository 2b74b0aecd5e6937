// Issue 21: on a 1366×768 screen with the lead view open, every default column of the lead
// table is in view, unclipped, and every tab of the lead view reads in full, in English,
// Finnish and Swedish (the catalogues the program embeds, loaded as the program loads them).
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "main/appsettings.h"
#include "main/mainwindow.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"
#include "util/language.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

// Takes the translators of an earlier language out before loading `language`'s.
void switchLanguage(const QString& language)
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ASSERT_EQ(installTranslations(*qApp, language), language);
}

class ScreenFit : public ::testing::TestWithParam<const char*>
{
protected:
    void TearDown() override { switchLanguage(QStringLiteral("en")); }
};

} // namespace

TEST_P(ScreenFit, DefaultColumnsAndLeadTabsFitAt1366x768)
{
    const QString language = QString::fromLatin1(GetParam());
    switchLanguage(language);
    settings::leadTableHeader.set({});
    settings::mainWindowGeometry.set({});
    TempWorkspace temp;
    auto window = test::openDemoWindow(temp, 200);
    window->resize(1366, 768);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QTest::qWait(50);
    // Nothing in the window asks for more than the screen has.
    EXPECT_LE(window->width(), 1366) << language.toStdString();
    EXPECT_LE(window->height(), 768) << language.toStdString();
    ASSERT_NE(window->leadView(), nullptr);
    ASSERT_TRUE(window->leadView()->isVisible());
    ASSERT_TRUE(window->leadView()->lead().has_value()); // the top lead is open

    QTableView* table = window->leadTable();
    QHeaderView* header = table->horizontalHeader();
    const int viewport = table->viewport()->width();
    int shown = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        ++shown;
        const QString title = window->leadModel()->headerData(column, Qt::Horizontal).toString();
        EXPECT_LE(header->sectionViewportPosition(column) + header->sectionSize(column), viewport)
            << language.toStdString() << ": " << title.toStdString();
        EXPECT_GE(header->sectionViewportPosition(column), 0) << title.toStdString();
        // The header's own text reads in full, on two lines where it wraps.
        const QRect text = header->fontMetrics().boundingRect(
            QRect(0, 0, header->sectionSize(column) - 8, 1000), Qt::TextWordWrap, title);
        EXPECT_LE(text.width(), header->sectionSize(column) - 8)
            << language.toStdString() << ": " << title.toStdString();
        EXPECT_LE(text.height(), header->height() - 4)
            << language.toStdString() << ": " << title.toStdString();
    }
    EXPECT_GE(shown, 7); // Score, Name, Company, Stage, Owner, Last activity, Days in stage
    for (int column : {LeadTableModel::OwnerColumn, LeadTableModel::LastActivityColumn,
                       LeadTableModel::DaysInStageColumn})
        EXPECT_FALSE(header->isSectionHidden(column)) << column;
    EXPECT_FALSE(table->horizontalScrollBar()->isVisible()) << language.toStdString();

    QTabBar* tabs = window->leadView()->tabs()->tabBar();
    EXPECT_EQ(tabs->elideMode(), Qt::ElideNone);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        const QString text = tabs->tabText(tab).remove(QLatin1Char('&'));
        const QRect rect = tabs->tabRect(tab);
        EXPECT_GE(rect.width(), tabs->fontMetrics().horizontalAdvance(text) + 8)
            << language.toStdString() << ": " << text.toStdString();
        EXPECT_LE(rect.right(), tabs->width())
            << language.toStdString() << ": " << text.toStdString();
    }
    EXPECT_LE(tabs->width(), window->leadView()->tabs()->width());
}

INSTANTIATE_TEST_SUITE_P(Languages, ScreenFit, ::testing::Values("en", "fi", "sv"));
