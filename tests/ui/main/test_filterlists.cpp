// The filter bar's lists, offscreen, on a real demo workspace (issue 21): the source and country
// lists offer every value the leads hold (two of the demo's ten sources were missing from a
// list written into the widget), and "Clear filters" sets every filter back to "any".
#include "io/countrynames.h"
#include "leads/leadtablemodel.h"
#include "main/mainwindow.h"
#include "store/workspace.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QComboBox>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace lb;

namespace {

QSet<QString> offered(QComboBox* box)
{
    QSet<QString> values;
    for (int i = 0; i < box->count(); ++i) {
        if (!box->itemText(i).isEmpty())
            values << box->itemText(i);
    }
    return values;
}

} // namespace

TEST(FilterLists, OfferEveryValueInTheWorkspaceAndClear)
{
    test::TempWorkspace temp;
    const std::unique_ptr<MainWindow> window = test::openDemoWindow(temp, 400);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));

    // Every lead's source and country, read row by row through the core.
    QSet<QString> sources, countries;
    for (const LeadRow& row : window->workspace()->leads().rows({}, {}, 0, 1000)) {
        if (!row.source.isEmpty())
            sources << row.source;
        if (!row.country.isEmpty())
            countries << row.country;
    }
    EXPECT_GE(sources.size(), 10) << "the demo uses ten sources";
    auto* source = window->findChild<QComboBox*>(QStringLiteral("sourceFilter"));
    auto* country = window->findChild<QComboBox*>(QStringLiteral("countryFilter"));
    ASSERT_TRUE(source && country);
    EXPECT_EQ(offered(source), sources);
    // Countries by name in the language in effect (English here), filtering by their code.
    QSet<QString> countryNames;
    for (const QString& code : std::as_const(countries))
        countryNames << io::countryName(code);
    EXPECT_EQ(offered(country), countryNames);
    EXPECT_TRUE(countryNames.contains(QStringLiteral("Finland")));

    // Choose a source and a country, then clear them.
    QTableView* table = window->leadTable();
    const qint64 all = table->model()->rowCount();
    source->setCurrentText(*sources.begin());
    country->setCurrentText(QStringLiteral("Finland"));
    QTRY_VERIFY(table->model()->rowCount() < all);
    auto* model = qobject_cast<LeadTableModel*>(table->model());
    EXPECT_FALSE(model->filter().source.isEmpty());
    EXPECT_EQ(model->filter().country, QStringLiteral("FI"));
    auto* clear = window->findChild<QToolButton*>(QStringLiteral("clearFilters"));
    ASSERT_TRUE(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(source->currentText().isEmpty());
    EXPECT_TRUE(country->currentText().isEmpty());
    QTRY_COMPARE(table->model()->rowCount(), all);
    EXPECT_TRUE(model->filter().source.isEmpty());
    EXPECT_TRUE(model->filter().country.isEmpty());
}
