// The catalogues are complete, agree with each other, keep every placeholder, give every count
// its plural forms, and are found at run time in the contexts the program looks them up in (a
// context mismatch silently shows English). Qt's own texts and the locale's formats follow the
// language too, and a translator can preview a catalogue without rebuilding.
#include "io/columnmapping.h"
#include "leads/leadtablemodel.h"
#include "main/mainwindow.h"
#include "model/labels.h"
#include "model/lead.h"
#include "scoring/modelservice.h"
#include "scoring/rulelabels.h"
#include "support/tscatalogue.h"
#include "util/counts.h"
#include "util/language.h"
#include "util/localeformat.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace lb::test;

namespace {

QList<TsMessage> catalogue(const QString& name)
{
    return readTsCatalogue(QStringLiteral(LEADBENCH_TRANSLATIONS_DIR "/%1.ts").arg(name));
}

QSet<QString> keys(const QList<TsMessage>& messages)
{
    QSet<QString> set;
    for (const TsMessage& message : messages)
        set << message.key();
    return set;
}

// "%1", "%2", "%n" (with or without the L for the locale's digits), once each.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> set;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text))
        set << QLatin1Char('%') + match.captured(1);
    return set;
}

std::string describe(const TsMessage& message)
{
    return (message.context + QStringLiteral(": ") + message.source).toStdString();
}

} // namespace

TEST(Translations, CataloguesAreCompleteAndAgree)
{
    const QList<TsMessage> fi = catalogue(QStringLiteral("leadbench_fi"));
    const QList<TsMessage> sv = catalogue(QStringLiteral("leadbench_sv"));
    EXPECT_GT(fi.size(), 500);
    EXPECT_EQ(keys(fi), keys(sv));
    for (const QString& name : {QStringLiteral("leadbench_fi"), QStringLiteral("leadbench_sv"),
                                QStringLiteral("leadbench_en"), QStringLiteral("qt_extra_fi"),
                                QStringLiteral("qt_extra_sv")}) {
        const QList<TsMessage> messages = catalogue(name);
        EXPECT_FALSE(messages.isEmpty()) << name.toStdString();
        for (const TsMessage& message : messages) {
            EXPECT_TRUE(message.finished) << name.toStdString() << " " << describe(message);
            for (const QString& text : message.translations)
                EXPECT_FALSE(text.isEmpty()) << name.toStdString() << " " << describe(message);
        }
    }
}

// Placeholders may move but not go missing or appear. Only the singular form of a numerus
// message may leave %n out ("Poista liidin omistaja" for one lead).
TEST(Translations, TranslationsKeepEveryPlaceholder)
{
    for (const QString& name : {QStringLiteral("leadbench_fi"), QStringLiteral("leadbench_sv"),
                                QStringLiteral("leadbench_en")}) {
        for (const TsMessage& message : catalogue(name)) {
            const QSet<QString> expected = placeholders(message.source);
            for (qsizetype form = 0; form < message.translations.size(); ++form) {
                QSet<QString> found = placeholders(message.translations.at(form));
                if (message.numerus && form == 0 && expected.contains(QStringLiteral("%n")))
                    found << QStringLiteral("%n");
                EXPECT_EQ(found, expected)
                    << name.toStdString() << " form " << form << " of " << describe(message) << ": "
                    << message.translations.at(form).toStdString();
            }
            if (message.numerus)
                EXPECT_EQ(message.translations.size(), 2)
                    << name.toStdString() << describe(message);
        }
    }
}

// A number of leads, events, days ... is a numerus message ("%n lead(s)") so that every
// language says "1 lead" and "2 leads" right. A message that names a range or a decimal
// ("0-7 days", "2.5 points") says "not a count" to translators and is left alone.
TEST(Translations, EveryCountHasPluralForms)
{
    static const QRegularExpression count(
        QStringLiteral("%L?\\d+ (leads?|events?|answers?|notes?|accounts?|contacts?|"
                       "opportunit(?:y|ies)|rows?|days?|points?|hours?|problems?)\\b|\\(s\\)"));
    for (const TsMessage& message : catalogue(QStringLiteral("leadbench_fi"))) {
        if (message.numerus) {
            // A spin box's unit (" day(s)") is the one numerus message without its number.
            EXPECT_TRUE(placeholders(message.source).contains(QStringLiteral("%n")) ||
                        message.extraComment.contains(QStringLiteral("Suffix")))
                << "numerus without %n: " << describe(message);
            continue;
        }
        if (message.extraComment.contains(QStringLiteral("not a count")))
            continue;
        EXPECT_FALSE(count.match(message.source).hasMatch())
            << "a count without plural forms: " << describe(message);
    }
}

TEST(Translations, EnglishSaysOneLeadAndTwoLeads)
{
    ASSERT_EQ(lb::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(lb::counts::leads(1), QStringLiteral("1 lead"));
    EXPECT_EQ(lb::counts::leads(2), QStringLiteral("2 leads"));
    EXPECT_EQ(lb::counts::opportunities(1), QStringLiteral("1 opportunity"));
    EXPECT_EQ(
        lb::counts::list({lb::counts::events(3), lb::counts::answers(1), lb::counts::notes(0)}),
        QStringLiteral("3 events, 1 answer and 0 notes"));
    for (const TsMessage& message : catalogue(QStringLiteral("leadbench_en"))) {
        EXPECT_TRUE(message.numerus) << describe(message);
        for (const QString& form : message.translations)
            EXPECT_FALSE(form.contains(QStringLiteral("(s)"))) << describe(message);
    }
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
    EXPECT_EQ(lb::counts::leads(1), QStringLiteral("1 liidi"));
    EXPECT_EQ(lb::counts::leads(5), QStringLiteral("5 liidiä"));
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

// Debian's Swedish Qt catalogue is the legacy qt_sv, without the standard buttons: our
// qt_extra_sv fills them in (and qt_extra_fi words Cancel as Leadbench's own dialogs do).
// A file exported from a translated window, or a colleague's spreadsheet headed with the labels
// the profile shows ("Anställda", "Arvioitu päätöspäivä"), maps without a manual mapping.
TEST(Translations, TheImporterKnowsTheProfileLabelsOfEveryLanguage)
{
    for (const char* language : {"en", "fi", "sv"}) {
        ASSERT_EQ(lb::installTranslations(*qApp, QString::fromLatin1(language)),
                  QString::fromLatin1(language));
        for (const QString& field : lb::leadFieldNames()) {
            const QString label = lb::leadFieldLabel(field);
            EXPECT_EQ(lb::io::fieldForHeader(label, lb::io::ImportKind::Leads), field)
                << language << ": the header \"" << label.toStdString() << "\"";
        }
    }
    lb::installTranslations(*qApp, QStringLiteral("en"));
}

TEST(Translations, QtStandardButtonsFollowTheLanguage)
{
    ASSERT_EQ(lb::installTranslations(*qApp, QStringLiteral("sv")), QStringLiteral("sv"));
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                             QDialogButtonBox::Save);
        EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Avbryt"));
        EXPECT_EQ(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Spara"));
    }
    ASSERT_EQ(lb::installTranslations(*qApp, QStringLiteral("fi")), QStringLiteral("fi"));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Peruuta"));
}

// Percentages, sizes, amounts and dates as Finnish and Swedish write them.
TEST(Translations, NumbersAndDatesFollowTheLocale)
{
    const QChar nbsp(0x00A0); // the group separator of both locales
    ASSERT_EQ(lb::installTranslations(*qApp, QStringLiteral("fi_FI")), QStringLiteral("fi"));
    EXPECT_EQ(lb::fmt::percent(0.625), QStringLiteral("62,5 %"));
    EXPECT_EQ(lb::fmt::percent(0.75), QStringLiteral("75 %"));
    EXPECT_EQ(lb::fmt::dataSize(371), QStringLiteral("371 tavua"));
    EXPECT_EQ(lb::fmt::dataSize(1), QStringLiteral("1 tavu"));
    EXPECT_EQ(lb::fmt::dataSize(3710000), QStringLiteral("3,5 Mt"));
    EXPECT_EQ(lb::fmt::money(12500, QStringLiteral("EUR")),
              QStringLiteral("12") + nbsp + QStringLiteral("500 EUR"));
    EXPECT_EQ(lb::fmt::date(QDate(2026, 12, 3)), QStringLiteral("3.12.2026"));
    EXPECT_EQ(lb::fmt::number(2.5, 1), QStringLiteral("2,5"));

    ASSERT_EQ(lb::installTranslations(*qApp, QStringLiteral("sv_SE")), QStringLiteral("sv"));
    EXPECT_EQ(lb::fmt::percent(0.625), QStringLiteral("62,5 %"));
    EXPECT_EQ(lb::fmt::dataSize(371), QStringLiteral("371 byte"));
    EXPECT_EQ(lb::fmt::money(12500, QStringLiteral("EUR")),
              QStringLiteral("12") + nbsp + QStringLiteral("500 EUR"));
    EXPECT_EQ(lb::fmt::date(QDate(2026, 12, 3)), QStringLiteral("2026-12-03"));

    QLocale::setDefault(QLocale::c());
    ASSERT_EQ(lb::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(lb::fmt::percent(0.625), QStringLiteral("62.5%"));
    EXPECT_EQ(lb::fmt::dataSize(371), QStringLiteral("371 bytes"));
    EXPECT_EQ(lb::fmt::dataSize(1), QStringLiteral("1 byte"));
    EXPECT_EQ(lb::fmt::date(QDate(2026, 12, 3)), QStringLiteral("2026-12-03"));
}

// LEADBENCH_TRANSLATIONS=DIR: a catalogue compiled into DIR wins over the embedded one.
TEST(Translations, PreviewCatalogueFromTheEnvironment)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("leadbench_fi.ts"));
    QFile file(ts);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
               "<TS version=\"2.1\" language=\"fi_FI\"><context><name>lb::MainWindow</name>"
               "<message><source>&amp;File</source><translation>&amp;Esikatselu</translation>"
               "</message></context></TS>\n");
    file.close();
    QProcess lrelease;
    lrelease.start(QStringLiteral(LEADBENCH_LRELEASE),
                   {ts, QStringLiteral("-qm"), dir.filePath(QStringLiteral("leadbench_fi.qm"))});
    ASSERT_TRUE(lrelease.waitForFinished(60000));
    ASSERT_EQ(lrelease.exitCode(), 0) << lrelease.readAll().toStdString();

    qputenv("LEADBENCH_TRANSLATIONS", dir.path().toLocal8Bit());
    ASSERT_EQ(lb::installTranslations(*qApp, QStringLiteral("fi")), QStringLiteral("fi"));
    qunsetenv("LEADBENCH_TRANSLATIONS");
    EXPECT_EQ(QCoreApplication::translate("lb::MainWindow", "&File"),
              QStringLiteral("&Esikatselu"));
    // What the preview catalogue lacks still comes from the others, Qt's included.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Peruuta"));
}
