#include "model/companyname.h"

#include "util/textcase.h"

#include <QVarLengthArray>
#include <array>

namespace lb {

namespace {

bool isLegalSuffix(QStringView word)
{
    static constexpr std::array<QStringView, 24> suffixes = {
        u"oy",   u"oyj", u"ab",  u"abp",     u"as",  u"asa", u"aps", u"a/s",
        u"gmbh", u"ag",  u"ltd", u"limited", u"inc", u"llc", u"plc", u"corp",
        u"co",   u"oü",  u"ou",  u"sa",      u"bv",  u"kg",  u"ky",  u"tmi"};
    if (word.size() > 7)
        return false;
    for (QStringView suffix : suffixes) {
        if (word == suffix)
            return true;
    }
    return false;
}

} // namespace

QString normalizeCompanyName(const QString& name)
{
    // One pass over the case-folded name that notes where its words are, without building a
    // list of them: an import normalises a million names.
    const QString folded = caseFolded(name);
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'/'; };
    QVarLengthArray<QStringView, 16> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && isWordChar(folded.at(i));
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            words.append(QStringView(folded).mid(start, i - start));
            start = -1;
        }
    }
    // Suffixes stand at the end ("Oy"), sometimes at the start ("Oy Nordic Widgets Ab"), and
    // more than one may follow a name ("AB Publ"); strip while a word remains.
    qsizetype first = 0;
    qsizetype last = words.size();
    while (last - first > 1 && isLegalSuffix(words[last - 1]))
        --last;
    while (last - first > 1 && isLegalSuffix(words[first]))
        ++first;
    QString normalized;
    for (qsizetype i = first; i < last; ++i) {
        if (i > first)
            normalized += u' ';
        normalized += words[i];
    }
    return normalized;
}

} // namespace lb
