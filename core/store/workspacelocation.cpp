#include "store/workspacelocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace lb {

namespace {

bool isServerUrl(const QString& location)
{
    // libpq's two URI schemes. A file may not be named so: a local path never holds "://".
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString passwordRefused(const QString& shownUrl)
{
    //: %1 the address without its password
    return QCoreApplication::translate("lb::WorkspaceLocation",
                                       "%1: the address holds a password; Leadbench does not "
                                       "keep passwords. Remove it and put the password in "
                                       "~/.pgpass or PGPASSWORD")
        .arg(shownUrl);
}

} // namespace

WorkspaceBackend backendOf(const QString& location)
{
    return isServerUrl(location) ? WorkspaceBackend::PostgreSql : WorkspaceBackend::SqliteFile;
}

ServerAddressOrError parseServerUrl(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString shown = displayedLocation(url);
    if (!isServerUrl(url) || !parsed.isValid())
        //: %1 the address as the user typed it
        return {std::nullopt, QCoreApplication::translate("lb::WorkspaceLocation",
                                                          "%1 is not a PostgreSQL address "
                                                          "(postgresql://user@host:port/database)")
                                  .arg(shown)};
    if (!parsed.password().isEmpty())
        return {std::nullopt, passwordRefused(shown)};
    ServerAddress address;
    address.host = parsed.host();
    address.port = parsed.port(-1);
    address.user = parsed.userName();
    address.database = parsed.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        //: %1 the address as the user typed it
        return {std::nullopt,
                QCoreApplication::translate("lb::WorkspaceLocation",
                                            "%1 names no database: add it after the server, as in "
                                            "postgresql://user@host:5432/leadbench")
                    .arg(shown)};
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        // A password in the query is the same leak as one before the host.
        if (key == QLatin1String("password"))
            return {std::nullopt, passwordRefused(shown)};
        options << key + QLatin1Char('=') + value;
    }
    address.options = options.join(QLatin1Char(';'));
    return {address, {}};
}

QString displayedLocation(const QString& location)
{
    if (!isServerUrl(location))
        return location;
    QUrl url(location);
    if (!url.isValid())
        return location;
    url.setPassword({});
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace lb
