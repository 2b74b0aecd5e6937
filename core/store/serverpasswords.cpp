#include "store/serverpasswords.h"

#include <QHash>
#include <QMutex>

namespace lb {

namespace {

// Connections are opened on worker threads too (import, export, reports).
QMutex mutex;
QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> byLogin;
    return byLogin;
}

// The login on the server: a password belongs to a user of a server, whichever database.
QString keyOf(const ServerAddress& address)
{
    return address.user + QLatin1Char('@') + address.host + QLatin1Char(':') +
           QString::number(address.port);
}

} // namespace

void rememberServerPassword(const ServerAddress& address, const QString& password)
{
    const QMutexLocker lock(&mutex);
    passwords().insert(keyOf(address), password);
}

QString serverPassword(const ServerAddress& address)
{
    const QMutexLocker lock(&mutex);
    return passwords().value(keyOf(address));
}

void forgetServerPassword(const ServerAddress& address)
{
    const QMutexLocker lock(&mutex);
    passwords().remove(keyOf(address));
}

} // namespace lb
