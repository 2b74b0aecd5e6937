// Lower case and case folding with an ASCII fast path must give exactly what Qt gives.
#include "util/textcase.h"

#include <QStringList>
#include <gtest/gtest.h>

using namespace lb;

TEST(TextCase, GivesWhatQtGivesForAsciiAndAnythingElse)
{
    const QStringList samples = {QString(),
                                 QStringLiteral(""),
                                 QStringLiteral("Anna.Virtanen@Example.FI"),
                                 QStringLiteral("@[`{AZaz09 ~"),
                                 QStringLiteral("ÅSA ÖBERG"),
                                 QStringLiteral("Straße GmbH"),
                                 QStringLiteral("Mixed ascii then Ä"),
                                 QString::fromUtf8("DZ \xC7\x85 \xF0\x90\x90\x80")}; // Dž, Deseret
    for (const QString& text : samples) {
        EXPECT_EQ(lowerCased(text), text.toLower()) << text.toStdString();
        EXPECT_EQ(caseFolded(text), text.toCaseFolded()) << text.toStdString();
        EXPECT_EQ(lowerCased(text).isNull(), text.isNull());
    }
    for (char16_t c = 0; c < 0x250; ++c)
        EXPECT_EQ(lowerCased(QChar(c)), QChar(c).toLower()) << int(c);
}
