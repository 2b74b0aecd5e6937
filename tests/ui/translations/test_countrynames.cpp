// Issue 22: a country is shown by its name in the reader's language, never as a raw code, and
// every name shown reads back to its code (a profile edited in Finnish saves "Ruotsi" as SE).
#include "io/countrynames.h"
#include "io/valueparsers.h"
#include "util/language.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

using namespace lb;

namespace {

class CountryNames : public ::testing::TestWithParam<const char*>
{
protected:
    void TearDown() override
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }
};

} // namespace

TEST_P(CountryNames, EveryShownNameIsTranslatedAndReadsBack)
{
    const QString language = QString::fromLatin1(GetParam());
    installTranslations(*QCoreApplication::instance(), language);
    const QList<QString> codes = io::shownCountryCodes();
    ASSERT_GE(codes.size(), 50);
    QSet<QString> seen;
    for (const QString& code : codes) {
        const QString name = io::countryName(code);
        EXPECT_NE(name, code) << language.toStdString() << ": " << code.toStdString();
        EXPECT_FALSE(seen.contains(name)) << "two countries named " << name.toStdString();
        seen.insert(name);
        const std::optional<QString> back = io::parseCountry(name);
        EXPECT_EQ(back.value_or(QStringLiteral("(none)")).toStdString(), code.toStdString())
            << language.toStdString() << ": " << name.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, CountryNames, ::testing::Values("en", "fi", "sv"));

TEST(CountryName, InTheLanguageInEffect)
{
    QCoreApplication& app = *QCoreApplication::instance();
    installTranslations(app, QStringLiteral("fi"));
    EXPECT_EQ(io::countryName(u"SE"), QStringLiteral("Ruotsi"));
    EXPECT_EQ(io::countryName(u"DK"), QStringLiteral("Tanska"));
    installTranslations(app, QStringLiteral("sv"));
    EXPECT_EQ(io::countryName(u"FI"), QStringLiteral("Finland"));
    EXPECT_EQ(io::countryName(u"DE"), QStringLiteral("Tyskland"));
    installTranslations(app, QStringLiteral("en"));
    EXPECT_EQ(io::countryName(u"DE"), QStringLiteral("Germany"));
    // Outside the translated list: QLocale's English name; an unknown code stays as it is.
    EXPECT_EQ(io::countryName(u"LK"), QStringLiteral("Sri Lanka"));
    EXPECT_EQ(io::countryName(u"XQ"), QStringLiteral("XQ"));
    EXPECT_EQ(io::countryName(u""), QString());
}
