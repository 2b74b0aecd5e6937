#pragma once

#include <QString>

class QCoreApplication;

namespace lb {

// Installs Leadbench's and Qt's own translations for `language` ("fi", "sv", "en"; empty: the
// system's). Returns the language in effect.
QString installTranslations(QCoreApplication& app, const QString& language = {});

} // namespace lb
