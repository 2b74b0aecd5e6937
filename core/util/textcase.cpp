#include "util/textcase.h"

#include <algorithm>

namespace lb {

namespace {

char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

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
    for (qsizetype i = 0; i < size; ++i)
        out[i] = asciiLower(in[i]);
    return lower;
}

} // namespace

int compareCaseInsensitive(QStringView a, QStringView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    const char16_t* left = a.utf16();
    const char16_t* right = b.utf16();
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t l = left[i];
        const char16_t r = right[i];
        if ((l | r) >= 0x80)
            return a.mid(i).compare(b.mid(i), Qt::CaseInsensitive);
        if (l != r && asciiLower(l) != asciiLower(r))
            return asciiLower(l) < asciiLower(r) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

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
