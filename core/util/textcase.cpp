#include "util/textcase.h"

namespace lb {

namespace {

// The ASCII lower case of `text`, or a null string when it holds any other character.
QString asciiLowerCased(QStringView text)
{
    const char16_t* in = text.utf16();
    const qsizetype size = text.size();
    char16_t unitsOr = 0;
    for (qsizetype i = 0; i < size; ++i)
        unitsOr |= in[i];
    if (unitsOr >= 0x80)
        return {};
    QString lower(size, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(lower.data());
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = in[i];
        out[i] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    }
    return lower;
}

} // namespace

QString lowerCased(QStringView text)
{
    if (text.isEmpty())
        return text.toString();
    QString lower = asciiLowerCased(text);
    return lower.isNull() ? text.toString().toLower() : lower;
}

QString caseFolded(QStringView text)
{
    if (text.isEmpty())
        return text.toString();
    QString folded = asciiLowerCased(text); // in ASCII, folding is lower-casing
    return folded.isNull() ? text.toString().toCaseFolded() : folded;
}

} // namespace lb
