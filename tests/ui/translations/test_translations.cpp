// The Finnish and Swedish catalogues are complete, agree with each other, and are found at run
// time in the contexts the program looks them up in (a context mismatch silently shows English).
#include "leads/leadtablemodel.h"
#include "main/mainwindow.h"
#include "scoring/modelservice.h"
#include "scoring/rulelabels.h"
#include "util/language.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

namespace {

QString catalogue(const QString& language)
{
    QFile file(
        QStringLiteral(LEADBENCH_FIXTURES_DIR "/../../translations/leadbench_%1.ts").arg(language));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QSet<QString> messageKeys(const QString& ts)
{
    QSet<QString> keys;
    static const QRegularExpression context(
        QStringLiteral("<context>\\s*<name>(.*?)</name>(.*?)</context>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    for (auto c = context.globalMatch(ts); c.hasNext();) {
        const auto match = c.next();
        for (auto s = source.globalMatch(match.captured(2)); s.hasNext();)
            keys.insert(match.captured(1) + QLatin1Char('|') + s.next().captured(1));
    }
    return keys;
}

} // namespace

TEST(Translations, CataloguesAreCompleteAndAgree)
{
    const QString fi = catalogue(QStringLiteral("fi"));
    const QString sv = catalogue(QStringLiteral("sv"));
    ASSERT_FALSE(fi.isEmpty());
    ASSERT_FALSE(sv.isEmpty());
    EXPECT_EQ(fi.count(QStringLiteral("type=\"unfinished\"")), 0);
    EXPECT_EQ(sv.count(QStringLiteral("type=\"unfinished\"")), 0);
    EXPECT_EQ(messageKeys(fi), messageKeys(sv));
    EXPECT_GT(messageKeys(fi).size(), 500);
}

TEST(Translations, FinnishIsFoundWhereTheProgramLooks)
{
    ASSERT_EQ(lb::installTranslations(*qApp, QStringLiteral("fi")), QStringLiteral("fi"));
    lb::MainWindow window;
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Tiedosto")))
        << menus.join(QLatin1Char(',')).toStdString();
    lb::LeadTableModel model;
    EXPECT_NE(model.headerData(lb::LeadTableModel::ScoreColumn, Qt::Horizontal).toString(),
              QStringLiteral("Score"));
    EXPECT_NE(QCoreApplication::translate("lb::cli", "unknown command \"%1\""),
              QStringLiteral("unknown command \"%1\""));
    EXPECT_NE(QCoreApplication::translate("lb::Workspace", "no workspace at %1"),
              QStringLiteral("no workspace at %1"));
}

TEST(Translations, ShippedModelRuleLabelsAreTranslatedOwnLabelsKept)
{
    ASSERT_EQ(lb::installTranslations(*qApp, QStringLiteral("sv")), QStringLiteral("sv"));
    const lb::scoring::ScoringModel model = lb::scoring::defaultModel();
    int labels = 0;
    for (const auto& rule : model.fitRules) {
        EXPECT_NE(lb::scoring::displayRuleLabel(rule.label), rule.label)
            << rule.label.toStdString();
        ++labels;
    }
    for (const auto& rule : model.behaviorRules) {
        EXPECT_NE(lb::scoring::displayRuleLabel(rule.label), rule.label)
            << rule.label.toStdString();
        ++labels;
    }
    EXPECT_GE(labels, 20);
    EXPECT_EQ(lb::scoring::displayRuleLabel(QStringLiteral("Our own rule")),
              QStringLiteral("Our own rule"));
}
