#include "util/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
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

const QString ours = QStringLiteral("leadbench-translator");

void install(QCoreApplication& app, QTranslator* translator, bool loaded)
{
    translator->setObjectName(ours);
    if (loaded)
        app.installTranslator(translator);
    else
        delete translator;
}

} // namespace

QString installTranslations(QCoreApplication& app, const QString& language)
{
    // A second call replaces the first call's catalogues rather than adding to them.
    for (QTranslator* earlier : app.findChildren<QTranslator*>(ours, Qt::FindDirectChildrenOnly)) {
        app.removeTranslator(earlier);
        delete earlier;
    }
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QString lang = QLocale::languageToCode(locale.language());
    if (lang != QLatin1String("fi") && lang != QLatin1String("sv")) {
        auto* plurals = new QTranslator(&app);
        install(app, plurals, loadOwn(*plurals, QStringLiteral("leadbench_en")));
        return QStringLiteral("en");
    }
    QLocale::setDefault(locale);
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
