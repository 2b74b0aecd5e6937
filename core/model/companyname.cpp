#include "model/companyname.h"

#include <QSet>
#include <QStringList>

namespace lb {

QString normalizeCompanyName(const QString& name)
{
    static const QSet<QString> legalSuffixes = {
        QStringLiteral("oy"),   QStringLiteral("oyj"), QStringLiteral("ab"),
        QStringLiteral("abp"),  QStringLiteral("as"),  QStringLiteral("asa"),
        QStringLiteral("aps"),  QStringLiteral("a/s"), QStringLiteral("gmbh"),
        QStringLiteral("ag"),   QStringLiteral("ltd"), QStringLiteral("limited"),
        QStringLiteral("inc"),  QStringLiteral("llc"), QStringLiteral("plc"),
        QStringLiteral("corp"), QStringLiteral("co"),  QStringLiteral("oü"),
        QStringLiteral("ou"),   QStringLiteral("sa"),  QStringLiteral("bv"),
        QStringLiteral("kg"),   QStringLiteral("ky"),  QStringLiteral("tmi")};

    QString cleaned;
    cleaned.reserve(name.size());
    for (QChar c : name.toCaseFolded()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('/'))
            cleaned.append(c);
        else
            cleaned.append(QLatin1Char(' '));
    }
    QStringList words = cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Suffixes stand at the end ("Oy"), sometimes at the start ("Oy Nordic Widgets Ab"), and
    // more than one may follow a name ("AB Publ"); strip while a word remains.
    while (words.size() > 1 && legalSuffixes.contains(words.constLast()))
        words.removeLast();
    while (words.size() > 1 && legalSuffixes.contains(words.constFirst()))
        words.removeFirst();
    return words.join(QLatin1Char(' '));
}

} // namespace lb
