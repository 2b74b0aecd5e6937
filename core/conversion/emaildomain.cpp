#include "conversion/emaildomain.h"

#include <QSet>

namespace lb {

QString emailDomain(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    return email.mid(at + 1).trimmed().toLower();
}

bool isFreeMailDomain(const QString& domain)
{
    // The big international providers plus the Nordic ones our users meet most.
    static const QSet<QString> domains = {
        QStringLiteral("gmail.com"),     QStringLiteral("googlemail.com"),
        QStringLiteral("hotmail.com"),   QStringLiteral("hotmail.fi"),
        QStringLiteral("hotmail.se"),    QStringLiteral("hotmail.co.uk"),
        QStringLiteral("outlook.com"),   QStringLiteral("outlook.fi"),
        QStringLiteral("outlook.se"),    QStringLiteral("live.com"),
        QStringLiteral("live.fi"),       QStringLiteral("live.se"),
        QStringLiteral("msn.com"),       QStringLiteral("yahoo.com"),
        QStringLiteral("yahoo.se"),      QStringLiteral("yahoo.co.uk"),
        QStringLiteral("ymail.com"),     QStringLiteral("aol.com"),
        QStringLiteral("icloud.com"),    QStringLiteral("me.com"),
        QStringLiteral("mac.com"),       QStringLiteral("protonmail.com"),
        QStringLiteral("proton.me"),     QStringLiteral("gmx.com"),
        QStringLiteral("gmx.de"),        QStringLiteral("gmx.net"),
        QStringLiteral("web.de"),        QStringLiteral("mail.com"),
        QStringLiteral("zoho.com"),      QStringLiteral("yandex.com"),
        QStringLiteral("mail.ru"),       QStringLiteral("luukku.com"),
        QStringLiteral("suomi24.fi"),    QStringLiteral("kolumbus.fi"),
        QStringLiteral("elisanet.fi"),   QStringLiteral("welho.com"),
        QStringLiteral("saunalahti.fi"), QStringLiteral("netti.fi"),
        QStringLiteral("bredband.net"),  QStringLiteral("telia.com"),
        QStringLiteral("spray.se"),      QStringLiteral("passagen.se"),
        QStringLiteral("home.se"),       QStringLiteral("online.no"),
        QStringLiteral("start.no"),      QStringLiteral("jubii.dk"),
        QStringLiteral("ofir.dk"),       QStringLiteral("mail.dk")};
    return domains.contains(domain.trimmed().toLower());
}

QString companyDomain(const QString& email)
{
    const QString domain = emailDomain(email);
    return isFreeMailDomain(domain) ? QString() : domain;
}

} // namespace lb
