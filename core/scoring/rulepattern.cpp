#include "scoring/rulepattern.h"

#include <QHash>
#include <QMutex>
#include <QSet>

namespace lb::scoring {

namespace {

// A sample such as "a" × 64 + "!": symbols only, the same in every language.
QString sampleText(QChar c, int length, const QString& end)
{
    QString text = QStringLiteral("\"%1\" × %2").arg(c).arg(length);
    if (end == QStringLiteral("\x01"))
        text += QStringLiteral(" + U+0001");
    else if (!end.isEmpty())
        text += QStringLiteral(" + \"%1\"").arg(end);
    return text;
}

std::optional<QString> sampleGivesUpOn(const QRegularExpression& regex);

} // namespace

QRegularExpression rulePattern(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

PatternOutcome matchPattern(const QRegularExpression& regex, const QString& subject)
{
    const QRegularExpressionMatch match = regex.match(subject);
    // For a valid pattern an invalid match means an error of the engine: in practice the
    // match (backtracking) limit, the depth limit or the JIT stack running out.
    if (!match.isValid())
        return PatternOutcome::GaveUp;
    return match.hasMatch() ? PatternOutcome::Match : PatternOutcome::NoMatch;
}

std::optional<QString> patternGivesUpOn(const QRegularExpression& regex)
{
    if (!regex.isValid())
        return std::nullopt;
    // The sample costs a few milliseconds per pattern, and a model is read again and again (each
    // lead shown, each edit in the editor): remember the answer per pattern, on every thread.
    static QMutex mutex;
    static QHash<QString, std::optional<QString>> known;
    {
        const QMutexLocker lock(&mutex);
        const auto it = known.constFind(regex.pattern());
        if (it != known.constEnd())
            return *it;
    }
    std::optional<QString> answer = sampleGivesUpOn(regex);
    const QMutexLocker lock(&mutex);
    if (known.size() >= 1000)
        known.clear();
    known.insert(regex.pattern(), answer);
    return answer;
}

namespace {

std::optional<QString> sampleGivesUpOn(const QRegularExpression& regex)
{
    // Nested repetition such as (a+)+$ or (\w+\s?)+$ explodes on a long run of a character it
    // repeats that then fails to match at the end. The characters the pattern names are the
    // likeliest to be repeated; a few common ones cover classes such as \w, \d, \s and the dot.
    QList<QChar> characters;
    QSet<QChar> seen;
    auto addCharacter = [&](QChar c) {
        if (!seen.contains(c) && characters.size() < 48) {
            seen.insert(c);
            characters << c;
        }
    };
    for (const QChar c : QStringLiteral("a0 .-_@ä"))
        addCharacter(c);
    for (const QChar c : regex.pattern()) {
        if (c.isLetterOrNumber() || c.isSpace() || c.isPunct()) {
            addCharacter(c);
            addCharacter(c.toLower());
            addCharacter(c.toUpper());
        }
    }
    // 64 is enough for exponential blow-ups (2^64 steps); 1024 also catches the steep
    // polynomial ones. Each ending is one the run characters above rarely match.
    for (const int length : {64, 1024}) {
        for (const QChar c : std::as_const(characters)) {
            const QString run(length, c);
            for (const QString& end : {QString(), QStringLiteral("!"), QStringLiteral("\x01")}) {
                if (matchPattern(regex, run + end) == PatternOutcome::GaveUp)
                    return sampleText(c, length, end);
            }
        }
    }
    return std::nullopt;
}

} // namespace

} // namespace lb::scoring
