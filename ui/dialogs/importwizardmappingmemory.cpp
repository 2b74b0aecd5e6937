#include "dialogs/importwizardmappingmemory.h"

#include <QCryptographicHash>
#include <QSettings>

namespace lb::importmappingmemory {

namespace {
const QString group = QStringLiteral("importWizard/mappings");
} // namespace

QString keyFor(const QStringList& header, io::ImportKind kind)
{
    QStringList keys;
    for (const QString& name : header)
        keys << name.trimmed().toLower();
    keys.sort();
    const QByteArray hash =
        QCryptographicHash::hash(keys.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1)
            .toHex();
    const QString kindName =
        kind == io::ImportKind::Leads ? QStringLiteral("leads") : QStringLiteral("events");
    return group + QLatin1Char('/') + kindName + QLatin1Char('/') + QString::fromLatin1(hash);
}

QMap<QString, QString> restore(const QStringList& header, io::ImportKind kind)
{
    const QVariantMap stored = QSettings().value(keyFor(header, kind)).toMap();
    QMap<QString, QString> mapping;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void save(const QStringList& header, io::ImportKind kind, const QMap<QString, QString>& mapping)
{
    QVariantMap stored;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        stored.insert(it.key(), it.value());
    QSettings().setValue(keyFor(header, kind), stored);
}

void clearAll()
{
    QSettings().remove(group);
}

} // namespace lb::importmappingmemory
