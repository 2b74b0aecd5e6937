#include "util/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace lb {

namespace {

// One of our catalogues: from LEADBENCH_TRANSLATIONS when it holds the file, else embedded.
bool loadOwn(QTranslator& translator, const QString& name)
{
    const QString previewDir = qEnvironmentVariable("LEADBENCH_TRANSLATIONS");
    if (!previewDir.isEmpty()) {
        const QString file = QDir(previewDir).filePath(name + QStringLiteral(".qm"));
        if (QFileInfo::exists(file))
            return translator.load(file);
    }
    return translator.load(QStringLiteral(":/i18n/%1.qm").arg(name));
}

// The translators the last call installed, removed by the next: a language chosen in Settings
// replaces the one in effect. QPointer: a test may delete them itself.
QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void install(QCoreApplication& app, QTranslator* translator, bool loaded)
{
    if (loaded) {
        app.installTranslator(translator);
        installed() << translator;
    } else {
        delete translator;
    }
}

} // namespace

QString installTranslations(QCoreApplication& app, const QString& language)
{
    // Removing and installing translators sends QEvent::LanguageChange to every widget, and
    // the open windows set their texts again (ui/main/retranslate.h).
    for (const QPointer<QTranslator>& earlier : std::as_const(installed())) {
        if (earlier) {
            QCoreApplication::removeTranslator(earlier);
            delete earlier;
        }
    }
    installed().clear();
    // The system's own locale when it speaks the chosen language (Swedish in Finland stays
    // sv_FI), else the language's; numbers and dates follow it (util/localeformat.h).
    const QLocale system = QLocale::system();
    const QLocale chosen = language.isEmpty() ? system : QLocale(language);
    QString lang = QLocale::languageToCode(chosen.language());
    if (lang != QLatin1String("fi") && lang != QLatin1String("sv"))
        lang = QStringLiteral("en");
    QLocale::setDefault(chosen.language() == system.language() ? system : chosen);
    if (lang == QLatin1String("en")) {
        auto* plurals = new QTranslator(&app);
        install(app, plurals, loadOwn(*plurals, QStringLiteral("leadbench_en")));
        return lang;
    }
    // The translator installed last is asked first: Qt's catalogue from the system, then our
    // additions to it over it (Debian ships qtbase_fi, but for Swedish only the legacy qt_sv,
    // without the dialog buttons or the command-line help), then Leadbench's own.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto* qt = new QTranslator(&app);
    install(app, qt,
            qt->load(QStringLiteral("qtbase_%1").arg(lang), qtDir) ||
                qt->load(QStringLiteral("qt_%1").arg(lang), qtDir));
    auto* qtExtra = new QTranslator(&app);
    install(app, qtExtra, loadOwn(*qtExtra, QStringLiteral("qt_extra_%1").arg(lang)));
    auto* own = new QTranslator(&app);
    install(app, own, loadOwn(*own, QStringLiteral("leadbench_%1").arg(lang)));
    return lang;
}

} // namespace lb
