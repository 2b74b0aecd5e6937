// lupdate over the sources, run as `update_translations` runs it, changes nothing in the
// committed catalogues: a new or changed tr() message, or a changed //: note, fails here until
// someone runs update_translations and translates it. The English catalogue holds exactly the
// messages with plural forms.
#include "support/tscatalogue.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace lb::test;

namespace {

const QString translations = QStringLiteral(LEADBENCH_TRANSLATIONS_DIR);

QString run(const QString& program, const QStringList& arguments, int* exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(-1);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromLocal8Bit(process.readAll());
}

QMap<QString, TsMessage> byKey(const QList<TsMessage>& messages)
{
    QMap<QString, TsMessage> map;
    for (const TsMessage& message : messages)
        map.insert(message.key(), message);
    return map;
}

// The Finnish catalogue as lupdate makes it from the sources now: a copy of the committed one,
// updated through the project file CMake wrote for update_translations (same sources, include
// paths and options), so the check cannot drift from what the target does.
QList<TsMessage> freshFinnish(const QTemporaryDir& dir, QString* log)
{
    const QString copy = dir.filePath(QStringLiteral("leadbench_fi.ts"));
    if (!QFile::copy(translations + QStringLiteral("/leadbench_fi.ts"), copy))
        return {};
    QFile project(QStringLiteral(LEADBENCH_LUPDATE_PROJECT));
    if (!project.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(project.readAll());
    static const QRegularExpression targets(QStringLiteral("set\\(lupdate_translations [^)]*\\)"));
    text.replace(targets, QStringLiteral("set(lupdate_translations \"%1\")").arg(copy));
    const QString projectCmake = dir.filePath(QStringLiteral("project.cmake"));
    const QString projectJson = dir.filePath(QStringLiteral("project.json"));
    QFile out(projectCmake);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
        return {};
    out.close();
    int exitCode = 0;
    *log = run(QStringLiteral(LEADBENCH_CMAKE),
               {QStringLiteral("-DIN_FILE=") + projectCmake,
                QStringLiteral("-DOUT_FILE=") + projectJson, QStringLiteral("-P"),
                QStringLiteral(LEADBENCH_LUPDATE_GENERATOR)},
               &exitCode);
    if (exitCode != 0)
        return {};
    QStringList arguments{QStringLiteral("-project"), projectJson};
    arguments +=
        QStringLiteral(LEADBENCH_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    *log += run(QStringLiteral(LEADBENCH_LUPDATE), arguments, &exitCode);
    return exitCode == 0 ? readTsCatalogue(copy) : QList<TsMessage>{};
}

} // namespace

TEST(TranslationsLupdate, UpdateTranslationsWouldChangeNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString log;
    const QMap<QString, TsMessage> fresh = byKey(freshFinnish(dir, &log));
    ASSERT_GT(fresh.size(), 500) << log.toStdString();
    const QMap<QString, TsMessage> committed =
        byKey(readTsCatalogue(translations + QStringLiteral("/leadbench_fi.ts")));

    QStringList added, removed, notes;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        if (!committed.contains(it.key()))
            added << it.key();
        else if (committed.value(it.key()).extraComment != it->extraComment)
            notes << it.key();
    }
    for (auto it = committed.cbegin(); it != committed.cend(); ++it)
        if (!fresh.contains(it.key()))
            removed << it.key();
    const std::string hint = "\nRun `cmake --build build --target update_translations`, then "
                             "translate what it marks unfinished (translations/README.md).";
    EXPECT_TRUE(added.isEmpty()) << "messages in the sources but not in the catalogues:\n  "
                                 << added.join(QStringLiteral("\n  ")).toStdString() << hint;
    EXPECT_TRUE(removed.isEmpty()) << "messages in the catalogues but no longer in the sources:\n  "
                                   << removed.join(QStringLiteral("\n  ")).toStdString() << hint;
    EXPECT_TRUE(notes.isEmpty()) << "translator notes (//:) changed in the sources:\n  "
                                 << notes.join(QStringLiteral("\n  ")).toStdString() << hint;

    // English: exactly the messages with plural forms, as lupdate -pluralonly keeps them.
    QSet<QString> plural;
    for (const TsMessage& message : fresh)
        if (message.numerus)
            plural << message.key();
    QSet<QString> english;
    for (const TsMessage& message :
         readTsCatalogue(translations + QStringLiteral("/leadbench_en.ts")))
        english << message.key();
    EXPECT_EQ(english, plural);
}
