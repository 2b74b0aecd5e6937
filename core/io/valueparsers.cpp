#include "io/valueparsers.h"

#include "io/countrynames.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace lb::io {

namespace {

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) ||
           c == QLatin1Char('\'') || c == QChar(0x2019);
}

// The digits, separators and sign left once spaces, apostrophes and currencies are gone.
QString numberCore(QStringView text)
{
    static const QStringList currencyCodes = {
        QStringLiteral("eur"), QStringLiteral("sek"), QStringLiteral("usd"), QStringLiteral("nok"),
        QStringLiteral("dkk"), QStringLiteral("gbp"), QStringLiteral("kr")};
    QString core;
    core.reserve(text.size());
    for (QChar c : text) {
        if (isSpaceLike(c) || c == QChar(0x20AC) || c == QLatin1Char('$') || c == QChar(0x00A3))
            continue;
        core.append(c.toLower());
    }
    for (const QString& code : currencyCodes) {
        if (core.endsWith(code))
            core.chop(code.size());
        else if (core.startsWith(code))
            core.remove(0, code.size());
    }
    if (core.endsWith(QLatin1Char('.')) && text.trimmed().endsWith(QLatin1String("kr.")))
        core.chop(1); // "1 000 kr."
    return core;
}

bool isPlainDecimal(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[-+]?(\\d+(\\.\\d+)?|\\.\\d+)$"));
    return pattern.match(text).hasMatch();
}

int lastIndexOf(const QString& text, QChar c)
{
    return int(text.lastIndexOf(c));
}

std::optional<QTime> parseTime(QStringView text)
{
    if (text.isEmpty())
        return QTime(0, 0);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                     match.capturedView(3).isEmpty() ? 0 : match.capturedView(3).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

// D.M.YYYY or M/D/YYYY, with an optional time after a space.
std::optional<QDateTime> parseLocalForm(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?:[ T]+(.*))?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int first = match.capturedView(1).toInt();
    const int second = match.capturedView(3).toInt();
    const int year = match.capturedView(4).toInt();
    const bool finnish = match.capturedView(2) == u".";
    const QDate date = finnish ? QDate(year, second, first) : QDate(year, first, second);
    const auto time = parseTime(match.capturedView(5).trimmed());
    if (!date.isValid() || !time)
        return std::nullopt;
    return QDateTime(date, *time, QTimeZone::utc());
}

std::optional<QDateTime> parseIsoForm(QStringView text)
{
    static const QRegularExpression datePattern(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto match = datePattern.match(text); match.hasMatch()) {
        const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                         match.capturedView(3).toInt());
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    static const QRegularExpression dateTimePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]"));
    if (!dateTimePattern.match(text).hasMatch())
        return std::nullopt;
    QString iso = text.toString();
    iso[10] = QLatin1Char('T');
    QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    if (moment.timeSpec() == Qt::LocalTime)
        moment.setTimeZone(QTimeZone::utc()); // no zone: UTC (spec/csv-import.md)
    return moment.toUTC();
}

} // namespace

std::optional<double> parseNumber(QStringView text)
{
    QString core = numberCore(text);
    if (core.isEmpty())
        return std::nullopt;
    const int commas = int(core.count(QLatin1Char(',')));
    const int dots = int(core.count(QLatin1Char('.')));
    if (commas > 0 && dots > 0) {
        const bool commaDecimal =
            lastIndexOf(core, QLatin1Char(',')) > lastIndexOf(core, QLatin1Char('.'));
        if ((commaDecimal ? commas : dots) > 1)
            return std::nullopt;
        core.remove(commaDecimal ? QLatin1Char('.') : QLatin1Char(','));
        core.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (commas > 1 || dots > 1) {
        core.remove(QLatin1Char(','));
        core.remove(QLatin1Char('.'));
    } else if (commas == 1) {
        core.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    if (!isPlainDecimal(core))
        return std::nullopt;
    bool ok = false;
    const double value = core.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(QStringView text)
{
    QString core = numberCore(text);
    core.remove(QLatin1Char(','));
    core.remove(QLatin1Char('.'));
    static const QRegularExpression pattern(QStringLiteral("^[-+]?\\d{1,18}$"));
    if (!pattern.match(core).hasMatch())
        return std::nullopt;
    return core.toLongLong();
}

std::optional<QDate> parseDate(QStringView text)
{
    const auto moment = parseDateTime(text);
    if (!moment)
        return std::nullopt;
    // A date written with a time keeps the calendar day it names.
    static const QRegularExpression plainDate(QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}"));
    if (plainDate.match(text.trimmed()).hasMatch()) {
        const QDate date = QDate::fromString(text.trimmed().left(10).toString(), Qt::ISODate);
        if (date.isValid())
            return date;
    }
    return moment->date();
}

std::optional<QDateTime> parseDateTime(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto iso = parseIsoForm(text))
        return iso;
    return parseLocalForm(text);
}

std::optional<QString> parseEmail(QStringView text)
{
    const QString email = text.trimmed().toString().toLower();
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || email.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return std::nullopt;
    const QStringView domain = QStringView(email).mid(at + 1);
    const qsizetype dot = domain.indexOf(QLatin1Char('.'));
    if (dot <= 0 || domain.endsWith(QLatin1Char('.')) || domain.contains(u".."))
        return std::nullopt;
    for (QChar c : email)
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') ||
            c == QLatin1Char('<') || c == QLatin1Char('>'))
            return std::nullopt;
    return email;
}

std::optional<QString> parseCountry(QStringView text)
{
    return countryCode(text);
}

Stage parseStage(QStringView text)
{
    if (const auto own = stageFromName(text.trimmed()))
        return *own;
    QString key;
    for (QChar c : text)
        if (c.isLetter())
            key.append(c.toLower());
    static const QHash<QString, Stage> known = {
        {QStringLiteral("marketingqualifiedlead"), Stage::MQL},
        {QStringLiteral("salesqualifiedlead"), Stage::SQL},
        {QStringLiteral("salesacceptedlead"), Stage::SAL},
        {QStringLiteral("lead"), Stage::New},
        {QStringLiteral("subscriber"), Stage::New},
        {QStringLiteral("opennotcontacted"), Stage::New},
        {QStringLiteral("workingcontacted"), Stage::SAL},
        {QStringLiteral("closednotconverted"), Stage::Disqualified},
        {QStringLiteral("unqualified"), Stage::Disqualified},
    };
    return known.value(key, Stage::New);
}

bool needsFormulaGuard(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QStringView stripFormulaGuard(QStringView text)
{
    if (text.size() >= 2 && text.front() == QLatin1Char('\'') && needsFormulaGuard(text.mid(1)))
        return text.mid(1);
    return text;
}

} // namespace lb::io
