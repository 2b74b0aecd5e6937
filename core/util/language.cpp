#include "util/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lb {

QString installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    const QString lang = QLocale::languageToCode(locale.language());
    if (lang != QLatin1String("fi") && lang != QLatin1String("sv"))
        return QStringLiteral("en");
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/leadbench_%1.qm").arg(lang)))
        app.installTranslator(own);
    // Debian ships qtbase_fi but only the legacy qt_sv for Swedish.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), qtDir) ||
        qt->load(QStringLiteral("qt_%1").arg(lang), qtDir))
        app.installTranslator(qt);
    return lang;
}

} // namespace lb
