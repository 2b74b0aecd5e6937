// Lower case and case folding with an ASCII fast path must give exactly what Qt gives.
#include "util/textcase.h"

#include <QList>
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

TEST(TextCase, ComparesCaseInsensitivelyAsQtDoes)
{
    // Every pair of short texts over letters that fold alike, unlike, and outside ASCII.
    const QList<QChar> letters = {u'a', u'A', u'b', u'Z', u'.', u'@', u'ä', u'Ä', u'ß', u'å'};
    QStringList texts = {QString()};
    for (int length = 1; length <= 3; ++length) {
        const QStringList shorter = texts;
        for (const QString& text : shorter) {
            if (text.size() != length - 1)
                continue;
            for (QChar letter : letters)
                texts << text + letter;
        }
    }
    texts << QStringLiteral("example.fi") << QStringLiteral("EXAMPLE.FI")
          << QStringLiteral("example.fi.") << QString::fromUtf8("\xF0\x90\x90\x80x");
    const auto sign = [](int value) { return (value > 0) - (value < 0); };
    for (const QString& a : texts) {
        for (const QString& b : texts) {
            ASSERT_EQ(sign(compareCaseInsensitive(a, b)), sign(a.compare(b, Qt::CaseInsensitive)))
                << a.toStdString() << " vs " << b.toStdString();
        }
    }
}
