#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace lb::settings {

// A typed setting: its key and default stand in one place, next to every other setting,
// instead of string keys and fallbacks scattered over widgets.
template <typename T> struct Key
{
    const char* path;
    T fallback;

    T value() const
    {
        return QSettings()
            .value(QLatin1String(path), QVariant::fromValue(fallback))
            .template value<T>();
    }
    void set(const T& v) const
    {
        QSettings().setValue(QLatin1String(path), QVariant::fromValue(v));
    }
};

inline const Key<QString> lastWorkspace{"workspace/last", {}};
inline const Key<QStringList> recentWorkspaces{"workspace/recent", {}};
inline const Key<QByteArray> mainWindowGeometry{"window/geometry", {}};
inline const Key<QByteArray> mainWindowState{"window/state", {}};
inline const Key<QByteArray> leadTableHeader{"window/leadTableHeader", {}};
inline const Key<QByteArray> dashboardGeometry{"dashboard/geometry", {}};
inline const Key<QByteArray> crmGeometry{"crm/geometry", {}};
// The acting user's name, recorded in history; "" means the operating system's user name.
inline const Key<QString> userName{"user/name", {}};
// "" follows the system; otherwise "en", "fi" or "sv".
inline const Key<QString> language{"ui/language", {}};

constexpr int maxRecentWorkspaces = 8;

// Puts `path` first in the recent list (once), keeping at most maxRecentWorkspaces.
void rememberWorkspace(const QString& path);

} // namespace lb::settings
